#pragma once
// The evaluation report as a list of format-neutral blocks: headings,
// paragraphs, tables, quotes, figures, page breaks and the table of contents.
// The report's content is built once (reportcontent.h) and each format is a
// writer of these blocks: HTML and ODT (reporthtml.h), PDF with its own
// pagination (reportpdf.h), DOCX (reportdocx.h). So the four formats say the
// same thing, and layout rules (quotes kept together, table headers repeated,
// "page n of N") live in the one writer that has pages.

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace crosscut::render {

// A run of text inside a paragraph or a table cell.
struct ReportRun {
    QString text;
    bool bold = false;
    bool italic = false;
    QColor color;  // invalid: the body colour
};
using ReportText = QList<ReportRun>;

inline ReportText plainText(const QString &text)
{
    ReportRun run;
    run.text = text;
    return {run};
}
QString toPlainString(const ReportText &text);

struct ReportHeading {
    int level = 1;      // 1 (a numbered section, starts a page unless told not to), 2, 3
    QString text;       // with its number when it has one: "3. Representative quotes"
    QString anchor;     // unique id, for the table of contents and links
    bool inContents = true;
    bool newPage = true;  // level 1 only; ignored for 2 and 3
};

struct ReportParagraph {
    ReportText text;
    enum class Style { Body, Note, Warning, Lead } style = Style::Body;
    // Note: small grey type (captions, "n < 3" explanations); Warning: dark
    // red (confidentiality); Lead: larger type (the summary's sentences).
    bool bullet = false;
};

// A paragraph of plain text in a style.
inline ReportParagraph paragraphOf(const QString &text, ReportParagraph::Style style = ReportParagraph::Style::Body)
{
    ReportParagraph p;
    p.text = plainText(text);
    p.style = style;
    return p;
}

struct ReportCell {
    ReportText text;
    QColor background;          // invalid: none (heat maps, shaded gaps)
    bool numeric = false;       // right-aligned
    bool smallGroup = false;    // rests on n < 3: drawn in italics with a dagger, explained in the table's note
};

struct ReportTable {
    QString caption;                 // above the table; may be empty
    int headerRows = 1;              // repeated at the top of each page the table spans
    QList<QList<ReportCell>> rows;   // header rows first; every row as wide as the first
    QList<double> columnWidths;      // relative; empty: the first column 2, the others 1
    QString note;                    // below the table (small grey type)
};

// Each column's share of the table's width (summing to 1): columnWidths when
// it names every column, else the first column 2, the others 1. Every writer
// sizes its columns by this.
QList<double> columnShares(const ReportTable &table);

struct ReportQuote {
    QString text;          // the quote as spoken
    QString attribution;   // "Akinyi · 01-kenya-sex-worker-collective · ¶12"
    QStringList codes;     // code paths, shown small below the attribution
    bool rightToLeft = false;  // the text's first strong direction is RTL (Urdu)
};

struct ReportFigure {
    QImage image;          // drawn at 2× for print
    double widthMm = 160;  // printed width; height from the image's aspect
    QString alt;           // the text a screen reader or a failed image shows
    QString caption;       // below the figure; may be empty
};

struct ReportPageBreak {};

// Where the table of contents goes: every heading with inContents, with the
// page it starts on in paged formats (PDF), links in HTML, a Word TOC field
// in DOCX (filled in when Word or LibreOffice updates fields).
struct ReportContents {
    QString title = QStringLiteral("Contents");
};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportTable, ReportQuote, ReportFigure,
                                 ReportPageBreak, ReportContents>;

// The title page is drawn by each writer from these fields; the blocks follow it.
struct ReportDocument {
    QString title;
    QString subtitle;
    QString organisation;
    QString author;
    QDate date;
    QString watermark;        // "Redacted export" in redacted reports, on every page; empty: none
    QString confidentiality;  // the notice on the title page
    QStringList facts;        // "Documents: 9 (8 interviews, 1 focus group)", … on the title page
    QList<ReportBlock> blocks;
};

}  // namespace crosscut::render
