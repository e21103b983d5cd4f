#include "cli/command.h"
#include "model/codepath.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace crosscut::cli {

int runCodebook(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("tree"));
    if (format != QLatin1String("tree") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.usage(QStringLiteral("--format must be tree, csv or json"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    const QList<Code> codes = project->codes();
    QHash<Id, QString> paths;
    QHash<Id, int> depth;
    for (const Code &c : codes) {
        const QString parentPath = c.parentId ? paths.value(*c.parentId) : QString();
        paths.insert(c.id, parentPath.isEmpty() ? codepath::escapeName(c.name)
                                                : parentPath + QLatin1Char('/') + codepath::escapeName(c.name));
        depth.insert(c.id, c.parentId ? depth.value(*c.parentId) + 1 : 0);
    }
    if (format == QLatin1String("tree")) {
        for (const Code &c : codes) {
            ctx.out << QString(depth.value(c.id) * 2, QLatin1Char(' ')) << c.name;
            if (c.isDimension)
                ctx.out << (c.isBipolar ? "  [bipolar dimension]" : "  [dimension]");
            ctx.out << "\n";
        }
    } else if (format == QLatin1String("csv")) {
        ctx.out << csv::formatRow({QStringLiteral("id"), QStringLiteral("path"), QStringLiteral("name"),
                                   QStringLiteral("parent"), QStringLiteral("dimension"), QStringLiteral("color"),
                                   QStringLiteral("description"), QStringLiteral("shortcut")});
        for (const Code &c : codes)
            ctx.out << csv::formatRow({QString::number(c.id), paths.value(c.id), c.name,
                                       c.parentId ? paths.value(*c.parentId) : QString(),
                                       c.isDimension ? QStringLiteral("true") : QStringLiteral("false"), c.color,
                                       c.description, c.shortcut});
    } else {
        QHash<qint64, QList<Code>> children;
        for (const Code &c : codes)
            children[c.parentId.value_or(0)].append(c);
        std::function<QJsonArray(qint64)> build = [&](qint64 parent) {
            QJsonArray array;
            for (const Code &c : children.value(parent)) {
                QJsonObject o{{QStringLiteral("name"), c.name},
                              {QStringLiteral("path"), paths.value(c.id)},
                              {QStringLiteral("id"), c.id},
                              {QStringLiteral("color"), c.color},
                              {QStringLiteral("description"), c.description},
                              {QStringLiteral("dimension"), c.isDimension},
                              {QStringLiteral("children"), build(c.id)}};
                if (c.isDimension)
                    o.insert(QStringLiteral("bipolar"), c.isBipolar);
                if (c.axisPosition)
                    o.insert(QStringLiteral("axis"), *c.axisPosition);
                array.append(o);
            }
            return array;
        };
        ctx.out << QString::fromUtf8(QJsonDocument(build(0)).toJson(QJsonDocument::Indented));
    }
    return Ok;
}

}  // namespace crosscut::cli
