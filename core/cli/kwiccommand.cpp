// crosscut-cli kwic: keyword in context, sortable, and codeable (--apply
// codes the hits' sentences as one undoable operation).
#include "cli/command.h"
#include "cli/readproject.h"
#include "search/autocode.h"
#include "search/kwic.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

namespace {

QString markdownCell(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return s;
}

}  // namespace

int runKwic(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be csv, json or md, not \"%1\"").arg(format));
    const QString sortName = ctx.args.value(QStringLiteral("--sort"), QStringLiteral("document"));
    const auto sort = search::parseKwicSort(sortName);
    if (!sort)
        return ctx.usage(QStringLiteral("--sort must be left, right or document, not \"%1\"").arg(sortName));
    bool widthOk = true;
    const int width = ctx.args.value(QStringLiteral("--width"), QStringLiteral("40")).toInt(&widthOk);
    if (!widthOk || width < 0 || width > 10000)
        return ctx.usage(QStringLiteral("--width must be a number of code points from 0 to 10000, not \"%1\"")
                             .arg(ctx.args.value(QStringLiteral("--width"))));
    const QString phrase = ctx.args.positional.value(1);
    if (phrase.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("give the word or phrase to show in context"));
    int exitCode = Ok;
    // Only --apply writes: it opens the project as every writing command does.
    const bool apply = ctx.args.has(QStringLiteral("--apply"));
    auto project = apply ? ctx.openProject(&exitCode) : openProjectForReading(ctx, &exitCode);
    if (!project)
        return exitCode;
    std::optional<Id> code;
    if (ctx.args.has(QStringLiteral("--apply"))) {
        auto resolved = project->resolveCodePath(ctx.args.value(QStringLiteral("--apply")));
        if (!resolved)
            return ctx.fail(resolved.error());
        code = *resolved;
    }
    auto hits = search::kwic(*project, phrase, ctx.args.has(QStringLiteral("--whole-word")), width);
    if (!hits)
        return ctx.fail(hits.error());
    if (code) {
        auto added = search::autoCode(*project, *hits, *code, static_cast<int>(search::Expand::Sentence));
        if (!added)
            return ctx.fail(added.error());
        ctx.out << "coded the sentences of " << hits->size() << " hit(s) with "
                << ctx.args.value(QStringLiteral("--apply")) << ": " << *added << " new coding(s)\n";
        return Ok;
    }
    search::sortHits(*hits, *sort);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const search::SearchHit &h : *hits)
            array.append(QJsonObject{{QStringLiteral("document"), h.documentName},
                                     {QStringLiteral("start"), h.start},
                                     {QStringLiteral("end"), h.end},
                                     {QStringLiteral("left"), h.before},
                                     {QStringLiteral("keyword"), h.text},
                                     {QStringLiteral("right"), h.after},
                                     {QStringLiteral("sentence_start"), h.sentenceStart},
                                     {QStringLiteral("sentence_end"), h.sentenceEnd}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (format == QLatin1String("md")) {
        // Left context right-aligned, so that the keywords line up.
        ctx.out << "| left | keyword | right | document |\n|---:|:---:|:---|:---|\n";
        for (const search::SearchHit &h : *hits)
            ctx.out << "| " << markdownCell(h.before) << " | **" << markdownCell(h.text) << "** | "
                    << markdownCell(h.after) << " | " << markdownCell(h.documentName) << " |\n";
        return Ok;
    }
    ctx.out << csv::formatRow({QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                               QStringLiteral("left"), QStringLiteral("keyword"), QStringLiteral("right"),
                               QStringLiteral("sentence_start"), QStringLiteral("sentence_end")});
    for (const search::SearchHit &h : *hits)
        ctx.out << csv::formatRow({h.documentName, QString::number(h.start), QString::number(h.end), h.before, h.text,
                                   h.after, QString::number(h.sentenceStart), QString::number(h.sentenceEnd)});
    return Ok;
}

}  // namespace crosscut::cli
