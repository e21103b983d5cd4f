#include "render/reportwriter.h"

#include "export/atomicfile.h"
#include "export/xlsxexport.h"
#include "privacy/redaction.h"
#include "render/chartrenderer.h"
#include "render/networkrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

using analysis::Table;

constexpr int kImageWidth = 620;  // document pixels: the text width of an A4 page

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// The report's headings and table labels in the interface language: the GUI
// installs translators, crosscut-cli does not (its reports stay English).
// Called as Report::tr so that lupdate files the strings under this context.
struct Report {
    static QString tr(const char *s) { return QCoreApplication::translate("crosscut::render::Report", s); }
};

QString formatCell(double value, analysis::NumberFormat format)
{
    switch (format) {
    case analysis::NumberFormat::Count: return QString::number(std::llround(value));
    case analysis::NumberFormat::Percent: return QString::number(value, 'f', 1) + QLatin1Char('%');
    case analysis::NumberFormat::Coefficient: return QString::number(value, 'f', 3);
    case analysis::NumberFormat::Decimal: return QString::number(value, 'f', 2);
    }
    return QString::number(value);
}

// The matrix without its Total column, for the charts.
Table withoutTotal(Table table)
{
    if (!table.columns.isEmpty() && table.columns.last().text == QLatin1String("Total") && !table.columns.last().id) {
        table.columns.removeLast();
        for (auto &row : table.cells)
            row.removeLast();
    }
    return table;
}

struct Chart {
    QString name;
    QString caption;
    Table table;
    ChartOptions options;
};

QList<Chart> chartsFor(const ReportData &data)
{
    const auto &m = data.matrix;
    QList<Chart> charts;
    Table counts = withoutTotal(data.counts);
    counts.title = QStringLiteral("Quotes by %1 and %2").arg(m.rowTitle, m.columnTitle);
    charts.append({QStringLiteral("chart-stacked.png"),
                   QStringLiteral("Quotes coded with each %1 value, split by %2.").arg(m.rowTitle, m.columnTitle), counts,
                   ChartOptions{ChartType::Stacked, {}, {860, 500}}});
    Table heat = data.rowPercent;
    heat.title = QStringLiteral("%1 × %2, row %").arg(m.rowTitle, m.columnTitle);
    // A heat map is as tall as its rows: no blank band under a short matrix.
    const int heatHeight = std::clamp(150 + 62 * static_cast<int>(heat.rows.size()), 260, 900);
    charts.append({QStringLiteral("chart-heatmap.png"),
                   QStringLiteral("Share of each row's coded quotes falling in each column (row %)."), heat,
                   ChartOptions{ChartType::Heatmap, {}, {860, heatHeight}}});
    if (data.groupAverages && data.groupAverages->rowCount() > 0) {
        charts.append({QStringLiteral("chart-grouped.png"),
                       QStringLiteral("%1 (n = cases in each group).").arg(data.groupAverages->title), *data.groupAverages,
                       ChartOptions{ChartType::Grouped, {}, {860, 500}}});
    }
    return charts;
}

QString imageTag(const Chart &chart, ImageMode mode, QTextDocument *document)
{
    const QImage image = chartImage(chart.table, chart.options, 2.0);
    const int height = kImageWidth * chart.options.size.height() / chart.options.size.width();
    QString src = chart.name;
    if (mode == ImageMode::Embedded) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    } else if (document) {
        document->addResource(QTextDocument::ImageResource, QUrl(chart.name), image);
    }
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>"
                          "<p class=\"caption\"><i>%5</i></p>")
        .arg(src)
        .arg(kImageWidth)
        .arg(height)
        .arg(esc(chart.table.title), esc(chart.caption));
}

QString header(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<th bgcolor=\"#1F3A5F\"><font color=\"#FFFFFF\">%1</font></th>").arg(esc(cell));
    return html + QStringLiteral("</tr>");
}

QString tableOpen()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"border-collapse:collapse\">");
}

