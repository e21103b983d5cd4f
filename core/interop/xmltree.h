#pragma once
// A small element tree read from untrusted QDA-XML with QXmlStreamReader:
// DTDs (and with them every entity declaration) are refused, nesting depth is
// capped, and a malformed document is reported with its line and column.
// Element and attribute names are kept without namespace, so the older
// QDA-XML namespaces read the same as urn:QDA-XML:project:1.0.

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace crosscut::interop {

struct XmlNode {
    QString name;       // local name
    QString namespaceUri;
    QHash<QString, QString> attributes;  // by local name
    QString text;       // character data directly inside the element
    QList<std::shared_ptr<XmlNode>> children;
    qint64 line = 0;

    QString attr(const QString &key) const { return attributes.value(key); }
    const XmlNode *child(const QString &childName) const;
    QList<const XmlNode *> childrenNamed(const QString &childName) const;
    // Text of the named child element, or an empty (never null) string.
    QString childText(const QString &childName) const;
};

// Parses `data`; `what` names the document in error messages.
Result<std::shared_ptr<XmlNode>> parseXml(const QByteArray &data, const QString &what);

}  // namespace crosscut::interop
