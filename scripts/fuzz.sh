#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (preset `fuzz`: clang, ASan + UBSan) and runs each for N seconds
# (default 60), two at a time, starting from the committed seeds (tests/fuzz/corpus/<target>/) and the kept
# crash inputs (tests/fuzz/regressions/<target>/). Inputs that found new coverage go to
# build-fuzz/corpus/<target>/ (not committed); a crash leaves its input in build-fuzz/artifacts/<target>/ and
# fails the script — fix it, then copy the input into tests/fuzz/regressions/<target>/ so that
# tst_fuzz_replay keeps it fixed. A summary table (executions per target) is written to
# build-fuzz/fuzz-summary.txt.
#   scripts/fuzz.sh [seconds] [target...]        FUZZ_JOBS=2 (targets at once)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${1:-60}
shift || true
JOBS=${FUZZ_JOBS:-2}
BUILD=build-fuzz
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

start=$(date +%s)
cmake --preset fuzz >/dev/null
read -r -a ALL <"$BUILD/fuzz-targets.txt"
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=("${ALL[@]}")
cmake --build --preset fuzz --target "${TARGETS[@]/#/fuzz_}"
built=$(date +%s)

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_target() {
  local t=$1 log=$BUILD/logs/$1.log
  mkdir -p "$BUILD/corpus/$t" "$BUILD/artifacts/$t" "$BUILD/logs"
  # libFuzzer exits at once on a missing folder, and git keeps no empty one: pass only those that exist.
  local dirs=("$BUILD/corpus/$t")
  for d in "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t"; do
    [[ -d $d ]] && dirs+=("$d")
  done
  if "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2560 -max_len=8192 \
      -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t/" "${dirs[@]}" >"$log" 2>&1; then
    echo ok >"$BUILD/logs/$t.result"
  else
    echo CRASH >"$BUILD/logs/$t.result"
  fi
}

running=0
for t in "${TARGETS[@]}"; do
  rm -f "$BUILD/logs/$t.result"
  run_target "$t" &
  running=$((running + 1))
  if ((running >= JOBS)); then
    wait -n
    running=$((running - 1))
  fi
done
wait

status=0
{
  printf 'fuzz run of %s: %s s per target, %s at once, build %d s\n' "$(date -u +%FT%TZ)" "$SECONDS_EACH" "$JOBS" \
    $((built - start))
  printf '%-10s %12s %10s %8s %8s %s\n' target executions exec/s corpus peak_MB result
  for t in "${TARGETS[@]}"; do
    log=$BUILD/logs/$t.log
    stat() { grep -m1 "^stat::$1:" "$log" | awk '{print $2}'; }
    corpus=$(find "$BUILD/corpus/$t" -type f | wc -l)
    result=$(cat "$BUILD/logs/$t.result" 2>/dev/null || echo missing)
    printf '%-10s %12s %10s %8s %8s %s\n' "$t" "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
      "$corpus" "$(stat peak_rss_mb)" "$result"
  done
  printf 'total %d s\n' $(($(date +%s) - start))
} | tee "$BUILD/fuzz-summary.txt"
# (The table above is written in a pipeline's subshell: the verdict is taken here, in this shell.)
for t in "${TARGETS[@]}"; do
  [[ $(cat "$BUILD/logs/$t.result" 2>/dev/null) == ok ]] || status=1
done

if ((status)); then
  for t in "${TARGETS[@]}"; do
    [[ $(cat "$BUILD/logs/$t.result" 2>/dev/null) == ok ]] && continue
    echo "---- fuzz_$t failed; the end of its log ($BUILD/logs/$t.log):"
    tail -n 60 "$BUILD/logs/$t.log"
    echo "---- crash inputs: $(ls "$BUILD/artifacts/$t" 2>/dev/null | tr '\n' ' ')"
  done
fi
exit $status
