// XLSX workbooks unzipped and their sheet XML checked for the numbers.
#include "support/testsupport.h"

#include "export/xlsxexport.h"

#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

QString unzipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    unzip.waitForFinished(30000);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

analysis::Table countTable()
{
    analysis::Table t;
    t.title = QStringLiteral("Leadership × Population served (quotes)");
    t.rowHeader = QStringLiteral("Leadership");
    t.columnHeader = QStringLiteral("Population served");
    t.rows = {{QStringLiteral("Provider-led"), std::nullopt, {}}, {QStringLiteral("Key population-led"), std::nullopt, {}}};
    t.columns = {{QStringLiteral("Sex workers"), std::nullopt, {}}, {QStringLiteral("Люди, живущие с ВИЧ"), std::nullopt, {}}};
    t.cells = {{3, 17}, {42, 0}};
    return t;
}

TEST(XlsxExport, TablesAreSheetsWithNumbersAsNumbers)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("matrix.xlsx"));
    exporting::XlsxWorkbook wb;
    wb.title = QStringLiteral("Matrix");
    wb.tables.append(countTable());
    analysis::Table pct = countTable();
    pct.title = QStringLiteral("Row %");
    pct.format = analysis::NumberFormat::Percent;
    pct.cells = {{15, 85}, {100, 0}};
    wb.tables.append(pct);
    wb.quotes.append({QStringLiteral("Provider-led × Sex workers"), QStringLiteral("06-pakistan"), 10, 42, QStringLiteral("Ayesha"),
                      QStringLiteral("ہم اپنی کمیونٹی کے لیے خود بولتے ہیں"), {QStringLiteral("Leadership/Provider-led")},
                      {QStringLiteral("amina")}});
    const auto status = exporting::writeXlsx(path, wb);
    ASSERT_TRUE(status.ok()) << status.message().toStdString();
    ASSERT_GT(QFileInfo(path).size(), 1000);

    const QString workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Quotes\""))) << workbook.toStdString();
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Row %\"")));

    const QString sheet1 = unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    for (const char *v : {"<v>3</v>", "<v>17</v>", "<v>42</v>", "<v>0</v>"})
        EXPECT_TRUE(sheet1.contains(QLatin1String(v))) << v << "\n" << sheet1.toStdString();
    // Percentages are stored as fractions, shown with a percent format.
    const QString sheet2 = unzipMember(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    EXPECT_TRUE(sheet2.contains(QStringLiteral("<v>0.15</v>"))) << sheet2.toStdString();
    EXPECT_TRUE(sheet2.contains(QStringLiteral("<v>0.85</v>")));
    EXPECT_TRUE(sheet2.contains(QStringLiteral("<v>1</v>")));
    EXPECT_TRUE(unzipMember(path, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("formatCode=\"0.0%\"")));

    const QString strings = unzipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const QString &s : {QStringLiteral("Key population-led"), QStringLiteral("Люди, живущие с ВИЧ"),
                             QStringLiteral("ہم اپنی کمیونٹی کے لیے خود بولتے ہیں"), QStringLiteral("06-pakistan")})
        EXPECT_TRUE(strings.contains(s)) << s.toStdString();
    // The quotes sheet holds positions as numbers.
    const QString quotes = unzipMember(path, QStringLiteral("xl/worksheets/sheet3.xml"));
    EXPECT_TRUE(quotes.contains(QStringLiteral("<v>10</v>")));
    EXPECT_TRUE(quotes.contains(QStringLiteral("<v>42</v>")));
}

TEST(XlsxExport, SheetNamesAreValidAndUnique)
{
    EXPECT_EQ(exporting::xlsxSheetName(QStringLiteral("a/b:c"), {}), QStringLiteral("a-b-c"));
    const QString longName = QStringLiteral("Leadership × Population served (quotes, row %)");
    const QString first = exporting::xlsxSheetName(longName, {});
    EXPECT_EQ(first.size(), 31);
    const QString second = exporting::xlsxSheetName(longName, {first});
    EXPECT_NE(first, second);
    EXPECT_LE(second.size(), 31);
    EXPECT_TRUE(second.endsWith(QStringLiteral("(2)")));
}

TEST(XlsxExport, MissingFolderLeavesNothing)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("missing/matrix.xlsx"));
    exporting::XlsxWorkbook wb;
    wb.tables.append(countTable());
    const auto status = exporting::writeXlsx(path, wb);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.message().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(path));
}

}  // namespace
}  // namespace crosscut
