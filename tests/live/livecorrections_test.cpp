// Issue 11 item 6: corrections during a session, by keyboard and mouse only.
// Ctrl+Z undoes the last utterance, coding and flag (through the project's
// operation log); a code's key pressed again on the same utterance takes the
// code off; right-click a chip → Remove coding. Checked in the database.
#include "liveguisupport.h"

#include "live/livecapturewindow.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Capture {
    TempDir dir;
    std::unique_ptr<Project> project;
    std::unique_ptr<ui::LiveCaptureWindow> window;
    Id rights = 0;
    Id health = 0;

    Capture()
    {
        ensureApp();
        project = createProject(dir.path(QStringLiteral("fix.crosscut")), QStringLiteral("intersectional"));
        rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
        health = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Health"));
        auto session = live::LiveSession::start(*project, {QStringLiteral("FGD Kathmandu"), {}, {}, {}},
                                                {{QStringLiteral("Facilitator"), QStringLiteral("0"), {}, {}},
                                                 {QStringLiteral("Maya"), {}, {}, {}},
                                                 {QStringLiteral("Bikash"), {}, {}, {}}},
                                                {{QStringLiteral("F1"), rights}, {QStringLiteral("F2"), health}});
        EXPECT_TRUE(session.ok()) << session.message().toStdString();
        window = std::make_unique<ui::LiveCaptureWindow>(project.get(), std::move(session).value());
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    live::LiveSession &session() { return window->session(); }
    qint64 quotes() { return project->database().scalar(QStringLiteral("SELECT count(*) FROM quote"))->toLongLong(); }
    void say(Qt::Key speaker, const QString &text)
    {
        pressInFocus(speaker, Qt::AltModifier);
        typeIntoFocus(text);
        pressInFocus(Qt::Key_Return);
    }
};

// Where the chip link of `code` on utterance `turn` is drawn, in viewport coordinates.
QPoint chipPosition(QTextBrowser *transcript, Id turn, Id code)
{
    const QString href = QStringLiteral("chip:%1:%2").arg(turn).arg(code);
    for (QTextBlock b = transcript->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() != href)
                continue;
            QTextCursor c(transcript->document());
            c.setPosition(f.position() + f.length() / 2);
            return transcript->cursorRect(c).center();
        }
    ADD_FAILURE() << "no chip " << href.toStdString();
    return {};
}

}  // namespace

