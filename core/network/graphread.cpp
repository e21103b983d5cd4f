// Reading the network a spec selects from a project into plain data.
#include "analysis/casequotes.h"
#include "network/network.h"
#include "network/ties.h"

#include <algorithm>

namespace crosscut::network {

Result<NetworkGraph> readGraph(Project &project, const NetworkSpec &spec, bool withAttributes)
{
    std::optional<Id> groupAttribute;
    if (!spec.groupAttribute.isEmpty()) {
        QStringList known;
        for (const Attribute &a : project.attributes(AttributeScope::Case)) {
            known.append(a.name);
            if (a.name == spec.groupAttribute)
                groupAttribute = a.id;
        }
        if (!groupAttribute)
            return makeError(ErrorKind::NotFound,
                             QStringLiteral("no case attribute named \"%1\"%2")
                                 .arg(spec.groupAttribute,
                                      known.isEmpty() ? QStringLiteral(" (the project has no case attributes)")
                                                      : QStringLiteral(" (case attributes: %1)").arg(known.join(QStringLiteral(", ")))));
    }

    const QList<Tie> selected = ties(project, spec.wave, spec.kind);
    QHash<Id, QString> groupOf;
    if (groupAttribute) {
        sql::Statement &stmt = project.statement("SELECT case_id, value FROM case_attribute WHERE attribute_id = ? AND value <> ''");
        stmt.bind(1, *groupAttribute);
        while (stmt.next())
            groupOf.insert(stmt.int64(0), stmt.text(1));
    }

    // The network's cases: every case with a selected tie or a group value.
    QSet<Id> members;
    for (const Tie &t : selected) {
        members.insert(t.a);
        members.insert(t.b);
    }
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it)
        members.insert(it.key());

    struct Vertex {
        Id id;
        QString name;
    };
    QList<Vertex> vertices;
    for (const Case &c : project.cases())
        if (members.contains(c.id))
            vertices.append(Vertex{c.id, c.name});
    std::sort(vertices.begin(), vertices.end(), [](const Vertex &x, const Vertex &y) {
        if (x.name != y.name)
            return analysis::nameLess(x.name, y.name);
        return x.id < y.id;
    });

    NetworkGraph graph;
    graph.wave = spec.wave;
    QHash<Id, int> index;
    graph.caseIds.reserve(vertices.size());
    for (const Vertex &v : std::as_const(vertices)) {
        index.insert(v.id, static_cast<int>(graph.caseIds.size()));
        graph.caseIds.append(v.id);
        graph.names.append(v.name);
        graph.groups.append(groupOf.value(v.id));
    }
    graph.edges.reserve(selected.size());
    for (const Tie &t : selected)
        graph.edges.append(GraphEdge{index.value(t.a), index.value(t.b), t.wave, t.kind, t.id});

    if (withAttributes) {
        QSet<QString> names;
        graph.attributes.resize(graph.caseIds.size());
        sql::Statement &stmt = project.statement(
            "SELECT ca.case_id, a.name, ca.value FROM case_attribute ca JOIN attribute a ON a.id = ca.attribute_id");
        while (stmt.next()) {
            const auto at = index.constFind(stmt.int64(0));
            if (at == index.cend())
                continue;
            const QString name = stmt.text(1);
            names.insert(name);
            graph.attributes[*at].insert(name, stmt.text(2));
        }
        graph.attributeNames = QStringList(names.cbegin(), names.cend());
        std::sort(graph.attributeNames.begin(), graph.attributeNames.end(), analysis::nameLess);
    }
    return graph;
}

}  // namespace crosscut::network
