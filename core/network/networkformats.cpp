// Text forms of the network measures: JSON (the CLI contract), CSV, Markdown.
#include "network/network.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

namespace crosscut::network {

namespace {

// The shortest form that reads back as the same double (1/3 → 0.3333333333333333).
QString number(double x)
{
    return QString::number(x, 'g', QLocale::FloatingPointShortest);
}

QString jsonString(const QString &s)
{
    // QJsonValue does the escaping; the document is built by hand to keep
    // the contract's key order.
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString jsonOptional(const std::optional<double> &x)
{
    return x ? number(*x) : QStringLiteral("null");
}

QString fixed(const std::optional<double> &x, int decimals)
{
    return x ? QString::number(*x, 'f', decimals) : QStringLiteral("–");
}

QString markdownCell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

}  // namespace

QByteArray measuresJson(const NetworkMeasures &m)
{
    QString out = QStringLiteral("{\"wave\": %1, \"cases\": %2, \"ties\": %3, \"density\": %4, \"groups\": [")
                      .arg(m.wave ? jsonString(*m.wave) : QStringLiteral("null"))
                      .arg(m.cases)
                      .arg(m.ties)
                      .arg(number(m.density));
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        const GroupMeasures &g = m.groups[i];
        out += (i ? QStringLiteral(",\n  ") : QStringLiteral("\n  "))
               + QStringLiteral("{\"group\": %1, \"cases\": %2, \"mean_ties\": %3, \"cross_ratio\": %4, \"ei_index\": %5}")
                     .arg(jsonString(g.group))
                     .arg(g.cases)
                     .arg(number(g.meanTies), jsonOptional(g.crossRatio), jsonOptional(g.eiIndex));
    }
    out += m.groups.isEmpty() ? QStringLiteral("]}\n") : QStringLiteral("\n]}\n");
    return out.toUtf8();
}

QByteArray measuresCsv(const NetworkMeasures &m)
{
    QString out = csv::formatRow({QStringLiteral("wave"), QStringLiteral("group"), QStringLiteral("cases"),
                                  QStringLiteral("mean_ties"), QStringLiteral("cross_ratio"), QStringLiteral("ei_index"),
                                  QStringLiteral("network_cases"), QStringLiteral("network_ties"), QStringLiteral("density")});
    const QString wave = m.wave.value_or(QString());
    const QStringList network{QString::number(m.cases), QString::number(m.ties), number(m.density)};
    if (m.groups.isEmpty())
        out += csv::formatRow(QStringList{wave, QString(), QString(), QString(), QString(), QString()} + network);
    for (const GroupMeasures &g : m.groups)
        out += csv::formatRow(QStringList{wave, g.group, QString::number(g.cases), number(g.meanTies),
                                          g.crossRatio ? number(*g.crossRatio) : QString(),
                                          g.eiIndex ? number(*g.eiIndex) : QString()}
                              + network);
    return out.toUtf8();
}

QByteArray measuresMarkdown(const NetworkMeasures &m)
{
    QString out = QStringLiteral("**Wave:** %1 · **cases:** %2 · **ties:** %3 · **density:** %4\n\n")
                      .arg(m.wave ? markdownCell(*m.wave) : QStringLiteral("all waves"))
                      .arg(m.cases)
                      .arg(m.ties)
                      .arg(QString::number(m.density, 'f', 4));
    out += QStringLiteral("| Group | Cases | Mean ties | Cross ratio | E-I index |\n|---|---:|---:|---:|---:|\n");
    for (const GroupMeasures &g : m.groups)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(markdownCell(g.group))
                   .arg(g.cases)
                   .arg(QString::number(g.meanTies, 'f', 2), fixed(g.crossRatio, 3), fixed(g.eiIndex, 3));
    return out.toUtf8();
}

QByteArray nodesJson(const QList<NodeMeasures> &nodes)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const NodeMeasures &n = nodes[i];
        out += (i ? QStringLiteral(",\n  ") : QStringLiteral("\n  "))
               + QStringLiteral("{\"case\": %1, \"group\": %2, \"degree\": %3, \"betweenness\": %4, \"component\": %5}")
                     .arg(jsonString(n.name), n.group.isEmpty() ? QStringLiteral("null") : jsonString(n.group))
                     .arg(n.degree)
                     .arg(number(n.betweenness))
                     .arg(n.component);
    }
    out += nodes.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return out.toUtf8();
}

QByteArray nodesCsv(const QList<NodeMeasures> &nodes)
{
    QString out = csv::formatRow({QStringLiteral("case"), QStringLiteral("group"), QStringLiteral("degree"),
                                  QStringLiteral("betweenness"), QStringLiteral("component")});
    for (const NodeMeasures &n : nodes)
        out += csv::formatRow({n.name, n.group, QString::number(n.degree), number(n.betweenness), QString::number(n.component)});
    return out.toUtf8();
}

QByteArray nodesMarkdown(const QList<NodeMeasures> &nodes)
{
    QString out = QStringLiteral("| Case | Group | Degree | Betweenness | Component |\n|---|---|---:|---:|---:|\n");
    for (const NodeMeasures &n : nodes)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(markdownCell(n.name), markdownCell(n.group))
                   .arg(n.degree)
                   .arg(QString::number(n.betweenness, 'f', 2))
                   .arg(n.component);
    return out.toUtf8();
}

}  // namespace crosscut::network
