// The network measures of network.h, on plain data.
#include "analysis/casequotes.h"
#include "network/network.h"

#include <algorithm>

namespace crosscut::network {

NetworkMeasures computeMeasures(const NetworkGraph &graph)
{
    NetworkMeasures m;
    m.wave = graph.wave;
    const qsizetype n = graph.caseIds.size();
    m.cases = static_cast<int>(n);
    m.ties = static_cast<int>(graph.edges.size());
    m.density = n < 2 ? 0.0 : double(m.ties) / (double(n) * double(n - 1) / 2.0);

    // Per case: its ties, and those to a case outside its group (a case
    // without a value is outside every group).
    std::vector<int> degree(static_cast<size_t>(n), 0), cross(static_cast<size_t>(n), 0);
    QHash<QString, int> internal, external;  // I and E per group
    for (const GraphEdge &e : graph.edges) {
        const QString &ga = graph.groups[e.a], &gb = graph.groups[e.b];
        ++degree[static_cast<size_t>(e.a)];
        ++degree[static_cast<size_t>(e.b)];
        if (!ga.isEmpty() && ga == gb) {
            ++internal[ga];
            continue;
        }
        ++cross[static_cast<size_t>(e.a)];
        ++cross[static_cast<size_t>(e.b)];
        if (!ga.isEmpty())
            ++external[ga];
        if (!gb.isEmpty())
            ++external[gb];
    }

    struct Sums {
        int cases = 0;
        qint64 ties = 0;
        int tied = 0;  // members with at least one tie
        double ratios = 0;
    };
    QHash<QString, Sums> sums;
    for (qsizetype v = 0; v < n; ++v) {
        const QString &g = graph.groups[v];
        if (g.isEmpty())
            continue;
        Sums &s = sums[g];
        const int d = degree[static_cast<size_t>(v)];
        ++s.cases;
        s.ties += d;
        if (d > 0) {
            ++s.tied;
            s.ratios += double(cross[static_cast<size_t>(v)]) / double(d);
        }
    }
    QStringList values = sums.keys();
    std::sort(values.begin(), values.end(), analysis::nameLess);
    for (const QString &g : std::as_const(values)) {
        const Sums &s = sums.value(g);
        GroupMeasures gm;
        gm.group = g;
        gm.cases = s.cases;
        gm.meanTies = double(s.ties) / double(s.cases);
        if (s.tied > 0)
            gm.crossRatio = s.ratios / double(s.tied);
        const int e = external.value(g), i = internal.value(g);
        if (e + i > 0)
            gm.eiIndex = double(e - i) / double(e + i);
        m.groups.append(gm);
    }
    return m;
}

Result<NetworkMeasures> measure(Project &project, const NetworkSpec &spec)
{
    auto graph = readGraph(project, spec);
    if (!graph)
        return graph.error();
    return computeMeasures(*graph);
}

}  // namespace crosscut::network