QString matrixTable(const ReportData &data)
{
    const auto &m = data.matrix;
    QString html = tableOpen();
    QStringList head{m.rowTitle + QStringLiteral(" \\ ") + m.columnTitle};
    for (const auto &c : m.columns)
        head.append(c.text);
    head.append(Report::tr("Total"));
    html += header(head);
    for (int r = 0; r < m.rows.size(); ++r) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(m.rows.at(r).text));
        for (int c = 0; c < m.columns.size(); ++c) {
            const qint64 n = m.counts.at(r).at(c);
            const double pct = m.values.at(r).at(c);
            html += QStringLiteral("<td align=\"right\">%1 <font color=\"#666666\">(%2%)</font></td>")
                        .arg(n)
                        .arg(QString::number(pct, 'f', 1));
        }
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td></tr>").arg(m.rowTotals.value(r));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(Report::tr("Total")));
    for (int c = 0; c < m.columns.size(); ++c)
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(m.columnTotals.value(c));
    html += QStringLiteral("<td align=\"right\"><b>%1</b></td></tr></table>").arg(m.grandTotal);
    return html;
}

QString heatTable(const Table &table)
{
    double maxValue = 0;
    for (const auto &row : table.cells)
        for (const double v : row)
            maxValue = std::max(maxValue, v);
    QString html = tableOpen();
    QStringList head{table.rowHeader + QStringLiteral(" \\ ") + table.columnHeader};
    for (const auto &c : table.columns)
        head.append(c.text);
    html += header(head);
    for (int r = 0; r < table.rowCount(); ++r) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(table.rows.at(r).text));
        for (int c = 0; c < table.columnCount(); ++c) {
            const double v = table.cell(r, c);
            const double t = maxValue > 0 ? v / maxValue : 0;
            if (table.isUndefined(r, c)) {  // a share of nothing
                html += QStringLiteral("<td align=\"center\" bgcolor=\"#EEEEEE\"><font color=\"#666666\">—</font></td>");
                continue;
            }
            html += QStringLiteral("<td align=\"center\" bgcolor=\"%1\"><font color=\"%2\">%3</font></td>")
                        .arg(heatColor(t).name(), t > 0.5 ? QStringLiteral("#FFFFFF") : QStringLiteral("#222222"),
                             formatCell(v, table.format));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString plainTable(const Table &table)
{
    QString html = tableOpen();
    QStringList head{table.rowHeader};
    for (const auto &c : table.columns)
        head.append(c.text);
    html += header(head);
    for (int r = 0; r < table.rowCount(); ++r) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(table.rows.at(r).text));
        for (int c = 0; c < table.columnCount(); ++c)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(formatCell(table.cell(r, c), table.format));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString quoteBlock(const analysis::QuoteExcerpt &q)
{
    const bool rtl = q.text.isRightToLeft();
    QString source = q.documentName;
    if (!q.speaker.isEmpty())
        source += QStringLiteral(", ") + q.speaker;
    if (!q.page.isEmpty())
        source += QStringLiteral(", ") + q.page;  // "p. 4" of a PDF document
    source += QStringLiteral(", code points %1–%2").arg(q.start).arg(q.end);
    // The quote keeps its own direction; the citation line stays left to right.
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-bottom:6px\"><tr>"
                          "<td width=\"4\" bgcolor=\"#1F3A5F\"></td><td bgcolor=\"#F4F6F9\">"
                          "<p dir=\"%1\" align=\"%2\">%3</p>"
                          "<p dir=\"ltr\" align=\"left\"><font size=\"-1\" color=\"#555555\">— %4</font></p></td></tr></table>")
        .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), rtl ? QStringLiteral("right") : QStringLiteral("left"),
             esc(q.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")), esc(source));
}

