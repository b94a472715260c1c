#!/usr/bin/env bash
# Source checks that need no build: clang-format clean, and the Vietnamese translations complete (lupdate run
# into a scratch copy of pakn_vi.ts finds no new or unfinished string; the hand-maintained qt_vi.ts, Qt's own
# strings, has no unfinished or empty translation and keeps every placeholder and accelerator).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
fail=0

mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core models ui app server tests -name '*.cpp' -o -name '*.h')
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/pakn-format.log; then
  echo "check-sources: these files are not clang-formatted (run clang-format -i):" >&2
  grep -oE '^[^:]+\.(cpp|h)' /tmp/pakn-format.log | sort -u >&2
  fail=1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp translations/pakn_vi.ts "$scratch/pakn_vi.ts"
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -silent -locations none -no-obsolete core models ui app -ts "$scratch/pakn_vi.ts"
unfinished=$(grep -c 'type="unfinished"' "$scratch/pakn_vi.ts" || true)
if [[ "$unfinished" != 0 ]]; then
  echo "check-sources: $unfinished strings lack a Vietnamese translation; run scripts/update-translations.sh and translate them" >&2
  fail=1
fi
if ! python3 scripts/check-qt-translation.py translations/qt_vi.ts; then
  echo "check-sources: translations/qt_vi.ts (Qt's own strings) has unfinished or broken messages, listed above" >&2
  fail=1
fi
exit $fail
