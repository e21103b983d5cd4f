#include "codebook/codebooktemplate.h"

#include "project/projectwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::codebook {

namespace {

Result<QJsonArray> readTemplate(const QString &nameOrPath)
{
    const QString path = builtinTemplates().contains(nameOrPath) ? QStringLiteral(":/templates/%1.json").arg(nameOrPath)
                                                                  : nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("no codebook template \"%1\" (built in: %2; or give a JSON file)")
                             .arg(nameOrPath, builtinTemplates().join(QStringLiteral(", "))));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return makeError(ErrorKind::Invalid, QStringLiteral("template %1 is not valid JSON at offset %2: %3")
                                                 .arg(path)
                                                 .arg(error.offset)
                                                 .arg(error.errorString()));
    if (!doc.isObject() || !doc.object().value(QLatin1String("codes")).isArray())
        return makeError(ErrorKind::Invalid, QStringLiteral("template %1 has no \"codes\" array").arg(path));
    return doc.object().value(QLatin1String("codes")).toArray();
}

Status addCodes(ProjectWriter &w, std::optional<Id> parent, const QJsonArray &codes, bool inDimension)
{
    for (const QJsonValue &value : codes) {
        const QJsonObject o = value.toObject();
        CodeSpec spec;
        spec.name = o.value(QLatin1String("name")).toString();
        spec.color = o.value(QLatin1String("color")).toString();
        spec.description = o.value(QLatin1String("description")).toString();
        spec.shortcut = o.value(QLatin1String("shortcut")).toString();
        spec.isDimension = o.value(QLatin1String("dimension")).toBool();
        spec.isBipolar = o.value(QLatin1String("bipolar")).toBool();
        if (inDimension && o.contains(QLatin1String("axis")))
            spec.axisPosition = o.value(QLatin1String("axis")).toDouble();
        if (spec.name.trimmed().isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("a code in the template has no name"));

        spec.guid = o.value(QLatin1String("guid")).toString();
        std::optional<Id> id;
        if (!spec.guid.isEmpty()) {
            sql::Statement &byGuid = w.project().statement("SELECT id FROM code WHERE guid = ?");
            byGuid.bind(1, spec.guid);
            if (byGuid.next())
                id = byGuid.int64(0);
            byGuid.reset();
        }
        sql::Statement &find = w.project().statement("SELECT id FROM code WHERE parent_id IS ? AND name = ?");
        if (parent)
            find.bind(1, *parent);
        else
            find.bindNull(1);
        find.bind(2, spec.name.trimmed());
        if (!id && find.next())
            id = find.int64(0);
        find.reset();
        if (!id) {
            auto created = w.insertCode(parent, spec);
            if (!created)
                return created.error();
            id = *created;
        }
        if (Status s = addCodes(w, id, o.value(QLatin1String("children")).toArray(), spec.isDimension); !s)
            return s;
    }
    return {};
}

}  // namespace

QStringList intersectionalTemplateLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("id"),
            QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ur")};
}

QString intersectionalTemplate(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("intersectional");
    return intersectionalTemplateLanguages().contains(language) ? QStringLiteral("intersectional-") + language
                                                                 : QString();
}

QStringList builtinTemplates()
{
    QStringList names;
    for (const QString &language : intersectionalTemplateLanguages())
        names << intersectionalTemplate(language);
    names << QStringLiteral("empty");
    return names;
}

Status applyTemplate(Project &project, const QString &nameOrPath)
{
    auto codes = readTemplate(nameOrPath);
    if (!codes)
        return codes.error();
    return project.transact(QObject::tr("Load codebook template %1").arg(nameOrPath),
                            [&](ProjectWriter &w) { return addCodes(w, std::nullopt, *codes, false); });
}

}  // namespace crosscut::codebook
