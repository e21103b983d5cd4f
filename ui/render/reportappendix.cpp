// The appendix: the long text tables of the positional profiles (per case
// the values each dimension's quotes speak from, the mean positions on the
// bipolar dimensions, the hat shifts; per group the bipolar means).
#include "render/reportcontent.h"
#include "render/reportsections.h"

namespace crosscut::render {

QList<ReportBlock> profileAppendixBlocks(const ReportData &data)
{
    const auto &profiles = data.profiles;
    QList<ReportBlock> blocks;
    blocks.append(subheading(Report::tr("Positional profiles")));
    ReportParagraph intro;
    if (profiles.cases.isEmpty()) {
        intro.text = plainText(QStringLiteral("The project has no cases: link documents or speakers to cases to see positional profiles."));
        blocks.append(intro);
        return blocks;
    }
    intro.text = plainText(QStringLiteral("For each case, the values of each dimension its quotes speak from. A case that speaks from "
                                          "more than one value of a dimension shifts hats: identities are positional, not essential."));
    blocks.append(intro);
    ReportTable table = tableWithHeader({Report::tr("Case"), Report::tr("Quotes"), Report::tr("Positions"), Report::tr("Hat shifts")});
    table.columnWidths = {17, 11, 50, 22};
    for (const auto &c : profiles.cases) {
        ReportCell positions;
        QStringList shifts;
        for (const auto &dim : c.dimensions) {
            QStringList parts;
            for (int v = 0; v < dim.values.size(); ++v)
                if (dim.quoteCounts.value(v) > 0)
                    parts.append(QStringLiteral("%1 %2").arg(dim.values.at(v).text).arg(dim.quoteCounts.value(v)));
            if (parts.isEmpty())
                continue;
            if (!positions.text.isEmpty())
                positions.text.append(run(QStringLiteral("\n")));
            positions.text.append(run(dim.dimension.text, true));
            positions.text.append(run(QStringLiteral(": ") + parts.join(QStringLiteral(", "))));
            if (dim.bipolar && dim.mean)
                positions.text.append(run(QStringLiteral(" (mean position %1)").arg(QString::number(*dim.mean, 'f', 2)), false, true));
            if (dim.hatShift)
                shifts.append(dim.dimension.text);
        }
        if (positions.text.isEmpty())
            positions.text = plainText(QStringLiteral("—"));
        table.rows.append({textCell(c.caseLabel.text, true), numberCell(QString::number(c.quoteCount)), positions,
                           textCell(shifts.isEmpty() ? QStringLiteral("—") : shifts.join(QStringLiteral(", ")))});
    }
    blocks.append(table);
    ReportParagraph total;
    total.text = {run(QString::number(profiles.hatShifts.size()), true), run(QStringLiteral(" hat shifts across ")),
                  run(QString::number(profiles.cases.size()), true), run(QStringLiteral(" cases."))};
    blocks.append(total);
    if (!profiles.groups.isEmpty()) {
        blocks.append(subheading(Report::tr("Bipolar dimensions by group"), 3));
        ReportTable groups = tableWithHeader({Report::tr("Dimension"), Report::tr("Group"), Report::tr("Cases"),
                                              Report::tr("Positioned quotes"), Report::tr("Mean"), Report::tr("Spread")});
        groups.columnWidths = {2, 2, 1, 1, 1, 1};
        for (const auto &g : profiles.groups)
            groups.rows.append({textCell(g.dimension.text), textCell(g.group.isEmpty() ? QStringLiteral("(no value)") : g.group),
                                numberCell(QString::number(g.cases)), numberCell(QString::number(g.positionedQuotes)),
                                numberCell(QString::number(g.mean, 'f', 2)), numberCell(QString::number(g.spread, 'f', 2))});
        blocks.append(groups);
    }
    return blocks;
}

}  // namespace crosscut::render
