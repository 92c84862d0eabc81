#!/usr/bin/env python3
"""Runs the composite GitHub Action (action.yml) locally against fixtures/sma-2020, as a runner
would: each step's `run` script under `bash --noprofile --norc -eo pipefail`, with its `env`
evaluated from the inputs, the earlier steps' outputs and the github context, and the runner's
files ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY, $GITHUB_ACTION_PATH, $RUNNER_TEMP).

usage: tools/test-action.py [--binary PATH]   (default: the debug build, `swift build` first)
Needs PyYAML (`pip install pyyaml`); exits 3, saying so, without it.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    print("test-action: PyYAML is not installed (pip install pyyaml); skipped")
    sys.exit(3)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def load_action():
    with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    assert action["runs"]["using"] == "composite", "a composite action"
    for name, spec in action["inputs"].items():
        assert "description" in spec, f"input {name} has no description"
        assert spec.get("required") or "default" in spec, f"optional input {name} has no default"
    ids = {s.get("id") for s in action["runs"]["steps"]}
    for name, spec in action["outputs"].items():
        m = re.fullmatch(r"\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}", spec["value"])
        assert m and m.group(1) in ids, f"output {name} refers to no step: {spec['value']}"
    for step in action["runs"]["steps"]:
        assert step.get("shell") == "bash", f"step {step.get('name')} needs shell: bash in a composite action"
    return action


def run_action(action, inputs, workspace, path_dirs=()):
    """Runs every step; returns (exit status of the last step run, outputs by step id, stdout, summary)."""
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    for name, value in inputs.items():
        assert name in values, f"no input {name}"
        values[name] = value
    for name, spec in action["inputs"].items():
        assert not spec.get("required") or values[name], f"input {name} is required"
    outputs = {}
    temp = tempfile.mkdtemp(prefix="runner-")
    summary = os.path.join(temp, "summary.md")
    open(summary, "w").close()
    context = {"github.action_repository": "example/crosscheck", "github.action_ref": "v1",
               "github.action_path": ROOT}

    def evaluate(text):
        def one(m):
            expr = m.group(1)
            if expr.startswith("inputs."):
                return values[expr[len("inputs."):]]
            if expr in context:
                return context[expr]
            sm = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr)
            if sm:
                return outputs.get(sm.group(1), {}).get(sm.group(2), "")
            raise AssertionError(f"expression the test runner does not know: {expr}")
        return EXPRESSION.sub(one, str(text))

    stdout = ""
    status = 0
    for step in action["runs"]["steps"]:
        out_file = os.path.join(temp, f"output-{step.get('id', 'step')}")
        open(out_file, "w").close()
        env = {"PATH": os.pathsep.join(list(path_dirs) + ["/usr/local/bin", "/usr/bin", "/bin"]),
               "HOME": os.environ.get("HOME", "/root"), "GITHUB_OUTPUT": out_file, "GITHUB_STEP_SUMMARY": summary,
               "GITHUB_ACTION_PATH": ROOT, "GITHUB_WORKSPACE": workspace, "RUNNER_TEMP": temp, "CI": "true"}
        for k, v in (step.get("env") or {}).items():
            env[k] = evaluate(v)
        script = os.path.join(temp, "step.sh")
        with open(script, "w", encoding="utf-8") as f:
            f.write(evaluate(step["run"]))
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=workspace, env=env,
                              capture_output=True, text=True, timeout=600)
        stdout += proc.stdout
        sys.stderr.write(proc.stderr)
        step_outputs = {}
        for line in open(out_file, encoding="utf-8"):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                step_outputs[k] = v
        outputs[step.get("id", "")] = step_outputs
        status = proc.returncode
        if status != 0:
            break
    text = open(summary, encoding="utf-8").read()
    shutil.rmtree(temp)
    return status, outputs, stdout, text


def workspace():
    dir = tempfile.mkdtemp(prefix="action-test-")
    shutil.copytree(os.path.join(ROOT, "fixtures", "sma-2020"), os.path.join(dir, "news", "sma"))
    return dir


def main():
    binary = None
    if "--binary" in sys.argv:
        binary = os.path.abspath(sys.argv[sys.argv.index("--binary") + 1])
    else:
        subprocess.run(["swift", "build", "--product", "crosscheck"], cwd=ROOT, check=True, capture_output=True)
        bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
        binary = os.path.join(bin_path, "crosscheck")
    action = load_action()
    failures = []

    def expect(cond, what):
        if not cond:
            failures.append(what)

    # 1. Defaults: SARIF and HTML written, the gate fails on the corpus's conflicts.
    ws = workspace()
    status, outputs, stdout, summary = run_action(action, {"corpus": "news/sma", "binary": binary}, ws)
    expect(status == 1, f"defaults: the step should fail on conflicts (exit {status})")
    expect(outputs["check"].get("exit-code") == "1", f"defaults: exit-code output {outputs['check']}")
    expect(outputs["check"].get("sarif") == "crosscheck-reports/crosscheck.sarif", f"defaults: sarif output {outputs['check']}")
    expect(os.path.isfile(os.path.join(ws, "crosscheck-reports/crosscheck.sarif")), "defaults: no SARIF file")
    expect(os.path.isfile(os.path.join(ws, "crosscheck-reports/crosscheck.html")), "defaults: no HTML file")
    expect("::error file=news/sma/" in stdout, "defaults: no annotation")
    expect(summary.startswith("# crosscheck: "), "defaults: the job summary lacks the Markdown report")

    # 2. crosscheck found on PATH, other formats, fail-on never: the step passes.
    tools = tempfile.mkdtemp(prefix="path-")
    os.symlink(binary, os.path.join(tools, "crosscheck"))
    status, outputs, stdout, _ = run_action(action, {"corpus": "news/sma", "fail-on": "never", "formats": "markdown json, junit",
                                                     "output-dir": "out"}, ws, path_dirs=[tools])
    expect(status == 0, f"fail-on never: exit {status}")
    for name in ("crosscheck.md", "crosscheck.json", "crosscheck.junit.xml"):
        expect(os.path.isfile(os.path.join(ws, "out", name)), f"fail-on never: no out/{name}")
    expect(outputs["install"].get("path") == os.path.join(tools, "crosscheck"), f"PATH: install output {outputs['install']}")

    # 3. A committed baseline that accepts every finding is found and used: the gate passes.
    subprocess.run([binary, "check", "news/sma", "--write-baseline", ".crosscheck-baseline.json"], cwd=ws, check=True, capture_output=True)
    status, outputs, _, _ = run_action(action, {"corpus": "news/sma", "binary": binary}, ws)
    expect(status == 0, f"baseline: exit {status}")

    # 4. A format the tool does not write is a usage error (exit 2), said as an annotation.
    status, _, stdout, _ = run_action(action, {"corpus": "news/sma", "binary": binary, "formats": "yaml"}, ws)
    expect(status == 2 and "::error title=crosscheck::unknown format 'yaml'" in stdout, f"bad format: exit {status}")

    shutil.rmtree(ws)
    shutil.rmtree(tools)
    for f in failures:
        print("test-action: FAIL " + f)
    if failures:
        sys.exit(1)
    print("test-action: 4 runs of action.yml passed (defaults, crosscheck on PATH, baseline, bad format)")


if __name__ == "__main__":
    main()
