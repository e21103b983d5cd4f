#pragma once
// Internal to core/network: a NetworkGraph as an igraph graph (undirected,
// simple: a pair tied in several waves or kinds is one edge, as shortest
// paths and forces see it), owned RAII, with igraph's errors as values.

#include "network/network.h"

#include <igraph.h>

namespace crosscut::network::detail {

// igraph aborts on an error unless told otherwise; while one of these lives,
// errors come back as return codes (the previous handler is restored).
class IgraphErrors {
public:
    IgraphErrors() : m_previous(igraph_set_error_handler(igraph_error_handler_ignore)) {}
    ~IgraphErrors() { igraph_set_error_handler(m_previous); }
    IgraphErrors(const IgraphErrors &) = delete;
    IgraphErrors &operator=(const IgraphErrors &) = delete;

private:
    igraph_error_handler_t *m_previous;
};

Error igraphError(igraph_error_t code, const char *what);

class SimpleGraph {
public:
    SimpleGraph() = default;
    ~SimpleGraph();
    SimpleGraph(const SimpleGraph &) = delete;
    SimpleGraph &operator=(const SimpleGraph &) = delete;

    Status build(const NetworkGraph &graph);
    const igraph_t *get() const { return &m_graph; }

private:
    igraph_t m_graph{};
    bool m_built = false;
};

}  // namespace crosscut::network::detail
