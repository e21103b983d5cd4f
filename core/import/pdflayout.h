#pragma once
// The text of a PDF's text layer, assembled from the words a PDF reader found
// on each page (their text and bounding boxes), without any PDF library: the
// reader (poppler, in ui/pdf) sits behind the PdfReader hook below, because it
// needs QtGui and core does not link it.
//
// Assembly: words → lines (by vertical overlap; a wide horizontal gap is a
// column gutter; right-to-left lines in visual order are put back into
// reading order) → paragraphs (a line is joined to the next unless a larger
// gap, a short line, a speaker prefix or a bullet ends the paragraph). A hyphen
// at a line end is undone only when the joined word occurs elsewhere in the
// document; otherwise the hyphen stays ("well-known"). Lines repeated at the
// top or bottom of most pages (headers, footers, page numbers: digits compare
// equal) are dropped. Paragraphs are separated by one LF, pages by a blank
// line; the page spans are code points into the text.

#include "util/result.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

namespace crosscut::import {

struct PdfWord {
    QString text;
    QRectF box;               // points, y downwards
    bool spaceAfter = true;   // the reader saw a space after the word
    // The boxes of the word's characters (one per UTF-16 unit of `text`), or
    // empty; readers fill them for right-to-left words. A right-to-left word
    // whose characters advance to the right is in visual order (as many PDF
    // writers store Arabic script) and is turned back into reading order,
    // keeping together the characters of one glyph (a lam-alef ligature's
    // two letters share its width equally).
    QList<QRectF> chars;
};

struct PdfPage {
    QSizeF size;              // points
    QList<PdfWord> words;     // in the reader's reading order
};

struct PdfPageSpan {
    int page = 0;             // 1-based page number in the PDF
    qint64 start = 0;         // code points, end-exclusive
    qint64 end = 0;
};

struct PdfText {
    QString text;
    QList<PdfPageSpan> pages;  // pages that hold text, ascending
};

PdfText layoutPdfText(const QList<PdfPage> &pages);

// "p. 4": the label of a page turn (a speaker turn standing for a page, in a
// PDF document without speaker prefixes), and the page a label names.
QString pageTurnLabel(int page);
std::optional<int> pageFromTurnLabel(QStringView label);
// True when a document's source file is a PDF (its turns may be pages).
bool isPdfSourceFile(QStringView sourceFile);

// Reads the words of every page of the PDF at `path`; `what` is the file's
// name for messages. Installed by the programs that link a PDF reader (the
// GUI and crosscut-cli); without one, a .pdf is refused.
using PdfReader = std::function<Result<QList<PdfPage>>(const QString &path, const QString &what)>;
void setPdfReader(PdfReader reader);
const PdfReader &pdfReader();

// The refusals, worded in one place for every reader.
QString pdfEncryptedMessage(const QString &what);
QString pdfUnreadableMessage(const QString &what, const QString &detail);
QString pdfNoTextLayerMessage(const QString &what);

}  // namespace crosscut::import
