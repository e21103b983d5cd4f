// Editing utterances from the document view's context menu: the menu opened
// on an utterance names its speaker and time and offers Edit, Merge and
// Split; each changes the project as one undoable operation and the view
// follows. Real session file, real widgets, offscreen.
#include "uitestsupport.h"

#include "document/documentview.h"
#include "live/livesession.h"
#include "project/projectwriter.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct SessionWorkbench {
    TempDir dir;
    QString path;
    Id document = 0;
    std::unique_ptr<ui::MainWindow> window;

    SessionWorkbench()
    {
        path = dir.path(QStringLiteral("edit.crosscut"));
        {
            auto project = createProject(path, QStringLiteral("intersectional"));
            qint64 now = 1'800'000'000'000;
            auto session = live::LiveSession::start(*project, {QStringLiteral("FGD Delhi"), {}, {}, {}},
                                                    {{QStringLiteral("Ravi"), {}, {}, {}}, {QStringLiteral("Айгуль"), {}, {}, {}}},
                                                    {}, [&now] { return now; });
            EXPECT_TRUE(session.ok());
            document = (*session)->documentId();
            const Id rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
            now += 65'000;
            EXPECT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("we lead the outreach ourselves"), 61'000, {rights}).ok());
            now += 9'000;
            EXPECT_TRUE((*session)->commit(QStringLiteral("Айгуль"), QStringLiteral("и мы тоже 🤝"), 70'000).ok());
            now += 5'000;
            EXPECT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("yes"), 77'000).ok());
        }
        window = std::make_unique<ui::MainWindow>();
        window->setInteractive(false);
        EXPECT_TRUE(window->openProject(path)) << window->lastError().toStdString();
        window->resize(1000, 700);
        window->show();
        window->showDocument(document);
    }
    Project &project() { return *window->project(); }
    ui::DocumentView &view() { return *window->documentView(); }

    // The context menu opened on code point `at`.
    std::unique_ptr<QMenu> menuAt(qint64 at)
    {
        QTextCursor cursor(view().document());
        cursor.setPosition(int(view().positions().toUtf16(at)));
        return view().buildContextMenu(view().cursorRect(cursor).center() + QPoint(1, 0));
    }
    QAction *action(QMenu &menu, const char *name)
    {
        for (QAction *a : menu.actions())
            if (a->objectName() == QLatin1String(name))
                return a;
        return nullptr;
    }
    QStringList texts() const
    {
        QStringList out;
        for (const live::Utterance &u : live::readUtterances(*window->project(), document))
            out << u.speaker + QStringLiteral(": ") + u.text;
        return out;
    }
};

}  // namespace

TEST(UtteranceActions, MenuNamesTheSpeakerAndTimeAndMergesAndSplits)
{
    SessionWorkbench wb;
    const QString text = wb.project().documentText(wb.document);
    const qint64 inSecond = codePointCount(text.left(text.indexOf(QStringLiteral("мы"))));
    auto menu = wb.menuAt(inSecond);
    QStringList labels;
    for (QAction *a : menu->actions())
        labels << a->text();
    EXPECT_TRUE(labels.contains(QStringLiteral("Айгуль · 00:01:10–00:01:14"))) << labels.join(u'|').toStdString();
    // render.sh asks for a picture of the menu over the session.
    if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTextCursor at(wb.view().document());
        at.setPosition(int(wb.view().positions().toUtf16(inSecond)));
        const QPoint where = wb.view().cursorRect(at).center();
        menu->popup(wb.view().viewport()->mapToGlobal(where));
        QApplication::processEvents();
        QImage shot = wb.window->grab().toImage();
        QPainter painter(&shot);
        painter.drawPixmap(wb.window->mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        EXPECT_TRUE(shot.save(shots + QStringLiteral("/live-session-edit.png")));
        menu->hide();
    }
    QAction *merge = wb.action(*menu, "mergeUtterance");
    ASSERT_NE(merge, nullptr);
    merge->trigger();
    EXPECT_EQ(wb.texts(), (QStringList{QStringLiteral("Ravi: we lead the outreach ourselves"),
                                       QStringLiteral("Айгуль: и мы тоже 🤝 yes")}));
    // The view shows the new text.
    EXPECT_EQ(wb.view().toPlainText(), wb.project().documentText(wb.document));

    // Split the first utterance before "the".
    const qint64 beforeThe = codePointCount(QStringLiteral("Ravi: we lead "));
    menu = wb.menuAt(beforeThe);
    QAction *split = wb.action(*menu, "splitUtterance");
    ASSERT_NE(split, nullptr);
    ASSERT_TRUE(split->isEnabled());
    split->trigger();
    EXPECT_EQ(wb.texts(), (QStringList{QStringLiteral("Ravi: we lead"), QStringLiteral("Ravi: the outreach ourselves"),
                                       QStringLiteral("Айгуль: и мы тоже 🤝 yes")}));
    // The coded quote moved with its words and still covers them.
    const QList<Quote> quotes = wb.project().quotes(wb.document);
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_TRUE(wb.project().quoteText(quotes.first()).endsWith(QStringLiteral("ourselves")));

    // Both undo.
    ASSERT_TRUE(wb.project().undo().ok());
    ASSERT_TRUE(wb.project().undo().ok());
    EXPECT_EQ(wb.texts().size(), 3);
    EXPECT_EQ(wb.view().toPlainText(), wb.project().documentText(wb.document));
}

