// Editing codes from the codebook's context menu: the shortcut dialog takes
// one key combination (Enter accepts, Esc cancels, Backspace clears),
// descriptions and memos are edited and undone, and the Key column leaves
// the width to the names.
#include "modaldriver.h"
#include "uitestsupport.h"

#include "codebook/codebookmodel.h"
#include "codebook/codebookpanel.h"
#include "codebook/shortcutdialog.h"
#include "codebook/shortcutedit.h"
#include "document/documentview.h"
#include "document/stripemargin.h"
#include "memos/memodialog.h"
#include "memos/memolistmodel.h"
#include "memos/memospanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kText = QStringLiteral("Sex workers run the clinic now.\nThe ministry pays for it \U0001F60A.\n");

// Chooses the code in the tree and runs the context-menu action `name`.
void runCodeAction(Workbench &wb, Id code, const char *name)
{
    ui::CodebookPanel *panel = wb.window->codebook();
    panel->selectCode(code);
    QAction *action = nullptr;
    for (QAction *a : panel->tree()->actions())
        if (a->objectName() == QLatin1String(name))
            action = a;
    ASSERT_NE(action, nullptr) << name;
    ASSERT_TRUE(action->isEnabled()) << name;
    action->trigger();
}

ui::MemosPanel *memosPanel(Workbench &wb)
{
    QTabWidget *tabs = wb.window->bottomTabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *memos = qobject_cast<ui::MemosPanel *>(tabs->widget(i)))
            return memos;
    return nullptr;
}

bool memosTabLists(Workbench &wb, const QString &title)
{
    ui::MemosPanel *memos = memosPanel(wb);
    for (int i = 0; memos && i < memos->model()->rowCount(); ++i)
        if (memos->model()->index(i, ui::MemoListModel::TitleColumn).data().toString().startsWith(title))
            return true;
    return false;
}

}  // namespace

