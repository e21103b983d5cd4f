// A force-directed layout of the network (igraph's Fruchterman-Reingold).
#include "network/igraphgraph.h"

#include <cmath>

namespace crosscut::network {

Result<QList<NodePosition>> computeLayout(const NetworkGraph &graph, unsigned seed)
{
    detail::IgraphErrors errors;
    detail::SimpleGraph simple;
    if (Status s = simple.build(graph); !s)
        return s.error();
    const qsizetype n = graph.caseIds.size();
    QList<NodePosition> out;
    if (n == 0)
        return out;
    // The starting positions come from igraph's default generator: seeding
    // it makes the layout a function of the graph and the seed.
    igraph_rng_seed(igraph_rng_default(), seed);
    igraph_matrix_t positions;
    igraph_matrix_init(&positions, n, 2);
    const igraph_error_t rc = igraph_layout_fruchterman_reingold(simple.get(), &positions, false, 500, std::sqrt(double(n)),
                                                                 IGRAPH_LAYOUT_AUTOGRID, nullptr, nullptr, nullptr, nullptr, nullptr);
    if (rc != IGRAPH_SUCCESS) {
        igraph_matrix_destroy(&positions);
        return detail::igraphError(rc, "the layout");
    }
    out.reserve(n);
    for (qsizetype v = 0; v < n; ++v)
        out.append(NodePosition{graph.caseIds[v], MATRIX(positions, v, 0), MATRIX(positions, v, 1)});
    igraph_matrix_destroy(&positions);
    return out;
}

Result<QList<NodePosition>> layout(Project &project, const NetworkSpec &spec, unsigned seed)
{
    auto graph = readGraph(project, spec);
    if (!graph)
        return graph.error();
    return computeLayout(*graph, seed);
}

}  // namespace crosscut::network
