#!/usr/bin/env python3
"""Validates crosscheck's JSON outputs against the published schemas.

usage: tools/validate-schemas.py SCHEMA_DIR
Builds nothing: expects the crosscheck binary at .build/debug/crosscheck (run `swift build` first).
Checks `check --format json` on every fixture corpus against report.schema.json and
`extract --format json` on every fixture document against extract.schema.json, and that every
quoted claim text equals the document's bytes at its offset. Exits 1 on the first failure."""
import json, os, subprocess, sys

try:
    import jsonschema
except ImportError:
    print("validate-schemas: python3 module 'jsonschema' missing; install it with: pip install jsonschema")
    sys.exit(1)

schema_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/design"
binary = os.path.join(".build", "debug", "crosscheck")
report_schema = json.load(open(os.path.join(schema_dir, "report.schema.json")))
extract_schema = json.load(open(os.path.join(schema_dir, "extract.schema.json")))

def run(args):
    out = subprocess.run([binary] + args, capture_output=True)
    if out.returncode not in (0, 1):
        print(f"validate-schemas: crosscheck {' '.join(args)} exited {out.returncode}: {out.stderr.decode()}")
        sys.exit(1)
    return json.loads(out.stdout)

corpora = sorted(d for d in os.listdir("fixtures") if os.path.isdir(os.path.join("fixtures", d)) and d != "drafts")
checked = 0
for corpus in corpora:
    root = os.path.join("fixtures", corpus)
    report = run(["check", root, "--format", "json"])
    jsonschema.validate(report, report_schema)
    for fact in report["facts"]:
        for claim in fact["claims"]:
            data = open(os.path.join(root, claim["document"]), "rb").read()
            quoted = data[claim["offset"]:claim["offset"] + claim["length"]].decode("utf-8")
            if quoted != claim["text"]:
                print(f"validate-schemas: {corpus}: claim text {claim['text']!r} is not the bytes at its offset ({quoted!r})")
                sys.exit(1)
            checked += 1
    for doc in report["documents"]:
        if not doc.get("source"):
            print(f"validate-schemas: {corpus}: document {doc['path']} has no source")
            sys.exit(1)
    files = sorted(os.path.join(root, f) for f in os.listdir(root) if f.endswith((".txt", ".md")) and f.lower() != "readme.md")
    jsonschema.validate(run(["extract", "--format", "json"] + files), extract_schema)
print(f"validate-schemas: {len(corpora)} corpora valid against report and extract schemas; {checked} quoted claims match their bytes")
