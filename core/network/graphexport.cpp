// GraphML and GEXF 1.3 of a network, written with QXmlStreamWriter.
#include "network/network.h"

#include <QXmlStreamWriter>

namespace crosscut::network {

namespace {

// XML 1.0 cannot hold most control characters; a stray one in a case name
// must not make the whole file unreadable.
QString xmlText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == 0x09 || u == 0x0A || u == 0x0D)
            out.append(c);
    }
    return out;
}

// Node data keys: the case name, its group, then every case attribute. An
// attribute that happens to be called "name" or "group" is kept apart.
QStringList nodeKeyTitles(const NetworkGraph &graph)
{
    QStringList titles{QStringLiteral("name"), QStringLiteral("group")};
    for (const QString &a : graph.attributeNames)
        titles.append(titles.contains(a) ? QStringLiteral("attribute:") + a : a);
    return titles;
}

QString nodeValue(const NetworkGraph &graph, qsizetype vertex, qsizetype key)
{
    if (key == 0)
        return graph.names[vertex];
    if (key == 1)
        return graph.groups[vertex];
    return graph.attributes.value(vertex).value(graph.attributeNames[key - 2]);
}

QString nodeId(qsizetype vertex)
{
    return QStringLiteral("n%1").arg(vertex);
}

}  // namespace

QByteArray toGraphML(const NetworkGraph &graph)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    const QStringList titles = nodeKeyTitles(graph);
    for (qsizetype k = 0; k < titles.size(); ++k) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("v%1").arg(k));
        xml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("attr.name"), xmlText(titles[k]));
        xml.writeAttribute(QStringLiteral("attr.type"), QStringLiteral("string"));
    }
    for (const char *edgeKey : {"wave", "kind"}) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(edgeKey));
        xml.writeAttribute(QStringLiteral("for"), QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(edgeKey));
        xml.writeAttribute(QStringLiteral("attr.type"), QStringLiteral("string"));
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("collaboration"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (qsizetype v = 0; v < graph.caseIds.size(); ++v) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(v));
        for (qsizetype k = 0; k < titles.size(); ++k) {
            const QString value = nodeValue(graph, v, k);
            if (value.isEmpty())
                continue;
            xml.writeStartElement(QStringLiteral("data"));
            xml.writeAttribute(QStringLiteral("key"), QStringLiteral("v%1").arg(k));
            xml.writeCharacters(xmlText(value));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge &e = graph.edges[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), nodeId(e.a));
        xml.writeAttribute(QStringLiteral("target"), nodeId(e.b));
        for (const auto &[key, value] : {std::pair{"wave", e.wave}, std::pair{"kind", e.kind}}) {
            xml.writeStartElement(QStringLiteral("data"));
            xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
            xml.writeCharacters(xmlText(value));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

QByteArray toGexf(const NetworkGraph &graph)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Crosscut"));
    xml.writeTextElement(QStringLiteral("description"), QStringLiteral("Collaboration network"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));

    // The name is the node's label; the other keys are node attributes.
    const QStringList titles = nodeKeyTitles(graph);
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    for (qsizetype k = 1; k < titles.size(); ++k) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("v%1").arg(k));
        xml.writeAttribute(QStringLiteral("title"), xmlText(titles[k]));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    for (const char *edgeKey : {"wave", "kind"}) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(edgeKey));
        xml.writeAttribute(QStringLiteral("title"), QLatin1String(edgeKey));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("nodes"));
    for (qsizetype v = 0; v < graph.caseIds.size(); ++v) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(v));
        xml.writeAttribute(QStringLiteral("label"), xmlText(graph.names[v]));
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (qsizetype k = 1; k < titles.size(); ++k) {
            const QString value = nodeValue(graph, v, k);
            if (value.isEmpty())
                continue;
            xml.writeEmptyElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QStringLiteral("v%1").arg(k));
            xml.writeAttribute(QStringLiteral("value"), xmlText(value));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge &e = graph.edges[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), nodeId(e.a));
        xml.writeAttribute(QStringLiteral("target"), nodeId(e.b));
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (const auto &[key, value] : {std::pair{"wave", e.wave}, std::pair{"kind", e.kind}}) {
            xml.writeEmptyElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QLatin1String(key));
            xml.writeAttribute(QStringLiteral("value"), xmlText(value));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

}  // namespace crosscut::network
