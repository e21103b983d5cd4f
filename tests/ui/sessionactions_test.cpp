// The Session menu in the workbench: a session interrupted mid-capture is
// resumed when its project is opened again (same transcript, same draft),
// a deliberately closed one is not; Resume and Export list the project's
// sessions; closing the project closes capture windows first; the capture
// window follows an undo made in the workbench. Real project files, real
// windows, offscreen.
#include "uitestsupport.h"

#include "live/livecapturewindow.h"
#include "live/livesession.h"
#include "mainwindow/sessionactions.h"
#include "modaldriver.h"
#include "util/csv.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct SessionFile {
    TempDir dir;
    QString path;
    Id document = 0;
};

// A project with one live session of two utterances, left as a killed
// capture window leaves it: marked open, with a half-typed draft.
void writeInterruptedSession(SessionFile &f, bool markedOpen)
{
    f.path = f.dir.path(QStringLiteral("live.crosscut"));
    auto project = createProject(f.path, QStringLiteral("intersectional"));
    const Id rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
    auto session = live::LiveSession::start(*project, {QStringLiteral("FGD Almaty"), {}, {}, {}},
                                            {{QStringLiteral("Айгуль"), QStringLiteral("1"), {}, {}},
                                             {QStringLiteral("زینب"), QStringLiteral("2"), {}, {}}},
                                            {{QStringLiteral("F1"), rights}});
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    live::LiveSession &s = **session;
    f.document = s.documentId();
    ASSERT_TRUE(s.commit(QStringLiteral("Айгуль"), QStringLiteral("Мы сами ведём программу 🤝"), 0, {rights}).ok());
    ASSERT_TRUE(s.commit(QStringLiteral("زینب"), QStringLiteral("ہم ساتھ ہیں"), 0).ok());
    ASSERT_TRUE(s.saveDraft({QStringLiteral("Айгуль"), QStringLiteral("и ещё полслова"), 100, {rights}}).ok());
    if (markedOpen) {
        ASSERT_TRUE(s.markCaptureOpen(true).ok());
    }
}

std::unique_ptr<ui::MainWindow> windowOn(const QString &path)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setInteractive(false);
    EXPECT_TRUE(window->openProject(path)) << window->lastError().toStdString();
    return window;
}

QList<ui::LiveCaptureWindow *> captureWindows(ui::MainWindow &window)
{
    return window.findChildren<ui::LiveCaptureWindow *>();
}

qint64 countMarkedOpen(sql::Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM live_capture"));
    EXPECT_TRUE(n.ok()) << n.message().toStdString();
    return n ? n->toLongLong() : -1;
}

// With the project closed (it holds an exclusive lock while open).
qint64 markedOpen(const QString &path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::OpenExisting);
    EXPECT_TRUE(db.ok()) << db.message().toStdString();
    return db ? countMarkedOpen(*db) : -1;
}

QStringList menuEntries(ui::MainWindow &window, const char *name)
{
    auto *menu = window.findChild<QMenu *>(QLatin1String(name));
    EXPECT_NE(menu, nullptr) << name;
    if (!menu)
        return {};
    Q_EMIT menu->aboutToShow();
    QStringList out;
    for (QAction *a : menu->actions())
        out << a->text();
    return out;
}

}  // namespace

