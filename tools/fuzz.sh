#!/usr/bin/env bash
# Fuzzes extraction and a two-document check with libFuzzer (see tools/fuzz/FuzzTarget.swift).
#
#   tools/fuzz.sh [SECONDS] [libFuzzer flags...]      default 60 seconds
#
# Builds .build/fuzz/crosscheck-fuzz from the library's sources with -sanitize=fuzzer (outside
# SwiftPM, so `swift build` and `swift test` never see it), seeds it from fixtures/ and, when it
# sits beside the checkout, ../shared/specs, and runs it. Inputs that crash or hang are written to
# .build/fuzz/artifacts/; the corpus it grows is kept in .build/fuzz/corpus for the next run.
# Exit status: 0 no crash; 1 a crash or hang was found; 2 the fuzz target does not compile;
# 3 the toolchain cannot build a libFuzzer target at all.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:-60}
shift || true
out=.build/fuzz
bin=$out/crosscheck-fuzz
mkdir -p "$out/corpus" "$out/seeds" "$out/artifacts"

sources=$(find Sources/CrossCheck -name '*.swift' | LC_ALL=C sort)
# Rebuilt only when a source is newer than the binary: a build takes about a minute.
if [ ! -x "$bin" ] || [ -n "$(find Sources/CrossCheck tools/fuzz -name '*.swift' -newer "$bin" | head -n 1)" ]; then
  # First a one-line target: a toolchain without libFuzzer (Xcode's, some distributions') fails here.
  printf '@_cdecl("LLVMFuzzerTestOneInput") public func f(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }\n' > "$out/probe.swift"
  if ! swiftc -sanitize=fuzzer -parse-as-library "$out/probe.swift" -o "$out/probe" 2> "$out/build.log"; then
    echo "fuzz: this toolchain cannot build a libFuzzer target (see $out/build.log); skipping"
    exit 3
  fi
  echo "fuzz: building $bin"
  # shellcheck disable=SC2086
  if ! swiftc -O -sanitize=fuzzer -parse-as-library -module-name CrossCheckFuzz $sources tools/fuzz/FuzzTarget.swift \
       -o "$bin.new" 2> "$out/build.log"; then
    echo "fuzz: the fuzz target does not compile (see $out/build.log)"
    exit 2
  fi
  mv "$bin.new" "$bin"
fi

# Seeds: the fixture documents, pairs of them joined by a form feed (the harness's document
# separator), and the inputs of the peer test suites.
python3 - "$out/seeds" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
docs = sorted(glob.glob("fixtures/**/*.txt", recursive=True) + glob.glob("fixtures/**/*.md", recursive=True))
def put(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
texts = [open(p, "rb").read() for p in docs]
for i, t in enumerate(texts):
    put(f"doc-{i}", t)
for i in range(len(texts) - 1):
    put(f"pair-{i}", texts[i] + b"\f" + texts[i + 1])
for path in sorted(glob.glob("fixtures/**/*.json", recursive=True)):
    put("json-" + path.replace("/", "_"), open(path, "rb").read())
n = 0
for path in sorted(glob.glob("../shared/specs/**/*.jsonl", recursive=True)):
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                text = json.loads(line).get("input")
            except ValueError:
                continue
            if isinstance(text, str) and text:
                put(f"spec-{n}", text.encode("utf-8"))
                n += 1
print(f"fuzz: {len(texts)} fixture documents and {n} peer-suite inputs as seeds")
PY

# Swift's backtracer would spend seconds on every crash; libFuzzer reports the input itself.
export SWIFT_BACKTRACE=enable=no
exec "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
  -artifact_prefix="$out/artifacts/" "$@" "$out/corpus" "$out/seeds"
