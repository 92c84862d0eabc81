/// Shell completion scripts, written from the command declarations: subcommands, each command's
/// options, the fixed values of `--format` and `--fail-on`, folders for `check`, files elsewhere.
enum Completions {
    static let shells = ["bash", "zsh"]

    static func script(for shell: String) -> String? {
        switch shell {
        case "bash": return bash()
        case "zsh": return zsh()
        default: return nil
        }
    }

    static func visibleOptions(_ c: CommandSpec) -> [OptionSpec] {
        c.options.filter { !$0.hidden } + Commands.commonOptions
    }

    static func bash() -> String {
        var out = """
        # bash completion for crosscheck; load with: source <(crosscheck completions bash)
        _crosscheck() {
            local cur prev words cword
            cur="${COMP_WORDS[COMP_CWORD]}"
            prev="${COMP_WORDS[COMP_CWORD-1]}"
            if [ "$COMP_CWORD" -eq 1 ]; then
                COMPREPLY=($(compgen -W "\(Commands.all.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
                return
            fi
            case "${COMP_WORDS[1]}" in

        """
        for c in Commands.all {
            out += "        \(c.name))\n"
            out += "            case \"$prev\" in\n"
            for o in visibleOptions(c) where o.value != nil {
                let action = o.choices.isEmpty
                    ? (o.value == "FILE" ? "COMPREPLY=($(compgen -f -- \"$cur\"))" : "COMPREPLY=()")
                    : "COMPREPLY=($(compgen -W \"\(o.choices.joined(separator: " "))\" -- \"$cur\"))"
                out += "                --\(o.name)) \(action); return ;;\n"
            }
            out += "            esac\n"
            let options = visibleOptions(c).map { "--" + $0.name }.joined(separator: " ")
            let positional: String
            switch c.positionals {
            case "dir": positional = "COMPREPLY=($(compgen -d -- \"$cur\"))"
            case "file": positional = "COMPREPLY=($(compgen -f -- \"$cur\"))"
            default: positional = "COMPREPLY=($(compgen -W \"\(c.positionals)\" -- \"$cur\"))"
            }
            out += "            if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"\(options)\" -- \"$cur\")); else \(positional); fi\n"
            out += "            ;;\n"
        }
        out += """
            esac
        }
        complete -o filenames -F _crosscheck crosscheck

        """
        return out
    }

    static func zsh() -> String {
        var out = """
        #compdef crosscheck
        # zsh completion for crosscheck; save as _crosscheck in a folder of $fpath.
        _crosscheck() {
            local -a commands
            commands=(

        """
        for c in Commands.all { out += "        '\(c.name):\(zshEscape(c.summary))'\n" }
        out += """
            )
            if (( CURRENT == 2 )); then
                _describe -t commands 'crosscheck command' commands
                _arguments '--help[print help]' '--version[print the version]'
                return
            fi
            local cmd=${words[2]}
            shift words
            (( CURRENT-- ))
            case $cmd in

        """
        for c in Commands.all {
            out += "        \(c.name))\n            _arguments \\\n"
            for o in visibleOptions(c) {
                let help = zshEscape(o.help)
                if let value = o.value {
                    let action = o.choices.isEmpty ? (value == "FILE" ? "_files" : " ") : "(\(o.choices.joined(separator: " ")))"
                    out += "                '--\(o.name)=[\(help)]:\(value.lowercased()):\(action)' \\\n"
                } else {
                    out += "                '--\(o.name)[\(help)]' \\\n"
                }
            }
            let positional: String
            switch c.positionals {
            case "dir": positional = "'1:corpus folder:_files -/'"
            case "file": positional = "'*:file:_files'"
            default: positional = "'1:argument:(\(c.positionals))'"
            }
            out += "                \(positional)\n            ;;\n"
        }
        out += """
            esac
        }
        _crosscheck "$@"

        """
        return out
    }

    /// Inside single quotes and `[...]` descriptions: quotes, brackets and colons are escaped.
    static func zshEscape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "'": out += "'\\''"
            case "[", "]", ":": out += "\\\(ch)"
            default: out.append(ch)
            }
        }
        return out
    }
}
