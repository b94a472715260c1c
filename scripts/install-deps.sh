#!/usr/bin/env bash
# Installs the Debian 12 packages PAKN Desk needs to build, run and test — and only those that are missing.
# The one list of build/run/test dependencies; see ../shared/qt-stack.md for why each trap package is here.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ ccache pkg-config clang-format
  # Qt 6.4 (libqt6opengl6-dev is needed by Charts' CMake config; qt6-l10n-tools brings lupdate/lrelease)
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libxkbcommon-dev libgl-dev
  # OS keychain
  qtkeychain-qt6-dev
  # the keychain integration test: a Secret Service on a private D-Bus session (tests/support/with-keyring.sh)
  dbus gnome-keyring libsecret-1-0
  # reference server: HTTP library with body limits and streaming readers, TLS
  libcpp-httplib-dev libssl-dev openssl
  # fonts with full Vietnamese coverage, used by screenshots
  fonts-dejavu-core
  # periodic reports: XLSX writer (C library)
  libxlsxwriter-dev
  # tests and benchmarks (poppler-utils: pdftotext reads exported reports back; unzip opens XLSX)
  sqlite3 curl poppler-utils unzip
  # Debian packages: dpkg-shlibdeps (CPack), lintian, AppStream and .desktop validators, and makensis to compile
  # the Windows installer's script (scripts/package-test.sh)
  dpkg-dev lintian appstream desktop-file-utils nsis
  # fuzzing (scripts/fuzz.sh): clang 14 and its runtime libraries, which hold libFuzzer and the sanitizers
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
