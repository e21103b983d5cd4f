#!/usr/bin/env bash
# Installs every Debian 12 package Crosscut needs to build, run and test.
# Used by both README commands and by CI. Safe to run again.
# postgresql is the team hub's server: the tests start a throwaway cluster of
# their own (tests/support/pgcluster.sh), never the system's.
# With --fuzz, also what the fuzzing build needs (tests/fuzz/run-fuzzers.sh).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libsqlcipher-dev sqlcipher sqlite3
  libigraph-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libquazip1-qt6-dev libxlsxwriter-dev libuchardet-dev libmd4c-dev libpoppler-qt6-dev qpdf
  libxml2-utils poppler-utils xvfb xauth imagemagick
  fonts-noto-core fonts-noto-color-emoji fonts-dejavu-core
  python3 unzip zip ccache time
  libpq-dev postgresql
  libicu-dev python3-docx
)
# tests/fuzz/run-fuzzers.sh: libFuzzer, ASan and UBSan come with clang-14.
if [ "${1:-}" = "--fuzz" ]; then
  PACKAGES+=(clang-14 libclang-rt-14-dev)
fi

# SQLCipher 4.6 (SQLite 3.46 with FTS5 and JSON) is the only SQLite Crosscut
# links; Debian 12's own libsqlcipher-dev (3.4 on SQLite 3.15) is too old, so
# it comes from bookworm-backports, signed by Debian's own keyring and pinned
# so that nothing else is taken from there. sqlite3 is only the shell the
# benchmark compares against.
BACKPORTS=(libsqlcipher-dev libsqlcipher1 sqlcipher)
BACKPORTS_LIST=/etc/apt/sources.list.d/crosscut-bookworm-backports.sources
BACKPORTS_PIN=/etc/apt/preferences.d/crosscut-bookworm-backports

backports_configured() { [ -f "$BACKPORTS_LIST" ] && [ -f "$BACKPORTS_PIN" ]; }

configure_backports() {
  echo "install-deps: adding bookworm-backports (pinned to ${BACKPORTS[*]})"
  $SUDO tee "$BACKPORTS_LIST" >/dev/null <<SOURCES
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  $SUDO tee "$BACKPORTS_PIN" >/dev/null <<PIN
# Crosscut: only SQLCipher comes from bookworm-backports.
Package: *
Pin: release n=bookworm-backports
Pin-Priority: 100

Package: ${BACKPORTS[*]}
Pin: release n=bookworm-backports
Pin-Priority: 990
PIN
}

sqlcipher_recent() {
  local v
  v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
  [ -n "$v" ] && dpkg --compare-versions "$v" ge 4.6
}

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if [ "${#missing[@]}" -eq 0 ] && sqlcipher_recent; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
backports_configured || configure_backports
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" "${BACKPORTS[@]}"
if ! sqlcipher_recent; then
  echo "install-deps: libsqlcipher-dev 4.6 or newer is needed (bookworm-backports); got" \
    "$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || echo none)" >&2
  exit 1
fi
