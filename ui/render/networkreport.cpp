#include "render/networkreport.h"

#include "network/ties.h"
#include "privacy/redaction.h"
#include "project/project.h"

#include <cmath>

namespace crosscut::render {

namespace {

double meanDegree(const network::NetworkMeasures &m) { return m.cases > 0 ? 2.0 * m.ties / m.cases : 0.0; }

// Ties with ends in different groups (a case without a value is in none).
double crossShare(const network::NetworkGraph &g)
{
    if (g.edges.isEmpty())
        return 0;
    qsizetype cross = 0;
    for (const auto &e : g.edges) {
        const QString &a = g.groups.value(e.a), &b = g.groups.value(e.b);
        if (a.isEmpty() || a != b)
            ++cross;
    }
    return double(cross) / double(g.edges.size());
}

QString fixed(double x, int decimals = 1) { return QString::number(std::abs(x) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : x, 'f', decimals); }

QString change(double from, double to, int decimals, const QString &what, const QString &unit = {})
{
    const QString a = fixed(from, decimals) + unit, b = fixed(to, decimals) + unit;
    if (a == b)
        return QStringLiteral("%1 stayed at %2").arg(what, a);
    return QStringLiteral("%1 %2 from %3 to %4").arg(what, to > from ? QStringLiteral("rose") : QStringLiteral("fell"), a, b);
}

}  // namespace

QString networkSummary(const QList<network::NetworkMeasures> &waves, const QList<double> &crossShares, const QString &groupAttribute)
{
    if (waves.isEmpty())
        return {};
    QStringList sentences;
    const auto &first = waves.first();
    const auto &last = waves.last();
    if (waves.size() == 1) {
        sentences.append(QStringLiteral("%1 the network has %2 cases and %3 ties: a mean of %4 ties per case (density %5); "
                                        "%6% of the ties link cases of different %7 groups.")
                             .arg(first.wave ? QStringLiteral("In %1").arg(network::waveLabel(first.wave)) : QStringLiteral("Over all waves"))
                             .arg(first.cases)
                             .arg(first.ties)
                             .arg(fixed(meanDegree(first)), fixed(first.density, 3), fixed(100 * crossShares.value(0), 0), groupAttribute));
    } else {
        const QString from = network::waveLabel(first.wave), to = network::waveLabel(last.wave);
        sentences.append(QStringLiteral("Between %1 and %2 %3, %4 and %5.")
                             .arg(from, to, change(meanDegree(first), meanDegree(last), 1, QStringLiteral("the mean number of ties per case")),
                                  change(first.density, last.density, 3, QStringLiteral("the density")),
                                  change(100 * crossShares.value(0), 100 * crossShares.value(crossShares.size() - 1), 0,
                                         QStringLiteral("the share of ties linking different %1 groups").arg(groupAttribute),
                                         QStringLiteral("%"))));
        // The group whose mean ties changed most.
        QString bestGroup;
        double bestFrom = 0, bestTo = 0;
        for (const auto &g : last.groups)
            for (const auto &h : first.groups)
                if (h.group == g.group && (bestGroup.isEmpty() || std::abs(g.meanTies - h.meanTies) > std::abs(bestTo - bestFrom))) {
                    bestGroup = g.group;
                    bestFrom = h.meanTies;
                    bestTo = g.meanTies;
                }
        if (!bestGroup.isEmpty() && fixed(bestFrom) != fixed(bestTo))
            sentences.append(QStringLiteral("The mean number of ties changed most for %1 (%2 to %3).").arg(bestGroup, fixed(bestFrom), fixed(bestTo)));
    }
    QStringList small;
    for (const auto &g : last.groups)
        if (g.cases < 3)
            small.append(QStringLiteral("%1 (n=%2)").arg(g.group).arg(g.cases));
    if (!small.isEmpty())
        sentences.append(QStringLiteral("Groups of fewer than three cases are too small to compare: %1.").arg(small.join(QStringLiteral(", "))));
    return sentences.join(QLatin1Char(' '));
}

Result<std::optional<NetworkReport>> collectNetworkReport(Project &project, const QString &group, const QString &fallbackGroup,
                                                          const privacy::Redaction &redaction)
{
    if (network::waves(project).isEmpty())
        return std::optional<NetworkReport>();
    QString attribute = group;
    const QList<Attribute> caseAttributes = project.attributes(AttributeScope::Case);
    if (attribute.isEmpty()) {
        for (const Attribute &a : caseAttributes)
            if (a.name == fallbackGroup && !redaction.isIdentifying(a))
                attribute = a.name;
        for (const Attribute &a : caseAttributes)
            if (attribute.isEmpty() && !redaction.isIdentifying(a))
                attribute = a.name;
        if (attribute.isEmpty())
            return std::optional<NetworkReport>();  // nothing to group by
    } else if (redaction.enabled() && redaction.isIdentifying(AttributeScope::Case, attribute)) {
        return makeError(ErrorKind::Invalid, QStringLiteral("--network-group: attribute \"%1\" is marked identifying; a redacted "
                                                            "report cannot show its values")
                                                 .arg(attribute));
    }
    auto graphs = network::readWaves(project, attribute);
    if (!graphs)
        return makeError(graphs.error().kind, QStringLiteral("--network-group: ") + graphs.message());
    if (redaction.enabled())
        for (auto &g : *graphs)
            for (qsizetype v = 0; v < g.caseIds.size(); ++v)
                g.names[v] = redaction.caseLabel(g.caseIds.at(v));

    NetworkReport report;
    report.groupAttribute = attribute;
    QList<double> shares;
    report.totals.title = QStringLiteral("The network per wave");
    report.totals.rowHeader = QStringLiteral("Wave");
    report.totals.format = analysis::NumberFormat::Decimal;
    for (const char *c : {"Cases", "Ties", "Mean ties per case", "Density", "Cross-group ties (%)"})
        report.totals.columns.append(analysis::Label{QString::fromLatin1(c), std::nullopt, QString()});
    for (const auto &g : *graphs) {
        const network::NetworkMeasures m = network::computeMeasures(g);
        report.waves.append(m);
        shares.append(crossShare(g));
        report.totals.rows.append(analysis::Label{network::waveLabel(m.wave), std::nullopt, QString()});
        report.totals.cells.append({double(m.cases), double(m.ties), meanDegree(m), m.density, 100 * shares.last()});
    }
    report.measures = {network::Measure::MeanTies, network::Measure::CrossRatio, network::Measure::EiIndex};
    for (const network::Measure m : report.measures)
        report.tables.append(network::measureTable(report.waves, m, attribute));
    auto scene = makeNetworkScene(*graphs, attribute, QStringLiteral("Collaboration network by %1").arg(attribute));
    if (!scene)
        return scene.error();
    report.scene = *scene;
    report.summary = networkSummary(report.waves, shares, attribute);
    return std::optional<NetworkReport>(report);
}

}  // namespace crosscut::render