TEST(LiveCorrections, CtrlZUndoesTheLastUtteranceCodingAndFlag)
{
    Capture c;
    c.say(Qt::Key_1, QStringLiteral("We run the clinic ourselves"));
    c.say(Qt::Key_2, QStringLiteral("Not at first"));
    pressInFocus(Qt::Key_F1, Qt::ShiftModifier);  // code "Not at first"
    pressInFocus(Qt::Key_G, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("revisit"));
    pressInFocus(Qt::Key_Return);
    ASSERT_EQ(c.session().flags().size(), 1);
    ASSERT_EQ(c.session().utterances()[1].codes, QList<Id>{c.rights});
    typeIntoFocus(QStringLiteral("half typed"));  // a draft Ctrl+Z leaves alone

    pressInFocus(Qt::Key_Z, Qt::ControlModifier);  // the flag
    EXPECT_TRUE(c.session().flags().isEmpty());
    EXPECT_EQ(c.session().utterances().size(), 2);
    EXPECT_FALSE(c.window->transcript()->toPlainText().contains(QStringLiteral("⚑")));
    pressInFocus(Qt::Key_Z, Qt::ControlModifier);  // the coding
    EXPECT_TRUE(c.session().utterances()[1].codes.isEmpty());
    EXPECT_EQ(c.quotes(), 0);
    pressInFocus(Qt::Key_Z, Qt::ControlModifier);  // the utterance
    ASSERT_EQ(c.session().utterances().size(), 1);
    EXPECT_FALSE(c.window->transcript()->toPlainText().contains(QStringLiteral("Not at first")));
    EXPECT_TRUE(c.window->statusText().contains(QStringLiteral("Not at first"))) << c.window->statusText().toStdString();
    EXPECT_EQ(c.window->input()->text(), QStringLiteral("half typed"));
    EXPECT_EQ(QApplication::focusWidget(), c.window->input());

    // Something done in the workbench meanwhile is not Ctrl+Z's to undo.
    ASSERT_TRUE(c.project->addCase(QStringLiteral("Workbench case")).ok());
    pressInFocus(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(c.session().utterances().size(), 1);
    EXPECT_TRUE(c.project->findCase(QStringLiteral("Workbench case")));
    EXPECT_FALSE(c.window->lastError().isEmpty());
    // Edit → Undo in the workbench, then Ctrl+Z goes on with the first utterance.
    ASSERT_TRUE(c.project->undo().ok());
    pressInFocus(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(c.session().utterances().isEmpty());
}

TEST(LiveCorrections, TheSameKeyAgainTakesTheCodeOff)
{
    Capture c;
    typeIntoFocus(QStringLiteral("Rights and health"));
    pressInFocus(Qt::Key_F1);
    pressInFocus(Qt::Key_F2);
    pressInFocus(Qt::Key_F1);  // again, before commit: off
    EXPECT_EQ(c.window->pendingCodes(), QList<Id>{c.health});
    pressInFocus(Qt::Key_Return);
    ASSERT_EQ(c.session().utterances().first().codes, QList<Id>{c.health});
    pressInFocus(Qt::Key_F1, Qt::ShiftModifier);  // on the committed utterance
    QList<Id> codes = c.session().utterances().first().codes;
    std::sort(codes.begin(), codes.end());
    QList<Id> both{c.rights, c.health};
    std::sort(both.begin(), both.end());
    EXPECT_EQ(codes, both);
    pressInFocus(Qt::Key_F1, Qt::ShiftModifier);  // again: off
    pressInFocus(Qt::Key_F2, Qt::ShiftModifier);
    EXPECT_TRUE(c.session().utterances().first().codes.isEmpty());
    EXPECT_EQ(c.quotes(), 0);  // no empty quote left behind
    EXPECT_FALSE(c.window->transcript()->toPlainText().contains(QStringLiteral("Health")));
}

TEST(LiveCorrections, RightClickOnAChipRemovesThatCoding)
{
    Capture c;
    typeIntoFocus(QStringLiteral("Rights first"));
    pressInFocus(Qt::Key_F1);
    pressInFocus(Qt::Key_F2);
    pressInFocus(Qt::Key_Return);
    c.say(Qt::Key_2, QStringLiteral("Health too"));
    pressInFocus(Qt::Key_F2, Qt::ShiftModifier);
    const QList<live::Utterance> said = c.session().utterances();
    ASSERT_EQ(said.size(), 2);
    ASSERT_EQ(said[0].codes.size(), 2);

    // The chip "Health" on the first utterance, not the second's.
    const QPoint at = chipPosition(c.window->transcript(), said[0].turnId, c.health);
    // A right click: the press, then the context-menu event the window
    // system derives from it (QTest sends mouse events to the widget only).
    QWidget *viewport = c.window->transcript()->viewport();
    QTest::mousePress(viewport, Qt::RightButton, Qt::NoModifier, at);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &menuEvent);
    QTest::mouseRelease(viewport, Qt::RightButton, Qt::NoModifier, at);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr) << "no context menu on the chip";
    ASSERT_EQ(menu->actions().size(), 1);
    EXPECT_TRUE(menu->actions().first()->text().contains(QStringLiteral("Health")));
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(menu->actions().first()).center());
    const QList<live::Utterance> after = c.session().utterances();
    EXPECT_EQ(after[0].codes, QList<Id>{c.rights});
    EXPECT_EQ(after[1].codes, QList<Id>{c.health});
    EXPECT_EQ(QApplication::focusWidget(), c.window->input());
    // And Ctrl+Z puts it back.
    pressInFocus(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(c.session().utterances()[0].codes.size(), 2);
}
