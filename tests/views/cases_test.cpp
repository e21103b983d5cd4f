#include "viewsfixture.h"

#include "../ui/modaldriver.h"

#include "cases/attributetablemodel.h"
#include "cases/casespanel.h"
#include "project/project.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::CasesPanel;

namespace {

const char *kValueSql =
    "SELECT v.value FROM document_attribute v JOIN attribute a ON a.id = v.attribute_id "
    "WHERE a.name = ? AND a.scope = 'document' AND v.document_id = ?";

int column(CasesPanel &panel, const QString &attribute)
{
    for (int c = 1; c < panel.model()->columnCount(); ++c)
        if (panel.model()->attribute(c).name == attribute)
            return c;
    return -1;
}

int row(CasesPanel &panel, Id target)
{
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        if (panel.model()->targetId(r) == target)
            return r;
    return -1;
}

// Double-clicks the cell, types the text and presses Enter, as a user would.
void typeInto(CasesPanel &panel, int r, int c, const QString &text)
{
    QTableView *view = panel.view();
    const QModelIndex index = panel.model()->index(r, c);
    clickCell(view, index);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
    // The delegate's editor is a child of the viewport.
    auto *line = view->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(line, nullptr);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QCoreApplication::processEvents();
}

}  // namespace

TEST(CasesPanel, EditingACellWritesTheAttribute)
{
    ViewsProject p;
    ASSERT_TRUE(p.project->setAttribute(AttributeScope::Document, p.docA, QStringLiteral("country"), QStringLiteral("Kenya")).ok());
    CasesPanel panel(p.project.get());
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    const int c = column(panel, QStringLiteral("country"));
    const int r = row(panel, p.docB);
    ASSERT_GE(c, 1);
    ASSERT_GE(r, 0);
    typeInto(panel, r, c, QStringLiteral("Kyrgyzstan"));
    EXPECT_EQ(p.scalar(QString::fromLatin1(kValueSql), {QStringLiteral("country"), p.docB}).toString(),
              QStringLiteral("Kyrgyzstan"));
    EXPECT_EQ(panel.model()->data(panel.model()->index(r, c)).toString(), QStringLiteral("Kyrgyzstan"));
    // One undoable operation.
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_FALSE(p.scalar(QString::fromLatin1(kValueSql), {QStringLiteral("country"), p.docB}).isValid());
    EXPECT_TRUE(panel.model()->data(panel.model()->index(r, c)).toString().isEmpty());
}

TEST(CasesPanel, TypedColumnRefusesAValueOfTheWrongType)
{
    ViewsProject p;
    CasesPanel panel(p.project.get());
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.newAttributeEdit()->setText(QStringLiteral("staff"));
    panel.newAttributeTypeBox()->setCurrentIndex(panel.newAttributeTypeBox()->findData(static_cast<int>(AttributeType::Number)));
    QTest::mouseClick(panel.addAttributeButton(), Qt::LeftButton);
    const int c = column(panel, QStringLiteral("staff"));
    ASSERT_GE(c, 1);
    EXPECT_EQ(panel.model()->attribute(c).type, AttributeType::Number);
    const int r = row(panel, p.docA);
    EXPECT_FALSE(panel.model()->setData(panel.model()->index(r, c), QStringLiteral("twelve")));
    EXPECT_TRUE(panel.lastError().contains(QStringLiteral("not a number")));
    EXPECT_EQ(p.scalar(QString::fromLatin1(kValueSql), {QStringLiteral("staff"), p.docA}).toString(), QString());
    EXPECT_TRUE(panel.model()->setData(panel.model()->index(r, c), QStringLiteral("12")));
    EXPECT_EQ(p.scalar(QString::fromLatin1(kValueSql), {QStringLiteral("staff"), p.docA}).toString(), QStringLiteral("12"));
}

