#!/bin/sh
# Runs a command with an unlocked GNOME keyring (Secret Service) in a throw-away home and runtime folder, so the
# real QtKeychain path can be tested headless. Use inside a private bus:
#   dbus-run-session -- tests/support/with-keyring.sh ./tst_keychain
# The daemon runs in the foreground as our child, so we know its PID and stop exactly it afterwards.
set -eu
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
export HOME XDG_RUNTIME_DIR
unset XDG_DATA_HOME
mkdir -p "$HOME/.local/share/keyrings"
printf 'test' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$XDG_RUNTIME_DIR/keyring.env" 2>/dev/null &
daemon=$!
# The daemon prints its environment once the Secret Service is up.
for _ in $(seq 1 100); do
  grep -q GNOME_KEYRING_CONTROL "$XDG_RUNTIME_DIR/keyring.env" 2>/dev/null && break
  sleep 0.05
done
eval "$(sed 's/^/export /' "$XDG_RUNTIME_DIR/keyring.env")"
status=0
"$@" || status=$?
kill "$daemon" 2>/dev/null || true
wait "$daemon" 2>/dev/null || true
rm -rf "$HOME" "$XDG_RUNTIME_DIR"
exit $status
