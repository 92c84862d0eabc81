#!/usr/bin/env bash
# Renders the HTML report of fixtures/sma-2020 and fixtures/harrowmere-water-2025 in headless
# Chromium: a screenshot of each page, a screenshot with a claim's text view open, and a DOM check
# (tools/check-html-dom.py) that every conflict and change row is present and that the text view
# opens on the clicked claim. Chromium comes from Debian's packages when missing.
#
# usage: tools/browser-test.sh [OUTPUT_FOLDER]   (default .build/browser-test)
# exit: 0 passed; 1 a check failed; 3 Chromium is not available and cannot be installed (skipped)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out="${1:-.build/browser-test}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

find_browser() {
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" > /dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

browser="$(find_browser || true)"
if [ -z "$browser" ] && command -v apt-get > /dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "browser-test: installing Chromium from Debian's packages"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; } \
    > "$out/apt.log" 2>&1 || echo "browser-test: apt-get failed (see $out/apt.log)"
  browser="$(find_browser || true)"
fi
if [ -z "$browser" ]; then
  echo "browser-test: Chromium is not installed and cannot be installed here; the browser test is skipped"
  exit 3
fi

swift build --product crosscheck > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
bin="$(swift build --show-bin-path)/crosscheck"

# Headless, no sandbox (CI runs as root), no network needed: the page is one file.
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-extensions --disable-background-networking --virtual-time-budget=3000 "$@" 2> /dev/null
}

status=0
for corpus in sma-2020 harrowmere-water-2025; do
  page="$out/$corpus.html"
  # The default gate, as a user runs it: exit 1 means conflicts were found, which is expected.
  "$bin" check "fixtures/$corpus" --format html --output "$page" || [ $? -eq 1 ]
  "$bin" check "fixtures/$corpus" --format json --output "$out/$corpus.json" --fail-on never
  chrome --window-size=1280,1600 --screenshot="$out/$corpus.png" "file://$page" > /dev/null
  chrome --dump-dom "file://$page" > "$out/$corpus.dom.html"
  # The first quote of the first finding, opened as a reader would click it.
  anchor="$(python3 tools/check-html-dom.py --first-claim "$out/$corpus.dom.html")"
  chrome --dump-dom "file://$page#open=$anchor" > "$out/$corpus.open.dom.html"
  chrome --window-size=1280,900 --screenshot="$out/$corpus-open.png" "file://$page#open=$anchor" > /dev/null
  if python3 tools/check-html-dom.py "$out/$corpus.json" "$out/$corpus.dom.html" "$out/$corpus.open.dom.html" "$anchor"; then
    echo "browser-test: $corpus: ok ($out/$corpus.png, $out/$corpus-open.png)"
  else
    status=1
  fi
done
exit $status
