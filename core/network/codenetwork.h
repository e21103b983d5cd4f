#pragma once
// The network of codes (issue #19, item 4): codes as vertices, linked when
// they co-occur (analysis/cooccurrence.h) at least `minCount` times, laid out
// with the same igraph Fruchterman-Reingold as the collaboration network.
//
// - Vertices: every code of the co-occurrence with at least one quote, in
//   its order; NetworkGraph::caseIds holds the code ids, names the paths.
// - Edges: each pair a < b with n(a,b) >= max(minCount, 1), with its count.

#include "analysis/cooccurrence.h"
#include "network/network.h"

namespace crosscut::network {

struct CodeNetwork {
    NetworkGraph graph;
    QList<int> codes;              // per vertex, the index into the co-occurrence's codes
    QList<qint64> counts;          // per edge of graph.edges, n(a, b)
    QList<NodePosition> positions;  // per vertex
};

Result<CodeNetwork> codeNetwork(const analysis::CooccurrenceResult &cooccurrence, qint64 minCount, unsigned seed = 1);

}  // namespace crosscut::network