TEST(CodebookEditing, ShortcutDialogRecordsOneCombinationAndEnterAcceptsIt)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    QString shown;
    driveNextDialog<ui::ShortcutDialog>([&shown](ui::ShortcutDialog *dialog) {
        QTest::keyClick(dialog->edit(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        shown = dialog->edit()->text();
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
    });
    runCodeAction(wb, sw, "codeShortcut");
    EXPECT_EQ(shown, QKeySequence(QStringLiteral("Ctrl+Shift+S")).toString(QKeySequence::NativeText));
    EXPECT_EQ(wb.project().code(sw)->shortcut, QStringLiteral("Ctrl+Shift+S"));
    ui::CodebookModel *model = wb.window->codebook()->model();
    EXPECT_EQ(model->indexOf(sw, ui::CodebookModel::ShortcutColumn).data().toString(), shown);

    // The key applies the code to a selection.
    QApplication::setActiveWindow(wb.window.get());  // as the window manager does when the dialog closes
    wb.window->documentView()->setFocus();
    selectByKeys(*wb.window, 0, 11);
    QTest::keyClick(wb.window->documentView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Quote> quotes = wb.project().quotes(wb.document);
    ASSERT_EQ(quotes.size(), 1) << wb.window->lastError().toStdString();
    EXPECT_EQ(wb.project().codings(quotes[0].id).value(0).codeId, sw);
}

TEST(CodebookEditing, ShortcutDialogEscCancelsAndBackspaceClears)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    ASSERT_TRUE(wb.project().setCodeShortcut(sw, QStringLiteral("Ctrl+Alt+S")).ok());

    driveNextDialog<ui::ShortcutDialog>([](ui::ShortcutDialog *dialog) {
        QTest::keyClick(dialog->edit(), Qt::Key_X, Qt::ControlModifier | Qt::AltModifier);
        QTest::keyClick(dialog->edit(), Qt::Key_Escape);
    });
    runCodeAction(wb, sw, "codeShortcut");
    EXPECT_EQ(wb.project().code(sw)->shortcut, QStringLiteral("Ctrl+Alt+S"));

    QString afterBackspace = QStringLiteral("unset");
    driveNextDialog<ui::ShortcutDialog>([&afterBackspace](ui::ShortcutDialog *dialog) {
        EXPECT_EQ(dialog->edit()->keySequence(), QKeySequence(QStringLiteral("Ctrl+Alt+S")));
        QTest::keyClick(dialog->edit(), Qt::Key_Backspace);
        afterBackspace = dialog->edit()->text();
        QTest::keyClick(dialog->edit(), Qt::Key_Enter);
    });
    runCodeAction(wb, sw, "codeShortcut");
    EXPECT_TRUE(afterBackspace.isEmpty());
    EXPECT_TRUE(wb.project().code(sw)->shortcut.isEmpty());
}

TEST(CodebookEditing, ShortcutDialogRefusesPlainKeysAndTheMenusKeys)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    const Id global = wb.code(QStringLiteral("Organisation type/Global"));
    ASSERT_TRUE(wb.project().setCodeShortcut(global, QStringLiteral("Ctrl+Alt+G")).ok());
    QStringList messages;
    QList<bool> okEnabled;
    driveNextDialog<ui::ShortcutDialog>([&](ui::ShortcutDialog *dialog) {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto note = [&] {
            messages << dialog->message()->text();
            okEnabled << ok->isEnabled();
        };
        QTest::keyClick(dialog->edit(), Qt::Key_S);  // a plain letter
        note();
        QTest::keyClick(dialog->edit(), Qt::Key_Z, Qt::ControlModifier);  // Undo's
        note();
        QTest::keyClick(dialog->edit(), Qt::Key_Return);  // refused: the dialog stays
        QTest::keyClick(dialog->edit(), Qt::Key_G, Qt::ControlModifier | Qt::AltModifier);  // another code's
        note();
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
    });
    runCodeAction(wb, sw, "codeShortcut");
    ASSERT_EQ(messages.size(), 3);
    EXPECT_FALSE(okEnabled[0]);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("Ctrl"))) << messages[0].toStdString();
    EXPECT_FALSE(okEnabled[1]);
    EXPECT_TRUE(messages[1].contains(QStringLiteral("“Undo”"))) << messages[1].toStdString();
    EXPECT_TRUE(okEnabled[2]);
    EXPECT_TRUE(messages[2].contains(QStringLiteral("Organisation type/Global"))) << messages[2].toStdString();
    // The key moved from Global to Sex workers.
    EXPECT_EQ(wb.project().code(sw)->shortcut, QStringLiteral("Ctrl+Alt+G"));
    EXPECT_TRUE(wb.project().code(global)->shortcut.isEmpty());
}

TEST(CodebookEditing, DescriptionIsEditedUndoneAndShownAsTooltip)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    const QString text = QStringLiteral("Organisations led by sex workers, or quotes about them.");
    driveNextDialog<QInputDialog>([&text](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        ASSERT_NE(edit, nullptr);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        dialog->accept();
    });
    runCodeAction(wb, sw, "describeCode");
    EXPECT_EQ(wb.project().code(sw)->description, text);
    ui::CodebookModel *model = wb.window->codebook()->model();
    EXPECT_TRUE(model->indexOf(sw).data(Qt::ToolTipRole).toString().contains(text));
    EXPECT_TRUE(wb.window->undoAction()->text().contains(QStringLiteral("Sex workers")));

    wb.window->undoAction()->trigger();
    EXPECT_TRUE(wb.project().code(sw)->description.isEmpty());
    EXPECT_FALSE(model->indexOf(sw).data(Qt::ToolTipRole).toString().contains(text));
}

