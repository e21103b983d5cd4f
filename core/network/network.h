#pragma once
// Collaboration-network measures (issue #17 part 3): ties per group of a case
// attribute (key population, organisation type), the cross-group ratio and
// Krackhardt & Stern's E-I index, per wave; node measures, a layout and
// GraphML/GEXF exports through igraph and QXmlStreamWriter.
//
// Exact semantics (tested in tests/network):
// - The network's cases: every case with a tie in the selected wave/kind or
//   a (non-empty) value of the group attribute. n = their number.
// - A tie is one stored tie: a pair in one wave of one kind. Without a wave
//   (or kind) selected, ties of every wave (kind) count, so a pair tied in
//   two waves counts as two ties (and density can exceed 1 then): compare
//   the per-wave figures.
// - density = ties / (n(n-1)/2), 0 when n < 2.
// - For each value v of the attribute (sorted), with members G:
//   cases = |G|; mean_ties = mean degree over G (no tie: 0);
//   cross_ratio = mean, over members with at least one tie, of
//   (their ties to cases outside G) / (all their ties); a case without a
//   value is outside every group; nullopt when no member has a tie.
//   ei_index = (E - I) / (E + I), E = ties with exactly one end in G,
//   I = ties with both ends in G; nullopt when E + I = 0.

#include "model/entities.h"
#include "project/project.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut::network {

// What network to measure. groupAttribute names a case attribute (the CLI's
// --group case:ATTR); empty: no groups, only the totals.
struct NetworkSpec {
    QString groupAttribute;
    std::optional<QString> wave;
    std::optional<QString> kind;
};

// ---- plain data: the network as the pure computations take it ------------
struct GraphEdge {
    int a = 0;  // vertex indices into NetworkGraph::caseIds
    int b = 0;
    QString wave;
    QString kind;
    Id tieId = 0;
};

struct NetworkGraph {
    std::optional<QString> wave;  // the selection it was read with (for the report)
    QList<Id> caseIds;            // vertices, sorted by case name
    QStringList names;            // case name per vertex
    QStringList groups;           // group value per vertex; '' = none
    QList<GraphEdge> edges;       // distinct ties, a != b
    // Every case attribute per vertex (exports only; empty unless asked for).
    QStringList attributeNames;                  // sorted
    QList<QHash<QString, QString>> attributes;   // per vertex: name -> value
};

// Reads the network a spec selects. An unknown group attribute (not a case
// attribute) is an error naming the known ones. withAttributes also fills
// attributeNames/attributes (for GraphML/GEXF).
Result<NetworkGraph> readGraph(Project &project, const NetworkSpec &spec, bool withAttributes = false);

// ---- measures --------------------------------------------------------------
struct GroupMeasures {
    QString group;
    int cases = 0;
    double meanTies = 0;
    std::optional<double> crossRatio;
    std::optional<double> eiIndex;
};

struct NetworkMeasures {
    std::optional<QString> wave;  // nullopt: all waves
    int cases = 0;
    int ties = 0;
    double density = 0;
    QList<GroupMeasures> groups;  // by group value, sorted
};

// The pure computation (no project, no igraph): linear in cases + ties.
NetworkMeasures computeMeasures(const NetworkGraph &graph);
// readGraph + computeMeasures.
Result<NetworkMeasures> measure(Project &project, const NetworkSpec &spec);

struct NodeMeasures {
    Id caseId = 0;
    QString name;
    QString group;       // '' = no value
    int degree = 0;      // ties, as mean_ties counts them
    double betweenness = 0;  // igraph, undirected, unnormalised, on the simple graph
    int component = 0;   // 1-based; components numbered by their first case in name order
};

// Per case of the network, in name order (igraph).
Result<QList<NodeMeasures>> computeNodeMeasures(const NetworkGraph &graph);
Result<QList<NodeMeasures>> nodeMeasures(Project &project, const NetworkSpec &spec);

struct NodePosition {
    Id caseId = 0;
    double x = 0;
    double y = 0;
};

// Fruchterman-Reingold (igraph) on the simple graph, seeded with igraph's
// RNG: the same graph and seed give the same positions. In name order.
Result<QList<NodePosition>> computeLayout(const NetworkGraph &graph, unsigned seed = 1);
Result<QList<NodePosition>> layout(Project &project, const NetworkSpec &spec, unsigned seed = 1);

// ---- formats ---------------------------------------------------------------
// GraphML / GEXF 1.3: nodes with the case name, the group and every case
// attribute (when the graph was read withAttributes), undirected edges with
// wave and kind.
QByteArray toGraphML(const NetworkGraph &graph);
QByteArray toGexf(const NetworkGraph &graph);

// {"wave": W|null, "cases": n, "ties": m, "density": d,
//  "groups": [{"group": v, "cases": k, "mean_ties": x, "cross_ratio": x|null, "ei_index": x|null}, ...]}
QByteArray measuresJson(const NetworkMeasures &measures);
// One row per group: wave,group,cases,mean_ties,cross_ratio,ei_index, then
// the network's network_cases,network_ties,density repeated (tidy for a
// spreadsheet); one row with an empty group when there are no groups.
QByteArray measuresCsv(const NetworkMeasures &measures);
QByteArray measuresMarkdown(const NetworkMeasures &measures);

// Node tables: case, group, degree, betweenness, component.
QByteArray nodesJson(const QList<NodeMeasures> &nodes);
QByteArray nodesCsv(const QList<NodeMeasures> &nodes);
QByteArray nodesMarkdown(const QList<NodeMeasures> &nodes);

}  // namespace crosscut::network
