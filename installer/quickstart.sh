#!/usr/bin/env bash
# The README's two commands:
#   installer/quickstart.sh demo   install dependencies, build, open the demo project
#   installer/quickstart.sh test   install dependencies, build, run every test
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

bash "$here/install-deps.sh"

case "${1:-}" in
  test)
    cmake --preset ci
    cmake --build --preset ci
    # ctest's fixture hub_server starts and stops a throwaway PostgreSQL; if
    # ctest is interrupted, the cluster is still stopped and removed here.
    trap 'bash tests/support/pgcluster.sh stop build/ci/tests/pgcluster >/dev/null 2>&1 || true' EXIT
    ctest --preset ci
    ;;
  demo)
    cmake --preset release
    cmake --build --preset release
    demo="build/release/resources/demo/demo.crosscut"
    if [ -x build/release/app/crosscut ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
      exec build/release/app/crosscut "$demo"
    fi
    echo "No display (or no GUI build): the demo's conceptual-model matrix, Leadership × Population served:"
    build/release/app/crosscut-cli matrix "$demo" --rows dimension:Leadership --cols "dimension:Population served" --format md
    ;;
  *)
    echo "usage: installer/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
