#include "support/docxreadback.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace crosscut::test {

namespace {

const char *kReadBack = R"PY(
import docx, json, sys
d = docx.Document(sys.argv[1])
out = {"paragraphs": [], "tables": [], "pictures": len(d.inline_shapes),
       "title": d.core_properties.title,
       "header": [p.text for p in d.sections[0].header.paragraphs]}
for p in d.paragraphs:
    bidi = p._p.pPr is not None and p._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None
    out["paragraphs"].append({"style": p.style.name, "text": p.text, "bidi": bidi})
for t in d.tables:
    out["tables"].append([[c.text for c in row.cells] for row in t.rows])
print(json.dumps(out, ensure_ascii=False))
)PY";

}  // namespace

QString debianPython()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
}

QString docxReaderMissing()
{
    QProcess p;
    p.start(debianPython(), {QStringLiteral("-c"), QStringLiteral("import docx")});
    if (!p.waitForFinished(60000))
        return QStringLiteral("python3 did not answer");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("python3-docx is needed (installer/install-deps.sh installs it): ") +
               QString::fromUtf8(p.readAllStandardError());
    return {};
}

QJsonObject readDocxBack(const QString &path, QString *error)
{
    QProcess p;
    p.start(debianPython(), {QStringLiteral("-c"), QString::fromUtf8(kReadBack), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &parse);
    if (!doc.isObject()) {
        if (error)
            *error = parse.errorString();
        return {};
    }
    return doc.object();
}

}  // namespace crosscut::test
