// Not a test by itself: the process live_gui_durability_test kills. It opens
// a project in the real MainWindow, starts (or, after a kill, finds resumed)
// the capture window of one session, and types utterances into it with key
// events at a note-taker's pace. It prints to stdout, flushed:
//   "window N"     the capture window is up with N utterances in it
//   "drafted I"    utterance I is half typed and the draft timer has saved
//                  it (read back from the project); the rest follows a second later
//   "ack I"        utterance I was committed with Enter and is on screen
// Usage: crosscut_livegui_child PROJECT FIRST_INDEX
#include "live/livecapturewindow.h"
#include "live/livesession.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sessionactions.h"

#include <QApplication>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace crosscut;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CrosscutTests"));
    QApplication::setApplicationName(QStringLiteral("CrosscutLiveGuiChild"));
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    int index = QString::fromLocal8Bit(argv[2]).toInt();

    ui::MainWindow window;
    window.setInteractive(false);
    if (!window.openProject(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return 1;
    }
    // After a kill, opening the project has already reopened the window.
    QList<ui::LiveCaptureWindow *> open = window.findChildren<ui::LiveCaptureWindow *>();
    ui::LiveCaptureWindow *capture = open.value(0);
    // A session whose window was closed normally: Session → Resume.
    if (!capture) {
        for (const Document &d : live::LiveSession::sessions(*window.project()))
            capture = window.sessionActions()->resume(d.id);
    }
    if (!capture) {
        const Id rights = *window.project()->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
        auto session = live::LiveSession::start(*window.project(), {QStringLiteral("Killed FGD"), {}, {}, {}},
                                                {{QStringLiteral("Айгуль"), QStringLiteral("1"), {}, {}},
                                                 {QStringLiteral("Ravi"), QStringLiteral("2"), {}, {}}},
                                                {{QStringLiteral("F1"), rights}});
        if (!session)
            return 1;
        capture = window.sessionActions()->resume((*session)->documentId());
    }
    if (!capture)
        return 1;
    std::printf("window %lld\n", static_cast<long long>(capture->session().utterances().size()));
    std::fflush(stdout);
    QLineEdit *input = capture->input();
    // A resumed draft is the previous process's half-typed utterance: finish it.
    if (!input->text().isEmpty()) {
        QTest::keyClicks(input, QStringLiteral(" (finished)"));
        QTest::keyClick(input, Qt::Key_Return);
    }
    for (;; ++index) {
        QTest::keyClick(input, index % 2 ? Qt::Key_2 : Qt::Key_1, Qt::AltModifier);
        QTest::keyClicks(input, QStringLiteral("utterance %1 begins").arg(index));
        if (index % 3 == 0)
            QTest::keyClick(input, Qt::Key_F1);
        // Wait until the draft timer has saved what is typed (however late a
        // loaded machine runs the timer), then say so.
        const QString typed = input->text();
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QTest::qWait(50);
            const std::optional<live::Draft> saved = capture->session().draft();
            if (saved && saved->text == typed)
                break;
            if (waited.elapsed() > 15000) {
                std::fprintf(stderr, "draft not saved after 15 s\n");
                return 1;
            }
        }
        std::printf("drafted %d\n", index);
        std::fflush(stdout);
        QTest::qWait(1000);  // the note-taker listens on, mid-sentence
        QTest::keyClicks(input, QStringLiteral(" and ends"));
        QTest::keyClick(input, Qt::Key_Return);
        if (!input->text().isEmpty()) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(capture->lastError()));
            return 1;
        }
        std::printf("ack %d\n", index);
        std::fflush(stdout);
        QTest::qWait(50);
    }
}
