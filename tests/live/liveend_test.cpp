// Issue 11 item 8: End session (the window's button and Session → End live
// session) stops the clock and closes the window; while no capture window
// is open the clock stands still, and Resume records the gap instead of
// counting it; flags sit at their time in the capture window after a resume
// and are in the Memos tab. Real main window, real project file.
#include "liveguisupport.h"

#include "document/documentview.h"
#include "live/livecapturewindow.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sessionactions.h"
#include "memos/memolistmodel.h"
#include "memos/memospanel.h"
#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Bench {
    TempDir dir;
    QString path;
    Id document = 0;
    std::unique_ptr<ui::MainWindow> window;

    Bench()
    {
        ensureApp();
        path = dir.path(QStringLiteral("end.crosscut"));
        {
            auto project = createProject(path, QStringLiteral("intersectional"));
            auto session = live::LiveSession::start(*project, {QStringLiteral("FGD Bishkek"), {}, {}, {}},
                                                    {{QStringLiteral("Facilitator"), QStringLiteral("0"), {}, {}},
                                                     {QStringLiteral("Айгуль"), {}, {}, {}}},
                                                    {});
            EXPECT_TRUE(session.ok());
            document = (*session)->documentId();
        }
        window = std::make_unique<ui::MainWindow>();
        window->setInteractive(false);
        EXPECT_TRUE(window->openProject(path)) << window->lastError().toStdString();
        window->show();
    }
    QList<ui::LiveCaptureWindow *> captures() { return window->findChildren<ui::LiveCaptureWindow *>(); }
    ui::LiveCaptureWindow *open()
    {
        ui::LiveCaptureWindow *w = window->sessionActions()->resume(document);
        EXPECT_NE(w, nullptr);
        EXPECT_TRUE(w && QTest::qWaitForWindowActive(w));
        return w;
    }
    // The clock as stored, read by a session object of its own.
    qint64 storedClock()
    {
        auto s = live::LiveSession::resume(*window->project(), document);
        EXPECT_TRUE(s.ok());
        return s ? (*s)->elapsedMs() : -1;
    }
    QStringList transcriptLines(ui::LiveCaptureWindow *w)
    {
        QStringList lines;
        for (QTextBlock b = w->transcript()->document()->begin(); b.isValid(); b = b.next())
            lines << b.text();
        return lines;
    }
};

QMenu *sessionSubmenu(ui::MainWindow &window, const char *name)
{
    auto *menu = window.findChild<QMenu *>(QLatin1String(name));
    EXPECT_NE(menu, nullptr) << name;
    if (menu)
        Q_EMIT menu->aboutToShow();
    return menu;
}

}  // namespace

