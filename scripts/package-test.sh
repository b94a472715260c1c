#!/usr/bin/env bash
# The Debian packages, built and checked the way an agency's IT staff would meet them: cpack from the `ci`
# build, lintian (no errors), AppStream and .desktop validation, then install with apt-get (run-time
# dependencies resolved from the packages' Depends), run the *installed* programs from /usr/bin — pakn-server
# on loopback with its own certificate, pakn-desk signing in and syncing in screenshot mode, offscreen — and
# remove the packages again. Needs root (or sudo) for apt-get; CI runs it after the ci tests (scripts/test.sh).
#   scripts/package-test.sh [BUILD_DIR]     (default: build-ci, configured and built by the ci preset)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build-ci}" && pwd)
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
# Wait for another apt/dpkg run instead of failing on its lock. Two package tests at once on one machine would
# still remove each other's installed packages: run one at a time.
APT=(apt-get -o DPkg::Lock::Timeout=300 -y -qq)
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
say() { echo "package-test: $*"; }

build_out=$(cmake --build "$BUILD" --target pakn-desk pakn-cli pakn-server pakn_packaging_files 2>&1) ||
  { echo "$build_out" >&2; fail "building the packaged targets in $BUILD"; }

# --- build the packages -----------------------------------------------------------------------------------------
OUT="$BUILD/packages"
rm -rf "$OUT"
(cd "$BUILD" && cpack -G DEB -B "$OUT" >/dev/null)
shopt -s nullglob
debs=("$OUT"/pakn-desk_*.deb "$OUT"/pakn-server_*.deb)
((${#debs[@]} == 2)) || fail "expected pakn-desk and pakn-server .deb files in $OUT, found: $(ls "$OUT")"
DESK_DEB=${debs[0]}
SERVER_DEB=${debs[1]}
say "built $(basename "$DESK_DEB") ($(du -k "$DESK_DEB" | cut -f1) KiB), $(basename "$SERVER_DEB") ($(du -k "$SERVER_DEB" | cut -f1) KiB)"

# --- static checks ----------------------------------------------------------------------------------------------
desk_depends=$(dpkg-deb -f "$DESK_DEB" Depends)
for needed in libqt6sql6-sqlite libqt6svg6 libqt6gui6 libsecret-1-0 libqt6keychain1 libqt6widgets6 libqt6network6 \
  libqt6charts6 libqt6printsupport6; do
  grep -qw -- "$needed" <<<"$desk_depends" || fail "pakn-desk does not depend on $needed: $desk_depends"
done
server_depends=$(dpkg-deb -f "$SERVER_DEB" Depends)
for needed in libqt6sql6-sqlite libcpp-httplib0.11 libssl3; do
  grep -qw -- "$needed" <<<"$server_depends" || fail "pakn-server does not depend on $needed: $server_depends"
done
appstreamcli validate --no-net "$ROOT/packaging/vn.pakn.PaknDesk.metainfo.xml" >/dev/null ||
  fail "appstreamcli validate: $(appstreamcli validate --no-net "$ROOT/packaging/vn.pakn.PaknDesk.metainfo.xml")"
desktop-file-validate "$ROOT/packaging/pakn-desk.desktop" || fail "desktop-file-validate"
# Errors fail; warnings are shown (none at the time of writing; docs/install.md lists the info-level tags).
lint_rc=0
lint_out=$(lintian --fail-on error "$DESK_DEB" "$SERVER_DEB" 2>&1) || lint_rc=$?
grep -v '^running with root' <<<"$lint_out" || true
((lint_rc == 0)) || fail "lintian reported errors"
say "lintian, appstreamcli and desktop-file-validate: no errors"

# The Windows installer cannot be built here, but its script can be compiled (NSIS runs on Linux too) against a
# stand-in of the folder deploy.ps1 makes: catches syntax errors and missing inputs of pakn-desk.nsi.
NSIS_STAGE=$(mktemp -d)
mkdir -p "$NSIS_STAGE/platforms"
for f in pakn-desk.exe pakn-cli.exe Qt6Core.dll platforms/qwindows.dll; do echo "stand-in" >"$NSIS_STAGE/$f"; done
cp "$ROOT/packaging/copyright" "$NSIS_STAGE/COPYRIGHT.txt"
cp "$ROOT/packaging/windows/pakn-desk.ico" "$NSIS_STAGE/"
(cd "$ROOT/packaging/windows" && makensis -V2 -DVERSION="$(dpkg-deb -f "$DESK_DEB" Version)" -DSTAGE="$NSIS_STAGE" \
  -DOUTFILE="$NSIS_STAGE/pakn-desk-stand-in.exe" pakn-desk.nsi) || fail "makensis packaging/windows/pakn-desk.nsi"
rm -rf "$NSIS_STAGE"
say "makensis compiles packaging/windows/pakn-desk.nsi"

# --- install, run the installed programs, remove ----------------------------------------------------------------
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  $SUDO "${APT[@]}" remove --purge pakn-desk pakn-server >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A package of the same version left from an earlier run would make apt-get skip the new one.
$SUDO "${APT[@]}" remove --purge pakn-desk pakn-server >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install --no-install-recommends "$DESK_DEB" "$SERVER_DEB" \
  >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; fail "apt-get install"; }
for f in /usr/bin/pakn-desk /usr/bin/pakn-cli /usr/bin/pakn-server /usr/share/applications/pakn-desk.desktop \
  /usr/share/metainfo/vn.pakn.PaknDesk.metainfo.xml /usr/share/icons/hicolor/scalable/apps/pakn-desk.svg \
  /usr/share/icons/hicolor/48x48/apps/pakn-desk.png /usr/share/man/man1/pakn-desk.1.gz \
  /usr/share/doc/pakn-desk/copyright /usr/share/doc/pakn-server/copyright; do
  [[ -e "$f" ]] || fail "$f is not installed"
done
[[ $(dpkg -S /usr/bin/pakn-desk) == "pakn-desk: /usr/bin/pakn-desk" ]] || fail "/usr/bin/pakn-desk is not from the package"
say "installed: $(dpkg-query -W -f='${Package} ${Version}; ' pakn-desk pakn-server)"

VERSION=$(dpkg-deb -f "$DESK_DEB" Version)
# Output captured first: with pipefail, grep -q closing the pipe early would fail the command.
out=$(/usr/bin/pakn-cli --version) && grep -qF "$VERSION" <<<"$out" || fail "pakn-cli --version: $out"
out=$(/usr/bin/pakn-server --help) && grep -q -- "--data-dir" <<<"$out" || fail "pakn-server --help"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/pakn-desk --help) && grep -q -- "--screenshot" <<<"$out" ||
  fail "pakn-desk --help"
say "pakn-cli --version: $(/usr/bin/pakn-cli --version)"

/usr/bin/pakn-server --data-dir "$WORK/server" --port 0 --petitions 200 >"$WORK/server.out" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 300); do
  grep -q '^pakn-server ready' "$WORK/server.out" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; fail "pakn-server did not start"; }
  sleep 0.1
