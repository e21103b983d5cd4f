#include "render/reportblocks.h"

namespace crosscut::render {

QString toPlainString(const ReportText &text)
{
    QString plain;
    for (const ReportRun &run : text)
        plain += run.text;
    return plain;
}

QList<double> columnShares(const ReportTable &table)
{
    const qsizetype columns = table.rows.isEmpty() ? 0 : table.rows.first().size();
    QList<double> weights = table.columnWidths;
    if (weights.size() != columns) {
        weights.clear();
        for (qsizetype c = 0; c < columns; ++c)
            weights.append(c == 0 ? 2 : 1);
    }
    double sum = 0;
    for (const double w : std::as_const(weights))
        sum += w;
    for (double &w : weights)
        w = sum > 0 ? w / sum : 0;
    return weights;
}

}  // namespace crosscut::render