TEST(LiveEnd, EndSessionStopsTheClockAndResumeRecordsTheGap)
{
    Bench b;
    ui::LiveCaptureWindow *w = b.open();
    ASSERT_NE(w, nullptr);
    typeIntoFocus(QStringLiteral("Начнём"));
    pressInFocus(Qt::Key_Return);
    QTest::qWait(150);
    pressInFocus(Qt::Key_G, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("before the break"));
    pressInFocus(Qt::Key_Return);

    // The button ends it: window gone, capture no longer marked open.
    QTest::mouseClick(w->endButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(b.captures().isEmpty());
    EXPECT_TRUE(live::LiveSession::interruptedSessions(*b.window->project()).isEmpty());
    const qint64 ended = b.storedClock();
    QTest::qWait(400);  // nobody is capturing: the clock stands still
    EXPECT_EQ(b.storedClock(), ended);

    // Resume: the clock goes on from where it stopped; the gap is recorded.
    w = b.open();
    ASSERT_NE(w, nullptr);
    EXPECT_GE(w->session().elapsedMs(), ended);
    EXPECT_LT(w->session().elapsedMs(), ended + 300);
    const QList<live::Gap> gaps = w->session().gaps();
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps[0].atMs, ended);
    EXPECT_GE(gaps[0].durationMs(), 400);
    QTest::qWait(50);
    pressInFocus(Qt::Key_G, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("after the break"));
    pressInFocus(Qt::Key_Return);
    typeIntoFocus(QStringLiteral("Продолжаем"));
    pressInFocus(Qt::Key_Return);
    const QStringList lines = b.transcriptLines(w);
    ASSERT_EQ(lines.size(), 5) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Начнём")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("⚑")) && lines[1].contains(QStringLiteral("before the break")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("⏸")));
    EXPECT_TRUE(lines[3].contains(QStringLiteral("after the break")));
    EXPECT_TRUE(lines[4].contains(QStringLiteral("Продолжаем")));

    // Reopened once more, the order is the same (read back from the file).
    w->close();
    QApplication::processEvents();
    w = b.open();
    ASSERT_NE(w, nullptr);
    const QStringList again = b.transcriptLines(w);
    ASSERT_EQ(again.size(), 6);  // a second gap now
    EXPECT_TRUE(again[1].contains(QStringLiteral("before the break")));
    EXPECT_TRUE(again[3].contains(QStringLiteral("after the break")));
    EXPECT_TRUE(again[5].contains(QStringLiteral("⏸")));

    // Session → End live session lists the open session and ends it.
    QMenu *end = sessionSubmenu(*b.window, "endLiveSession");
    ASSERT_NE(end, nullptr);
    ASSERT_EQ(end->actions().size(), 1);
    EXPECT_EQ(end->actions().first()->text(), QStringLiteral("FGD Bishkek"));
    end->actions().first()->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(b.captures().isEmpty());
    const qint64 endedAgain = b.storedClock();
    QTest::qWait(200);
    EXPECT_EQ(b.storedClock(), endedAgain);
    QMenu *none = sessionSubmenu(*b.window, "endLiveSession");
    ASSERT_EQ(none->actions().size(), 1);
    EXPECT_FALSE(none->actions().first()->isEnabled());
}

TEST(LiveEnd, FlagsAreInTheWorkbenchTranscriptAndTheMemosTab)
{
    Bench b;
    b.window->showDocument(b.document);  // the session open in the workbench meanwhile
    ui::LiveCaptureWindow *w = b.open();
    ASSERT_NE(w, nullptr);
    typeIntoFocus(QStringLiteral("Hello"));
    pressInFocus(Qt::Key_Return);
    pressInFocus(Qt::Key_G, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("ask about the raids"));
    pressInFocus(Qt::Key_Return);
    typeIntoFocus(QStringLiteral("Next"));
    pressInFocus(Qt::Key_Return);
    w->endSession();
    QApplication::processEvents();
    // In the workbench transcript: drawn where it was set, between the lines.
    const auto marks = b.window->documentView()->flagMarks();
    ASSERT_EQ(marks.size(), 1);
    EXPECT_TRUE(marks[0].label.startsWith(QStringLiteral("⚑ 00:00:0"))) << marks[0].label.toStdString();
    EXPECT_TRUE(marks[0].label.endsWith(QStringLiteral("ask about the raids")));
    const QList<live::Utterance> said = live::readUtterances(*b.window->project(), b.document);
    ASSERT_EQ(said.size(), 2);
    EXPECT_EQ(marks[0].position, said[1].turnStart);
    // To look at it (render.sh, or by hand): the workbench transcript with its flag.
    const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        b.window->resize(1366, 768);
        QTest::qWait(100);
        EXPECT_TRUE(b.window->grab().save(shots + QStringLiteral("/live-flag-workbench.png")));
    }
    // In the Memos tab (the memo manager), as a live flag with its session time.
    auto *memos = b.window->findChild<ui::MemosPanel *>();
    ASSERT_NE(memos, nullptr);
    QStringList rows;
    for (int i = 0; i < memos->model()->rowCount(); ++i)
        rows << memos->model()->index(i, ui::MemoListModel::TitleColumn).data().toString() + u' '
                + memos->model()->index(i, ui::MemoListModel::KindColumn).data().toString();
    EXPECT_TRUE(rows.join(u'\n').contains(QStringLiteral("⚑ Flag at 00:00:0"))) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.join(u'\n').contains(QStringLiteral("Live flag"))) << rows.join(u'\n').toStdString();
}
