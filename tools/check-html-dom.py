#!/usr/bin/env python3
"""Checks the DOM Chromium rendered from crosscheck's HTML report (see tools/browser-test.sh).

  check-html-dom.py --first-claim DOM            prints the anchor of the first finding's first quote
  check-html-dom.py REPORT.json DOM OPEN_DOM ANCHOR
      every conflict and change of the JSON report has its table, with one row per claim or a
      row that says how many more it stands for, so that the rows account for every claim; the
      page loaded with #open=ANCHOR shows the text view with that claim highlighted as current.
"""
import json
import re
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.findings = {}      # fact id -> {"rows": n, "more": n, "anchors": [...]}
        self.current = None
        self.in_more = False
        self.viewer_hidden = None
        self.in_viewer_body = 0
        self.current_marks = []
        self.first_anchor = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "article" and "finding" in classes:
            self.current = a["id"][2:]
            self.findings[self.current] = {"rows": 0, "more": 0, "anchors": []}
        if self.current and tag == "tr" and ("agrees" in classes or "disagrees" in classes):
            self.findings[self.current]["rows"] += 1
        if self.current and tag == "summary":
            self.in_more = True
        if self.current and tag == "a" and "quote" in classes:
            self.findings[self.current]["anchors"].append(a["href"][1:])
            if self.first_anchor is None:
                self.first_anchor = a["href"][1:]
        if tag == "div" and a.get("id") == "viewer":
            self.viewer_hidden = "hidden" in a
        if tag == "div" and a.get("id") == "viewer-body":
            self.in_viewer_body = 1
        elif self.in_viewer_body and tag not in ("br",):
            self.in_viewer_body += 1
            if tag == "mark" and "current" in classes:
                self.current_marks.append(a.get("data-id"))
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "article":
            self.current = None
        if tag == "summary":
            self.in_more = False
        if self.in_viewer_body and tag not in ("br",):
            self.in_viewer_body -= 1

    def handle_data(self, data):
        if self.current and self.in_more:
            m = re.search(r"and (\d+) more", data)
            if m:
                self.findings[self.current]["more"] += int(m.group(1))


def parse(path):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    return p


def main():
    if sys.argv[1] == "--first-claim":
        anchor = parse(sys.argv[2]).first_anchor
        if not anchor:
            sys.exit("check-html-dom: no quote link in the page")
        print(anchor)
        return
    report, dom, opened, anchor = sys.argv[1:5]
    facts = [f for f in json.load(open(report, encoding="utf-8"))["facts"] if f["verdict"] in ("conflict", "changed")]
    page = parse(dom)
    failures = []
    for f in facts:
        shown = page.findings.get(f["id"])
        if shown is None:
            failures.append(f"{f['id']} ({f['label']}): no table in the page")
            continue
        if shown["rows"] + shown["more"] != len(f["claims"]):
            failures.append(f"{f['id']} ({f['label']}): {shown['rows']} rows + {shown['more']} more for {len(f['claims'])} claims")
        disagreeing = [c for c in f["claims"] if not c["supportsBestValue"]]
        if f["verdict"] == "conflict" and shown["rows"] < len(disagreeing) + 1:
            failures.append(f"{f['id']}: {len(disagreeing)} disagreeing claims need rows of their own")
    extra = set(page.findings) - {f["id"] for f in facts}
    if extra:
        failures.append(f"tables for facts that are not findings: {sorted(extra)}")
    view = parse(opened)
    if view.viewer_hidden is not False:
        failures.append("the text view did not open (the viewer is still hidden)")
    elif anchor not in view.current_marks:
        failures.append(f"the text view does not highlight {anchor} as the current claim (found {view.current_marks})")
    for line in failures:
        print("check-html-dom: FAIL " + line)
    if failures:
        sys.exit(1)
    print(f"check-html-dom: {len(facts)} findings, every row present; the text view opens on {anchor}")


if __name__ == "__main__":
    main()
