#!/usr/bin/env bash
# Proves a crosscheck binary runs on a machine without Swift: builds a minimal root file system
# holding only the binary, the shared libraries `ldd` lists for it (no Swift library may be among
# them) and a fixture corpus, then runs `crosscheck check` inside it with chroot, with an empty
# environment (no PATH, no LD_LIBRARY_PATH).
#
# usage: tools/check-static-binary.sh [BINARY]   (default dist/crosscheck; needs root for chroot)
# exit: 0 it ran; 1 it did not; 3 chroot is not available (skipped)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-dist/crosscheck}"
if [ "$(id -u)" -ne 0 ] || ! command -v chroot > /dev/null 2>&1; then
  echo "check-static-binary: chroot needs root; skipped"
  exit 3
fi
if ldd "$bin" | grep -i swift; then
  echo "check-static-binary: $bin links a Swift library dynamically" >&2
  exit 1
fi
root="$(mktemp -d)"
mkdir -p "$root/bin" "$root/tmp" "$root/corpus" "$root/proc" "$root/dev"
# Swift reads its arguments from /proc/self/cmdline, as every Linux machine has it: mount it.
mount -t proc proc "$root/proc" 2> /dev/null || mount --bind /proc "$root/proc"
trap 'umount "$root/proc" 2> /dev/null; rm -rf "$root"' EXIT
cp "$bin" "$root/bin/crosscheck"
# The libraries the dynamic loader needs, at the paths it looks for them.
for lib in $(ldd "$bin" | grep -oE '/[^ ]+'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
cp fixtures/sma-2020/* "$root/corpus/"
echo "check-static-binary: the root holds only:"
(cd "$root" && find . -path ./proc -prune -o -type f ! -path './corpus/*' -print | sort | sed 's/^/  /')
status=0
env -i "$(command -v chroot)" "$root" /bin/crosscheck check /corpus --format json --output /tmp/report.json || status=$?
if [ "$status" -ne 1 ] || ! grep -q '"verdict": "conflict"' "$root/tmp/report.json"; then
  echo "check-static-binary: the binary did not check the corpus (exit $status)" >&2
  exit 1
fi
echo "check-static-binary: $bin checked fixtures/sma-2020 in a root without Swift (exit 1: conflicts found, as expected)"
