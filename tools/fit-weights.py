#!/usr/bin/env python3
"""fit-weights: fit the alignment evidence weights by logistic regression on labelled pairs.

usage:
  tools/fit-weights.py --binary .build/release/crosscheck [--corpora ../realnews] [--write] [--l2 1.0]

For every cluster under --corpora that has a gold.json and all of its texts, runs
`crosscheck check CLUSTER --format pairs` (every candidate pair the aligner scores, with its
comparisons), labels each pair from the gold (two claims on anchors of one gold fact: a match;
anything else: not a match), and fits two L2-regularised logistic regressions: one without the
values' agreement (what a conflict rests on) and one with it (what a corroboration rests on).
Prints the weights, a leave-one-cluster-out check of how well each model ranks held-out pairs, and
with --write replaces the block between the FITTED WEIGHTS markers in
Sources/CrossCheck/Alignment/EvidenceWeights.swift. See docs/alignment.md.

Needs numpy. The gold and texts are read only; nothing from them is written anywhere."""
import json, os, re, subprocess, sys

import numpy as np

# Comparisons the development set cannot estimate (no pair of it shows them) keep a stated prior
# instead of a fitted zero: two claims about the same numbered event ("the seventh round") are
# strong evidence of one fact; two dates whose clauses name the same place (few dated events of the
# development set name one) are good evidence.
# measureRelated (two event concepts of one family: "deal" and "buy", "burn" and "destroy") is
# neutral for a corroboration and as strong against a conflict as two different measures: the
# values agreeing may join two wordings of one event, never a disagreement. A pair is
# (weight without values, weight with values).
FIXED = {"eventSame": 3.0, "placeSame": 1.0, "measureRelated": (-1.342, 0.0)}

# Signs the weights must keep: a comparison that agrees can only add evidence, one that disagrees
# can only take it away. Without these, a quirk of six stories (two claims of the same period that
# happen to be different facts) would teach the model that agreement is evidence against.
AGREE = {"measureSame", "fallbackSame", "subjectSame", "nounSame", "localShare", "sentenceShare", "nameShare",
         "phaseSame", "periodSame", "sameDay", "attributionSame", "eventSame", "digitsSame", "measureAndNear",
         "measureAndSubject", "placeSame", "samePerson", "sameFigure", "valueAgree"}
