#include "interop/xmltree.h"

#include <QXmlStreamReader>

namespace crosscut::interop {

namespace {
constexpr int kMaxDepth = 256;
}

const XmlNode *XmlNode::child(const QString &childName) const
{
    for (const auto &c : children) {
        if (c->name == childName)
            return c.get();
    }
    return nullptr;
}

QList<const XmlNode *> XmlNode::childrenNamed(const QString &childName) const
{
    QList<const XmlNode *> out;
    for (const auto &c : children) {
        if (c->name == childName)
            out.append(c.get());
    }
    return out;
}

QString XmlNode::childText(const QString &childName) const
{
    // Never null: NOT NULL columns take what this returns.
    const XmlNode *c = child(childName);
    return c && !c->text.isNull() ? c->text : QStringLiteral("");
}

Result<std::shared_ptr<XmlNode>> parseXml(const QByteArray &data, const QString &what)
{
    QXmlStreamReader reader(data);
    std::shared_ptr<XmlNode> root;
    QList<XmlNode *> stack;
    auto located = [&](const QString &message) {
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1: line %2, column %3: %4")
                                                 .arg(what)
                                                 .arg(reader.lineNumber())
                                                 .arg(reader.columnNumber())
                                                 .arg(message));
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return located(QStringLiteral("the document has a DTD; Crosscut refuses DTDs and entity declarations "
                                          "(they can read local files or exhaust memory)"));
        case QXmlStreamReader::EntityReference:
            return located(QStringLiteral("the document refers to the undeclared entity &%1;").arg(reader.name()));
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= kMaxDepth)
                return located(QStringLiteral("elements are nested deeper than %1 levels").arg(kMaxDepth));
            auto node = std::make_shared<XmlNode>();
            node->name = reader.name().toString();
            node->namespaceUri = reader.namespaceUri().toString();
            node->line = reader.lineNumber();
            const QXmlStreamAttributes attrs = reader.attributes();
            for (const QXmlStreamAttribute &a : attrs)
                node->attributes.insert(a.name().toString(), a.value().toString());
            XmlNode *raw = node.get();
            if (stack.isEmpty()) {
                if (root)
                    return located(QStringLiteral("more than one root element"));
                root = node;
            } else {
                stack.last()->children.append(node);
            }
            stack.append(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last()->text.append(reader.text());
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return located(reader.errorString());
    if (!root)
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1 holds no XML element").arg(what));
    return root;
}

}  // namespace crosscut::interop
