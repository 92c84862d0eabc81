#!/usr/bin/env bash
# Builds crosscheck as one Linux binary with the Swift standard library and Foundation linked in
# (--static-swift-stdlib), so it runs on a machine without Swift: it needs only the C and C++
# runtime libraries every Linux distribution ships (libc, libm, libstdc++, libgcc_s). This is the
# binary the GitHub Action downloads and the Dockerfile runs.
#
# usage: tools/build-static.sh [OUTPUT]   (default dist/crosscheck-linux-$(uname -m); also copied to
#                                          dist/crosscheck for the Dockerfile)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out="${1:-dist/crosscheck-linux-$(uname -m)}"
mkdir -p "$(dirname "$out")" dist

swift build -c release --static-swift-stdlib --product crosscheck
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/crosscheck"
cp "$bin" "$out"
# Debug symbols are most of the size; a release binary does without them.
if command -v strip > /dev/null 2>&1; then strip "$out"; fi
[ "$out" = dist/crosscheck ] || cp "$out" dist/crosscheck

# No Swift runtime library may remain a dynamic dependency.
if command -v ldd > /dev/null 2>&1 && ldd "$out" | grep -i swift; then
  echo "build-static: $out still links a Swift library dynamically" >&2
  exit 1
fi
echo "build-static: $out ($(du -h "$out" | cut -f1)), $("$out" --version)"
