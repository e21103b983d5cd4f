// The "Collaboration network" section (issue #17): the drawing of the waves,
// the network per wave, and per measure a table and its chart.
#include "render/chartrenderer.h"
#include "render/networkrenderer.h"
#include "render/reportsections.h"

namespace crosscut::render {

QList<ReportBlock> networkBlocks(const NetworkReport &network)
{
    QList<ReportBlock> blocks;
    ReportParagraph intro;
    intro.text = {run(QStringLiteral("Collaboration ties between the cases (organisations), grouped by ")),
                  run(network.groupAttribute, true), run(QStringLiteral(". ") + network.summary)};
    blocks.append(intro);
    // The report's drawing is smaller than the CLI's, so that its labels stay legible at the page's width.
    const QSize size = network.scene.panels.size() > 1 ? QSize(980, 600) : QSize(760, 620);
    ReportFigure drawing;
    drawing.image = networkImage(network.scene, size, 2.0);
    drawing.alt = network.scene.title;
    drawing.caption = QStringLiteral("Circles are cases coloured by %1 and sized by their ties; each wave is drawn with the "
                                     "cases at the same places.")
                          .arg(network.groupAttribute);
    blocks.append(drawing);

    // Per wave: counts as whole numbers, density to three places.
    blocks.append(subheading(Report::tr("The network per wave")));
    QStringList head{network.totals.rowHeader};
    for (const auto &c : network.totals.columns)
        head.append(c.text);
    ReportTable totals = tableWithHeader(head);
    const int decimals[] = {0, 0, 2, 3, 1};
    for (int r = 0; r < network.totals.rowCount(); ++r) {
        QList<ReportCell> row{textCell(network.totals.rows.at(r).text, true)};
        for (int c = 0; c < network.totals.columnCount(); ++c)
            row.append(numberCell(c < 5 ? QString::number(network.totals.cell(r, c), 'f', decimals[c]) : QString()));
        totals.rows.append(row);
    }
    blocks.append(totals);

    for (int i = 0; i < network.tables.size(); ++i) {
        const analysis::Table &table = network.tables.at(i);
        blocks.append(subheading(table.title));
        ReportParagraph note;
        note.text = plainText(QStringLiteral("%1; n = the group's cases in the network. A group with fewer than three cases "
                                             "says little.")
                                  .arg(table.note));
        blocks.append(note);
        blocks.append(analysisTable(table));
        const ChartOptions options{ChartType::Grouped, {}, {860, 460}};
        ReportFigure chart;
        chart.image = chartImage(table, options, 2.0);
        chart.alt = table.title;
        chart.caption = QStringLiteral("%1, each wave a bar.").arg(table.title);
        blocks.append(chart);
    }
    return blocks;
}

}  // namespace crosscut::render
