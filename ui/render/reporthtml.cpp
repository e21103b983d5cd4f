// The report as HTML: one self-contained file (images embedded), or the
// same with image names that a QTextDocument resolves, written as ODT.
#include "render/chartrenderer.h"
#include "render/reportformats.h"

#include <QBuffer>
#include <QLocale>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace crosscut::render {

namespace {

constexpr int kTextWidthPx = 620;  // document pixels: the text width of an A4 page
constexpr double kTextWidthMm = 170;

QString esc(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

QString runsHtml(const ReportText &text)
{
    QString html;
    for (const ReportRun &run : text) {
        QString part = esc(run.text);
        if (part.isEmpty())
            continue;
        if (run.italic)
            part = QStringLiteral("<i>") + part + QStringLiteral("</i>");
        if (run.bold)
            part = QStringLiteral("<b>") + part + QStringLiteral("</b>");
        if (run.color.isValid())
            part = QStringLiteral("<font color=\"%1\">%2</font>").arg(run.color.name(), part);
        html += part;
    }
    return html;
}

QString figureName(int index) { return QStringLiteral("figure-%1.png").arg(index); }

QString pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString tableHtml(const ReportTable &table)
{
    QString html;
    if (!table.caption.isEmpty())
        html += QStringLiteral("<p class=\"caption\"><b>%1</b></p>").arg(esc(table.caption));
    html += QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse:collapse\">");
    const QList<double> shares = columnShares(table);
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool head = r < table.headerRows;
        html += QStringLiteral("<tr>");
        const auto &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const ReportCell &cell = row.at(c);
            QString attributes;
            if (r == 0 && c < shares.size())
                attributes += QStringLiteral(" width=\"%1%\"").arg(qRound(100 * shares.at(c)));
            if (head) {
                html += QStringLiteral("<th%1 bgcolor=\"#1F3A5F\"><font color=\"#FFFFFF\">%2</font></th>")
                            .arg(attributes, esc(toPlainString(cell.text)));
                continue;
            }
            if (cell.background.isValid())
                attributes += QStringLiteral(" bgcolor=\"%1\"").arg(cell.background.name());
            if (cell.numeric)
                attributes += QStringLiteral(" align=\"right\"");
            QString content = runsHtml(cell.text);
            if (cell.smallGroup) {
                attributes += QStringLiteral(" class=\"small-group\"");
                content = QStringLiteral("<i>%1</i>&nbsp;†").arg(content);
            }
            html += QStringLiteral("<td%1>%2</td>").arg(attributes, content);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p class=\"note\"><font size=\"-1\" color=\"#666666\">%1</font></p>").arg(esc(table.note));
    return html;
}

QString quoteHtml(const ReportQuote &q)
{
    // The quote keeps its own direction; the citation line stays left to right.
    QString html = QStringLiteral("<table class=\"quote\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                                  "<td width=\"4\" bgcolor=\"#1F3A5F\"></td><td bgcolor=\"#F4F6F9\">"
                                  "<p dir=\"%1\" align=\"%2\">%3</p>")
                       .arg(q.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            q.rightToLeft ? QStringLiteral("right") : QStringLiteral("left"), esc(q.text));
    if (!q.attribution.isEmpty())
        html += QStringLiteral("<p dir=\"ltr\" align=\"left\" class=\"attribution\"><font size=\"-1\" color=\"#555555\">— %1</font></p>")
                    .arg(esc(q.attribution));
    if (!q.codes.isEmpty())
        html += QStringLiteral("<p dir=\"ltr\" align=\"left\" class=\"codes\"><font size=\"-2\" color=\"#777777\">%1</font></p>")
                    .arg(esc(q.codes.join(QStringLiteral(" · "))));
    return html + QStringLiteral("</td></tr></table>");
}

QString paragraphHtml(const ReportParagraph &p)
{
    const QString text = runsHtml(p.text);
    switch (p.style) {
    case ReportParagraph::Style::Note:
        return QStringLiteral("<p class=\"note\"><font size=\"-1\" color=\"#666666\">%1</font></p>").arg(text);
    case ReportParagraph::Style::Warning:
        return QStringLiteral("<p class=\"warning\"><font color=\"#8A1C1C\">%1</font></p>").arg(text);
    case ReportParagraph::Style::Lead: return QStringLiteral("<p class=\"lead\"><font size=\"+1\">%1</font></p>").arg(text);
    case ReportParagraph::Style::Body: break;
    }
    return QStringLiteral("<p>%1</p>").arg(text);
}

QString contentsHtml(const ReportDocument &report, const ReportContents &contents)
{
    QString html = QStringLiteral("<h2 class=\"contents\" style=\"page-break-before:always\">%1</h2>").arg(esc(contents.title));
    for (const ReportBlock &block : report.blocks) {
        const auto *h = std::get_if<ReportHeading>(&block);
        if (!h || !h->inContents || h->anchor.isEmpty())
            continue;
        html += QStringLiteral("<p class=\"toc%1\"%2><a href=\"#%3\">%4</a></p>")
                    .arg(h->level)
                    .arg(h->level > 1 ? QStringLiteral(" style=\"margin-left:2em\"") : QString(), h->anchor, esc(h->text));
    }
    return html;
}

