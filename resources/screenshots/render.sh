#!/usr/bin/env bash
# Re-renders the README's screenshots from a build tree (default build/dev):
# the workbench on the demo project as it opens (matrix tab) at 1500×940,
# 1366×768 and 1920×1080, with the chart tab, with the quotes of the
# matrix's fullest cell, on the Urdu interview, and in Ukrainian and in Urdu
# (mirrored); agreement.png (Tools → Agreement on the demo's two coders); and
# live-setup.png, live-session.png and live-session-ur.png through the
# live-window GUI test, password-dialog.png, team-window.png, team-status.png and
# team-clone.png (the HubGui test, when a PostgreSQL test cluster runs)
# through the encryption GUI test
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
shot() {  # FILE TAB WxH [DOCUMENT [TEXT TO SELECT]]; SHOT_LANGUAGE=uk for the interface in that language
    run "$app" "$work/demo.crosscut" --screenshot "$here/$1" --screenshot-tab "$2" --screenshot-size "$3" \
        ${4:+--screenshot-document "$4"} ${5:+--screenshot-find "$5"} ${SHOT_LANGUAGE:+--language "$SHOT_LANGUAGE"}
}
shot workbench.png matrix 1500x940
shot workbench-1366.png matrix 1366x768
shot workbench-1920.png matrix 1920x1080
shot workbench-chart.png chart 1500x940
shot words.png words 1500x940
shot workbench-quotes.png quotes 1366x768
shot workbench-urdu.png matrix 1366x768 06-pakistan-khwaja-sira "ڈاکٹر صاحب ہمیں مریض سمجھتے ہیں، ساتھی نہیں۔"
# The interface in Ukrainian, and in Urdu (mirrored right to left) on the
# Pakistani interview, whose English questions still read left to right.
SHOT_LANGUAGE=uk shot workbench-uk.png matrix 1366x768
SHOT_LANGUAGE=ur shot workbench-ur.png matrix 1366x768 06-pakistan-khwaja-sira
# A project begun from the Urdu intersectional template (codes named in Urdu).
"$build/app/crosscut-cli" init "$work/ur.crosscut" --template intersectional --template-language ur >/dev/null
"$build/app/crosscut-cli" import "$work/ur.crosscut" "$here/../demo/texts/06-pakistan-khwaja-sira.txt" >/dev/null
run "$app" "$work/ur.crosscut" --screenshot "$here/workbench-ur-template.png" --screenshot-tab matrix \
    --screenshot-size 1366x768 --language ur
# Document portraits (the Kenyan interview; every document) and code relations.
shot portrait.png portrait 1500x940 01-kenya-sex-worker-collective
shot portrait-all.png portrait-all 1500x940
shot relations.png "code relations" 1500x940
# Tools → Agreement: the weakest code of the demo's two coders and its first disagreement.
shot agreement.png agreement 1500x940
shot kwic.png kwic 1500x940 "" community
shot kwic-urdu.png kwic 1500x940 06-pakistan-khwaja-sira "ہم"
echo "wrote $here/agreement.png"
# Positional profiles drawn (crosscut-cli profiles --draw): Leadership's dot plot and the case × dimension grid.
"$build/app/crosscut-cli" profiles "$work/demo.crosscut" --draw dots --dimension Leadership --out "$here/profiles-dots.png"
"$build/app/crosscut-cli" profiles "$work/demo.crosscut" --draw grid --out "$here/profiles-grid.png"
# The Framework tab: a few summaries written through the CLI, cases × Leadership.
fw() { "$build/app/crosscut-cli" framework-summary "$work/demo.crosscut" --row "$1" --code "Leadership/$2" --text "$3" --coder Leila >/dev/null; }
fw Akinyi "Key population-led" "The collective is run by sex workers; Akinyi speaks as one of its founders. Decisions stay with members, even when the county clinic funds the outreach."
fw Akinyi "Provider-led" "Only when describing the clinic's referral forms: there the provider sets the terms."
fw Bakyt "Provider-led" "Describes the AIDS centre's programme as the state's: peers are 'helpers' paid per client."
fw Bakyt "Key population-led" "Wants the needle exchange handed over to the community group; not there yet."
fw Farrukh "Provider-led" "Speaks from the ministry's side: key populations are beneficiaries, not partners."
shot framework.png framework 1500x940 "" "dimension:Leadership"
# Two coders' codings side by side (View → Coders → Compare coders).
run "$app" "$work/demo.crosscut" --screenshot "$here/coders-compare.png" --screenshot-tab quotes \
    --screenshot-size 1500x940 --screenshot-coders compare
echo "wrote $here/workbench*.png $here/coders-compare.png"
live_test=$build/tests/live/crosscut_live_gui_tests
if [[ -x $live_test ]]; then
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$live_test" --gtest_filter='LiveWindow.KeyboardOnlySessionLandsInTheDatabase' >/dev/null
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/ui/crosscut_ui_tests" \
        --gtest_filter='UtteranceActions.MenuNamesTheSpeakerAndTimeAndMergesAndSplits' >/dev/null
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/ui/crosscut_ui_tests" \
        --gtest_filter='EncryptionUi.EncryptThenChangePasswordThroughTheFileMenu' >/dev/null
    # File → Export → Evaluation report… (report-dialog.png).
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/ui/crosscut_ui_tests" \
        --gtest_filter='ReportDialog.OpensWithTheDefaultsBesideTheProject' >/dev/null
    # The live window in Urdu, mirrored (written elsewhere, then renamed).
    mkdir -p "$work/ur"
    CROSSCUT_UI_LANGUAGE=ur CROSSCUT_SCREENSHOT_DIR=$work/ur QT_QPA_PLATFORM=xcb run "$live_test" \
        --gtest_filter='LiveWindow.KeyboardOnlySessionLandsInTheDatabase' >/dev/null
    cp "$work/ur/live-session.png" "$here/live-session-ur.png"
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/ui/crosscut_ui_tests" \
        --gtest_filter='MergeDialog.MergesACoderCopyBackAsOneUndoableStep' >/dev/null
    # File → Import survey… and the Survey tab (tests/survey/survey_gui_test.cpp).
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/survey/crosscut_survey_ui_tests" \
        --gtest_filter='SurveyGui.ImportThroughTheDialogThenCodeAnAnswerFromTheGrid' >/dev/null
    echo "wrote $here/survey-import.png $here/survey-grid.png"
    # The memo manager on memos of every kind (tests/views/memos_test.cpp).
    CROSSCUT_SCREENSHOT_DIR=$here QT_QPA_PLATFORM=xcb run "$build/tests/views/crosscut_views_tests" \
        --gtest_filter='MemosPanel.ManagerOnMemosOfEveryKind' >/dev/null
    echo "wrote $here/memos.png"
    echo "wrote $here/live-setup.png $here/live-session.png $here/live-session-edit.png $here/password-dialog.png $here/live-session-ur.png $here/merge-report.png"
else
    echo "render.sh: $live_test missing (a build without tests): live-session.png not refreshed" >&2
fi
