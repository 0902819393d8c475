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
# CPU seconds (user + system, all threads) and peak resident memory in MB of one run, from
# /usr/bin/time -v (Debian package "time"); CPU time shows the work even when other
# processes share the cores and stretch the wall time.
usage() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" 2>&1 >/dev/null |
      awk '/User time/ {cpu += $4} /System time/ {cpu += $4} /Maximum resident/ {mb = $6 / 1024}
           END {printf "%.2f %.0f", cpu, mb}'
  else
    echo "n/a n/a"
  fi
}
size() { du -sh "$1" | cut -f1; }

load_before=$(cut -d' ' -f1 /proc/loadavg)
check=$(median "$vclear" check "$work/studies")
parse=$(median "$floor" "$work/studies")
c900=$(median "$vclear" compute "$work/runs-900.yaml" --format json)
r900=$(median "$vclear" report "$work/runs-900.yaml" -o "$work/r.pdf")
c9k=$(median "$vclear" compute "$work/runs-9000.yaml" --format json)
c90k=$(median "$vclear" compute "$work/runs-90000.yaml" --format json)

row() {  # label, median seconds, command...
  local label=$1 seconds=$2
  shift 2
  printf '%-58s %9.3f %8s %8s\n' "$label" "$seconds" $(usage "$@")
}
printf '\nvclear benchmark — %s cores, load average %s before the runs, %s\n\n' \
  "$(nproc)" "$load_before" "$("$vclear" --version)"
printf '%-58s %9s %8s %8s\n' "measure (median of 5 wall times)" "seconds" "CPU s" "peak MB"
row "vclear check, 1,000 files ($(size "$work/studies"))" "$check" "$vclear" check "$work/studies"
row "parse-only floor (yaml-cpp load + walk, 1 thread)" "$parse" "$floor" "$work/studies"
printf '%-58s %9.2f\n' "ratio check / parse-only, wall time (target <= 1.0)" "$(echo "$check / $parse" | bc -l)"
row "vclear compute, 900-run study ($(size "$work/runs-900.yaml"))" "$c900" "$vclear" compute "$work/runs-900.yaml" --format json
row "vclear report -o x.pdf, 900-run study" "$r900" "$vclear" report "$work/runs-900.yaml" -o "$work/r.pdf"
row "vclear compute, 9,000 runs (10x, $(size "$work/runs-9000.yaml"))" "$c9k" "$vclear" compute "$work/runs-9000.yaml" --format json
if "$vclear" compute "$work/runs-90000.yaml" --format json >/dev/null 2>&1; then
  row "vclear compute, 90,000 runs (100x, $(size "$work/runs-90000.yaml"))" "$c90k" "$vclear" compute "$work/runs-90000.yaml" --format json
else
  printf '%-58s %9.3f %8s %8s\n' "90,000 runs (100x, $(size "$work/runs-90000.yaml")): refused, over the size limit" "$c90k" - -
fi
[ -x /usr/bin/time ] || echo "CPU time and peak memory need /usr/bin/time (Debian package \"time\")."
