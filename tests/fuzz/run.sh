#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) and fuzzes load + compute + check,
# seeded with the example studies and the bad-input corpus.
# Usage: tests/fuzz/run.sh [RUNS] [BUILD_DIR] [SEED]
#   CI runs a fixed number of inputs from a fixed seed, so a green run is reproducible;
#   by hand, fuzz longer with e.g. tests/fuzz/run.sh 2000000 build-fuzz 0 (seed 0 = random).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-40000}
build=${2:-build-fuzz}
seed=${3:-1}
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVCLEAR_FUZZ=ON -DVCLEAR_SANITIZE=ON -DVCLEAR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target vclear_fuzz
corpus=$(mktemp -d)
artifacts=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
find studies tests/data -name '*.yaml' -size -64k -exec cp {} "$corpus/" \;
cp cli/starter_study.yaml "$corpus/"
status=0
"$build/tests/fuzz/vclear_fuzz" -runs="$runs" -seed="$seed" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$artifacts/log" 2>&1 || status=$?
grep -E '^(stat::|SUMMARY|==[0-9]+==ERROR|Done )' "$artifacts/log" || true
if [ "$status" -ne 0 ]; then
  echo "fuzz: failure; the input that caused it:"
  for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
    [ -e "$f" ] && { echo "$f"; od -c "$f" | head -20; }
  done
  tail -40 "$artifacts/log"
  exit 1
fi
rm -rf "$artifacts"