QString titlePageHtml(const ReportDocument &report)
{
    const QLocale english(QLocale::English);
    QString html = QStringLiteral("<div class=\"title-page\"><p style=\"margin-top:120px\"><font size=\"+4\" color=\"#1F3A5F\"><b>%1</b></font></p>")
                       .arg(esc(report.title));
    for (const QString &line : {report.subtitle, report.organisation, report.author})
        if (!line.isEmpty())
            html += QStringLiteral("<p><font size=\"+1\">%1</font></p>").arg(esc(line));
    if (report.date.isValid())
        html += QStringLiteral("<p><font size=\"+1\">%1</font></p>").arg(esc(english.toString(report.date, QStringLiteral("d MMMM yyyy"))));
    if (!report.facts.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:40px\">&nbsp;</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\" style=\"border-collapse:collapse\">");
        for (const QString &fact : report.facts) {
            const qsizetype colon = fact.indexOf(QStringLiteral(": "));
            html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(colon < 0 ? fact : fact.left(colon)), esc(colon < 0 ? QString() : fact.mid(colon + 2)));
        }
        html += QStringLiteral("</table>");
    }
    if (!report.confidentiality.isEmpty())
        html += QStringLiteral("<p class=\"warning\" style=\"margin-top:40px\"><font color=\"#8A1C1C\">%1</font></p>")
                    .arg(esc(report.confidentiality));
    return html + QStringLiteral("</div>");
}

}  // namespace

QString reportDocumentHtml(const ReportDocument &report, ReportImages images)
{
    // The same families as the charts and the GUI (textFontFamilies).
    QStringList families;
    for (const QString &family : textFontFamilies())
        families << QLatin1Char('\'') + family + QLatin1Char('\'');
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:%2,sans-serif;color:#222222;max-width:60em;margin:auto}"
                                  " h1,h2,h3{color:#1F3A5F} th{text-align:left} .caption{color:#555555}"
                                  " table.data{margin-bottom:1em} table.quote{margin-bottom:6px}"
                                  " td.small-group{font-style:italic} .watermark{color:#8A1C1C;font-weight:bold;text-align:center}"
                                  " @media print{h1{page-break-before:always} table.quote{page-break-inside:avoid}"
                                  " thead{display:table-header-group}}</style></head><body>")
                       .arg(esc(report.title), families.join(u','));
    // A redacted report says so first, above the title page.
    if (!report.watermark.isEmpty())
        html += QStringLiteral("<p class=\"watermark\" align=\"center\"><font color=\"#8A1C1C\"><b>%1</b></font></p>").arg(esc(report.watermark));
    html += titlePageHtml(report);
    int figure = 0;
    bool inList = false;
    for (const ReportBlock &block : report.blocks) {
        const auto *paragraph = std::get_if<ReportParagraph>(&block);
        const bool bullet = paragraph && paragraph->bullet;
        if (inList && !bullet) {
            html += QStringLiteral("</ul>");
            inList = false;
        }
        if (const auto *h = std::get_if<ReportHeading>(&block)) {
            const int level = std::clamp(h->level, 1, 3);
            html += QStringLiteral("<h%1%2%3>%4</h%1>")
                        .arg(level)
                        .arg(h->anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(h->anchor),
                             level == 1 && h->newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString(), esc(h->text));
        } else if (paragraph) {
            if (bullet) {
                if (!inList)
                    html += QStringLiteral("<ul>");
                inList = true;
                html += QStringLiteral("<li>%1</li>").arg(runsHtml(paragraph->text));
            } else {
                html += paragraphHtml(*paragraph);
            }
        } else if (const auto *table = std::get_if<ReportTable>(&block)) {
            html += tableHtml(*table);
        } else if (const auto *quote = std::get_if<ReportQuote>(&block)) {
            html += quoteHtml(*quote);
        } else if (const auto *f = std::get_if<ReportFigure>(&block)) {
            ++figure;
            const int width = std::min(kTextWidthPx, qRound(kTextWidthPx * f->widthMm / kTextWidthMm));
            const int height = f->image.width() > 0 ? width * f->image.height() / f->image.width() : 0;
            const QString src = images == ReportImages::Embedded ? pngDataUrl(f->image) : figureName(figure);
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>")
                        .arg(src)
                        .arg(width)
                        .arg(height)
                        .arg(f->alt.toHtmlEscaped());
            if (!f->caption.isEmpty())
                html += QStringLiteral("<p class=\"caption\"><i>%1</i></p>").arg(esc(f->caption));
        } else if (std::holds_alternative<ReportPageBreak>(block)) {
            html += QStringLiteral("<p style=\"page-break-after:always\"></p>");
        } else if (const auto *contents = std::get_if<ReportContents>(&block)) {
            html += contentsHtml(report, *contents);
        }
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html + QStringLiteral("</body></html>");
}

Result<QByteArray> reportDocumentOdt(const ReportDocument &report)
{
    QTextDocument document;
    QFont font;
    font.setFamilies(textFontFamilies());
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    int figure = 0;
    for (const ReportBlock &block : report.blocks)
        if (const auto *f = std::get_if<ReportFigure>(&block))
            document.addResource(QTextDocument::ImageResource, QUrl(figureName(++figure)), f->image);
    document.setHtml(reportDocumentHtml(report, ReportImages::Resources));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return makeError(ErrorKind::Io, QStringLiteral("could not write the ODT report"));
    return bytes;
}

}  // namespace crosscut::render
