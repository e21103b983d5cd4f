#pragma once
// XLSX workbooks (libxlsxwriter): one sheet per table with a styled header,
// numbers written as numbers (percentages as fractions with a percent
// format, so that Excel can compute with them), and an optional sheet of the
// quotes behind the cells (drill-down).

#include "analysis/table.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut::exporting {

// One line of the drill-down sheet.
struct XlsxQuoteRow {
    QString cell;      // e.g. "Key population-led × Sex workers"
    QString document;
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString speaker;
    QString text;
    QStringList codes;
    QStringList coders;
};

// A sheet of words (the framework matrix): a header row, then rows whose
// first cell is a label; text wraps, an empty cell is shaded as a gap.
struct XlsxTextSheet {
    QString title;
    QStringList header;
    QList<QStringList> rows;
    // A list of records (the quote export) rather than a labelled grid: no
    // bold label column, no shaded gaps, only the header row frozen, an
    // autofilter over the header; every text cell wraps.
    bool list = false;
    QList<double> columnWidths;  // list: characters per column; missing ones 16
    QList<int> numberColumns;    // list: cells written as numbers when they are integers
};

struct XlsxWorkbook {
    QString title;    // document property and first line of an optional "About" sheet
    QStringList about;  // lines of text for an "About" sheet (empty: no sheet)
    QList<XlsxTextSheet> textSheets;  // written after the tables (before them with textSheetsFirst)
    bool textSheetsFirst = false;
    QList<analysis::Table> tables;
    QList<XlsxQuoteRow> quotes;  // empty: no quotes sheet
    // Non-empty ("Redacted export"): every sheet's printed header and the
    // first line of the About sheet (which is then always written).
    QString watermark;
};

// A valid, unique worksheet name for `wanted` (≤ 31 characters, no []:*?/\).
QString xlsxSheetName(const QString &wanted, const QStringList &taken);

// Writes the workbook to `path` atomically.
Status writeXlsx(const QString &path, const XlsxWorkbook &workbook);

}  // namespace crosscut::exporting
