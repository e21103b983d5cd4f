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
    // Hits are written a document at a time as the stream finds them, not
    // gathered into one list first (12,000 hits of 45 transcripts: issue #19).
    const QString query = ctx.args.positional.value(1);
    if (query.trimmed().isEmpty())
        return ctx.fail(ErrorKind::Invalid, QStringLiteral("the search query is empty"));
    auto stream = search::HitStream::open(*project, search::searchQuery(query));
    if (!stream)
        return ctx.fail(stream.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        while (!stream->atEnd())
            for (const search::SearchHit &h : stream->next())
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
    while (!stream->atEnd()) {
        QString rows;
        for (const search::SearchHit &h : stream->next())
            rows += csv::formatRow({h.documentName, QString::number(h.start), QString::number(h.end), h.text,
                                    h.before + QStringLiteral("[") + h.text + QStringLiteral("]") + h.after});
        ctx.out << rows;
    }
    return Ok;
}

}  // namespace crosscut::cli
