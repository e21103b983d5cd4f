// Tools → Pseudonymise…: speakers and cases proposed, a count per document
// and each replacement in context, and the open document redrawn after.
#include "modaldriver.h"
#include "uitestsupport.h"

#include "document/documentview.h"
#include "live/livesession.h"
#include "privacy/pseudonymisedialog.h"

#include <QAction>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(PseudonymiseDialog, ProposesSpeakersAndCasesPreviewsCountsAndUpdatesTheView)
{
    Workbench wb(QStringLiteral("Anna said: Айгуль 😀 agreed with Anna.\n"));
    const QString fgText = QStringLiteral("Айгуль: hi\nBoris: hello Айгуль\n");
    NewDocument fg{QStringLiteral("fg"), DocumentKind::FocusGroup, fgText, {}, {}, true};
    fg.turns = {{0, 11, QStringLiteral("Айгуль"), {}, {}}, {11, 31, QStringLiteral("Boris"), {}, {}}};
    ASSERT_TRUE(wb.project().addDocument(fg).ok());
    ASSERT_TRUE(wb.project().addCase(QStringLiteral("Anna")).ok());
    const Id code = wb.code(QStringLiteral("Leadership/Provider-led"));
    auto quote = wb.project().applyCode(wb.document, 0, 17, code);  // "Anna said: Айгуль"
    ASSERT_TRUE(quote.ok());

    QAction *action = wb.window->findChild<QAction *>(QStringLiteral("pseudonymise"));
    ASSERT_TRUE(action);
    ASSERT_TRUE(action->isEnabled());
    bool seen = false, applied = false;
    QStringList proposed, proposedAs, found, contexts;
    int inInterview = -1, inFocusGroup = -1;
    QString status;
    driveNextDialog<ui::PseudonymiseDialog>(
        [&](ui::PseudonymiseDialog *dialog) {
            dialog->setConfirm(false);
            proposed = dialog->names();
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("names"));
            for (int row = 0; row < table->rowCount(); ++row)
                proposedAs << table->item(row, 2)->text();
            dialog->setPseudonym(QStringLiteral("Anna"), QStringLiteral("P1"));
            dialog->setPseudonym(QStringLiteral("Айгуль"), QStringLiteral("P2"));
            dialog->refreshPreview();
            for (int row = 0; row < table->rowCount(); ++row)
                found << table->item(row, 3)->text();
            inInterview = dialog->occurrencesIn(QStringLiteral("interview"));
            inFocusGroup = dialog->occurrencesIn(QStringLiteral("fg"));
            status = dialog->statusText();
            QTreeWidgetItem *first = dialog->previewTree()->topLevelItem(0);
            for (int i = 0; first && i < first->childCount(); ++i)
                contexts << first->child(i)->text(0);
            dialog->setKeyFile(wb.dir.path(QStringLiteral("key.csv")));
            applied = dialog->apply();
        },
        &seen);
    action->trigger();
    ASSERT_TRUE(seen);
    EXPECT_EQ(proposed, (QStringList{QStringLiteral("Anna"), QStringLiteral("Boris"), QStringLiteral("Айгуль")}));
    EXPECT_EQ(proposedAs, (QStringList{QStringLiteral("case"), QStringLiteral("speaker, case"), QStringLiteral("speaker, case")}));
    EXPECT_EQ(found, (QStringList{QStringLiteral("2"), QString(), QStringLiteral("3")}));
    EXPECT_EQ(inInterview, 3);
    EXPECT_EQ(inFocusGroup, 2);
    EXPECT_TRUE(status.contains(QStringLiteral("5 replacements"))) << status.toStdString();
    ASSERT_EQ(contexts.size(), 3);
    EXPECT_EQ(contexts[0], QStringLiteral("…[Anna → P1] said: Айгуль 😀 agreed with An…"));  // 30 code points each side
    EXPECT_TRUE(contexts[1].contains(QStringLiteral("[Айгуль → P2]"))) << contexts[1].toStdString();
    ASSERT_TRUE(applied);
    EXPECT_EQ(readAll(wb.dir.path(QStringLiteral("key.csv"))), QByteArray("name,pseudonym\r\nАйгуль,P2\r\nAnna,P1\r\n"));

    // The open document shows the new text, its quote moved with it; the
    // history before is gone.
    ui::DocumentView *view = wb.window->documentView();
    const QString expected = QStringLiteral("P1 said: P2 😀 agreed with P1.\n");
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->toPlainText() + QLatin1Char('\n') == expected
                                             || view->toPlainText() == expected; }, 3000))
        << view->toPlainText().toStdString();
    const ui::QuoteMark *mark = view->mark(*quote);
    ASSERT_TRUE(mark);
    EXPECT_EQ(mark->start, 0);
    EXPECT_EQ(mark->end, 11);  // "P1 said: P2"
    EXPECT_EQ(wb.project().quoteText(*wb.project().quote(*quote)), QStringLiteral("P1 said: P2"));
    EXPECT_FALSE(wb.project().canUndo());
    QAction *undo = wb.window->findChild<QAction *>(QStringLiteral("undo"));
    ASSERT_TRUE(undo);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(wb.project().findCase(QStringLiteral("P2")));
}

TEST(PseudonymiseDialog, IsRefusedWhileACaptureWindowIsOpen)
{
    Workbench wb(QStringLiteral("Anna: hi\n"));
    auto session = live::LiveSession::start(wb.project(), {QStringLiteral("FGD"), {}, {}, {}},
                                            {{QStringLiteral("Anna"), {}, {}, {}}}, {});
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    ASSERT_TRUE((*session)->markCaptureOpen(true).ok());
    bool seen = true;
    driveNextDialog<ui::PseudonymiseDialog>([](ui::PseudonymiseDialog *dialog) { dialog->reject(); }, &seen, 300);
    wb.window->findChild<QAction *>(QStringLiteral("pseudonymise"))->trigger();
    QTest::qWait(400);
    EXPECT_FALSE(seen);
    EXPECT_TRUE(wb.window->lastError().contains(QStringLiteral("End the live session first")))
        << wb.window->lastError().toStdString();
    EXPECT_TRUE(wb.project().findCase(QStringLiteral("Anna")));
}