TEST(SessionActions, InterruptedSessionIsResumedWithItsTranscriptAndDraft)
{
    SessionFile f;
    writeInterruptedSession(f, true);
    {
        auto window = windowOn(f.path);
        const QList<ui::LiveCaptureWindow *> windows = captureWindows(*window);
        ASSERT_EQ(windows.size(), 1);
        ui::LiveCaptureWindow *capture = windows.first();
        EXPECT_EQ(capture->session().documentId(), f.document);
        EXPECT_TRUE(capture->isVisible());
        EXPECT_EQ(capture->input()->text(), QStringLiteral("и ещё полслова"));
        EXPECT_EQ(capture->currentSpeaker(), QStringLiteral("Айгуль"));
        EXPECT_EQ(capture->pendingCodes().size(), 1);
        const QString transcript = capture->transcript()->toPlainText();
        EXPECT_TRUE(transcript.contains(QStringLiteral("Мы сами ведём программу 🤝"))) << transcript.toStdString();
        EXPECT_TRUE(transcript.contains(QStringLiteral("ہم ساتھ ہیں")));
        EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Resumed")));

        // Resuming again raises the same window instead of opening a second.
        EXPECT_EQ(window->sessionActions()->resume(f.document), capture);
        EXPECT_EQ(captureWindows(*window).size(), 1);

        // Closing it deliberately ends the capture: the next open resumes nothing.
        capture->close();
        QApplication::processEvents();
    }
    EXPECT_EQ(markedOpen(f.path), 0);
    auto again = windowOn(f.path);
    EXPECT_TRUE(captureWindows(*again).isEmpty());
}

TEST(SessionActions, ClosedSessionIsListedAndResumedOnRequest)
{
    SessionFile f;
    writeInterruptedSession(f, false);
    auto window = windowOn(f.path);
    EXPECT_TRUE(captureWindows(*window).isEmpty());
    EXPECT_EQ(menuEntries(*window, "resumeLiveSession"), QStringList{QStringLiteral("FGD Almaty")});
    EXPECT_EQ(menuEntries(*window, "exportSessionTranscript"), QStringList{QStringLiteral("FGD Almaty")});
    EXPECT_EQ(menuEntries(*window, "alignSessionWithRecording"), QStringList{QStringLiteral("FGD Almaty")});

    ui::LiveCaptureWindow *capture = window->sessionActions()->resume(f.document);
    ASSERT_NE(capture, nullptr);
    EXPECT_EQ(countMarkedOpen(window->project()->database()), 1);
    EXPECT_EQ(capture->transcript()->document()->blockCount(), 2);

    // An undo in the workbench takes the utterance off the capture window
    // too, and a redo puts it back.
    ASSERT_TRUE(window->project()->undo().ok());
    EXPECT_EQ(capture->transcript()->document()->blockCount(), 1);
    EXPECT_FALSE(capture->transcript()->toPlainText().contains(QStringLiteral("ہم ساتھ ہیں")));
    ASSERT_TRUE(window->project()->redo().ok());
    EXPECT_EQ(capture->transcript()->document()->blockCount(), 2);
    EXPECT_TRUE(capture->transcript()->toPlainText().contains(QStringLiteral("ہم ساتھ ہیں")));

    // Closing the project closes the capture window first (its draft saved).
    window->closeProject();
    EXPECT_TRUE(captureWindows(*window).isEmpty());
    EXPECT_EQ(markedOpen(f.path), 0);
}

TEST(SessionActions, MenusSayWhenThereIsNoSession)
{
    Workbench wb(QStringLiteral("An interview, no live session.\n"));
    const QStringList entries = menuEntries(*wb.window, "resumeLiveSession");
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries.first().contains(QStringLiteral("no live sessions")));
}

