#include "network/codenetwork.h"

#include <algorithm>

namespace crosscut::network {

Result<CodeNetwork> codeNetwork(const analysis::CooccurrenceResult &r, qint64 minCount, unsigned seed)
{
    CodeNetwork out;
    QList<int> vertex(r.codes.size(), -1);
    for (qsizetype c = 0; c < r.codes.size(); ++c) {
        if (r.quoteCounts[c] <= 0)
            continue;
        vertex[c] = static_cast<int>(out.codes.size());
        out.codes.append(static_cast<int>(c));
        out.graph.caseIds.append(r.codes[c].id.value_or(0));
        out.graph.names.append(r.codes[c].text);
        out.graph.groups.append(QString());
    }
    const qint64 threshold = std::max<qint64>(minCount, 1);
    for (qsizetype a = 0; a < r.codes.size(); ++a) {
        for (qsizetype b = a + 1; b < r.codes.size(); ++b) {
            if (vertex[a] < 0 || vertex[b] < 0 || r.counts[a][b] < threshold)
                continue;
            out.graph.edges.append(GraphEdge{vertex[a], vertex[b], QString(), QString(), 0});
            out.counts.append(r.counts[a][b]);
        }
    }
    auto positions = computeLayout(out.graph, seed);
    if (!positions)
        return positions.error();
    out.positions = *positions;
    return out;
}

}  // namespace crosscut::network
