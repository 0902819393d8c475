#!/usr/bin/env bash
# cpack -G DEB, then unpack the package (dpkg-deb -x) and run the program from it.
# Usage: deb_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null)
deb=$(ls "$work"/vclear_*.deb)
dpkg-deb --field "$deb" Package Version Depends
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/vclear" --version
"$work/root/usr/bin/vclear" titer tcid50 --dilutions -1:-5 --wells 8 --positive 8,7,5,3,1 --inoculum-ml 0.1 --format json
"$work/root/usr/bin/vclear" check "$work/root/usr/share/vclear/studies/"
echo "deb test: ok"
