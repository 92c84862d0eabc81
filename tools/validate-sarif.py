#!/usr/bin/env python3
"""Validate SARIF files against the SARIF 2.1.0 JSON schema.

usage: tools/validate-sarif.py [--schema SCHEMA] FILE...

The schema defaults to ../shared/specs/sarif-schema-2.1.0.json (next to the checkout), then to
$SARIF_SCHEMA. Needs the `jsonschema` package (pip install jsonschema). Exit codes: 0 all valid,
1 a file is invalid, 2 usage error or missing schema/package.
"""
import json
import os
import sys


def main(argv):
    args = list(argv)
    schema_path = None
    if args[:1] == ["--schema"]:
        if len(args) < 2:
            print(__doc__, file=sys.stderr)
            return 2
        schema_path = args[1]
        args = args[2:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [schema_path, os.environ.get("SARIF_SCHEMA"),
                  os.path.join(here, "..", "..", "shared", "specs", "sarif-schema-2.1.0.json")]
    schema_path = next((p for p in candidates if p and os.path.exists(p)), None)
    if schema_path is None:
        print("validate-sarif: no SARIF 2.1.0 schema found (pass --schema FILE or set SARIF_SCHEMA)", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("validate-sarif: the jsonschema package is missing (pip install jsonschema)", file=sys.stderr)
        return 2
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    failed = False
    for path in args:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            failed = True
            for e in errors[:20]:
                where = "/".join(str(p) for p in e.absolute_path) or "(root)"
                print(f"{path}: {where}: {e.message}", file=sys.stderr)
        else:
            results = sum(len(r.get("results", [])) for r in document.get("runs", []))
            print(f"{path}: valid SARIF 2.1.0 ({results} results)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
