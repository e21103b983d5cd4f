// The capture window driven offscreen with QTest key events: a roster of 4,
// 20 utterances switching speakers by Alt+digit, hotkey coding before
// (F-keys, Ctrl+digit) and after commit (Shift), two flags. The database is
// checked afterwards, and the window is grabbed for the screenshot.
#include "liveguisupport.h"

#include "live/livecapturewindow.h"
#include "live/livesetupdialog.h"
#include "project/integrity.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const char kRoster[] = "pseudonym,key,Population served,Organisation type\n"
                       "Айгуль,1,Sex workers,Local\n"
                       "Ravi,2,People who use drugs,Alliance member\n"
                       "زینب,3,People living with HIV,Local\n"
                       "Sam,4,LGBT people,Global\n";

}  // namespace

TEST(LiveWindow, KeyboardOnlySessionLandsInTheDatabase)
{
    ensureApp();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gui.crosscut"));
    auto project = createProject(path, QStringLiteral("intersectional"));
    const Id kpLed = *project->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id provider = *project->resolveCodePath(QStringLiteral("Leadership/Provider-led"));
    const Id rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
    const Id health = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Health"));

    // The setup dialog builds the session's parameters.
    ui::LiveSetupDialog setup(project.get());
    setup.titleEdit()->setText(QStringLiteral("FGD Bishkek — Day 1"));
    ASSERT_TRUE(setup.loadRosterCsv(dir.writeFile(QStringLiteral("roster.csv"), kRoster)));
    ASSERT_EQ(setup.roster().size(), 5);  // and the facilitator, on Alt+0
    setup.setKey(QStringLiteral("F1"), kpLed);
    setup.setKey(QStringLiteral("F2"), provider);
    setup.setKey(QStringLiteral("F3"), rights);
    setup.setKey(QStringLiteral("Ctrl+1"), health);
    // The setup dialog as the facilitator sees it, for the README.
    const QString shotDir = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR");
    if (!shotDir.isEmpty()) {
        QDir().mkpath(shotDir);
        setup.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&setup));
        EXPECT_TRUE(setup.grab().save(shotDir + QStringLiteral("/live-setup.png")));
        setup.hide();
    }
    // A wall clock the test moves: pauses between utterances and the time
    // spent typing, so the timestamps can be checked exactly (and the
    // screenshot shows a plausible session).
    auto now = std::make_shared<qint64>(1'800'000'000'000);
    auto session = live::LiveSession::start(*project, setup.info(), setup.roster(), setup.codeKeys(),
                                            [now] { return *now; });
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    const Id doc = (*session)->documentId();

    ui::LiveCaptureWindow window(project.get(), std::move(session).value());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QLineEdit *input = window.input();

    const QStringList lines = {
        QStringLiteral("Мы начали как группа самопомощи 🤝"), QStringLiteral("The clinic decided everything for us"),
        QStringLiteral("ہم نے خود اپنا نیٹ ورک بنایا"), QStringLiteral("Rights first, then services"),
        QStringLiteral("Нам не доверяли в министерстве"), QStringLiteral("Peer outreach is what works"),
        QStringLiteral("ہمیں قانونی مدد چاہیے"), QStringLiteral("We are the alliance, not a project"),
        QStringLiteral("Финансирование всегда короткое"), QStringLiteral("Doctors were kind but distant"),
        QStringLiteral("ہم ساتھ کام کرتے ہیں"), QStringLiteral("Silos between networks hurt us"),
        QStringLiteral("Мы учим друг друга"), QStringLiteral("Harm reduction saved my friends"),
        QStringLiteral("ہماری آواز سنی جائے"), QStringLiteral("Pride and safety are linked 🏳️‍🌈"),
        QStringLiteral("Да, и ещё раз да"), QStringLiteral("Police raids stopped the drop-in"),
        QStringLiteral("شکریہ"), QStringLiteral("We need each other's hats"),
    };
    int flags = 0;
    QList<qint64> typingBegan;
    QList<qint64> committedAt;
    for (int i = 0; i < lines.size(); ++i) {
        *now += 1500 + 700 * (i % 3);  // listening before typing
        // Switch speaker by shortcut every utterance but a few (carried over).
        if (i % 5 != 4)
            QTest::keyClick(input, static_cast<Qt::Key>(Qt::Key_1 + i % 4), Qt::AltModifier);
        typingBegan.append(*now - 1'800'000'000'000);
        typeText(input, lines[i].left(3));
        *now += 120 * lines[i].size();  // typing the rest
        if (i % 3 == 0)
            QTest::keyClick(input, Qt::Key_F1);  // code the utterance being typed
        if (i % 4 == 1)
            QTest::keyClick(input, Qt::Key_1, Qt::ControlModifier);
        typeText(input, lines[i].mid(3));
        committedAt.append(*now - 1'800'000'000'000);
        QTest::keyClick(input, Qt::Key_Return);
        ASSERT_TRUE(window.lastError().isEmpty()) << window.lastError().toStdString();
        if (i % 6 == 2)
            QTest::keyClick(input, Qt::Key_F3, Qt::ShiftModifier);  // code the last committed one
        if (i == 7 || i == 15) {
            // Ctrl+G opens the note field; Enter there flags (with or without a note).
            QTest::keyClick(input, Qt::Key_G, Qt::ControlModifier);
            if (i == 15)
                QTest::keyClicks(window.flagNote(), QStringLiteral("revisit: police"));
            QTest::keyClick(window.flagNote(), Qt::Key_Return);
            ++flags;
        }
        QTest::qWait(i == 0 ? 30 : 5);
    }
    // A draft that is not committed yet.
    QTest::keyClick(input, Qt::Key_2, Qt::AltModifier);
    QTest::keyClicks(input, QStringLiteral("still typ"));
    QTest::keyClick(input, Qt::Key_F2);
    window.saveDraftNow();

    const QList<SpeakerTurn> turns = project->speakerTurns(doc);
    ASSERT_EQ(turns.size(), 20);
    const QStringList roster = {QStringLiteral("Айгуль"), QStringLiteral("Ravi"), QStringLiteral("زینب"), QStringLiteral("Sam")};
    const QList<live::Utterance> said = window.session().utterances();
    ASSERT_EQ(said.size(), 20);
    QString expectedSpeaker;
    for (int i = 0; i < 20; ++i) {
        if (i % 5 != 4)
            expectedSpeaker = roster[i % 4];
        EXPECT_EQ(said[i].speaker, expectedSpeaker) << i;
        EXPECT_EQ(said[i].text, lines[i]) << i;
        // Timestamps: the moment typing began and the moment of Enter, on
        // the session clock; monotonic across utterances.
        EXPECT_EQ(said[i].startMs, typingBegan[i]) << i;
        EXPECT_EQ(said[i].endMs, committedAt[i]) << i;
        EXPECT_LT(said[i].startMs, said[i].endMs) << i;
        if (i > 0) {
            EXPECT_GT(said[i].startMs, said[i - 1].endMs) << i;
        }
        EXPECT_TRUE(turns[i].caseId.has_value());
        QList<Id> expected;
        if (i % 3 == 0)
            expected.append(kpLed);
        if (i % 4 == 1)
            expected.append(health);
        if (i % 6 == 2)
            expected.append(rights);
        QList<Id> got = said[i].codes;
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(got, expected) << "utterance " << i;
    }
    EXPECT_GT(said[19].endMs, said[0].startMs);
    const QList<live::Flag> stored = window.session().flags();
    ASSERT_EQ(stored.size(), flags);
    EXPECT_EQ(stored[1].note, QStringLiteral("revisit: police"));
    EXPECT_LE(stored[0].timeMs, stored[1].timeMs);
    EXPECT_EQ(stored[0].position, said[7].turnEnd + 1);  // after utterance 8's line
    auto draft = window.session().draft();
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->text, QStringLiteral("still typ"));
    EXPECT_EQ(draft->speaker, QStringLiteral("Ravi"));
    EXPECT_EQ(draft->codes, QList<Id>{provider});
    EXPECT_TRUE(window.transcript()->toPlainText().contains(QStringLiteral("Police raids stopped the drop-in")));
    EXPECT_TRUE(checkIntegrity(*project).ok());

    // resources/screenshots/render.sh sets this to refresh the README's
    // screenshot; a test run leaves the source tree alone.
    const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR");
    if (shots.isEmpty()) {
        std::printf("CROSSCUT_SCREENSHOT_DIR not set: no screenshot written\n");
    } else {
        QDir().mkpath(shots);
        QTest::qWait(300);  // one tick of the clock label after the test clock's last jump
        EXPECT_TRUE(window.grab().save(shots + QStringLiteral("/live-session.png")));
        // And on a 1366×768 screen, maximised (not kept in the repository).
        if (qEnvironmentVariableIsSet("CROSSCUT_SCREENSHOT_SMALL")) {
            window.resize(1366, 740);
            QTest::qWait(50);
            EXPECT_TRUE(window.grab().save(shots + QStringLiteral("/live-session-1366.png")));
        }
    }

    // Reopening restores the transcript, the speaker and the draft.
    auto resumed = live::LiveSession::resume(*project, doc);
    ASSERT_TRUE(resumed.ok());
    ui::LiveCaptureWindow again(project.get(), std::move(resumed).value());
    EXPECT_EQ(again.input()->text(), QStringLiteral("still typ"));
    EXPECT_EQ(again.currentSpeaker(), QStringLiteral("Ravi"));
    EXPECT_EQ(again.pendingCodes(), QList<Id>{provider});
    QTest::keyClicks(again.input(), QStringLiteral("ing"));
    QTest::keyClick(again.input(), Qt::Key_Return);
    EXPECT_EQ(again.session().utterances().last().text, QStringLiteral("still typing"));
    EXPECT_EQ(again.session().utterances().last().codes, QList<Id>{provider});
}
