#!/usr/bin/env bash
# Checks the development-set drafts in docs/drafts against their stories' reports, which live
# outside the project (../realnews, gathered as ../shared/corpus-dev/README.md says). For each
# story: the correct draft must pass the gate; the draft with planted errors is listed finding by
# finding. Usage: tools/check-dev-drafts.sh [CROSSCHECK_BINARY] [REALNEWS_DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/crosscheck}
news=${2:-../realnews}
if [ ! -d "$news" ]; then echo "check-dev-drafts: $news not found; gather the development set first"; exit 0; fi
for correct in docs/drafts/*-correct.md; do
  story=$(basename "$correct" -correct.md)
  errors=docs/drafts/$story-errors.md
  [ -d "$news/$story" ] || { echo "$story: reports not gathered, skipped"; continue; }
  "$bin" check "$news/$story" --draft "$correct" --format json --output /tmp/draft-correct.json >/dev/null 2>&1
  code=$?
  echo "== $story"
  echo "correct draft: exit $code ($( [ $code -eq 0 ] && echo passes || echo FLAGGED ))"
  python3 - /tmp/draft-correct.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for f in r["facts"]:
    if f.get("finding", f["verdict"]) in ("conflict", "changed"):
        d = [c["text"] for c in f["claims"] if c["document"].endswith(".md")]
        print(f"  flagged: {f['label']}: draft says {d}")
PY
  "$bin" check "$news/$story" --draft "$errors" --format json --output /tmp/draft-errors.json >/dev/null 2>&1
  code=$?
  echo "draft with planted errors: exit $code"
  python3 - /tmp/draft-errors.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for f in r["facts"]:
    finding = f.get("finding", f["verdict"])
    d = [c["text"] for c in f["claims"] if c["document"].endswith(".md")]
    print(f"  {finding}: {f['label']}: draft says {d}")
PY
done