QString profilesSection(const ReportData &data)
{
    const auto &profiles = data.profiles;
    QString html;
    if (profiles.cases.isEmpty())
        return QStringLiteral("<p>The project has no cases: link documents or speakers to cases to see positional profiles.</p>");
    html += QStringLiteral("<p>For each case, the values of each dimension its quotes speak from. "
                           "A case that speaks from more than one value of a dimension shifts hats: identities are "
                           "positional, not essential.</p>");
    html += tableOpen();
    html += QStringLiteral("<tr><th width=\"17%\" bgcolor=\"#1F3A5F\"><font color=\"#FFFFFF\">%1</font></th>"
                           "<th width=\"11%\" bgcolor=\"#1F3A5F\"><font color=\"#FFFFFF\">%2</font></th>"
                           "<th width=\"50%\" bgcolor=\"#1F3A5F\"><font color=\"#FFFFFF\">%3</font></th>"
                           "<th width=\"22%\" bgcolor=\"#1F3A5F\"><font color=\"#FFFFFF\">%4</font></th></tr>")
                .arg(esc(Report::tr("Case")), esc(Report::tr("Quotes")), esc(Report::tr("Positions")),
                     esc(Report::tr("Hat shifts")));
    for (const auto &c : profiles.cases) {
        QStringList positions;
        QStringList shifts;
        for (const auto &dim : c.dimensions) {
            QStringList parts;
            for (int v = 0; v < dim.values.size(); ++v)
                if (dim.quoteCounts.value(v) > 0)
                    parts.append(QStringLiteral("%1 %2").arg(esc(dim.values.at(v).text)).arg(dim.quoteCounts.value(v)));
            if (parts.isEmpty())
                continue;
            QString line = QStringLiteral("<b>%1</b>: %2").arg(esc(dim.dimension.text), parts.join(QStringLiteral(", ")));
            if (dim.bipolar && dim.mean)
                line += QStringLiteral(" <i>(mean position %1)</i>").arg(QString::number(*dim.mean, 'f', 2));
            positions.append(line);
            if (dim.hatShift)
                shifts.append(esc(dim.dimension.text));
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\">%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(c.caseLabel.text))
                    .arg(c.quoteCount)
                    .arg(positions.isEmpty() ? QStringLiteral("—") : positions.join(QStringLiteral("<br>")),
                         shifts.isEmpty() ? QStringLiteral("—") : shifts.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> hat shifts across <b>%2</b> cases.</p>")
                .arg(profiles.hatShifts.size())
                .arg(profiles.cases.size());
    if (!profiles.groups.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Report::tr("Bipolar dimensions by group"))) + tableOpen();
        html += header({Report::tr("Dimension"), Report::tr("Group"), Report::tr("Cases"),
                        Report::tr("Positioned quotes"), Report::tr("Mean"), Report::tr("Spread")});
        for (const auto &g : profiles.groups)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                                   "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                        .arg(esc(g.dimension.text), esc(g.group.isEmpty() ? QStringLiteral("(no value)") : g.group))
                        .arg(g.cases)
                        .arg(g.positionedQuotes)
                        .arg(QString::number(g.mean, 'f', 2), QString::number(g.spread, 'f', 2));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString codebookSection(const ReportData &data)
{
    QString html = tableOpen();
    html += header({QString(), Report::tr("Code"), Report::tr("Description"), Report::tr("Codings")});
    for (const auto &e : data.codebook) {
        QString indent;
        for (int i = 0; i < e.depth; ++i)
            indent += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
        const QString name = e.depth == 0 || e.dimension ? QStringLiteral("<b>%1</b>").arg(esc(e.name)) : esc(e.name);
        html += QStringLiteral("<tr><td width=\"12\" bgcolor=\"%1\"></td><td>%2%3%4</td><td>%5</td><td align=\"right\">%6</td></tr>")
                    .arg(QColor(e.color).isValid() ? QColor(e.color).name() : QStringLiteral("#FFFFFF"), indent, name,
                         e.dimension ? QStringLiteral(" <font color=\"#666666\">(dimension)</font>") : QString(),
                         esc(e.description))
                    .arg(e.codings);
    }
    return html + QStringLiteral("</table>");
}

QString measure(const std::optional<double> &x)
{
    if (!x)
        return QStringLiteral("—");
    // -0.003 is "0.00", not "-0.00".
    return QString::number(std::abs(*x) < 0.005 ? 0.0 : *x, 'f', 2);
}

// Below 0.67 a code's agreement is too low to draw conclusions from, below
// 0.8 tentative ones only (Krippendorff's conventional thresholds).
QString levelCell(const std::optional<double> &x)
{
    const char *colour = !x ? "#FFFFFF" : *x < 0.67 ? "#F4CCCC" : *x < 0.8 ? "#FCE5CD" : "#FFFFFF";
    return QStringLiteral("<td align=\"right\" bgcolor=\"%1\">%2</td>").arg(QLatin1String(colour), measure(x));
}

QString agreementSection(const ReportData &data)
{
    const team::AgreementSummary &a = data.agreement;
    QString html = QStringLiteral(
        "<p>Agreement is counted in characters (Unicode code points), each document on its own, over the documents both "
        "coders of a pair coded. <b>Percent</b> is the share of characters on which the two coders agree (both coded or "
        "neither); <b>kappa</b> is Cohen's kappa per character; <b>alpha</b> is Krippendorff's unitized alpha "
        "(Krippendorff et al. 2016), which also weighs where segments begin and end. Values below 0.67 are shaded red, "
        "below 0.80 amber.</p>");
    html += tableOpen();
    html += header({Report::tr("Coders"), Report::tr("Double-coded documents"), Report::tr("Codes used"),
                    Report::tr("Mean percent"), Report::tr("Mean kappa"), Report::tr("Mean alpha")});
    for (const auto &p : a.pairs)
        html += QStringLiteral("<tr><td>%1 × %2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td>%6%7</tr>")
                    .arg(esc(p.coderA), esc(p.coderB))
                    .arg(p.documents)
                    .arg(p.codes)
                    .arg(measure(p.meanPercent), levelCell(p.meanKappa), levelCell(p.meanAlpha));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Report::tr("Per code"))) + tableOpen();
    html += header({Report::tr("Code"), Report::tr("Percent"), Report::tr("Kappa"), Report::tr("Alpha")});
    for (const auto &c : a.codes)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>%3%4</tr>")
                    .arg(esc(c.path), measure(c.percent), levelCell(c.kappa), levelCell(c.alpha));
    html += QStringLiteral("</table>");
    if (!a.dimensions.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p>cu-alpha compares the values the coders gave where both coded "
                               "a value of the dimension.</p>").arg(esc(Report::tr("Per dimension"))) + tableOpen();
        html += header({Report::tr("Dimension"), Report::tr("cu-alpha"), Report::tr("Note")});
        for (const auto &d : a.dimensions)
            html += QStringLiteral("<tr><td>%1</td>%2<td>%3</td></tr>").arg(esc(d.name), levelCell(d.cuAlpha), esc(d.reason));
        html += QStringLiteral("</table>");
    }
    return html;
}

