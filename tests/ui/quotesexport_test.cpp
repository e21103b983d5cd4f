// The Quotes tab's Export…: the button (and the row's context menu) opens
// the save dialog beside the project, writes what the tab shows in the
// format of the file's suffix, and refuses a bad suffix with a message and
// no file. Driven offscreen through the real Qt file dialog.
#include "modaldriver.h"
#include "render/redactionfixture.h"
#include "retrieval/retrievalmodel.h"
#include "retrieval/retrievalpanel.h"
#include "support/testsupport.h"
#include "util/csv.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Checks the code with this path in the panel's code list.
void checkCode(ui::RetrievalPanel &panel, const QString &path)
{
    for (int i = 0; i < panel.codeList()->count(); ++i)
        if (panel.codeList()->item(i)->text() == path)
            panel.codeList()->item(i)->setCheckState(Qt::Checked);
}

// Answers the next file dialog with `path` (the redact box as `redact`);
// *directory receives the folder the dialog opened in.
void answerFileDialog(const QString &path, bool redact, QString *directory, bool *seen)
{
    driveNextDialog<QFileDialog>(
        [=](QFileDialog *dialog) {
            *directory = dialog->directory().absolutePath();
            auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("redactCheckBox"));
            if (box && box->isChecked() != redact)
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
        },
        seen);
}

class QuotesExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("tab.crosscut"));
        m_project = createRedactionProject(m_path);
        ASSERT_TRUE(m_project);
        m_panel = std::make_unique<ui::RetrievalPanel>(m_project.get());
        m_panel->resize(1200, 500);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    TempDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ui::RetrievalPanel> m_panel;
};

TEST_F(QuotesExport, TheButtonWritesTheTabsQuotesInTheFormatOfTheSuffix)
{
    checkCode(*m_panel, QStringLiteral("Population served/Sex workers"));
    const QList<Id> shown = m_panel->model()->quoteIds();
    ASSERT_EQ(shown.size(), 2);  // the filter: two of the project's three quotes
    ASSERT_TRUE(m_panel->exportButton()->isEnabled());
    EXPECT_EQ(m_panel->exportButton()->text(), QStringLiteral("Export…"));

    const QString csvPath = m_dir.path(QStringLiteral("tab.csv"));
    QString opened;
    bool seen = false;
    answerFileDialog(csvPath, false, &opened, &seen);
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    EXPECT_TRUE(seen);
    EXPECT_EQ(opened, QFileInfo(m_path).absolutePath());  // beside the project file
    auto rows = csv::readFile(csvPath);
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    ASSERT_EQ(rows->size(), 1 + shown.size());
    const QStringList header = rows->at(0).fields;
    const int attribution = static_cast<int>(header.indexOf(QStringLiteral("attribution")));
    ASSERT_GE(attribution, 0);
    for (int i = 0; i < shown.size(); ++i) {
        const auto quote = m_project->quote(shown.at(i));
        ASSERT_TRUE(quote);
        EXPECT_EQ(rows->at(i + 1).fields.at(3), m_project->quoteText(*quote));
        EXPECT_EQ(rows->at(i + 1).fields.at(1), QString::number(quote->start));
    }
    EXPECT_EQ(rows->at(1).fields.at(attribution), QString::fromUtf8("Айгуль · interview-Ravi · ¶1"));

    // The row's context menu has the same Export…, here to HTML, redacted.
    const QModelIndex first = m_panel->model()->index(0, ui::RetrievalModel::QuoteColumn);
    std::unique_ptr<QMenu> menu = m_panel->buildContextMenu(m_panel->view()->visualRect(first).center());
    ASSERT_TRUE(menu);
    auto *exportAction = menu->findChild<QAction *>(QStringLiteral("quoteExport"));
    ASSERT_TRUE(exportAction);
    const QString htmlPath = m_dir.path(QStringLiteral("tab.html"));
    answerFileDialog(htmlPath, true, &opened, &seen);
    exportAction->trigger();
    EXPECT_TRUE(seen);
    const QByteArray html = readAll(htmlPath);
    ASSERT_FALSE(html.isEmpty());
    EXPECT_EQ(leakedSecret(html), QString());
    EXPECT_TRUE(html.contains("Redacted export"));
    EXPECT_EQ(QString::fromUtf8(html).count(QStringLiteral("<blockquote")), shown.size());
    EXPECT_TRUE(html.contains("<h2 dir=\"auto\">Population served/Sex workers"));

    // XLSX through the button too.
    const QString xlsxPath = m_dir.path(QStringLiteral("tab.xlsx"));
    answerFileDialog(xlsxPath, false, &opened, &seen);
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    EXPECT_TRUE(seen);
    const QByteArray xlsx = exportedBytes(xlsxPath);
    EXPECT_TRUE(xlsx.contains(QString::fromUtf8("Здравствуйте, Ravi. Расскажите о работе.").toUtf8()));
}

TEST_F(QuotesExport, ABadSuffixIsRefusedWithAMessageAndNoFile)
{
    checkCode(*m_panel, QStringLiteral("Leadership"));
    ASSERT_FALSE(m_panel->model()->quoteIds().isEmpty());
    const QString bad = m_dir.path(QStringLiteral("tab.pdf"));
    QString opened;
    bool seen = false, warned = false;
    QString warning;
    answerFileDialog(bad, false, &opened, &seen);
    // The warning comes once the file dialog has closed.
    driveNextDialog<QMessageBox>(
        [&](QMessageBox *box) {
            warning = box->text();
            box->accept();
        },
        &warned, 8000);
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    EXPECT_TRUE(seen);
    EXPECT_TRUE(warned);
    EXPECT_TRUE(warning.contains(QStringLiteral(".xlsx"))) << warning.toStdString();
    EXPECT_FALSE(QFileInfo::exists(bad));
    EXPECT_FALSE(m_panel->exportQuotes(m_dir.path(QStringLiteral("missing/tab.docx"))).ok());
    EXPECT_FALSE(QFileInfo::exists(m_dir.path(QStringLiteral("missing"))));
}

}  // namespace

namespace {

TEST_F(QuotesExport, AMatrixCellsQuotesAreExportedUnderTheirDocument)
{
    const QList<Quote> all = m_project->quotes();
    ASSERT_GE(all.size(), 2);
    m_panel->showQuotes({all.at(1).id, all.at(0).id}, QStringLiteral("Key population-led × Sex workers"));
    const QString path = m_dir.path(QStringLiteral("cell.html"));
    const Status written = m_panel->exportQuotes(path);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    const QString html = QString::fromUtf8(readAll(path));
    EXPECT_EQ(html.count(QStringLiteral("<h2 ")), 1);
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 dir=\"auto\">interview-Ravi"))) << html.toStdString();
    EXPECT_EQ(html.count(QStringLiteral("<blockquote")), 2);
    // In the order the cell gave.
    EXPECT_LT(html.indexOf(m_project->quoteText(all.at(1)).toHtmlEscaped()), html.indexOf(m_project->quoteText(all.at(0)).toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("Key population-led × Sex workers")));
}

}  // namespace
