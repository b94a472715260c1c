#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, start the reference server on loopback with demo
# data and its own certificate, and start PAKN Desk against it with the demo sign-in filled in.
# Without a display (no $DISPLAY / $WAYLAND_DISPLAY) PAKN Desk runs in screenshot mode: it signs in, syncs,
# and writes the main window to a PNG, whose path is printed.
#   scripts/demo.sh [--user NAME] [--screenshot FILE] [--lang vi|en]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
USER_NAME=chuyenvien.xd
SHOT=""
LANG_CODE=vi
while (($#)); do
  case "$1" in
    --user) USER_NAME=$2; shift 2 ;;
    --screenshot) SHOT=$2; shift 2 ;;
    --lang) LANG_CODE=$2; shift 2 ;;
    *) echo "usage: $0 [--user NAME] [--screenshot FILE] [--lang vi|en]" >&2; exit 2 ;;
  esac
done

"$ROOT/scripts/install-deps.sh"
cmake --preset default -S "$ROOT" >/dev/null
cmake --build --preset default --target pakn-desk pakn-server

DEMO="$ROOT/build/demo"
mkdir -p "$DEMO"
SERVER_LOG="$DEMO/server.log"
"$ROOT/build/server/pakn-server" --data-dir "$DEMO/server-data" --port 0 >"$DEMO/server.out" 2>"$SERVER_LOG" &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true; wait $SERVER_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 600); do
  grep -q '^pakn-server ready' "$DEMO/server.out" 2>/dev/null && break
  kill -0 $SERVER_PID 2>/dev/null || { echo "pakn-server failed to start:" >&2; cat "$SERVER_LOG" >&2; exit 1; }
  sleep 0.1
done
READY=$(grep '^pakn-server ready' "$DEMO/server.out") || { echo "pakn-server did not become ready" >&2; exit 1; }
URL=$(sed -E 's/.* url=([^ ]+).*/\1/' <<<"$READY")
CA=$(sed -E 's/.* ca=([^ ]+).*/\1/' <<<"$READY")
echo "demo: pakn-server at $URL (certificate $CA); demo accounts: see README (password pakn-demo)"

export PAKN_PASSWORD=pakn-demo
ARGS=(--server "$URL" --ca-file "$CA" --user "$USER_NAME" --profile "$DEMO/profile" --lang "$LANG_CODE")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "$SHOT" ]]; then
  SHOT="$DEMO/main-window.png"
  echo "demo: no display found, running in screenshot mode"
fi
if [[ -n "$SHOT" ]]; then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$ROOT/build/app/pakn-desk" "${ARGS[@]}" --screenshot "$SHOT"
  echo "demo: the main window is in $SHOT"
else
  "$ROOT/build/app/pakn-desk" "${ARGS[@]}"
fi
