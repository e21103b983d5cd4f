#include "analysis/table.h"

namespace crosscut::analysis {

QString toString(NumberFormat format)
{
    switch (format) {
    case NumberFormat::Count: return QStringLiteral("count");
    case NumberFormat::Percent: return QStringLiteral("percent");
    case NumberFormat::Coefficient: return QStringLiteral("coefficient");
    case NumberFormat::Decimal: return QStringLiteral("decimal");
    }
    return {};
}

namespace {
QStringList texts(const QList<Label> &labels)
{
    QStringList out;
    out.reserve(labels.size());
    for (const Label &l : labels)
        out.append(l.text);
    return out;
}
}  // namespace

QStringList Table::rowLabels() const { return texts(rows); }
QStringList Table::columnLabels() const { return texts(columns); }

}  // namespace crosscut::analysis
