#!/usr/bin/env bash
# Re-renders the README's screenshots from a build tree (default build/dev):
# the workbench on the demo project with the matrix tab and with the chart
# tab, and live-setup.png and live-session.png through the live-window GUI test
# (tests/live/livewindow_test.cpp, when the build has tests). Needs xvfb-run
# for real fonts and font fallback; falls back to the offscreen platform.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/dev}
app=$build/app/crosscut
demo=$build/resources/demo/demo.crosscut
[[ -x $app ]] || { echo "render.sh: $app missing; build the 'crosscut' target first" >&2; exit 2; }
[[ -f $demo ]] || { echo "render.sh: $demo missing; build the 'demo' target first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Render from a copy: the window takes the project's write lock.
cp "$demo" "$work/demo.crosscut"
run() {
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}
export XDG_CONFIG_HOME=$work/config   # no recent-project list or layout from the user's settings
run "$app" "$work/demo.crosscut" --screenshot "$here/workbench.png" --screenshot-tab matrix
run "$app" "$work/demo.crosscut" --screenshot "$here/workbench-chart.png" --screenshot-tab chart
echo "wrote $here/workbench.png $here/workbench-chart.png"
live_test=$build/tests/live/crosscut_live_gui_tests
if [[ -x $live_test ]]; then
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$live_test" --gtest_filter='LiveWindow.KeyboardOnlySessionLandsInTheDatabase' >/dev/null
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/ui/crosscut_ui_tests" \
        --gtest_filter='UtteranceActions.MenuNamesTheSpeakerAndTimeAndMergesAndSplits' >/dev/null
    echo "wrote $here/live-setup.png $here/live-session.png $here/live-session-edit.png"
else
    echo "render.sh: $live_test missing (a build without tests): live-session.png not refreshed" >&2
fi
