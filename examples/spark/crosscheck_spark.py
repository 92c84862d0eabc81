#!/usr/bin/env python3
"""Checks an archive on Spark with crosscheck: the same findings as `crosscheck check --format jsonl`.

1. map:    each partition of the archive's files runs `crosscheck extract --format jsonl --root ROOT`
           (one line per document, one per claim);
2. group:  the document lines (small: path, date, outlet, story key, rare-term counts) go to the
           driver, where `crosscheck reconcile --assign` decides each document's story exactly as
           `check` would for the whole archive;
3. reduce: every line is keyed by its document's story, and each story's lines are piped through
           `crosscheck reconcile`, which writes that story's findings (JSON Lines).

The findings are written sorted, one a line, to OUTPUT; `sort` the output of `check --format jsonl`
to compare (tools/spark-compare.sh does).

    spark-submit examples/spark/crosscheck_spark.py ARCHIVE OUTPUT [--binary PATH] [--partitions N]
    python3 examples/spark/crosscheck_spark.py ARCHIVE OUTPUT --master 'local[2]'

The crosscheck binary must exist at the same path on every worker (or pass --binary).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

from pyspark.sql import SparkSession


def corpus_files(root):
    """The archive's .txt and .md files, relative to ROOT, as check finds them (hidden ones skipped)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and name.endswith((".txt", ".md")):
                found.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(found)


def run(binary, args, text=None):
    done = subprocess.run([binary] + args, input=text, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"crosscheck {args[0]} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", help="the archive's root folder (its corpus.json, if any, applies)")
    ap.add_argument("output", help="file to write the findings to (JSON Lines, sorted)")
    ap.add_argument("--binary", default=shutil.which("crosscheck") or "crosscheck", help="the crosscheck executable")
    ap.add_argument("--partitions", type=int, default=8, help="how many extract tasks")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2] (spark-submit sets it)")
    args = ap.parse_args()

    root = os.path.abspath(args.archive)
    binary = os.path.abspath(args.binary) if os.path.exists(args.binary) else args.binary
    files = corpus_files(root)
    if not files:
        sys.exit(f"{args.archive}: no .txt or .md files")

    builder = SparkSession.builder.appName("crosscheck").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    def extract(paths):
        paths = list(paths)
        if not paths:
            return
        out = run(binary, ["extract", "--format", "jsonl", "--root", root] + [os.path.join(root, p) for p in paths])
        for line in out.splitlines():
            if line:
                yield line

    lines = sc.parallelize(files, max(1, min(args.partitions, len(files)))).mapPartitions(extract).cache()

    # Stories for the whole archive, from the document lines alone.
    documents = lines.filter(lambda line: json.loads(line)["type"] == "document").collect()
    assigned = run(binary, ["reconcile", "--assign"], "\n".join(documents) + "\n")
    group_of = {o["path"]: o["group"] for o in map(json.loads, assigned.splitlines()) if o}
    groups = sc.broadcast(group_of)

    def keyed(line):
        o = json.loads(line)
        if o["type"] == "document":
            group = groups.value[o["path"]]
            o["group"] = group  # reconcile keeps this grouping rather than grouping again
            return group, json.dumps(o, ensure_ascii=False, separators=(",", ":"))
        return groups.value[o["document"]], line

    def reconcile(item):
        _, story_lines = item
        return [l for l in run(binary, ["reconcile", "-"], "\n".join(story_lines) + "\n").splitlines() if l]

    findings = lines.map(keyed).groupByKey().flatMap(reconcile).collect()
    with open(args.output, "w", encoding="utf-8") as out:
        for line in sorted(findings):
            out.write(line + "\n")
    print(f"crosscheck on Spark: {len(files)} documents, {len(group_of) and len(set(group_of.values()))} stories, "
          f"{len(findings)} findings -> {args.output}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
