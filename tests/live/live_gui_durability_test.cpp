// The capture window in a real process (crosscut_livegui_child: MainWindow,
// key events, its timers), killed with SIGKILL at random moments. After each
// kill, opening the project in a MainWindow reopens the capture window by
// itself; every utterance the window showed as committed is in the project
// with its code, the half-typed utterance saved by the draft timer comes
// back in the input, and the project passes its checks.
#include "live/livecapturewindow.h"
#include "live/livesession.h"
#include "mainwindow/mainwindow.h"
#include "project/integrity.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace crosscut;
using namespace crosscut::test;

namespace {

int argc = 1;
char arg0[] = "crosscut_live_gui_durability_tests";
char *argv[] = {arg0, nullptr};

constexpr int kRounds = 5;

QApplication &app()
{
    static QApplication *instance = new QApplication(argc, argv);
    return *instance;
}

}  // namespace

TEST(LiveGuiDurability, KilledCaptureWindowComesBackWithEverythingItShowed)
{
    app();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("killed.crosscut"));
    createProject(path, QStringLiteral("intersectional")).reset();
    QRandomGenerator rng(20261123);
    int nextIndex = 0;
    QSet<int> acked;
    int draftsRestored = 0;
    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(CROSSCUT_LIVEGUI_CHILD), {path, QString::number(nextIndex)});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Let it type for 2–5 s, reading what it reports, then kill it.
        const int runMs = rng.bounded(2000, 5000);
        QStringList said;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < runMs) {
            child.waitForReadyRead(100);
            while (child.canReadLine())
                said << QString::fromUtf8(child.readLine()).trimmed();
        }
        ASSERT_EQ(child.state(), QProcess::Running) << child.readAllStandardError().toStdString();
        child.kill();  // SIGKILL
        ASSERT_TRUE(child.waitForFinished(10000));
        while (child.canReadLine())
            said << QString::fromUtf8(child.readLine()).trimmed();
        ASSERT_FALSE(said.isEmpty());
        ASSERT_TRUE(said.first().startsWith(QStringLiteral("window"))) << said.join(u'|').toStdString();
        int lastAck = -1;
        int lastDraft = -1;
        for (const QString &line : said) {
            if (line.startsWith(QStringLiteral("ack "))) {
                lastAck = line.mid(4).toInt();
                acked.insert(lastAck);
            }
            if (line.startsWith(QStringLiteral("drafted ")))
                lastDraft = line.mid(8).toInt();
        }

        // Reopen as a user would: the capture window comes back by itself.
        ui::MainWindow window;
        window.setInteractive(false);
        ASSERT_TRUE(window.openProject(path)) << window.lastError().toStdString();
        const QList<ui::LiveCaptureWindow *> windows = window.findChildren<ui::LiveCaptureWindow *>();
        ASSERT_EQ(windows.size(), 1) << "round " << round;
        ui::LiveCaptureWindow *capture = windows.first();
        const QList<live::Utterance> utterances = capture->session().utterances();
        // Every utterance shown as committed is there, in order, coded where it was.
        QStringList texts;
        for (const live::Utterance &u : utterances)
            texts << u.text;
        for (int i : std::as_const(acked)) {
            const QString expected = QStringLiteral("utterance %1 begins and ends").arg(i);
            const qsizetype at = texts.indexOf(expected);
            ASSERT_GE(at, 0) << "round " << round << ": lost " << expected.toStdString();
            EXPECT_EQ(utterances[at].speaker, i % 2 ? QStringLiteral("Ravi") : QStringLiteral("Айгуль"));
            EXPECT_EQ(utterances[at].codes.size(), i % 3 == 0 ? 1 : 0) << i;
        }
        // The half-typed utterance saved by the draft timer is back (unless
        // it was committed before the kill).
        if (lastDraft >= 0 && lastDraft > lastAck) {
            ++draftsRestored;
            EXPECT_TRUE(capture->input()->text().startsWith(QStringLiteral("utterance %1 begins").arg(lastDraft)))
                << "round " << round << ": input is \"" << capture->input()->text().toStdString() << "\"";
        }
        EXPECT_TRUE(checkIntegrity(*window.project()).ok())
            << checkIntegrity(*window.project()).problems.join(u'\n').toStdString();
        // The next child numbers on after everything it may have begun.
        nextIndex = std::max({nextIndex, lastAck + 1, lastDraft + 1});
    }
    std::printf("%lld utterances acknowledged across %d kills; %d half-typed drafts checked after a kill\n",
                static_cast<long long>(acked.size()), kRounds, draftsRestored);
    EXPECT_GT(acked.size(), 2) << "the children committed too little to test anything";
    EXPECT_GT(draftsRestored, 0) << "no kill landed while a draft was pending: the draft check did not run";
}
