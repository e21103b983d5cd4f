// The report's content, built once as blocks (reportblocks.h): the title
// page's fields, the contents, then the numbered sections in order.
#include "render/reportcontent.h"

#include "privacy/redaction.h"
#include "render/reportsections.h"

#include <QLocale>

#include <cmath>
#include <functional>

namespace crosscut::render {

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

ReportRun run(const QString &text, bool bold, bool italic, const QColor &color)
{
    ReportRun r;
    r.text = text;
    r.bold = bold;
    r.italic = italic;
    r.color = color;
    return r;
}

ReportCell textCell(const QString &text, bool bold)
{
    ReportCell cell;
    cell.text = {run(text, bold)};
    return cell;
}

ReportCell numberCell(const QString &text, bool bold)
{
    ReportCell cell = textCell(text, bold);
    cell.numeric = true;
    return cell;
}

ReportTable tableWithHeader(const QStringList &header)
{
    ReportTable table;
    QList<ReportCell> row;
    for (const QString &text : header)
        row.append(textCell(text, true));
    table.rows.append(row);
    return table;
}

ReportTable analysisTable(const analysis::Table &t)
{
    QStringList head{t.rowHeader};
    for (const auto &c : t.columns)
        head.append(c.text);
    ReportTable table = tableWithHeader(head);
    for (int r = 0; r < t.rowCount(); ++r) {
        QList<ReportCell> row{textCell(t.rows.at(r).text, true)};
        for (int c = 0; c < t.columnCount(); ++c)
            row.append(numberCell(t.isUndefined(r, c) ? QStringLiteral("—") : formatCell(t.cell(r, c), t.format)));
        table.rows.append(row);
    }
    return table;
}

ReportHeading subheading(const QString &text, int level)
{
    ReportHeading h;
    h.level = level;
    h.text = text;
    h.inContents = level <= 2;
    h.newPage = false;
    return h;
}

ReportDocument buildReportDocument(const ReportData &data)
{
    const QLocale english(QLocale::English);
    ReportDocument report;
    report.title = data.title;
    report.subtitle = data.subtitle;
    report.organisation = data.organisation;
    report.author = data.author;
    report.date = data.date;
    report.confidentiality = QStringLiteral("Confidential. This report quotes members of criminalised communities. Share it only "
                                            "with the people the evaluation's consent covers, and do not publish quotes without "
                                            "checking them for identifying details.");
    if (data.redacted) {
        report.watermark = privacy::watermark();
        report.confidentiality += QStringLiteral(" %1: speaker and case names are replaced by role labels; identifying attributes "
                                                 "are left out.")
                                      .arg(privacy::watermark());
    }
    const auto &m = data.matrix;
    report.facts = {
        Report::tr("Project") + QStringLiteral(": ") + data.projectName,
        Report::tr("Documents") + QStringLiteral(": %1%2").arg(data.documents).arg(
                                      data.documentCounts.isEmpty() ? QString()
                                                                    : QStringLiteral(" (%1)").arg(data.documentCounts.join(QStringLiteral(", ")))),
        Report::tr("Cases") + QStringLiteral(": %1").arg(data.cases),
        Report::tr("Quotes") + QStringLiteral(": %1").arg(data.quotes),
        Report::tr("Codings") + QStringLiteral(": %1").arg(data.codings),
        Report::tr("Coders") + QStringLiteral(": ") + (data.coders.isEmpty() ? QStringLiteral("—") : data.coders.join(QStringLiteral(", "))),
        Report::tr("Matrix") + QStringLiteral(": ") + m.rowTitle + QStringLiteral(" × ") + m.columnTitle,
    };

    QList<ReportBlock> &blocks = report.blocks;
    blocks.append(ReportContents{Report::tr("Contents")});
    int number = 0;
    // A numbered section, starting a page, unless the options leave it out.
    auto section = [&](ReportSection which, const QString &title, const std::function<QList<ReportBlock>()> &body) {
        if (data.leftOut.contains(which))
            return;
        const QList<ReportBlock> content = body();
        if (content.isEmpty())
            return;
        ++number;
        ReportHeading h;
        h.level = 1;
        h.text = QStringLiteral("%1. %2").arg(number).arg(title);
        h.anchor = QStringLiteral("section-%1").arg(number);
        blocks.append(h);
        int sub = 0;
        for (ReportBlock block : content) {
            if (auto *heading = std::get_if<ReportHeading>(&block); heading && heading->anchor.isEmpty())
                heading->anchor = QStringLiteral("section-%1-%2").arg(number).arg(++sub);
            blocks.append(block);
        }
    };

    section(ReportSection::Summary, Report::tr("Summary"), [&] { return summaryBlocks(data); });
    section(ReportSection::Methods, Report::tr("Methods"), [&] { return methodsBlocks(data); });
    section(ReportSection::Matrices, Report::tr("Conceptual-model matrix"), [&] { return matrixBlocks(data); });
    section(ReportSection::Charts, Report::tr("Charts"), [&] { return chartBlocks(data); });
    if (data.quotesPerCell > 0)
        section(ReportSection::Quotes, Report::tr("Representative quotes"), [&] { return quoteBlocks(data); });
    section(ReportSection::Profiles, Report::tr("Positional profiles"), [&] { return profileBlocks(data); });
    if (data.network)
        section(ReportSection::Network, Report::tr("Collaboration network"), [&] { return networkBlocks(*data.network); });
    if (!data.agreement.empty())
        section(ReportSection::Agreement, Report::tr("Inter-coder agreement"), [&] { return agreementBlocks(data.agreement); });
    if (data.framework)
        section(ReportSection::Framework, Report::tr("Framework matrix"), [&] { return frameworkBlocks(*data.framework); });
    section(ReportSection::Codebook, Report::tr("Codebook"), [&] { return codebookBlocks(data); });
    section(ReportSection::Appendix, Report::tr("Appendix"), [&] { return profileAppendixBlocks(data); });

    ReportParagraph generated;
    generated.style = ReportParagraph::Style::Note;
    generated.text = plainText(QStringLiteral("Generated by Crosscut on %1.").arg(english.toString(data.date, QStringLiteral("d MMMM yyyy"))));
    blocks.append(generated);
    return report;
}

}  // namespace crosscut::render
