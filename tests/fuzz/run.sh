#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) and fuzzes load + check for SECONDS
# (default 60), seeded with the example studies and the bad-input corpus.
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVCLEAR_FUZZ=ON -DVCLEAR_SANITIZE=ON -DVCLEAR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target vclear_fuzz
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
find studies tests/data -name '*.yaml' -size -64k -exec cp {} "$corpus/" \; 2>/dev/null || true
cp cli/starter_study.yaml "$corpus/"
"$build/tests/fuzz/vclear_fuzz" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
  -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -n 25