TEST(CodebookEditing, CodeMemoFromTheContextMenuIsListedEditedAndUndone)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    driveNextDialog<ui::MemoDialog>([](ui::MemoDialog *dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Scope of the code"));
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Includes former sex workers."));
        dialog->accept();
    });
    runCodeAction(wb, sw, "codeMemo");
    QList<Memo> memos = wb.project().memos(MemoTarget::Code, sw);
    ASSERT_EQ(memos.size(), 1);
    EXPECT_EQ(memos[0].title, QStringLiteral("Scope of the code"));
    EXPECT_EQ(memos[0].text, QStringLiteral("Includes former sex workers."));
    EXPECT_TRUE(memosTabLists(wb, QStringLiteral("Scope of the code")));

    // Again: the same memo is edited, not a second one written.
    QString shownText;
    driveNextDialog<ui::MemoDialog>([&shownText](ui::MemoDialog *dialog) {
        shownText = dialog->textEdit()->toPlainText();
        dialog->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog->textEdit(), QStringLiteral(" And peer educators."));
        dialog->accept();
    });
    runCodeAction(wb, sw, "codeMemo");
    EXPECT_EQ(shownText, QStringLiteral("Includes former sex workers."));
    memos = wb.project().memos(MemoTarget::Code, sw);
    ASSERT_EQ(memos.size(), 1);
    EXPECT_EQ(memos[0].text, QStringLiteral("Includes former sex workers. And peer educators."));

    wb.window->undoAction()->trigger();
    EXPECT_EQ(wb.project().memos(MemoTarget::Code, sw).value(0).text, QStringLiteral("Includes former sex workers."));
    wb.window->undoAction()->trigger();
    EXPECT_TRUE(wb.project().memos(MemoTarget::Code, sw).isEmpty());
    EXPECT_FALSE(memosTabLists(wb, QStringLiteral("Scope of the code")));

    // Cancel writes nothing.
    driveNextDialog<ui::MemoDialog>([](ui::MemoDialog *dialog) {
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("never saved"));
        dialog->reject();
    });
    runCodeAction(wb, sw, "codeMemo");
    EXPECT_TRUE(wb.project().memos(MemoTarget::Code, sw).isEmpty());
}

TEST(CodebookEditing, NewMemoOnThisCodeWritesAnotherMemo)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    ASSERT_TRUE(wb.project().addMemo(MemoTarget::Code, sw, QStringLiteral("First"), QStringLiteral("one")).ok());
    bool seen = false;
    driveNextDialog<ui::MemoDialog>(
        [](ui::MemoDialog *dialog) {
            EXPECT_TRUE(dialog->textEdit()->toPlainText().isEmpty());
            dialog->titleEdit()->setText(QStringLiteral("Second thought"));
            QTest::keyClicks(dialog->textEdit(), QStringLiteral("Peer educators too."));
            dialog->accept();
        },
        &seen);
    runCodeAction(wb, sw, "codeNewMemo");
    EXPECT_TRUE(seen);
    const QList<Memo> memos = wb.project().memos(MemoTarget::Code, sw);
    ASSERT_EQ(memos.size(), 2);
    EXPECT_EQ(memos[1].title, QStringLiteral("Second thought"));
    EXPECT_EQ(memos[1].text, QStringLiteral("Peer educators too."));
    EXPECT_TRUE(memosTabLists(wb, QStringLiteral("First")));
    EXPECT_TRUE(memosTabLists(wb, QStringLiteral("Second thought")));
}

TEST(CodebookEditing, QuoteMemoFromTheStripeAndTheTextMenu)
{
    Workbench wb(kText);
    const Id global = wb.code(QStringLiteral("Organisation type/Global"));
    const Result<Id> quote = wb.project().applyCode(wb.document, 32, 44, global);  // "The ministry"
    ASSERT_TRUE(quote.ok());
    ui::DocumentView *view = wb.window->documentView();
    const QRect stripe = view->stripeRect(*quote);
    ASSERT_FALSE(stripe.isNull());
    auto *margin = qobject_cast<ui::StripeMargin *>(view->margin());
    ASSERT_NE(margin, nullptr);
    std::unique_ptr<QMenu> menu = margin->buildContextMenu(stripe.center());
    ASSERT_NE(menu, nullptr);
    auto *memoAction = menu->findChild<QAction *>(QStringLiteral("quoteMemo"));
    ASSERT_NE(memoAction, nullptr);
    driveNextDialog<ui::MemoDialog>([](ui::MemoDialog *dialog) {
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("The ministry is the Global Fund here."));
        dialog->accept();
    });
    memoAction->trigger();
    const QList<Memo> memos = wb.project().memos(MemoTarget::Quote, *quote);
    ASSERT_EQ(memos.size(), 1);
    EXPECT_EQ(memos[0].text, QStringLiteral("The ministry is the Global Fund here."));
    EXPECT_EQ(memos[0].title, QStringLiteral("The ministry"));  // the quote's text, by default
    EXPECT_TRUE(memosTabLists(wb, QStringLiteral("The ministry")));

    // The text's own context menu offers it inside the quote, not outside.
    auto viewportPoint = [view](qint64 at) {
        QTextCursor cursor(view->document());
        cursor.setPosition(view->positions().toUtf16(at));
        return view->cursorRect(cursor).center() + QPoint(2, 0);
    };
    std::unique_ptr<QMenu> inside = view->buildContextMenu(viewportPoint(36));
    EXPECT_NE(inside->findChild<QAction *>(QStringLiteral("quoteMemo")), nullptr);
    std::unique_ptr<QMenu> outside = view->buildContextMenu(viewportPoint(4));
    EXPECT_EQ(outside->findChild<QAction *>(QStringLiteral("quoteMemo")), nullptr);

    wb.window->undoAction()->trigger();
    EXPECT_TRUE(wb.project().memos(MemoTarget::Quote, *quote).isEmpty());
}

