#pragma once
// Word documents (Office Open XML, .docx) written with QuaZip and
// QXmlStreamWriter: headings as Word's Heading 1-3 styles (so Word's
// navigation pane and table of contents see them), tables as Word tables
// (the header row repeats on every page a table spans), quotes in a "Quote"
// paragraph style, images as embedded PNGs, right-to-left paragraphs (Urdu)
// marked bidi. Opens in Word and LibreOffice; read back by python3-docx in
// the tests. No GUI: the PNGs are made by whoever calls (ui/render).

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace crosscut::exporting {

class DocxDocument {
public:
    // The title goes into the document properties (docProps/core.xml).
    explicit DocxDocument(QString title = {});

    // Text in the header of every page (e.g. "Redacted export"); empty: none.
    void setWatermark(const QString &text);

    // level 1..3 (clamped): the styles "Heading1".."Heading3".
    void heading(int level, const QString &text);
    // A Normal paragraph; '\n' inside becomes a line break.
    void paragraph(const QString &text);
    // A paragraph in the "Quote" style, then (when given) the attribution
    // right-aligned in the "QuoteSource" style below it.
    void quote(const QString &text, const QString &attribution = {});
    // A bulleted item (the "ListBullet" style).
    void bullet(const QString &text);
    // A table: the header row in bold, repeated on every page; each row is
    // padded or cut to the header's width. An empty header writes no header
    // row (then the first row sets the width).
    void table(const QStringList &header, const QList<QStringList> &rows);
    // An embedded PNG shown `widthCm` wide (height from the image's aspect);
    // an unreadable PNG is skipped with the alt text as a paragraph instead.
    void image(const QByteArray &png, double widthCm, const QString &altText);
    void pageBreak();

    // ---- Rich content, for the evaluation report (render/reportdocx) ----
    struct Run {
        QString text;
        bool bold = false;
        bool italic = false;
        QString color;  // "RRGGBB"; empty: the style's
    };
    struct Cell {
        QList<Run> runs;
        QString fill;        // background "RRGGBB"; empty: none
        bool right = false;  // right-aligned (numbers)
    };
    // A paragraph of runs in a paragraph style: "" (Normal), "Title",
    // "Subtitle", "Lead" (larger type), "Note" (small grey), "Warning" (dark
    // red), "Caption", "QuoteSource", "ListBullet", "Heading1".."Heading3".
    void paragraph(const QList<Run> &runs, const QString &style);
    // A table whose first `headerRows` rows repeat on each page; `widths`
    // relative (empty: equal). Rows are padded or cut to the first row's width.
    void table(const QList<QList<Cell>> &rows, int headerRows, const QList<double> &widths);
    // A table-of-contents field over Heading 1-2, with `title` above it; Word
    // and LibreOffice fill in the entries and pages when fields are updated
    // (the document asks for that on opening); until then it lists `entries`.
    void tableOfContents(const QString &title, const QStringList &entries);

    // The whole package (zip bytes).
    Result<QByteArray> toDocx() const;
    // Writes it atomically (export/atomicfile.h).
    Status write(const QString &path) const;

private:
    struct Image {
        QByteArray png;
        QSize pixels;
    };
    QString m_title;
    QString m_watermark;
    QStringList m_body;   // w:p / w:tbl elements of word/document.xml, in order
    QList<Image> m_images;
    bool m_updateFields = false;  // settings.xml asks Word to update the TOC on opening
};

}  // namespace crosscut::exporting
