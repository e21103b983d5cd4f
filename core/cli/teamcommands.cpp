// handout and merge: coder copies of a master project and merging them back
// (team/handout.h, team/merge.h).
//
// Passwords: the master's as for every command (--key-file, CROSSCUT_PASSWORD).
// A copy's: --copy-key-file FILE, else CROSSCUT_COPY_PASSWORD; `handout
// --encrypt` makes the copy with it (or asks, from a terminal), `merge`
// opens every encrypted copy with it and, without either, with the master's.
#include "cli/command.h"
#include "team/handout.h"
#include "team/merge.h"

namespace crosscut::cli {

int runHandout(Context &ctx)
{
    const QString coder = ctx.args.value(QStringLiteral("--coder"));
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (coder.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("handout needs --coder NAME"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("handout needs --out COPY.crosscut"));
    team::HandoutOptions options;
    options.coder = coder;
    options.outPath = out;
    options.blind = ctx.args.has(QStringLiteral("--blind"));
    for (const QString &list : ctx.args.options.value(QStringLiteral("--documents")))
        for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.documents.append(name.trimmed());
    int code = Ok;
    auto master = ctx.openProject(&code);
    if (!master)
        return code;
    if (ctx.args.has(QStringLiteral("--encrypt"))) {
        auto key = ctx.newProjectKey(QStringLiteral("--copy-key-file"), "CROSSCUT_COPY_PASSWORD");
        if (!key)
            return ctx.fail(key.error());
        options.outKey = *key;
    } else if (ctx.args.has(QStringLiteral("--copy-key-file"))) {
        return ctx.usage(QStringLiteral("--copy-key-file goes with --encrypt"));
    }
    auto report = team::handout(*master, options);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "wrote " << out << " for " << coder.trimmed() << (options.blind ? " (blind)" : "") << ": "
            << report->documents << " documents, " << report->codes << " codes, " << report->quotes << " quotes, "
            << report->codings << " codings, " << report->memos << " memos\n";
    if (master->isEncrypted() && options.outKey.isEmpty())
        ctx.err << "crosscut-cli: warning: " << out
                << " is not encrypted: anyone who can read the file can read it (use --encrypt)\n";
    return Ok;
}

int runMerge(Context &ctx)
{
    const QString masterPath = ctx.args.positional.value(0);
    int code = Ok;
    auto master = ctx.openProject(&code);
    if (!master)
        return code;
    ProjectKey copyKey;
    if (ctx.args.has(QStringLiteral("--copy-key-file"))) {
        auto key = ProjectKey::fromKeyFile(ctx.args.value(QStringLiteral("--copy-key-file")));
        if (!key)
            return ctx.fail(key.error());
        copyKey = *key;
    } else if (const QString password = qEnvironmentVariable("CROSSCUT_COPY_PASSWORD"); !password.isEmpty()) {
        copyKey = ProjectKey::fromPassword(password);
    } else {
        auto key = ctx.projectKey(false, masterPath);  // the master's, if any
        if (!key)
            return ctx.fail(key.error());
        copyKey = *key;
    }
    QList<team::MergeSource> sources;
    for (const QString &file : ctx.args.positional.mid(1))
        sources.append({file, copyKey});
    team::MergeOptions options;
    options.keepBoth = ctx.args.has(QStringLiteral("--keep-both"));
    options.theirs = ctx.args.has(QStringLiteral("--theirs"));
    auto report = team::mergeProjects(*master, sources, options);
    if (!report)
        return ctx.fail(report.error());
    for (const QString &line : report->lines())
        ctx.out << line << "\n";
    return Ok;
}

}  // namespace crosscut::cli