TEST(CodebookEditing, KeyColumnFitsItsKeysAndNamesGetTheWidth)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    QTreeView *tree = wb.window->codebook()->tree();
    QHeaderView *header = tree->header();
    ui::CodebookModel *model = wb.window->codebook()->model();
    // Names take what the other columns leave, and are cut only where the
    // counts alone would not leave room for them.
    auto nameTakesTheRest = [&]() -> testing::AssertionResult {
        const int count = header->sectionSize(ui::CodebookModel::CountColumn);
        const int key = tree->isColumnHidden(ui::CodebookModel::ShortcutColumn)
                            ? 0
                            : header->sectionSize(ui::CodebookModel::ShortcutColumn);
        const int name = header->sectionSize(ui::CodebookModel::NameColumn);
        const int room = tree->viewport()->width();
        const int content = static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(ui::CodebookModel::NameColumn);
        if (name >= room - count - key - 2 && name >= std::min(content, room - count))
            return testing::AssertionSuccess();
        return testing::AssertionFailure() << "name " << name << ", longest name " << content << ", count " << count
                                           << ", key " << key << ", viewport " << room;
    };
    // No code has a key: no Key column.
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_TRUE(tree->isColumnHidden(ui::CodebookModel::ShortcutColumn));
    EXPECT_TRUE(nameTakesTheRest());

    // One key, set with the dialog: the column is as wide as that key.
    driveNextDialog<ui::ShortcutDialog>([](ui::ShortcutDialog *dialog) {
        QTest::keyClick(dialog->edit(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
    });
    runCodeAction(wb, sw, "codeShortcut");
    QApplication::processEvents();
    ASSERT_FALSE(tree->isColumnHidden(ui::CodebookModel::ShortcutColumn));
    const int key = header->sectionSize(ui::CodebookModel::ShortcutColumn);
    const int widestKey = std::max(
        tree->fontMetrics().horizontalAdvance(QKeySequence(QStringLiteral("Ctrl+Shift+S")).toString(QKeySequence::NativeText)),
        header->fontMetrics().horizontalAdvance(QStringLiteral("Key")));
    EXPECT_GE(key, widestKey);
    EXPECT_LE(key, widestKey + 30);
    EXPECT_TRUE(nameTakesTheRest());
    EXPECT_GT(header->sectionSize(ui::CodebookModel::NameColumn), 2 * key);

    // A narrow dock: the same, and the keys are scrolled to.
    tree->resize(200, tree->height());
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_TRUE(nameTakesTheRest());
    EXPECT_GT(tree->horizontalScrollBar()->maximum(), 0);
    EXPECT_TRUE(model->indexOf(sw).data(Qt::ToolTipRole).toString().contains(
        QKeySequence(QStringLiteral("Ctrl+Shift+S")).toString(QKeySequence::NativeText)));

    // The key cleared: the column goes again.
    ASSERT_TRUE(wb.project().setCodeShortcut(sw, QString()).ok());
    QApplication::processEvents();
    EXPECT_TRUE(tree->isColumnHidden(ui::CodebookModel::ShortcutColumn));
}
