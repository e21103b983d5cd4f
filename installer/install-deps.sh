#!/usr/bin/env bash
# Installs every Debian 12 package Crosscut needs to build, run and test.
# Used by both README commands and by CI. Safe to run again.
# With --fuzz, also what the fuzzing build needs (tests/fuzz/run-fuzzers.sh).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libsqlite3-dev sqlite3
  libgtest-dev libgmock-dev libbenchmark-dev
  libquazip1-qt6-dev libxlsxwriter-dev libuchardet-dev libmd4c-dev
  libxml2-utils poppler-utils xvfb xauth imagemagick
  fonts-noto-core fonts-noto-color-emoji fonts-dejavu-core
  python3 unzip zip ccache time
)
# tests/fuzz/run-fuzzers.sh: libFuzzer, ASan and UBSan come with clang-14.
if [ "${1:-}" = "--fuzz" ]; then
  PACKAGES+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
