#include "cli/command.h"
#include "project/integrity.h"

namespace crosscut::cli {

int runCheck(Context &ctx)
{
    // check never refuses a corrupt project (it reports it) and opens a
    // read-only copy, or one with a leftover -wal, read-only.
    auto key = ctx.projectKey(true, ctx.args.positional.value(0));
    if (!key)
        return ctx.fail(key.error());
    auto opened = Project::openForCheck(ctx.args.positional.value(0), *key);
    if (!opened)
        return ctx.fail(opened.error());
    auto project = std::move(opened).value();
    if (project->isReadOnly())
        ctx.out << "(opened read-only: nothing is written, a leftover -wal stays as it is)\n";
    IntegrityReport report = checkIntegrity(*project);
    for (const QString &warning : project->openWarnings())
        report.problems.prepend(QStringLiteral("write-ahead log: %1").arg(warning));
    for (const QString &line : report.passed)
        ctx.out << "ok      " << line << "\n";
    for (const QString &line : report.problems)
        ctx.out << "PROBLEM " << line << "\n";
    if (!report.problems.isEmpty()) {
        ctx.err << "crosscut-cli: " << report.problems.size() << " integrity problem(s) in " << project->path() << "\n";
        return Corrupt;
    }
    ctx.out << "project is consistent\n";
    return Ok;
}

}  // namespace crosscut::cli