// ---- Collaboration network (issue #17) -------------------------------------
QString pictureTag(const QImage &image, const QString &name, const QSize &logical, const QString &alt, const QString &caption,
                   ImageMode mode, QTextDocument *document)
{
    const int height = kImageWidth * logical.height() / logical.width();
    QString src = name;
    if (mode == ImageMode::Embedded) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    } else if (document) {
        document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    }
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>"
                          "<p class=\"caption\"><i>%5</i></p>")
        .arg(src)
        .arg(kImageWidth)
        .arg(height)
        .arg(esc(alt), esc(caption));
}

// A table whose undefined cells (no denominator) read "—".
QString measureHtmlTable(const Table &table)
{
    QString html = tableOpen();
    QStringList head{table.rowHeader};
    for (const auto &c : table.columns)
        head.append(c.text);
    html += header(head);
    for (int r = 0; r < table.rowCount(); ++r) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(table.rows.at(r).text));
        for (int c = 0; c < table.columnCount(); ++c)
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(table.isUndefined(r, c) ? QStringLiteral("—") : formatCell(table.cell(r, c), table.format));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString networkSection(const NetworkReport &network, ImageMode mode, QTextDocument *document)
{
    QString html = QStringLiteral("<p>Collaboration ties between the cases (organisations), grouped by <b>%1</b>. %2</p>")
                       .arg(esc(network.groupAttribute), esc(network.summary));
    // The report's drawing is smaller than the CLI's, so that its labels stay legible at the page's width.
    const QSize size = network.scene.panels.size() > 1 ? QSize(980, 600) : QSize(760, 620);
    html += pictureTag(networkImage(network.scene, size, 2.0), QStringLiteral("network-drawing.png"), size, network.scene.title,
                       QStringLiteral("Circles are cases coloured by %1 and sized by their ties; each wave is drawn with the "
                                      "cases at the same places.")
                           .arg(network.groupAttribute),
                       mode, document);
    // Per wave: counts as whole numbers, density to three places.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Report::tr("The network per wave"))) + tableOpen();
    QStringList head{network.totals.rowHeader};
    for (const auto &c : network.totals.columns)
        head.append(c.text);
    html += header(head);
    for (int r = 0; r < network.totals.rowCount(); ++r) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(network.totals.rows.at(r).text));
        const int decimals[] = {0, 0, 2, 3, 1};
        for (int c = 0; c < network.totals.columnCount() && c < 5; ++c)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(QString::number(network.totals.cell(r, c), 'f', decimals[c]));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    for (int i = 0; i < network.tables.size(); ++i) {
        const Table &table = network.tables.at(i);
        html += QStringLiteral("<h2>%1</h2><p>%2; n = the group's cases in the network. A group with fewer than three cases "
                               "says little.</p>")
                    .arg(esc(table.title), esc(table.note));
        html += measureHtmlTable(table);
        const QString name = QStringLiteral("network-%1.png").arg(network::toString(network.measures.value(i)));
        const ChartOptions options{ChartType::Grouped, {}, {860, 460}};
        html += pictureTag(chartImage(table, options, 2.0), name, options.size, table.title,
                           QStringLiteral("%1, each wave a bar.").arg(table.title), mode, document);
    }
    return html;
}
// ---- end of the collaboration network --------------------------------------
// Framework matrix: cases × codes, each cell the summary and its number of
// supporting quotes; a gap (no quotes, no summary) is shaded.
QString frameworkSection(const analysis::FrameworkResult &f)
{
    QString html = QStringLiteral(
        "<p>Each cell holds the analysts' summary of what the case says about the code, and in brackets the number of "
        "quotes that support it. Shaded cells are gaps: no quote and no summary — places to look into. %1 of %2 cells "
        "are summarised; %3 are gaps.</p>")
                       .arg(f.summaryCount())
                       .arg(f.rows.size() * f.columns.size())
                       .arg(f.gapCount());
    html += tableOpen();
    QStringList head{f.rowTitle};
    for (const auto &c : f.columns)
        head.append(c.text);
    html += header(head);
    for (int r = 0; r < f.rows.size(); ++r) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(f.rows.at(r).text));
        for (int c = 0; c < f.columns.size(); ++c) {
            const analysis::FrameworkCell &cell = f.cell(r, c);
            if (cell.isGap()) {
                html += QStringLiteral("<td bgcolor=\"#E6E6E6\"><font color=\"#808080\"><i>gap</i></font></td>");
                continue;
            }
            const qsizetype n = cell.quoteIds.size();
            const QString count = QStringLiteral("<font color=\"#666666\">(%1 %2)</font>")
                                      .arg(n)
                                      .arg(n == 1 ? QStringLiteral("quote") : QStringLiteral("quotes"));
            html += cell.summary.text.isEmpty()
                        ? QStringLiteral("<td bgcolor=\"#FFF4D6\"><i>not summarised</i> %1</td>").arg(count)
                        : QStringLiteral("<td>%1 %2</td>").arg(esc(cell.summary.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")), count);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QFont reportFont()
{
    QFont font;
    font.setFamilies(textFontFamilies());
    font.setPointSizeF(10);
    return font;
}

void buildDocument(QTextDocument &document, const ReportData &data)
{
    document.setDefaultFont(reportFont());
    document.setDocumentMargin(0);
    document.setHtml(reportHtml(data, ImageMode::Resources, &document));
}

}  // namespace

QString reportHtml(const ReportData &data, ImageMode mode, QTextDocument *document)
{
    const auto &m = data.matrix;
    const QLocale english(QLocale::English);
    // The same families as the charts and the GUI (textFontFamilies).
    QStringList families;
    for (const QString &family : textFontFamilies())
        families << QLatin1Char('\'') + family + QLatin1Char('\'');
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:%2,sans-serif;"
                                  "color:#222222;max-width:60em;margin:auto} h1{color:#1F3A5F} h2{color:#1F3A5F}"
                                  " th{text-align:left} .caption{color:#555555}</style></head><body>")
                       .arg(esc(data.title), families.join(u','));

    // A redacted report says so first, above the title page.
    if (data.redacted)
        html += QStringLiteral("<p align=\"center\"><font color=\"#8A1C1C\"><b>%1</b></font> — speaker and case names are "
                               "replaced by role labels; identifying attributes are left out.</p>")
                    .arg(esc(privacy::watermark()));
    // Title page.
    html += QStringLiteral("<p style=\"margin-top:120px\"><font size=\"+4\" color=\"#1F3A5F\"><b>%1</b></font></p>").arg(esc(data.title));
    html += QStringLiteral("<p><font size=\"+1\">%1</font></p>").arg(esc(Report::tr("Project: %1")).arg(esc(data.projectName)));
    html += QStringLiteral("<p><font size=\"+1\">%1</font></p>").arg(esc(english.toString(data.date, QStringLiteral("d MMMM yyyy"))));
    html += QStringLiteral("<p style=\"margin-top:40px\">&nbsp;</p>") + tableOpen();
    auto fact = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(name), value);
    };
    html += fact(Report::tr("Documents"), QStringLiteral("%1%2").arg(data.documents).arg(
                                                   data.documentCounts.isEmpty() ? QString()
                                                                                 : QStringLiteral(": ") + esc(data.documentCounts.join(QStringLiteral(", ")))));
    html += fact(Report::tr("Cases"), QString::number(data.cases));
    html += fact(Report::tr("Quotes"), QString::number(data.quotes));
    html += fact(Report::tr("Codings"), QString::number(data.codings));
    html += fact(Report::tr("Coders"), data.coders.isEmpty() ? QStringLiteral("—") : esc(data.coders.join(QStringLiteral(", "))));
    html += fact(Report::tr("Matrix"), esc(m.rowTitle + QStringLiteral(" × ") + m.columnTitle));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top:40px\"><font color=\"#8A1C1C\"><b>Confidential.</b> This report quotes members "
                           "of criminalised communities. Share it only with the people the evaluation's consent covers, "
                           "and do not publish quotes without checking them for identifying details.</font></p>");

    // 1. The matrix.
    html += QStringLiteral("<h1 style=\"page-break-before:always\">1. %1</h1>").arg(esc(Report::tr("Conceptual-model matrix")));
    html += QStringLiteral("<p>Quotes coded with each value of <b>%1</b> (rows) and of <b>%2</b> (columns). A quote meets a cell "
                           "when it carries both values; a quote carrying two row values counts in both rows. "
                           "Each cell shows the count and, in brackets, the row %: the cell's share of its row total.</p>")
                .arg(esc(m.rowTitle), esc(m.columnTitle));
    html += matrixTable(data);
    html += QStringLiteral("<h2>%1</h2><p>The darker the cell, the larger its share of the row.</p>")
                .arg(esc(Report::tr("Heat map (row %)")));
    html += heatTable(data.rowPercent);

    // 2. Charts.
    html += QStringLiteral("<h1 style=\"page-break-before:always\">2. %1</h1>").arg(esc(Report::tr("Charts")));
    const QList<Chart> charts = chartsFor(data);
    for (const auto &chart : charts)
        html += imageTag(chart, mode, document);
    if (data.groupAverages && data.groupAverages->rowCount() > 0) {
        html += QStringLiteral("<h2>%1</h2><p>%2.</p>").arg(esc(data.groupAverages->title), esc(data.groupAverages->note));
        html += plainTable(*data.groupAverages);
    }

    // 3. Quotes.
    if (data.quotesPerCell > 0) {
        html += QStringLiteral("<h1 style=\"page-break-before:always\">3. %1</h1>").arg(esc(Report::tr("Representative quotes")));
        html += QStringLiteral("<p>Up to %1 quotes per cell, taken in turn from different documents.</p>").arg(data.quotesPerCell);
        if (data.cells.isEmpty())
            html += QStringLiteral("<p>No quote meets any cell of the matrix.</p>");
        for (const auto &cell : data.cells) {
            html += QStringLiteral("<h3>%1 × %2 <font color=\"#666666\">(%3 of %4 %5)</font></h3>")
                        .arg(esc(cell.rowLabel), esc(cell.columnLabel))
                        .arg(cell.quotes.size())
                        .arg(cell.quoteCount)
                        .arg(cell.quoteCount == 1 ? QStringLiteral("quote") : QStringLiteral("quotes"));
            for (const auto &q : cell.quotes)
                html += quoteBlock(q);
        }
    }

    // 4. Profiles, 5. Codebook.
    const int profilesNumber = data.quotesPerCell > 0 ? 4 : 3;
    html += QStringLiteral("<h1 style=\"page-break-before:always\">%1. %2</h1>")
                .arg(QString::number(profilesNumber), esc(Report::tr("Positional profiles")));
    html += profilesSection(data);
    int next = profilesNumber + 1;
    if (data.network)
        html += QStringLiteral("<h1 style=\"page-break-before:always\">%1. %2</h1>")
                    .arg(QString::number(next++), esc(Report::tr("Collaboration network"))) +
                networkSection(*data.network, mode, document);
    if (!data.agreement.empty())
        html += QStringLiteral("<h1 style=\"page-break-before:always\">%1. %2</h1>")
                    .arg(QString::number(next++), esc(Report::tr("Inter-coder agreement"))) +
                agreementSection(data);
    if (data.framework)
        html += QStringLiteral("<h1 style=\"page-break-before:always\">%1. %2</h1>")
                    .arg(QString::number(next++), esc(Report::tr("Framework matrix"))) +
                frameworkSection(*data.framework);
    html += QStringLiteral("<h1 style=\"page-break-before:always\">%1. %2</h1>").arg(QString::number(next), esc(Report::tr("Codebook")));
    html += codebookSection(data);
    html += QStringLiteral("<p><font size=\"-1\" color=\"#666666\">Generated by Crosscut on %1.</font></p>")
                .arg(esc(english.toString(data.date, QStringLiteral("d MMMM yyyy"))));
    html += QStringLiteral("</body></html>");
    return html;
}

