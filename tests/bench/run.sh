#!/usr/bin/env bash
# The vclear benchmark (run by hand; not a CI test). Usage: tests/bench/run.sh [BUILD_DIR]
# Builds the program and the bench tools, generates 1,000 synthetic studies and a 900-run study
# (and 10x, 100x), and prints medians of 5 runs, the ratio to the yaml-cpp parse-only floor,
# and peak memory (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target vclear_cli vclear_generate_studies vclear_parse_only >/dev/null
vclear="$build/cli/vclear"
gen="$build/tests/bench/vclear_generate_studies"
floor="$build/tests/bench/vclear_parse_only"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$gen" --files 1000 --out "$work/studies"
for runs in 900 9000 90000; do "$gen" --runs "$runs" --out "$work/runs-$runs.yaml"; done

# median wall time in seconds of 5 runs of a command
median() {
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n 3p
}
# peak resident memory in MB
peak() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ {printf "%.0f", $6/1024}'
  else
    echo "n/a"
  fi
}
size() { du -sh "$1" | cut -f1; }

check=$(median "$vclear" check "$work/studies")
parse=$(median "$floor" "$work/studies")
c900=$(median "$vclear" compute "$work/runs-900.yaml" --format json)
r900=$(median "$vclear" report "$work/runs-900.yaml" -o "$work/r.pdf")
c9k=$(median "$vclear" compute "$work/runs-9000.yaml" --format json)
c90k=$(median "$vclear" compute "$work/runs-90000.yaml" --format json)

printf '\nvclear benchmark — %s cores, %s\n\n' "$(nproc)" "$("$vclear" --version)"
printf '%-58s %10s %10s\n' "measure (median of 5)" "seconds" "peak MB"
printf '%-58s %10.3f %10s\n' "vclear check, 1,000 files ($(size "$work/studies"))" "$check" "$(peak "$vclear" check "$work/studies")"
printf '%-58s %10.3f %10s\n' "parse-only floor (yaml-cpp load + walk, 1 thread)" "$parse" "$(peak "$floor" "$work/studies")"
printf '%-58s %10.2f\n' "ratio check / parse-only (target <= 1.0)" "$(echo "$check / $parse" | bc -l)"
printf '%-58s %10.3f %10s\n' "vclear compute, 900-run study ($(size "$work/runs-900.yaml"))" "$c900" "$(peak "$vclear" compute "$work/runs-900.yaml" --format json)"
printf '%-58s %10.3f %10s\n' "vclear report -o x.pdf, 900-run study" "$r900" "$(peak "$vclear" report "$work/runs-900.yaml" -o "$work/r.pdf")"
printf '%-58s %10.3f %10s\n' "vclear compute, 9,000 runs (10x, $(size "$work/runs-9000.yaml"))" "$c9k" "$(peak "$vclear" compute "$work/runs-9000.yaml" --format json)"
if "$vclear" compute "$work/runs-90000.yaml" --format json >/dev/null 2>&1; then
  printf '%-58s %10.3f %10s\n' "vclear compute, 90,000 runs (100x, $(size "$work/runs-90000.yaml"))" "$c90k" "$(peak "$vclear" compute "$work/runs-90000.yaml" --format json)"
else
  printf '%-58s %10.3f %10s\n' "90,000 runs (100x, $(size "$work/runs-90000.yaml")): refused, over the size limit" "$c90k" "-"
fi
