// Issue 11 item 1: Session → Start live session → 3 cases → Start → type a
// sentence → F9 → Enter made the sentence a flag (focus started in the flag
// note) and put the code on the next utterance. Driven as a user does it:
// the real main window, the setup dialog through its widgets, and every key
// sent to whichever widget has keyboard focus.
#include "liveguisupport.h"

#include "live/livecapturewindow.h"
#include "live/livesetupdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sessionactions.h"
#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    ADD_FAILURE() << "no button " << text.toStdString();
    return nullptr;
}

// Fills the setup dialog as a facilitator would: title, three cases ticked
// with the keyboard, "Add checked cases", "Start session".
void fillSetupDialog()
{
    auto *dialog = qobject_cast<ui::LiveSetupDialog *>(QApplication::activeModalWidget());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    dialog->titleEdit()->setFocus();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("FGD Nairobi"));
    QListWidget *cases = dialog->caseList();
    ASSERT_EQ(cases->count(), 3);
    cases->setFocus();
    for (int i = 0; i < 3; ++i) {
        cases->setCurrentRow(i);
        QTest::keyClick(cases, Qt::Key_Space);
    }
    QTest::mouseClick(buttonNamed(dialog, QStringLiteral("Add checked cases")), Qt::LeftButton);
    ASSERT_EQ(dialog->roster().size(), 4);  // three cases and the facilitator
    QTest::mouseClick(buttonNamed(dialog, QStringLiteral("Start session")), Qt::LeftButton);
}

struct Bench {
    TempDir dir;
    QString path;
    std::unique_ptr<ui::MainWindow> window;

    Bench()
    {
        ensureApp();
        path = dir.path(QStringLiteral("focus.crosscut"));
        {
            auto project = createProject(path, QStringLiteral("intersectional"));
            for (const char *name : {"Wanjiru", "Otieno", "Akinyi"})
                EXPECT_TRUE(project->addCase(QString::fromUtf8(name)).ok());
        }
        window = std::make_unique<ui::MainWindow>();
        window->setInteractive(false);
        EXPECT_TRUE(window->openProject(path)) << window->lastError().toStdString();
        window->resize(1200, 800);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    ui::LiveCaptureWindow *capture()
    {
        const auto windows = window->findChildren<ui::LiveCaptureWindow *>();
        return windows.size() == 1 ? windows.first() : nullptr;
    }
};

}  // namespace

TEST(LiveFocus, FirstUtteranceFromTheSessionMenuIsAnUtteranceWithItsCode)
{
    Bench b;
    auto *start = b.window->findChild<QAction *>(QStringLiteral("startLiveSession"));
    ASSERT_NE(start, nullptr);
    QTimer::singleShot(0, [] { fillSetupDialog(); });
    start->trigger();  // runs the modal setup dialog, then opens the window
    ui::LiveCaptureWindow *capture = b.capture();
    ASSERT_NE(capture, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(capture));
    EXPECT_EQ(QApplication::focusWidget(), capture->input());

    live::LiveSession &session = capture->session();
    const auto f9 = session.codeForKey(QStringLiteral("F9"));
    ASSERT_TRUE(f9.has_value()) << "the default live codebook has no F9";

    const QString sentence = QStringLiteral("We started the network ourselves");
    typeIntoFocus(sentence);
    pressInFocus(Qt::Key_F9);
    pressInFocus(Qt::Key_Return);
    QList<live::Utterance> said = session.utterances();
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said[0].text, sentence);
    EXPECT_EQ(said[0].codes, QList<Id>{*f9});
    EXPECT_TRUE(session.flags().isEmpty());

    // The next speaker's utterance carries no leftover code.
    pressInFocus(Qt::Key_2, Qt::AltModifier);
    typeIntoFocus(QStringLiteral("The clinic decided for us"));
    pressInFocus(Qt::Key_Return);
    said = session.utterances();
    ASSERT_EQ(said.size(), 2);
    EXPECT_TRUE(said[1].codes.isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), capture->input());

    // The flag note takes keys only after Ctrl+G, and gives focus back.
    pressInFocus(Qt::Key_G, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), capture->flagNote());
    typeIntoFocus(QStringLiteral("ask about funding"));
    pressInFocus(Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), capture->input());
    ASSERT_EQ(session.flags().size(), 1);
    EXPECT_EQ(session.flags()[0].note, QStringLiteral("ask about funding"));
    EXPECT_EQ(session.utterances().size(), 2);
    EXPECT_TRUE(capture->input()->text().isEmpty());

    // Escape in the note: no flag, focus back.
    pressInFocus(Qt::Key_G, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("never mind"));
    pressInFocus(Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), capture->input());
    EXPECT_EQ(session.flags().size(), 1);

    // Clicking the transcript does not take focus from the utterance field.
    QTest::mouseClick(capture->transcript()->viewport(), Qt::LeftButton);
    EXPECT_EQ(QApplication::focusWidget(), capture->input());

    // Resume: the reopened window, too, starts in the utterance field.
    const Id doc = session.documentId();
    capture->close();
    QApplication::processEvents();
    ui::LiveCaptureWindow *again = b.window->sessionActions()->resume(doc);
    ASSERT_NE(again, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(again));
    EXPECT_EQ(QApplication::focusWidget(), again->input());
    typeIntoFocus(QStringLiteral("Back again"));
    pressInFocus(Qt::Key_F9);
    pressInFocus(Qt::Key_Return);
    said = again->session().utterances();
    ASSERT_EQ(said.size(), 3);
    EXPECT_EQ(said[2].text, QStringLiteral("Back again"));
    EXPECT_EQ(said[2].codes, QList<Id>{*f9});
    EXPECT_EQ(again->session().flags().size(), 1);
}
