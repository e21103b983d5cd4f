// The quote export as an XLSX workbook (export/quoteexport.h): one sheet of
// the same columns as the CSV, header frozen, quote column wide and wrapped,
// an autofilter; a redacted workbook also has the watermark (About sheet
// and every sheet's printed header).
#include "export/quoteexport.h"
#include "export/xlsxexport.h"

#include <QCoreApplication>

namespace crosscut::exporting {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("QuoteExport", text); }

}  // namespace

Status writeQuotesXlsx(const QString &path, const QuoteExport &quotes)
{
    XlsxTextSheet sheet;
    sheet.title = tr("Quotes");
    sheet.list = true;
    sheet.header = QStringList{tr("Document"), tr("Start"),     tr("End"),   tr("Quote"), tr("Codes"),
                               tr("Coders"),   tr("Speaker"),   tr("Attribution"), tr("Paragraph"), tr("Turn"),
                               tr("Time (ms)"), tr("Page"),     tr("Cases"), tr("Memos")};
    sheet.columnWidths = {22, 8, 8, 70, 30, 14, 14, 30, 9, 7, 10, 8, 18, 40};
    sheet.numberColumns = {1, 2, 8, 9, 10};
    for (const QString &a : quotes.documentAttributes)
        sheet.header.append(tr("Document: %1").arg(a));
    for (const QString &a : quotes.caseAttributes)
        sheet.header.append(tr("Case: %1").arg(a));
    for (const QuoteExportRow &r : quotes.rows)
        sheet.rows.append(quoteRowCells(r, QStringLiteral("; ")));
    XlsxWorkbook workbook;
    workbook.title = quotes.title;
    workbook.watermark = quotes.watermark;
    if (!quotes.watermark.isEmpty() && !quotes.summary.isEmpty())
        workbook.about = {quotes.summary};
    workbook.textSheets.append(sheet);
    return writeXlsx(path, workbook);
}

}  // namespace crosscut::exporting
