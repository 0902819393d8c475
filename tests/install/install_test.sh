#!/usr/bin/env bash
# cmake --install into a temporary prefix (never the machine's /usr), then build a consumer
# project against the installed CMake package and check the installed files.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/vclear include/vclear/stats/titer.hpp share/vclear/schemas/study.schema.json \
         share/vclear/studies/msc-sev-process.yaml share/man/man1/vclear.1 \
         share/bash-completion/completions/vclear; do
  [ -e "$prefix/$f" ] || { echo "missing after install: $f"; exit 1; }
done
ls "$prefix"/lib*/cmake/vclear/vclearConfig.cmake "$prefix"/lib*/pkgconfig/vclear.pc >/dev/null
"$prefix/bin/vclear" --version
cmake -S "$source/tests/install/consumer" -B "$prefix/consumer-build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$prefix/consumer-build" >/dev/null
"$prefix/consumer-build/consumer"
# The pkg-config file resolves too.
PKG_CONFIG_PATH=$(echo "$prefix"/lib*/pkgconfig) pkg-config --cflags --libs vclear
echo "install test: ok"