done
READY=$(grep '^pakn-server ready' "$WORK/server.out") || fail "pakn-server did not become ready"
URL=$(sed -E 's/.* url=([^ ]+).*/\1/' <<<"$READY")
CA=$(sed -E 's/.* ca=([^ ]+).*/\1/' <<<"$READY")

SHOT="$WORK/main-window.png"
# A clean HOME: no settings or keychain of the machine's user leak into the run.
HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" QT_QPA_PLATFORM=offscreen PAKN_PASSWORD=pakn-demo \
  timeout 120 /usr/bin/pakn-desk --server "$URL" --ca-file "$CA" --user chuyenvien.xd \
  --profile "$WORK/profile" --screenshot "$SHOT" >"$WORK/desk.log" 2>&1 ||
  { cat "$WORK/desk.log" >&2; fail "installed pakn-desk in screenshot mode"; }
[[ -f "$SHOT" ]] || fail "no screenshot written"
[[ $(od -An -tx1 -N8 "$SHOT" | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$SHOT is not a PNG"
width=$((16#$(od -An -tx1 -j16 -N4 "$SHOT" | tr -d ' \n')))
height=$((16#$(od -An -tx1 -j20 -N4 "$SHOT" | tr -d ' \n')))
size=$(stat -c %s "$SHOT")
# The main window with a synced list is hundreds of KiB; an empty or blank window compresses to a few.
((width >= 800 && height >= 500 && size >= 30000)) || fail "screenshot looks empty: ${width}x${height}, $size bytes"
say "installed pakn-desk signed in, synced and wrote a ${width}x${height} screenshot ($size bytes)"
cp "$SHOT" "$OUT/installed-main-window.png" # kept for a look: what the installed package showed

kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
$SUDO "${APT[@]}" remove --purge pakn-desk pakn-server >/dev/null
[[ ! -e /usr/bin/pakn-desk && ! -e /usr/bin/pakn-server ]] || fail "the packages left their programs behind"
say "removed; all package checks passed"
