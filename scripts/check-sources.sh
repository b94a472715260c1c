#!/usr/bin/env bash
# Source checks that need no build: clang-format clean, and the Vietnamese translations complete (lupdate run
# into a scratch copy of pakn_vi.ts finds no new or unfinished string; the hand-maintained qt_vi.ts, Qt's own
# strings, has no unfinished or empty translation).
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
qt_unfinished=$(grep -cE 'type="unfinished"|<translation>[[:space:]]*</translation>|<translation/>' translations/qt_vi.ts || true)
if [[ "$qt_unfinished" != 0 ]]; then
  echo "check-sources: $qt_unfinished of Qt's strings in translations/qt_vi.ts lack a Vietnamese translation" >&2
  fail=1
fi
exit $fail
