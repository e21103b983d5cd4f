#pragma once
// PDFs written in the test with QPdfWriter: lines of known text placed at
// known positions (points, y down, baseline), so that the import can be
// checked against the exact text.

#include <QList>
#include <QString>

namespace crosscut::test {

// Creates the QGuiApplication (offscreen) QPdfWriter and poppler need.
void ensureGuiApplication();

struct PdfLine {
    QString text;
    qreal x = 72;         // left edge; the right edge for right-to-left lines
    qreal baseline = 0;
    bool rtl = false;
};

// Lays lines out top to bottom: `line` adds one at the current baseline,
// `gap` leaves the space that separates paragraphs.
struct PdfPageBuilder {
    QList<PdfLine> lines;
    qreal y = 110;
    qreal leading = 15;
    PdfPageBuilder &line(const QString &text, qreal x = 72, bool rtl = false)
    {
        lines.append({text, x, y, rtl});
        y += leading;
        return *this;
    }
    PdfPageBuilder &gap()
    {
        y += 12;
        return *this;
    }
};

// A4 pages of 11 pt text (DejaVu Sans; Noto Naskh Arabic for right-to-left
// lines). Returns false and fails the test when the file cannot be written.
bool writeTestPdf(const QString &path, const QList<QList<PdfLine>> &pages);

// A one-page PDF holding only an image: no text layer.
bool writeImageOnlyPdf(const QString &path);

}  // namespace crosscut::test
