// Node measures through igraph: betweenness and connected components.
#include "network/igraphgraph.h"

#include <QHash>

namespace crosscut::network {

namespace detail {

Error igraphError(igraph_error_t code, const char *what)
{
    return makeError(ErrorKind::Invalid,
                     QStringLiteral("%1 failed in igraph: %2").arg(QLatin1String(what), QString::fromUtf8(igraph_strerror(code))));
}

SimpleGraph::~SimpleGraph()
{
    if (m_built)
        igraph_destroy(&m_graph);
}

Status SimpleGraph::build(const NetworkGraph &graph)
{
    IgraphErrors errors;
    igraph_vector_int_t edges;
    if (igraph_error_t rc = igraph_vector_int_init(&edges, 2 * graph.edges.size()); rc != IGRAPH_SUCCESS)
        return igraphError(rc, "building the graph");
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        VECTOR(edges)[2 * i] = graph.edges[i].a;
        VECTOR(edges)[2 * i + 1] = graph.edges[i].b;
    }
    igraph_error_t rc = igraph_create(&m_graph, &edges, graph.caseIds.size(), IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edges);
    if (rc != IGRAPH_SUCCESS)
        return igraphError(rc, "building the graph");
    m_built = true;
    if (rc = igraph_simplify(&m_graph, true, true, nullptr); rc != IGRAPH_SUCCESS)
        return igraphError(rc, "simplifying the graph");
    return {};
}

}  // namespace detail

Result<QList<NodeMeasures>> computeNodeMeasures(const NetworkGraph &graph)
{
    detail::IgraphErrors errors;
    detail::SimpleGraph simple;
    if (Status s = simple.build(graph); !s)
        return s.error();

    const qsizetype n = graph.caseIds.size();
    igraph_vector_t betweenness;
    igraph_vector_int_t membership;
    igraph_vector_init(&betweenness, n);
    igraph_vector_int_init(&membership, n);
    igraph_integer_t count = 0;
    igraph_error_t rc = igraph_betweenness(simple.get(), &betweenness, igraph_vss_all(), IGRAPH_UNDIRECTED, nullptr);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_connected_components(simple.get(), &membership, nullptr, &count, IGRAPH_WEAK);
    if (rc != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&betweenness);
        igraph_vector_int_destroy(&membership);
        return detail::igraphError(rc, "betweenness and components");
    }

    std::vector<int> degree(static_cast<size_t>(n), 0);
    for (const GraphEdge &e : graph.edges) {
        ++degree[static_cast<size_t>(e.a)];
        ++degree[static_cast<size_t>(e.b)];
    }
    // Components numbered 1, 2, … by their first case in name order, so the
    // numbers do not depend on igraph's internal order.
    QHash<igraph_integer_t, int> number;
    QList<NodeMeasures> out;
    out.reserve(n);
    for (qsizetype v = 0; v < n; ++v) {
        const igraph_integer_t c = VECTOR(membership)[v];
        if (!number.contains(c))
            number.insert(c, static_cast<int>(number.size()) + 1);
        out.append(NodeMeasures{graph.caseIds[v], graph.names[v], graph.groups[v], degree[static_cast<size_t>(v)],
                                VECTOR(betweenness)[v], number.value(c)});
    }
    igraph_vector_destroy(&betweenness);
    igraph_vector_int_destroy(&membership);
    return out;
}

Result<QList<NodeMeasures>> nodeMeasures(Project &project, const NetworkSpec &spec)
{
    auto graph = readGraph(project, spec);
    if (!graph)
        return graph.error();
    return computeNodeMeasures(*graph);
}

}  // namespace crosscut::network