TEST(CasesPanel, ImportsACsvInOneOperationAndRefusesABadFileWhole)
{
    ViewsProject p;
    CasesPanel panel(p.project.get());
    const QString good = p.dir.writeFile(QStringLiteral("good.csv"),
                                         "document,attribute,value,type\r\n"
                                         "interview-a,country,Kenya,\r\n"
                                         "interview-b,country,Nepal,\r\n"
                                         "interview-b,year,2023,number\r\n");
    const Result<int> imported = panel.importCsv(good);
    ASSERT_TRUE(imported.ok()) << imported.message().toStdString();
    EXPECT_EQ(*imported, 3);
    EXPECT_EQ(p.scalar(QString::fromLatin1(kValueSql), {QStringLiteral("country"), p.docB}).toString(), QStringLiteral("Nepal"));
    EXPECT_GE(column(panel, QStringLiteral("year")), 1);  // the table followed the change

    const QString bad = p.dir.writeFile(QStringLiteral("bad.csv"),
                                        "document,attribute,value\n"
                                        "interview-a,country,Uganda\n"
                                        "interview-z,country,Georgia\n");
    const Result<int> refused = panel.importCsv(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("line 3"))) << refused.message().toStdString();
    EXPECT_EQ(p.scalar(QString::fromLatin1(kValueSql), {QStringLiteral("country"), p.docA}).toString(), QStringLiteral("Kenya"));

    const QString badType = p.dir.writeFile(QStringLiteral("badtype.csv"), "document,attribute,value\ninterview-a,year,soon\n");
    EXPECT_FALSE(panel.importCsv(badType).ok());
}

TEST(CasesPanel, HeaderMenuMarksAnAttributeIdentifying)
{
    ViewsProject p;
    ASSERT_TRUE(p.project->setAttribute(AttributeScope::Document, p.docA, QStringLiteral("village"), QStringLiteral("Tokmok")).ok());
    CasesPanel panel(p.project.get());
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const int c = column(panel, QStringLiteral("village"));
    ASSERT_GE(c, 1);
    EXPECT_EQ(panel.headerMenu(0), nullptr);  // the name column is no attribute
    QMenu *menu = panel.headerMenu(c);
    ASSERT_NE(menu, nullptr);
    auto *action = menu->findChild<QAction *>(QStringLiteral("identifyingAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isChecked());
    action->trigger();
    const char *sql = "SELECT identifying FROM attribute WHERE name = 'village'";
    EXPECT_EQ(p.scalar(QString::fromLatin1(sql), {}).toInt(), 1);
    // The header shows it.
    const QString header = panel.model()->headerData(c, Qt::Horizontal).toString();
    EXPECT_TRUE(header.contains(QStringLiteral("🔒"))) << header.toStdString();
    // Undo unmarks it, and the header follows.
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(p.scalar(QString::fromLatin1(sql), {}).toInt(), 0);
    EXPECT_FALSE(panel.model()->headerData(column(panel, QStringLiteral("village")), Qt::Horizontal).toString().contains(QStringLiteral("🔒")));
    delete menu;
}

TEST(CasesPanel, AddCaseButtonCreatesACaseAsOneUndoableOperation)
{
    ViewsProject p;
    CasesPanel panel(p.project.get());
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.scopeBox()->setCurrentIndex(panel.scopeBox()->findData(static_cast<int>(AttributeScope::Case)));
    QPushButton *add = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Add case…"))
            add = b;
    ASSERT_NE(add, nullptr);
    ASSERT_TRUE(add->isVisible());
    const int before = panel.model()->rowCount();
    bool seen = false;
    driveNextDialog<QInputDialog>(
        [](QInputDialog *dialog) {
            auto *line = dialog->findChild<QLineEdit *>();
            ASSERT_NE(line, nullptr);
            QTest::keyClicks(line, QStringLiteral("Alliance Kenya"));
            QTest::keyClick(line, Qt::Key_Return);
        },
        &seen);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_TRUE(seen);
    const auto made = p.project->findCase(QStringLiteral("Alliance Kenya"));
    ASSERT_TRUE(made.has_value());
    EXPECT_EQ(panel.model()->rowCount(), before + 1);  // the table followed the change
    EXPECT_GE(row(panel, made->id), 0);
    // The same name again is refused in words, and nothing is added.
    driveNextDialog<QInputDialog>(
        [](QInputDialog *dialog) {
            auto *line = dialog->findChild<QLineEdit *>();
            ASSERT_NE(line, nullptr);
            QTest::keyClicks(line, QStringLiteral("Alliance Kenya"));
            QTest::keyClick(line, Qt::Key_Return);
        },
        &seen);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_TRUE(seen);
    EXPECT_TRUE(panel.lastError().contains(QStringLiteral("exists already"))) << panel.lastError().toStdString();
    EXPECT_EQ(p.project->cases().size(), before + 1);
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_FALSE(p.project->findCase(QStringLiteral("Alliance Kenya")).has_value());
    EXPECT_EQ(panel.model()->rowCount(), before);
}
