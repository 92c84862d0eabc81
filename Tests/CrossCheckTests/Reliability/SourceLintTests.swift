import Foundation
import Testing

/// Every trap the fuzzer and testers found came from an operation that stops the program when its
/// input is not as assumed. Sources may use none of the ones that are easy to see: `try!`, `as!`,
/// and a postfix `!` force-unwrap. (Arithmetic that can overflow is checked by the fuzzer instead.)
@Suite struct SourceLintTests {
    /// Files allowed a force-unwrap: none. `try!` is banned everywhere too.
    static let forceUnwrapExempt: [String] = []

    /// The code of a Swift file with comments and string literals blanked, so that a "!" in a
    /// message or a doc comment is not taken for an operator.
    static func code(_ source: String) -> String {
        var out = ""
        var chars = Array(source)
        chars.append("\n")
        var i = 0
        var inString = false, multiline = false
        while i < chars.count - 1 {
            let c = chars[i], n = chars[i + 1]
            if inString {
                if c == "\\" { i += 2; continue }
                if multiline, c == "\"", n == "\"", i + 2 < chars.count, chars[i + 2] == "\"" { inString = false; i += 3; out += "\"\""; continue }
                if !multiline, c == "\"" { inString = false; out += "\""; i += 1; continue }
                if c == "\n" { out.append("\n") }
                i += 1
                continue
            }
            if c == "/", n == "/" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/", n == "*" {
                i += 2
                while i < chars.count - 1, !(chars[i] == "*" && chars[i + 1] == "/") {
                    if chars[i] == "\n" { out.append("\n") }
                    i += 1
                }
                i += 2
                continue
            }
            if c == "\"" {
                multiline = n == "\"" && i + 2 < chars.count && chars[i + 2] == "\""
                inString = true
                out += "\"\""
                i += multiline ? 3 : 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// (file, line, text) of each forbidden operation in the Swift files under `root` (Sources/).
    static func violations(under root: URL = Fixtures.root.appendingPathComponent("Sources")) throws -> [String] {
        var found: [String] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = "Sources/" + url.path.dropFirst(root.path.count + 1)
            let exempt = forceUnwrapExempt.contains { relative.hasPrefix($0) }
            let lines = code(try String(contentsOf: url, encoding: .utf8)).split(separator: "\n", omittingEmptySubsequences: false)
            for (n, line) in lines.enumerated() {
                let l = Array(line)
                for (k, c) in l.enumerated() where c == "!" {
                    let before = k > 0 ? l[k - 1] : " "
                    let after = k + 1 < l.count ? l[k + 1] : " "
                    let isTry = k >= 3 && String(l[(k - 3)..<k]) == "try"
                    let isCast = k >= 2 && String(l[(k - 2)..<k]) == "as"
                    // A postfix "!" follows a name, ")" or "]" directly and is not "!=".
                    let isUnwrap = (before.isLetter || before.isNumber || before == "_" || before == ")" || before == "]") && after != "="
                    if isTry || ((isCast || isUnwrap) && !exempt) {
                        found.append("\(relative):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        return found.sorted()
    }

    @Test func noTrapOperatorsInSources() throws {
        let found = try SourceLintTests.violations()
        #expect(found.isEmpty, "use guard/if let, ?? or a throwing call instead:\n\(found.joined(separator: "\n"))")
    }

    @Test func theLintFindsEachForbiddenOperation() throws {
        let dir = try CLI.emptyWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write("let a = try! f()\nlet b = c as! Int\nlet d = e[0]!\nlet ok = g != h && !i\n",
                      to: dir.appendingPathComponent("CrossCheck/Time/X.swift"))
        try CLI.write("let a = b!\nlet c = try! d()\n", to: dir.appendingPathComponent("CrossCheck/Claims/Y.swift"))
        #expect(try SourceLintTests.violations(under: dir) == [
            "Sources/CrossCheck/Claims/Y.swift:1: let a = b!",
            "Sources/CrossCheck/Claims/Y.swift:2: let c = try! d()",
            "Sources/CrossCheck/Time/X.swift:1: let a = try! f()",
            "Sources/CrossCheck/Time/X.swift:2: let b = c as! Int",
            "Sources/CrossCheck/Time/X.swift:3: let d = e[0]!",
        ])
    }

    @Test func theLintSeesWhatItMustAndSkipsStringsAndComments() {
        let code = SourceLintTests.code("let a = b! // c!\nlet s = \"wow!\" + x\n/* d! */ e != f\n\"\"\"\nyes!\n\"\"\"")
        #expect(code.contains("b!"))
        #expect(!code.contains("c!"))
        #expect(!code.contains("wow!"))
        #expect(!code.contains("d!"))
        #expect(!code.contains("yes!"))
        #expect(code.contains("e != f"))
    }
}
