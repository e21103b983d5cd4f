// The measures of several waves as one analysis table per measure.
#include "network/measuretable.h"

#include "analysis/casequotes.h"
#include "network/ties.h"

#include <QMap>

#include <algorithm>

namespace crosscut::network {

std::optional<Measure> measureFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("mean_ties"))
        return Measure::MeanTies;
    if (n == QLatin1String("cross_ratio"))
        return Measure::CrossRatio;
    if (n == QLatin1String("ei_index"))
        return Measure::EiIndex;
    return std::nullopt;
}

QString toString(Measure measure)
{
    switch (measure) {
    case Measure::MeanTies: return QStringLiteral("mean_ties");
    case Measure::CrossRatio: return QStringLiteral("cross_ratio");
    case Measure::EiIndex: return QStringLiteral("ei_index");
    }
    return {};
}

QString measureTitle(Measure measure)
{
    switch (measure) {
    case Measure::MeanTies: return QStringLiteral("Average number of ties");
    case Measure::CrossRatio: return QStringLiteral("Average ratio of cross-group collaborations");
    case Measure::EiIndex: return QStringLiteral("E-I index");
    }
    return {};
}

QString waveLabel(const std::optional<QString> &wave)
{
    if (!wave)
        return QStringLiteral("All waves");
    return wave->isEmpty() ? QStringLiteral("(no wave)") : *wave;
}

analysis::Table measureTable(const QList<NetworkMeasures> &waves, Measure measure, const QString &groupAttribute)
{
    analysis::Table table;
    table.title = QStringLiteral("%1 per %2").arg(measureTitle(measure), groupAttribute);
    table.rowHeader = groupAttribute;
    table.columnHeader = QStringLiteral("Wave");
    table.format = measure == Measure::MeanTies ? analysis::NumberFormat::Decimal : analysis::NumberFormat::Coefficient;
    switch (measure) {
    case Measure::MeanTies: table.note = QStringLiteral("Mean over a group's cases of their ties (a case without a tie counts 0)"); break;
    case Measure::CrossRatio:
        table.note = QStringLiteral("Mean over a group's tied cases of their ties outside the group / all their ties");
        break;
    case Measure::EiIndex:
        table.note = QStringLiteral("(external - internal ties) / (external + internal ties): -1 all within the group, +1 all across");
        break;
    }
    QStringList groups;
    for (const NetworkMeasures &m : waves)
        for (const GroupMeasures &g : m.groups)
            if (!groups.contains(g.group))
                groups.append(g.group);
    std::sort(groups.begin(), groups.end(), analysis::nameLess);
    for (const NetworkMeasures &m : waves)
        table.columns.append(analysis::Label{waveLabel(m.wave), std::nullopt, QString()});
    for (const QString &group : std::as_const(groups)) {
        QList<double> row;
        QList<bool> undefined;
        QStringList sizes;
        for (const NetworkMeasures &m : waves) {
            const auto it = std::find_if(m.groups.begin(), m.groups.end(), [&group](const GroupMeasures &g) { return g.group == group; });
            std::optional<double> value;
            if (it != m.groups.end()) {
                sizes.append(QString::number(it->cases));
                value = measure == Measure::MeanTies ? std::optional(it->meanTies)
                        : measure == Measure::CrossRatio ? it->crossRatio
                                                         : it->eiIndex;
            } else {
                sizes.append(QStringLiteral("0"));
            }
            row.append(value.value_or(0.0));
            undefined.append(!value);
        }
        sizes.removeDuplicates();
        table.rows.append(analysis::Label{QStringLiteral("%1 (n=%2)").arg(group, sizes.join(QStringLiteral(", "))), std::nullopt, QString()});
        table.cells.append(row);
        table.undefined.append(undefined);
    }
    return table;
}

Result<QList<NetworkGraph>> readWaves(Project &project, const QString &groupAttribute, const QStringList &waves,
                                      const std::optional<QString> &kind)
{
    const QStringList known = network::waves(project);
    auto listed = [](const char *what, const QStringList &values) {
        return values.isEmpty() ? QStringLiteral("the project has no ties")
                                : QLatin1String(what) + QStringLiteral(": ") + values.join(QStringLiteral(", "));
    };
    for (const QString &w : waves)
        if (!known.contains(w))
            return makeError(ErrorKind::NotFound, QStringLiteral("no tie is of wave \"%1\" (%2)").arg(w, listed("waves", known)));
    if (kind && !network::kinds(project).contains(*kind))
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("no tie is of kind \"%1\" (%2)").arg(*kind, listed("kinds", network::kinds(project))));
    QList<std::optional<QString>> selections;
    for (const QString &w : waves)
        selections.append(w);
    if (waves.isEmpty()) {
        const bool unwaved = known.isEmpty() || (known.size() == 1 && known.first().isEmpty());
        if (unwaved)
            selections.append(std::nullopt);
        else
            for (const QString &w : known)
                selections.append(w);
    }
    QList<NetworkGraph> graphs;
    for (const auto &wave : selections) {
        auto graph = readGraph(project, NetworkSpec{groupAttribute, wave, kind});
        if (!graph)
            return graph.error();
        graphs.append(*graph);
    }
    return graphs;
}

}  // namespace crosscut::network