TEST(UtteranceActions, InterviewTurnsShowTheSpeakerButOfferNoEdits)
{
    Workbench wb(QStringLiteral("Ainura: first paragraph.\nsecond paragraph of the same turn.\n"));
    // One turn over both paragraphs, as the importer finds it.
    ASSERT_TRUE(wb.project()
                    .transact(QStringLiteral("turn"), [&](ProjectWriter &w) {
                        return w.exec("INSERT INTO speaker_turn(document_id, start, end, speaker) VALUES (?, 8, 59, 'Ainura')",
                                      {wb.document});
                    })
                    .ok());
    wb.window->showDocument(wb.document);
    ASSERT_FALSE(wb.project().speakerTurns(wb.document).isEmpty());
    QTextCursor cursor(wb.window->documentView()->document());
    cursor.setPosition(10);
    auto menu = wb.window->documentView()->buildContextMenu(wb.window->documentView()->cursorRect(cursor).center());
    QStringList names;
    QStringList labels;
    for (QAction *a : menu->actions()) {
        names << a->objectName();
        labels << a->text();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("Ainura"))) << labels.join(u'|').toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("editUtterance")));
    EXPECT_FALSE(names.contains(QStringLiteral("mergeUtterance")));
}

TEST(UtteranceActions, EditReplacesTheWordsAndAMergeOfTheLastIsRefused)
{
    SessionWorkbench wb;
    auto menu = wb.menuAt(codePointCount(QStringLiteral("Ravi: we")));
    QAction *edit = wb.action(*menu, "editUtterance");
    ASSERT_NE(edit, nullptr);
    // The dialog opens with the words, without the speaker label, modal to
    // the workbench only.
    edit->trigger();
    auto *dialog = wb.window->findChild<QInputDialog *>(QStringLiteral("editUtteranceDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    EXPECT_EQ(dialog->textValue(), QStringLiteral("we lead the outreach ourselves"));
    dialog->setTextValue(QStringLiteral("we lead all of the outreach"));
    dialog->accept();
    EXPECT_EQ(wb.texts().first(), QStringLiteral("Ravi: we lead all of the outreach"));

    // Merging the last utterance is refused with a message; nothing changes.
    const QString text = wb.project().documentText(wb.document);
    const qint64 last = codePointCount(text) - 2;  // inside "yes"
    menu = wb.menuAt(last);
    QAction *merge = wb.action(*menu, "mergeUtterance");
    ASSERT_NE(merge, nullptr);
    merge->trigger();
    EXPECT_TRUE(wb.window->lastError().contains(QStringLiteral("last"))) << wb.window->lastError().toStdString();
    EXPECT_EQ(wb.texts().size(), 3);
}
