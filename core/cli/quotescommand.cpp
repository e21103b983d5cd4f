// crosscut-cli quotes: the retrieved quotes with where they come from and
// what is known about them, as CSV, JSON, HTML (stdout or --out), XLSX or
// DOCX (--out) — export/quoteexport.h.
#include "analysis/snapshot.h"
#include "cli/command.h"
#include "export/atomicfile.h"
#include "export/quoteexport.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace crosscut::cli {

int runQuotes(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (!exporting::quoteExportFormats().contains(format))
        return ctx.usage(QStringLiteral("--format must be csv, json, xlsx, docx or html"));
    const bool hasOut = ctx.args.has(QStringLiteral("--out"));
    const QString outPath = ctx.args.value(QStringLiteral("--out"));
    if ((format == QLatin1String("xlsx") || format == QLatin1String("docx")) && !hasOut)
        return ctx.usage(QStringLiteral("--format %1 needs --out FILE").arg(format));
    if (hasOut && outPath.isEmpty())
        return ctx.usage(QStringLiteral("--out needs a file name"));
    exporting::QuoteGrouping grouping = exporting::QuoteGrouping::Code;
    if (ctx.args.has(QStringLiteral("--group-by"))) {
        const QString by = ctx.args.value(QStringLiteral("--group-by"));
        if (by == QLatin1String("document"))
            grouping = exporting::QuoteGrouping::Document;
        else if (by != QLatin1String("code"))
            return ctx.usage(QStringLiteral("--group-by must be code or document"));
        if (format != QLatin1String("docx") && format != QLatin1String("html"))
            return ctx.usage(QStringLiteral("--group-by applies to --format docx or html"));
    }
    // A bad target is refused before the project is read.
    if (hasOut)
        if (Status target = exporting::checkWritableTarget(outPath); !target)
            return ctx.fail(target.error());

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;

    exporting::QuoteExportOptions options;
    options.redact = ctx.args.has(QStringLiteral("--redact"));
    options.title = QStringLiteral("Quotes — %1").arg(QFileInfo(ctx.args.positional.value(0)).completeBaseName());
    QStringList summary;

    QSet<Id> wantedCodes;
    if (ctx.args.has(QStringLiteral("--code"))) {
        auto id = project->resolveCodePath(ctx.args.value(QStringLiteral("--code")));
        if (!id)
            return ctx.fail(id.error());
        const QList<Id> ids = project->codeDescendants(*id);
        wantedCodes = QSet<Id>(ids.cbegin(), ids.cend());
        options.focusCodes = {project->codePath(*id)};
        summary << QStringLiteral("code: %1").arg(project->codePath(*id));
    }
    std::optional<Id> wantedDoc;
    if (ctx.args.has(QStringLiteral("--doc"))) {
        auto doc = project->findDocument(ctx.args.value(QStringLiteral("--doc")));
        if (!doc)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(ctx.args.value(QStringLiteral("--doc"))));
        wantedDoc = doc->id;
        if (!options.redact)
            summary << QStringLiteral("document: %1").arg(doc->name);
    }
    std::optional<Id> wantedCoder;
    if (ctx.args.has(QStringLiteral("--coder"))) {
        auto coder = project->findCoder(ctx.args.value(QStringLiteral("--coder")));
        if (!coder)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no coder named \"%1\"").arg(ctx.args.value(QStringLiteral("--coder"))));
        wantedCoder = coder->id;
        options.coder = coder->id;
        summary << QStringLiteral("coder: %1").arg(coder->name);
    }

    auto snapshot = analysis::Snapshot::load(*project);
    if (!snapshot)
        return ctx.fail(snapshot.error());
    // --case: the quotes that carry the case (analysis/matrix.h): its
    // document belongs to the case, or the speaker turn containing its start
    // is the case's.
    int wantedCase = -1;
    if (ctx.args.has(QStringLiteral("--case"))) {
        const QString name = ctx.args.value(QStringLiteral("--case"));
        wantedCase = snapshot->caseIndex(name);
        if (wantedCase < 0)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no case named \"%1\"").arg(name));
        if (!options.redact)
            summary << QStringLiteral("case: %1").arg(name);
    }
    options.summary = summary.join(QStringLiteral(" · "));

    // Per quote: whether it carries the case, whether a (wanted coder's)
    // coding matches the wanted codes, whether it has such a coding at all.
    struct Facts {
        bool carriesCase = false;
        bool coded = false;
        bool matches = false;
    };
    QHash<Id, Facts> facts;
    for (const auto &q : snapshot->quotes()) {
        Facts f;
        f.carriesCase = wantedCase >= 0 && std::find(q.cases.begin(), q.cases.end(), wantedCase) != q.cases.end();
        for (std::uint32_t c = q.firstCoding; c < q.endCoding; ++c) {
            const auto &coding = snapshot->codings()[c];
            if (wantedCoder && snapshot->coders()[static_cast<size_t>(coding.coder)].id != *wantedCoder)
                continue;
            f.coded = true;
            if (wantedCodes.isEmpty() || wantedCodes.contains(snapshot->codes()[static_cast<size_t>(coding.code)].id))
                f.matches = true;
        }
        facts.insert(q.id, f);
    }

    QList<Id> ids;
    for (const Document &doc : project->documents()) {
        if (wantedDoc && doc.id != *wantedDoc)
            continue;
        for (const Quote &q : project->quotes(doc.id)) {
            const Facts f = facts.value(q.id);
            // A filter by code or coder keeps only quotes it matches; without
            // one, uncoded quotes are listed too.
            if ((!wantedCodes.isEmpty() || wantedCoder) && (!f.coded || !f.matches))
                continue;
            if (wantedCase >= 0 && !f.carriesCase)
                continue;
            ids.append(q.id);
        }
    }

    auto quotes = exporting::collectQuoteExport(*project, ids, options);
    if (!quotes)
        return ctx.fail(quotes.error());
    if (hasOut) {
        if (Status written = exporting::writeQuotes(outPath, format, *quotes, grouping); !written)
            return ctx.fail(written.error());
        return Ok;
    }
    if (format == QLatin1String("csv"))
        ctx.out << QString::fromUtf8(exporting::quotesToCsv(*quotes));
    else if (format == QLatin1String("json"))
        ctx.out << QString::fromUtf8(exporting::quotesToJson(*quotes));
    else
        ctx.out << QString::fromUtf8(exporting::quotesToHtml(*quotes, grouping));
    return Ok;
}

}  // namespace crosscut::cli