QByteArray reportPdf(const ReportData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Crosscut"));
        writer.setResolution(300);
        // QTextDocument::print() adds 2 cm margins and the page numbers itself;
        // the writer's own margins would come on top of them.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        buildDocument(document, data);
        document.print(&writer);
    }
    return bytes;
}

Result<QByteArray> reportOdt(const ReportData &data)
{
    QTextDocument document;
    buildDocument(document, data);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return makeError(ErrorKind::Io, QStringLiteral("could not write the ODT report"));
    return bytes;
}

Status writeReport(const QString &path, const ReportData &data)
{
    auto format = exporting::formatFromSuffix(path, reportFormats());
    if (!format)
        return format.error();
    return writeReport(path, data, *format);
}

QStringList reportFormats()
{
    return {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xlsx")};
}

Status writeReport(const QString &path, const ReportData &data, const QString &formatName)
{
    if (!reportFormats().contains(formatName))
        return makeError(ErrorKind::Unsupported, QStringLiteral("unknown report format \"%1\": use pdf, odt, html or xlsx").arg(formatName));
    const QString *format = &formatName;
    if (auto check = exporting::checkWritableTarget(path); !check)
        return check;
    if (*format == QLatin1String("xlsx")) {
        exporting::XlsxWorkbook workbook;
        workbook.title = data.title;
        if (data.redacted)
            workbook.watermark = privacy::watermark();
        workbook.about = {QStringLiteral("Project: ") + data.projectName,
                          QStringLiteral("Date: ") + data.date.toString(Qt::ISODate),
                          QStringLiteral("Documents: %1 (%2)").arg(data.documents).arg(data.documentCounts.join(QStringLiteral(", "))),
                          QStringLiteral("Cases: %1").arg(data.cases),
                          QStringLiteral("Quotes: %1").arg(data.quotes),
                          QStringLiteral("Codings: %1").arg(data.codings),
                          QStringLiteral("Coders: ") + data.coders.join(QStringLiteral(", ")),
                          QStringLiteral("Confidential: quotes from members of criminalised communities.")};
        workbook.tables = {data.counts, data.rowPercent};
        if (data.framework) {
            const analysis::FrameworkResult &f = *data.framework;
            exporting::XlsxTextSheet sheet;
            sheet.title = QStringLiteral("Framework matrix");
            sheet.header = {f.rowTitle};
            for (const auto &c : f.columns)
                sheet.header.append(c.text);
            for (int r = 0; r < f.rows.size(); ++r) {
                QStringList row{f.rows.at(r).text};
                for (int c = 0; c < f.columns.size(); ++c)
                    row.append(f.cellText(r, c));
                sheet.rows.append(row);
            }
            workbook.textSheets.append(sheet);
        }
        if (data.groupAverages)
            workbook.tables.append(*data.groupAverages);
        if (data.network) {
            workbook.tables.append(data.network->totals);
            workbook.tables.append(data.network->tables);
        }
        Table distribution = data.profiles.distributionTable();
        if (distribution.rowCount() > 0) {
            distribution.title = QStringLiteral("Positional profiles");
            workbook.tables.append(distribution);
        }
        for (int i = 0; i < data.allCellQuotes.size(); ++i) {
            const auto &q = data.allCellQuotes.at(i);
            workbook.quotes.append({data.allCellQuoteCells.value(i), q.documentName, q.start, q.end, q.speaker, q.text, q.codes,
                                    q.coders});
        }
        return exporting::writeXlsx(path, workbook);
    }
    QByteArray bytes;
    if (*format == QLatin1String("pdf")) {
        bytes = reportPdf(data);
    } else if (*format == QLatin1String("odt")) {
        auto odt = reportOdt(data);
        if (!odt)
            return odt.error();
        bytes = *odt;
    } else {
        bytes = reportHtml(data, ImageMode::Embedded).toUtf8();
    }
    return exporting::writeAtomically(path, bytes);
}

}  // namespace crosscut::render
