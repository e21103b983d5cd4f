#include "cli/command.h"
#include "cli/readproject.h"
#include "search/textsearch.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

int runSearch(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.usage(QStringLiteral("--format must be csv or json, not \"%1\"").arg(format));
    int exitCode = Ok;
    auto project = openProjectForReading(ctx, &exitCode);
    if (!project)
        return exitCode;
    auto hits = search::search(*project, ctx.args.positional.value(1));
    if (!hits)
        return ctx.fail(hits.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const search::SearchHit &h : *hits)
            array.append(QJsonObject{{QStringLiteral("document"), h.documentName},
                                     {QStringLiteral("start"), h.start},
                                     {QStringLiteral("end"), h.end},
                                     {QStringLiteral("text"), h.text},
                                     {QStringLiteral("before"), h.before},
                                     {QStringLiteral("after"), h.after}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out << csv::formatRow({QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                               QStringLiteral("text"), QStringLiteral("context")});
    for (const search::SearchHit &h : *hits)
        ctx.out << csv::formatRow({h.documentName, QString::number(h.start), QString::number(h.end), h.text,
                                   h.before + QStringLiteral("[") + h.text + QStringLiteral("]") + h.after});
    return Ok;
}

}  // namespace crosscut::cli
