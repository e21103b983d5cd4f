#include "cli/command.h"
#include "project/integrity.h"

namespace crosscut::cli {

int runCheck(Context &ctx)
{
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    const IntegrityReport report = checkIntegrity(*project);
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