TEST(SessionActions, TranscriptExportsInEveryFormatAndRefusesOthers)
{
    SessionFile f;
    writeInterruptedSession(f, false);
    auto window = windowOn(f.path);
    ui::SessionActions *actions = window->sessionActions();
    TempDir out;

    const QString srt = out.path(QStringLiteral("fgd.srt"));
    ASSERT_TRUE(actions->exportTranscript(f.document, srt)) << actions->lastError().toStdString();
    const QString srtText = QString::fromUtf8(readAll(srt));
    EXPECT_TRUE(srtText.startsWith(QStringLiteral("1\n00:00:00,000 --> "))) << srtText.toStdString();
    EXPECT_TRUE(srtText.contains(QStringLiteral("\n2\n")));
    EXPECT_TRUE(srtText.contains(QStringLiteral("Айгуль: Мы сами ведём программу 🤝")));

    const QString vtt = out.path(QStringLiteral("fgd.vtt"));
    ASSERT_TRUE(actions->exportTranscript(f.document, vtt));
    EXPECT_TRUE(readAll(vtt).startsWith("WEBVTT"));

    const QString csvPath = out.path(QStringLiteral("fgd.csv"));
    ASSERT_TRUE(actions->exportTranscript(f.document, csvPath));
    auto rows = csv::parse(readAll(csvPath));
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    ASSERT_EQ(rows->size(), 3);  // header + 2 utterances
    EXPECT_EQ(rows->at(2).fields.at(0), QStringLiteral("زینب"));
    EXPECT_TRUE(rows->at(1).fields.at(4).contains(QStringLiteral("Rights")));

    const QString txt = out.path(QStringLiteral("fgd.txt"));
    ASSERT_TRUE(actions->exportTranscript(f.document, txt));
    EXPECT_TRUE(QString::fromUtf8(readAll(txt)).contains(QStringLiteral("ہم ساتھ ہیں")));

    // A format it does not write, or a missing folder: an error, no file.
    const QString docx = out.path(QStringLiteral("fgd.docx"));
    EXPECT_FALSE(actions->exportTranscript(f.document, docx));
    EXPECT_TRUE(actions->lastError().contains(QStringLiteral("srt"))) << actions->lastError().toStdString();
    EXPECT_FALSE(QFile::exists(docx));
    EXPECT_FALSE(actions->exportTranscript(f.document, out.path(QStringLiteral("missing/fgd.srt"))));
    EXPECT_FALSE(actions->lastError().isEmpty());
}

TEST(SessionActions, AlignsASessionWithARecordingTranscript)
{
    SessionFile f;
    writeInterruptedSession(f, false);
    auto window = windowOn(f.path);
    TempDir in;
    // The recording began a minute before the session's clock.
    const QString srt = in.writeFile(QStringLiteral("recording.srt"),
                                     "1\n00:01:00,500 --> 00:01:04,000\nSPEAKER_1: Мы сами ведём программу\n\n"
                                     "2\n00:01:05,000 --> 00:01:07,000\nSPEAKER_2: ہم ساتھ ہیں\n\n");
    ui::SessionActions *actions = window->sessionActions();
    ASSERT_TRUE(actions->alignWithRecording(f.document, srt)) << actions->lastError().toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Aligned 2 of 2")))
        << window->statusBar()->currentMessage().toStdString();
    const QList<live::Utterance> said = live::readUtterances(*window->project(), f.document);
    ASSERT_EQ(said.size(), 2);
    EXPECT_EQ(said[0].startMs, 60'500);
    EXPECT_EQ(said[1].endMs, 67'000);

    const QString notes = in.writeFile(QStringLiteral("notes.docx"), "not subtitles");
    EXPECT_FALSE(actions->alignWithRecording(f.document, notes));
    EXPECT_FALSE(actions->lastError().isEmpty());
}

TEST(SessionActions, TranscriptExportDialogRedactsWhenTicked)
{
    SessionFile f;
    writeInterruptedSession(f, false);
    auto window = windowOn(f.path);
    TempDir out;
    const QString txt = out.path(QStringLiteral("fgd-redacted.txt"));
    bool seen = false, boxShown = false;
    driveNextDialog<QFileDialog>(
        [&](QFileDialog *dialog) {
            auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("redactCheckBox"));
            boxShown = box && box->isVisible();
            if (box)
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            dialog->selectFile(txt);
            static_cast<QDialog *>(dialog)->accept();
        },
        &seen);
    auto *menu = window->findChild<QMenu *>(QStringLiteral("exportSessionTranscript"));
    ASSERT_NE(menu, nullptr);
    Q_EMIT menu->aboutToShow();
    ASSERT_FALSE(menu->actions().isEmpty());
    menu->actions().first()->trigger();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(boxShown);
    EXPECT_TRUE(window->sessionActions()->redact());
    const QString text = QString::fromUtf8(readAll(txt));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Redacted export\n"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Айгуль"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("زینب"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Мы сами ведём программу 🤝")));
}
