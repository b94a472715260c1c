#!/usr/bin/env bash
# Refreshes translations/*.ts from every layer's sources (lupdate does not run in the build).
# Then translate the entries marked unfinished (Qt Linguist, or by hand) and commit the .ts files.
# translations/qt_vi.ts (the strings Qt itself supplies) is maintained by hand and deliberately not touched here.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations relative -no-obsolete core models ui app -ts translations/pakn_vi.ts translations/pakn_en.ts "$@"
