// crosscut-cli words: word and phrase frequencies (see text/words.h).
#include "cli/command.h"
#include "cli/wordsrequest.h"
#include "export/tableformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

namespace {

QJsonObject wordsJson(const text::WordFrequencies &f)
{
    QJsonArray groups;
    for (const QString &g : f.groups)
        groups.append(g);
    QJsonArray words;
    for (const text::WordCount &w : f.words) {
        QJsonObject o{{QStringLiteral("word"), w.word},
                      {QStringLiteral("count"), w.count},
                      {QStringLiteral("documents"), w.documents}};
        if (!f.groups.isEmpty()) {
            QJsonArray counts;
            for (const qint64 n : w.groups)
                counts.append(n);
            o.insert(QStringLiteral("groups"), counts);
        }
        words.append(o);
    }
    QJsonObject o{{QStringLiteral("ngram"), f.ngram},
                  {QStringLiteral("documents"), f.documents},
                  {QStringLiteral("tokens"), f.tokens},
                  {QStringLiteral("words"), words}};
    if (!f.groups.isEmpty()) {
        o.insert(QStringLiteral("by"), f.groupHeader);
        o.insert(QStringLiteral("groups"), groups);
    }
    return o;
}

}  // namespace

int runWords(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be csv, json or md"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto request = wordRequestFromArgs(ctx.args, *project);
    if (!request)
        return request.error().kind == ErrorKind::Invalid ? ctx.usage(request.message()) : ctx.fail(request.error());
    auto result = text::wordFrequencies(*project, *request);
    if (!result)
        return ctx.fail(result.error());
    if (format == QLatin1String("json"))
        return ctx.emitResult(QJsonDocument(wordsJson(*result)).toJson(QJsonDocument::Compact) + '\n');
    const analysis::Table table = result->table();
    return ctx.emitResult(format == QLatin1String("csv") ? exporting::tableToCsv(table)
                                                         : exporting::tableToMarkdown(table).toUtf8());
}

}  // namespace crosscut::cli
