#pragma once
// Retrieved quotes exported with where they come from and what is known
// about them (the Quotes tab's Export… and `crosscut-cli quotes`): per quote
// its text, document, speaker, attribution ("Akinyi · 01-kenya · ¶12"),
// paragraph, turn, time, page, start/end in code points, codes, coders, the
// cases it carries (analysis/matrix.h), its memos, and one column per
// document attribute and per case attribute (the values of the quote's
// cases, "; "-joined when it carries several).
//
// Formats:
//   CSV   document,start,end,text,codes,coders (the columns scripts already
//         read, first), then speaker,attribution,paragraph,turn,time_ms,page,
//         cases,memos, then "document:NAME" and "case:NAME" per attribute
//   JSON  an array of objects with those keys (attributes as two objects)
//   XLSX  one sheet, header row frozen, quote column wrapped, autofilter
//   DOCX  a heading per code or per document, each quote in the Quote style
//         with its attribution, its attributes as a line below
//   HTML  one self-contained UTF-8 page, every text escaped, dir="auto"
// Redacted (privacy/redaction.h): document names, speakers, case names,
// quote texts and memos have names replaced by role labels, identifying
// attributes are left out, and every format carries the watermark.

#include "model/entities.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::exporting {

struct QuoteExportRow {
    Id quoteId = 0;
    QString document;
    qint64 start = 0;  // code points, end-exclusive
    qint64 end = 0;
    QString text;
    QStringList codes;   // code paths
    QStringList coders;
    QString speaker;
    QString attribution;
    int paragraph = 0;   // 1-based; 0 when unknown
    int turn = 0;        // 1-based; 0 when none
    std::optional<qint64> timeMs;
    QString page;        // "p. 4" for a PDF page turn
    QStringList cases;
    QStringList memos;   // "Title: text" (or the text alone)
    QStringList documentAttributes;  // aligned with QuoteExport::documentAttributes
    QStringList caseAttributes;      // aligned with QuoteExport::caseAttributes
};

struct QuoteExport {
    QString title;      // "Quotes — project"
    QString summary;    // what was retrieved, e.g. "code: Leadership"; may be empty
    QString watermark;  // non-empty when redacted
    QStringList documentAttributes;  // attribute names, in the project's order
    QStringList caseAttributes;
    // Code paths the retrieval asked for: grouping by code puts a quote
    // under each of these it carries (the code or one below it); empty:
    // under each code it is coded with.
    QStringList focusCodes;
    QList<QuoteExportRow> rows;
};

struct QuoteExportOptions {
    bool redact = false;
    // Only this coder's codings are listed in codes/coders.
    std::optional<Id> coder;
    QString title;
    QString summary;
    QStringList focusCodes;
};

enum class QuoteGrouping { Code, Document };

// The rows for the quotes with these ids, in the order given; an unknown id
// is an error.
Result<QuoteExport> collectQuoteExport(Project &project, const QList<Id> &quoteIds, const QuoteExportOptions &options);

// "csv", "json", "xlsx", "docx", "html".
QStringList quoteExportFormats();

// A row's cells in the column order of the CSV and XLSX (after the fixed
// columns, the document and then the case attributes); lists joined by
// `separator`.
QStringList quoteRowCells(const QuoteExportRow &row, const QString &separator);

QByteArray quotesToCsv(const QuoteExport &quotes);
QByteArray quotesToJson(const QuoteExport &quotes);
QByteArray quotesToHtml(const QuoteExport &quotes, QuoteGrouping grouping);
Result<QByteArray> quotesToDocx(const QuoteExport &quotes, QuoteGrouping grouping);
// Writes the workbook to `path` atomically.
Status writeQuotesXlsx(const QString &path, const QuoteExport &quotes);

// Writes `format` (one of quoteExportFormats()) to `path` atomically; a bad
// format or an unwritable path is refused before anything is written.
Status writeQuotes(const QString &path, const QString &format, const QuoteExport &quotes,
                   QuoteGrouping grouping = QuoteGrouping::Code);

// A quote's groups for `grouping`: the headings it appears under (code
// paths, or its document), in order; "(uncoded)" for a quote without codes.
QStringList quoteGroups(const QuoteExport &quotes, const QuoteExportRow &row, QuoteGrouping grouping);
// What is known about a quote, for a reader: a line of its codes, coders
// and cases (those other than its speaker), then a line of its attribute
// values (a case value equal to the document's of that name said once).
QStringList quoteFactLines(const QuoteExport &quotes, const QuoteExportRow &row);
// The headings in order of first appearance, each with its rows' indices.
QList<QPair<QString, QList<int>>> groupQuotes(const QuoteExport &quotes, QuoteGrouping grouping);

}  // namespace crosscut::exporting
