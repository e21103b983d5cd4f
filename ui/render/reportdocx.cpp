// The evaluation report as a Word document (reportformats.h): each block of
// the ReportDocument becomes its Word counterpart through DocxDocument, so
// headings are Word headings (the navigation pane and the TOC field see
// them), tables Word tables with repeating header rows, quotes the Quote
// style, figures embedded PNGs.
#include "export/docxdocument.h"
#include "render/reportformats.h"

#include <QBuffer>
#include <QLocale>

namespace crosscut::render {

namespace {

using Docx = exporting::DocxDocument;

QString hex(const QColor &color) { return color.isValid() ? color.name(QColor::HexRgb).mid(1).toUpper() : QString(); }

QList<Docx::Run> runsOf(const ReportText &text)
{
    QList<Docx::Run> runs;
    for (const ReportRun &r : text)
        runs.append({r.text, r.bold, r.italic, hex(r.color)});
    return runs;
}

QString styleOf(const ReportParagraph &p)
{
    if (p.bullet)
        return QStringLiteral("ListBullet");
    switch (p.style) {
    case ReportParagraph::Style::Note:
        return QStringLiteral("Note");
    case ReportParagraph::Style::Warning:
        return QStringLiteral("Warning");
    case ReportParagraph::Style::Lead:
        return QStringLiteral("Lead");
    case ReportParagraph::Style::Body:
        break;
    }
    return {};
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void titlePage(Docx &doc, const ReportDocument &report)
{
    doc.paragraph({{report.title}}, QStringLiteral("Title"));
    if (!report.subtitle.isEmpty())
        doc.paragraph({{report.subtitle}}, QStringLiteral("Subtitle"));
    QStringList byline;
    for (const QString &part : {report.organisation, report.author})
        if (!part.isEmpty())
            byline.append(part);
    if (!byline.isEmpty())
        doc.paragraph({{byline.join(QStringLiteral(" · "))}}, QStringLiteral("Lead"));
    if (report.date.isValid())
        doc.paragraph({{QLocale(QLocale::English).toString(report.date, QStringLiteral("d MMMM yyyy"))}}, QStringLiteral("Lead"));
    for (const QString &fact : report.facts)
        doc.paragraph({{fact}}, QString());
    if (!report.confidentiality.isEmpty())
        doc.paragraph({{report.confidentiality}}, QStringLiteral("Warning"));
}

QStringList contentsEntries(const ReportDocument &report)
{
    QStringList entries;
    for (const ReportBlock &block : report.blocks)
        if (const auto *h = std::get_if<ReportHeading>(&block); h && h->inContents && h->level <= 2)
            entries.append(h->level == 1 ? h->text : QStringLiteral("    ") + h->text);
    return entries;
}

}  // namespace

Result<QByteArray> reportDocumentDocx(const ReportDocument &report)
{
    Docx doc(report.title);
    doc.setWatermark(report.watermark);
    titlePage(doc, report);
    bool pageIsEmpty = false;  // nothing on the current page yet (after a break)
    auto newPage = [&] {
        if (!pageIsEmpty)
            doc.pageBreak();
        pageIsEmpty = true;
    };
    newPage();
    for (const ReportBlock &block : report.blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&block)) {
            if (h->level == 1 && h->newPage)
                newPage();
            doc.heading(h->level, h->text);
        } else if (const auto *p = std::get_if<ReportParagraph>(&block)) {
            doc.paragraph(runsOf(p->text), styleOf(*p));
        } else if (const auto *t = std::get_if<ReportTable>(&block)) {
            if (!t->caption.isEmpty())
                doc.paragraph({{t->caption, true}}, QString());
            QList<QList<Docx::Cell>> rows;
            for (const auto &row : t->rows) {
                QList<Docx::Cell> cells;
                for (const ReportCell &cell : row) {
                    Docx::Cell c{runsOf(cell.text), hex(cell.background), cell.numeric};
                    if (cell.smallGroup) {
                        for (auto &run : c.runs)
                            run.italic = true;
                        c.runs.append({QStringLiteral(" †")});
                    }
                    cells.append(c);
                }
                rows.append(cells);
            }
            doc.table(rows, t->headerRows, columnShares(*t));
            if (!t->note.isEmpty())
                doc.paragraph({{t->note}}, QStringLiteral("Note"));
        } else if (const auto *q = std::get_if<ReportQuote>(&block)) {
            doc.quote(q->text, q->attribution);
            if (!q->codes.isEmpty())
                doc.paragraph({{q->codes.join(QStringLiteral("; "))}}, QStringLiteral("Note"));
        } else if (const auto *f = std::get_if<ReportFigure>(&block)) {
            doc.image(png(f->image), f->widthMm / 10.0, f->alt);
            if (!f->caption.isEmpty())
                doc.paragraph({{f->caption}}, QStringLiteral("Caption"));
        } else if (std::holds_alternative<ReportPageBreak>(block)) {
            newPage();
            continue;
        } else if (const auto *c = std::get_if<ReportContents>(&block)) {
            doc.tableOfContents(c->title, contentsEntries(report));
        }
        pageIsEmpty = false;
    }
    return doc.toDocx();
}

}  // namespace crosscut::render