DISAGREE = {"measureDiffer", "subjectDiffer", "subjectOneSided", "farApart", "attributionDiffer", "sameDocument"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIGHTS = os.path.join(ROOT, "Sources/CrossCheck/Alignment/EvidenceWeights.swift")


def norm(s):
    return " ".join(s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
                    .replace("\u2014", "-").replace("\u00a0", " ").split())


def within(a, b):
    return re.search(r"(?<![\w$£€¥₩])" + re.escape(a) + r"(?!\w)", b) is not None


def feature_names():
    text = open(WEIGHTS, encoding="utf-8").read()
    block = text[text.index("public static let names = ["):]
    block = block[:block.index("]")]
    return re.findall(r'"(\w+)"', block)


def gold_facts(gold):
    anchors = []
    for f in gold["facts"]:
        for a in f["anchors"]:
            anchors.append((f["id"], a["doc"], a["line"], norm(a["text"])))
    return anchors


def facts_of(claim, anchors):
    doc = claim["document"].split("/")[-1]
    text = norm(claim["text"])
    return {fid for fid, d, line, t in anchors
            if d == doc and line == claim["line"] and text and (within(t, text) or within(text, t))}


def cluster_pairs(binary, cluster):
    out = subprocess.run([binary, "check", cluster, "--format", "pairs"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"{cluster}: check failed: {out.stderr.strip()[:300]}")
    anchors = gold_facts(json.load(open(os.path.join(cluster, "gold.json"))))
    rows, labels = [], []
    for line in out.stdout.splitlines():
        p = json.loads(line)
        fa, fb = facts_of(p["a"], anchors), facts_of(p["b"], anchors)
        rows.append(p["features"])
        labels.append(1.0 if fa and fb and (fa & fb) else 0.0)
    return np.array(rows, dtype=float), np.array(labels)


def fit(X, y, l2, offsets=None, bounds=None):
    """L2-penalised logistic regression (the bias is not penalised), by L-BFGS-B so that each
    weight keeps its sign (`bounds`, one (low, high) per column); `offsets` are fixed log-odds
    added to each row (the priors of FIXED comparisons)."""
    from scipy.optimize import minimize
    offsets = np.zeros(X.shape[0]) if offsets is None else offsets
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    penalty = np.full(Xb.shape[1], l2)
    penalty[0] = 0

    def loss(w):
        z = Xb @ w + offsets
        # log(1 + e^z) - y z, computed stably
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(penalty * w * w)
        p = 1 / (1 + np.exp(-z))
        return value, Xb.T @ (p - y) + penalty * w

    b = [(None, None)] + (bounds if bounds is not None else [(None, None)] * X.shape[1])
    result = minimize(loss, np.zeros(Xb.shape[1]), jac=True, method="L-BFGS-B", bounds=b, options={"maxiter": 2000})
    return result.x


def auc(scores, y):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def swift_array(values, per_line=9):
    items = [f"{v:.3f}" for v in values]
    lines = ["        " + ", ".join(items[i:i + per_line]) + "," for i in range(0, len(items), per_line)]
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    if "--binary" not in args:
        print(__doc__)
        sys.exit(2)
    binary = args[args.index("--binary") + 1]
    corpora = args[args.index("--corpora") + 1] if "--corpora" in args else os.path.join(ROOT, "..", "realnews")
    l2 = float(args[args.index("--l2") + 1]) if "--l2" in args else 1.0
    names = feature_names()
    # What the values say (agreement, the same digits at another scale) is left out of the model a
    # conflict rests on.
    value_columns = {names.index("valueAgree"), names.index("digitsSame"), names.index("sameFigure")}
    data = {}
    for name in sorted(os.listdir(corpora)):
        c = os.path.join(corpora, name)
        if not os.path.isfile(os.path.join(c, "gold.json")):
            continue
        docs = json.load(open(os.path.join(c, "corpus.json")))["documents"]
        if not all(os.path.exists(os.path.join(c, d["path"])) for d in docs):
            print(f"{name}: skipped (texts not gathered)")
            continue
        data[name] = cluster_pairs(binary, c)
        X, y = data[name]
        print(f"{name}: {len(y)} candidate pairs, {int(y.sum())} matches")
    if not data:
        sys.exit("no cluster with gold and texts found")
    X = np.vstack([d[0] for d in data.values()])
    y = np.concatenate([d[1] for d in data.values()])
    def sign(i):
        return (0, None) if names[i] in AGREE else (None, 0) if names[i] in DISAGREE else (None, None)
    fixed_columns = {names.index(n): v for n, v in FIXED.items() if n in names}
    without = [i for i in range(len(names)) if i not in value_columns and i not in fixed_columns]
    every = [i for i in range(len(names)) if i not in fixed_columns]
    def prior(v, with_values):
        return v[1 if with_values else 0] if isinstance(v, tuple) else v
    offsets_without = X[:, list(fixed_columns)] @ np.array([prior(v, False) for v in fixed_columns.values()]) if fixed_columns else None
    offsets_with = X[:, list(fixed_columns)] @ np.array([prior(v, True) for v in fixed_columns.values()]) if fixed_columns else None

    # Leave one cluster out: how well does a model fitted on the others rank the held-out pairs?
    for label, cols in (("without values", without), ("with values", every)):
        aucs = []
        for held in data:
            Xt = np.vstack([data[k][0] for k in data if k != held])[:, cols]
            yt = np.concatenate([data[k][1] for k in data if k != held])
            w = fit(Xt, yt, l2, bounds=[sign(i) for i in cols])
            Xh, yh = data[held]
            s = w[0] + Xh[:, cols] @ w[1:]
            aucs.append(auc(s, yh))
        print(f"leave-one-cluster-out AUC ({label}): " + ", ".join(f"{a:.3f}" for a in aucs)
              + f"; mean {np.nanmean(aucs):.3f}")

    w_without = fit(X[:, without], y, l2, offsets_without, [sign(i) for i in without])
    w_with_part = fit(X[:, every], y, l2, offsets_with, [sign(i) for i in every])
    full_without = [0.0] * len(names)
    full_with = [0.0] * len(names)
    for k, i in enumerate(without):
        full_without[i] = w_without[1 + k]
    for k, i in enumerate(every):
        full_with[i] = w_with_part[1 + k]
    for i, v in fixed_columns.items():
        full_without[i] = prior(v, False)
        full_with[i] = prior(v, True)
    w_with = np.concatenate([[w_with_part[0]], full_with])
    block = (
        "    // BEGIN FITTED WEIGHTS\n"
        f"    // Fitted by tools/fit-weights.py on {len(y)} labelled pairs ({int(y.sum())} matches), l2 = {l2};\n"
        f"    // fixed priors: {', '.join(f'{k} = {v}' for k, v in FIXED.items())}.\n"
        "    /// Log-odds of two claims of one block stating one fact before any comparison.\n"
        f"    public static let bias = {w_without[0]:.3f}\n"
        "    /// Weights with the values left out (a conflict rests on these alone).\n"
        "    public static let withoutValue: [Double] = [\n" + swift_array(full_without) + "\n    ]\n"
        "    /// Bias and weights with the values' agreement counted in (a corroboration rests on these).\n"
        f"    public static let biasWithValue = {w_with[0]:.3f}\n"
        "    public static let withValue: [Double] = [\n" + swift_array(w_with[1:]) + "\n    ]\n"
        "    // END FITTED WEIGHTS"
    )
    for n, a, b in zip(names, full_without, w_with[1:]):
        print(f"  {n:18s} without values {a:7.3f}   with values {b:7.3f}")
    print(f"  {'bias':18s} without values {w_without[0]:7.3f}   with values {w_with[0]:7.3f}")
    if "--write" in args:
        text = open(WEIGHTS, encoding="utf-8").read()
        start = text.index("    // BEGIN FITTED WEIGHTS")
        end = text.index("    // END FITTED WEIGHTS") + len("    // END FITTED WEIGHTS")
        open(WEIGHTS, "w", encoding="utf-8").write(text[:start] + block + text[end:])
        print(f"wrote {os.path.relpath(WEIGHTS)}")


if __name__ == "__main__":
    main()
