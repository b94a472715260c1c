#!/usr/bin/env bash
# Command 2 of the README, and what CI runs (.ci/run): install what is missing, build with warnings as errors,
# run every test; then each fuzz target for 30 s; build, install, run and remove the Debian packages
# (scripts/package-test.sh); then the same tests in an AddressSanitizer + UndefinedBehaviorSanitizer build; then
# the source checks (formatting, complete Vietnamese translation).
#   scripts/test.sh [--no-asan]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
ASAN=1
[[ "${1:-}" == "--no-asan" ]] && ASAN=0

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)
step() { printf '\n== %s (%ds)\n' "$1" $(($(date +%s) - start)); }

step "dependencies"
scripts/install-deps.sh

step "source checks"
scripts/check-sources.sh

step "build (warnings are errors)"
cmake --preset ci >/dev/null
# The benchmarks too: they are not run here (scripts/bench.sh runs them on demand), but they must keep building.
cmake --build --preset ci --target all benchmarks

step "tests"
ctest --preset ci -j2

# libFuzzer targets, 30 s each, two at a time (scripts/fuzz.sh; figures in docs/reliability.md).
step "fuzzing (clang, ASan + UBSan)"
scripts/fuzz.sh 30

step "Debian packages: build, lintian, install, run the installed programs, remove"
scripts/package-test.sh build-ci

if ((ASAN)); then
  step "build with ASan + UBSan"
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  step "tests with ASan + UBSan"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp \
    ctest --preset asan -j2
fi
step "all green"
