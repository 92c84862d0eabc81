#!/usr/bin/env bash
# Checks that crosscheck on Spark (examples/spark) finds exactly what one machine's `check` finds.
#
#   tools/spark-compare.sh [ARCHIVE]           the fixture archive by default
#   tools/spark-compare.sh --synthetic N       a generated archive of N reports (crosscheck-bench)
#   tools/spark-compare.sh --no-spark [...]    the same map / group / reduce in plain shell
#
# With pyspark importable and a Java runtime it runs the PySpark job in local mode
# (SPARK_MASTER, default local[2]); otherwise, or with --no-spark, the shell fallback: extract in
# four parts, assign stories with `reconcile --assign`, split the lines by story, reconcile each
# story alone. Either way it diffs the sorted finding lines with `check --format jsonl` and exits
# 1 if they differ. Set CROSSCHECK to the binary to use (default: .build/release, else .build/debug).
set -euo pipefail
cd "$(dirname "$0")/.."

spark=auto
archive=fixtures/archive-2024
while [ $# -gt 0 ]; do
    case "$1" in
        --no-spark) spark=no ;;
        --spark) spark=yes ;;
        --synthetic) synthetic="$2"; shift ;;
        *) archive="$1" ;;
    esac
    shift
done

bin="${CROSSCHECK:-}"
if [ -z "$bin" ]; then
    for b in .build/release/crosscheck .build/debug/crosscheck; do [ -x "$b" ] && { bin="$b"; break; }; done
fi
[ -n "$bin" ] || { echo "spark-compare: build crosscheck first (swift build -c release)" >&2; exit 2; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${synthetic:-}" ]; then
    bench="$(dirname "$bin")/crosscheck-bench"
    "$bench" --archive "$synthetic" --write "$work/archive" >&2
    archive="$work/archive"
fi

export LC_ALL=C
"$bin" check "$archive" --format jsonl --fail-on never | sort > "$work/check.jsonl"

if [ "$spark" = auto ]; then
    if python3 -c 'import pyspark' 2>/dev/null && command -v java >/dev/null; then spark=yes; else spark=no; fi
fi

if [ "$spark" = yes ]; then
    echo "spark-compare: PySpark in local mode (${SPARK_MASTER:-local[2]})" >&2
    python3 examples/spark/crosscheck_spark.py "$archive" "$work/spark.jsonl" --binary "$bin" \
        --master "${SPARK_MASTER:-local[2]}" 2> "$work/spark.log" || { tail -20 "$work/spark.log" >&2; exit 2; }
    grep '^crosscheck on Spark' "$work/spark.log" >&2 || true
    sort "$work/spark.jsonl" > "$work/other.jsonl"
else
    echo "spark-compare: no Spark; the same map / group / reduce in shell" >&2
    # map: extract in four parts
    (cd "$archive" && find . -mindepth 1 -name '.*' -prune -o \( -name '*.txt' -o -name '*.md' \) -print | sed 's|^\./||' | sort) > "$work/files"
    split -n l/4 "$work/files" "$work/part-"
    for part in "$work"/part-*; do
        [ -s "$part" ] || continue
        sed "s|^|$archive/|" "$part" | tr '\n' '\0' | xargs -0 "$bin" extract --format jsonl --root "$archive" > "$part.jsonl"
    done
    # group: each document's story, then every line to its story's file
    cat "$work"/part-*.jsonl | grep '^{"type":"document"' | "$bin" reconcile --assign > "$work/groups"
    mkdir "$work/stories"
    awk -v dir="$work/stories" '
        FNR == NR { match($0, /"path":"[^"]*"/); p = substr($0, RSTART + 8, RLENGTH - 9)
                    match($0, /"group":"[^"]*"/); group[p] = substr($0, RSTART + 9, RLENGTH - 10); next }
        /^\{"type":"document"/ { match($0, /"path":"[^"]*"/); g = group[substr($0, RSTART + 8, RLENGTH - 9)]
                                 sub(/^\{/, "{\"group\":\"" g "\","); print >> (dir "/" g ".jsonl"); close(dir "/" g ".jsonl"); next }
        { match($0, /"document":"[^"]*"/); g = group[substr($0, RSTART + 12, RLENGTH - 13)]
          print >> (dir "/" g ".jsonl"); close(dir "/" g ".jsonl") }
    ' "$work/groups" "$work"/part-*.jsonl
    # reduce: each story alone
    for story in "$work"/stories/*.jsonl; do "$bin" reconcile "$story"; done | sort > "$work/other.jsonl"
fi

stories=$(cut -d'"' -f4 "$work/check.jsonl" | sort -u | wc -l)
if cmp -s "$work/check.jsonl" "$work/other.jsonl"; then
    echo "spark-compare: identical: $(wc -l < "$work/check.jsonl") finding lines in $stories stories ($archive)"
else
    echo "spark-compare: DIFFERENT from check ($archive):" >&2
    diff "$work/check.jsonl" "$work/other.jsonl" | head -20 >&2
    exit 1
fi
