// crosscut-cli cooccurrence: code co-occurrence by overlap, and the code ×
// document / code × case tables (see analysis/cooccurrence.h).
#include "analysis/cooccurrence.h"
#include "analysis/snapshot.h"
#include "cli/command.h"
#include "export/atomicfile.h"
#include "export/tableformats.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

int runCooccurrence(Context &ctx)
{
    using namespace analysis;
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be csv, json or md"));
    const QString by = ctx.args.value(QStringLiteral("--by"), QStringLiteral("codes"));
    if (by != QLatin1String("codes") && by != QLatin1String("documents") && by != QLatin1String("cases"))
        return ctx.usage(QStringLiteral("--by must be codes, documents or cases"));
    const QString measure = ctx.args.value(QStringLiteral("--measure"), QStringLiteral("count"));
    if (measure != QLatin1String("count") && measure != QLatin1String("coefficient") && measure != QLatin1String("jaccard"))
        return ctx.usage(QStringLiteral("--measure must be count, coefficient or jaccard"));
    QStringList both;
    if (ctx.args.has(QStringLiteral("--both"))) {
        auto spec = AxisSpec::parse(QStringLiteral("codes:") + ctx.args.value(QStringLiteral("--both")));
        if (!spec || spec->codes.size() != 2)
            return ctx.usage(QStringLiteral("--both takes two code paths: --both PATH,PATH"));
        if (format == QLatin1String("md"))
            return ctx.usage(QStringLiteral("--both writes csv or json"));
        both = spec->codes;
    }

    CooccurrenceRequest request;
    if (ctx.args.has(QStringLiteral("--codes"))) {
        auto spec = AxisSpec::parse(QStringLiteral("codes:") + ctx.args.value(QStringLiteral("--codes")));
        if (!spec)
            return ctx.usage(QStringLiteral("--codes: ") + spec.message());
        request.codes = spec->codes;
    }
    request.filter.coders = ctx.args.options.value(QStringLiteral("--coder"));
    request.filter.documents = ctx.args.options.value(QStringLiteral("--doc"));

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto snapshot = Snapshot::load(*project);
    if (!snapshot)
        return ctx.fail(snapshot.error());

    QByteArray data;
    if (!both.isEmpty()) {
        auto ids = quotesCodedWithBoth(*snapshot, both[0], both[1], request.filter);
        if (!ids)
            return ctx.fail(ids.error());
        auto excerpts = quoteExcerpts(*project, *ids, 0);
        if (!excerpts)
            return ctx.fail(excerpts.error());
        if (format == QLatin1String("json")) {
            QJsonArray quotes;
            for (const QuoteExcerpt &e : *excerpts)
                quotes.append(QJsonObject{{QStringLiteral("quote"), e.quoteId},
                                          {QStringLiteral("document"), e.documentName},
                                          {QStringLiteral("start"), e.start},
                                          {QStringLiteral("end"), e.end},
                                          {QStringLiteral("text"), e.text},
                                          {QStringLiteral("codes"), QJsonArray::fromStringList(e.codes)}});
            data = QJsonDocument(quotes).toJson(QJsonDocument::Compact) + '\n';
        } else {
            data = csv::formatRow({QStringLiteral("quote"), QStringLiteral("document"), QStringLiteral("start"),
                                   QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("codes")})
                       .toUtf8();
            for (const QuoteExcerpt &e : *excerpts)
                data += csv::formatRow({QString::number(e.quoteId), e.documentName, QString::number(e.start),
                                        QString::number(e.end), e.text, e.codes.join(QLatin1Char(';'))})
                            .toUtf8();
        }
        return ctx.emitResult(data);
    }
    if (by == QLatin1String("codes")) {
        auto result = computeCooccurrence(*snapshot, request);
        if (!result)
            return ctx.fail(result.error());
        if (format == QLatin1String("json")) {
            QJsonArray codes, quotes, counts, coefficients, withBoth, jaccard;
            for (qsizetype a = 0; a < result->codes.size(); ++a) {
                codes.append(result->codes[a].text);
                quotes.append(result->quoteCounts[a]);
                QJsonArray countRow, coefficientRow, bothRow, jaccardRow;
                for (qsizetype b = 0; b < result->codes.size(); ++b) {
                    countRow.append(result->counts[a][b]);
                    coefficientRow.append(result->coefficients[a][b]);
                    bothRow.append(result->withBoth[a][b]);
                    jaccardRow.append(result->jaccard[a][b]);
                }
                counts.append(countRow);
                coefficients.append(coefficientRow);
                withBoth.append(bothRow);
                jaccard.append(jaccardRow);
            }
            data = QJsonDocument(QJsonObject{{QStringLiteral("codes"), codes},
                                             {QStringLiteral("quotes"), quotes},
                                             {QStringLiteral("counts"), counts},
                                             {QStringLiteral("coefficients"), coefficients},
                                             {QStringLiteral("with_both"), withBoth},
                                             {QStringLiteral("jaccard"), jaccard}})
                       .toJson(QJsonDocument::Compact)
                   + '\n';
        } else {
            const Table t = measure == QLatin1String("count")         ? result->countTable()
                            : measure == QLatin1String("coefficient") ? result->coefficientTable()
                                                                      : result->jaccardTable();
            data = format == QLatin1String("csv") ? exporting::tableToCsv(t) : exporting::tableToMarkdown(t).toUtf8();
        }
    } else {
        const bool presence = ctx.args.has(QStringLiteral("--presence"));
        auto t = by == QLatin1String("documents") ? codeByDocumentTable(*snapshot, request, presence)
                                                  : codeByCaseTable(*snapshot, request, presence);
        if (!t)
            return ctx.fail(t.error());
        data = format == QLatin1String("csv")    ? exporting::tableToCsv(*t)
               : format == QLatin1String("json") ? QJsonDocument(exporting::tableToJson(*t)).toJson(QJsonDocument::Compact) + '\n'
                                                 : exporting::tableToMarkdown(*t).toUtf8();
    }
    return ctx.emitResult(data);
}

}  // namespace crosscut::cli
