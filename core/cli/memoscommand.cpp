// crosscut-cli memos: every memo and live flag, filtered, as Markdown, CSV,
// JSON, HTML or DOCX (analysis/memolist.h, export/memoexport.h).
#include "analysis/memolist.h"
#include "cli/command.h"
#include "export/memoexport.h"

#include <QDate>

namespace crosscut::cli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

}  // namespace

int runMemos(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("md"));
    const QStringList formats{QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("html"),
                              QStringLiteral("docx")};
    if (!formats.contains(format))
        return ctx.usage(QStringLiteral("--format must be md, csv, json, html or docx"));
    if (format == QLatin1String("docx") && !ctx.args.has(QStringLiteral("--out")))
        return ctx.usage(QStringLiteral("--format docx needs --out FILE.docx"));

    analysis::MemoFilter filter;
    QStringList summary;
    if (ctx.args.has(QStringLiteral("--kind"))) {
        const QStringList keys = ctx.args.value(QStringLiteral("--kind")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            const std::optional<analysis::MemoKind> kind = analysis::memoKindFromKey(key);
            if (!kind)
                return ctx.usage(QStringLiteral("unknown memo kind \"%1\" (project, document, code, quote, case, live)")
                                     .arg(key.trimmed()));
            if (!filter.kinds.contains(*kind))
                filter.kinds.append(*kind);
        }
        if (filter.kinds.isEmpty())
            return ctx.usage(QStringLiteral("--kind needs at least one kind"));
        QStringList names;
        for (analysis::MemoKind k : std::as_const(filter.kinds))
            names << analysis::memoKindKey(k);
        summary << QStringLiteral("kind: %1").arg(names.join(QLatin1Char(',')));
    }
    for (const char *option : {"--since", "--until"}) {
        const QString name = QString::fromLatin1(option);
        if (!ctx.args.has(name))
            continue;
        const std::optional<QDate> d = parseDate(ctx.args.value(name));
        if (!d)
            return ctx.usage(QStringLiteral("%1 takes a date YYYY-MM-DD, not \"%2\"").arg(name, ctx.args.value(name)));
        (name == QLatin1String("--since") ? filter.since : filter.until) = d;
        summary << QStringLiteral("%1 %2").arg(name.mid(2), d->toString(Qt::ISODate));
    }
    if (filter.since && filter.until && *filter.since > *filter.until)
        return ctx.usage(QStringLiteral("--since is after --until"));

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    if (ctx.args.has(QStringLiteral("--author"))) {
        filter.author = ctx.args.value(QStringLiteral("--author"));
        if (!project->findCoder(filter.author))
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no coder named \"%1\"").arg(filter.author));
        summary << QStringLiteral("author: %1").arg(filter.author);
    }
    if (ctx.args.has(QStringLiteral("--search"))) {
        filter.search = ctx.args.value(QStringLiteral("--search"));
        summary << QStringLiteral("search: %1").arg(filter.search);
    }

    const QList<analysis::MemoEntry> memos = analysis::listMemos(*project, filter, analysis::MemoSort::Created);
    const exporting::MemoExportInfo info{project->name(), summary.join(QStringLiteral(" · "))};
    QByteArray data;
    if (format == QLatin1String("md"))
        data = exporting::memosToMarkdown(memos, info);
    else if (format == QLatin1String("csv"))
        data = exporting::memosToCsv(memos);
    else if (format == QLatin1String("json"))
        data = exporting::memosToJson(memos);
    else if (format == QLatin1String("html"))
        data = exporting::memosToHtml(memos, info);
    else {
        Result<QByteArray> docx = exporting::memosToDocx(memos, info);
        if (!docx)
            return ctx.fail(docx.error());
        data = *docx;
    }
    return ctx.emitResult(data);
}

}  // namespace crosscut::cli
