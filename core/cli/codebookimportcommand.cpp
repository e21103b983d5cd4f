#include "cli/command.h"
#include "interop/refiqda.h"

namespace crosscut::cli {

// codebook-import PROJECT FILE.qdc: merges a REFI-QDA codebook by name path.
int runCodebookImport(Context &ctx)
{
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto summary = interop::importCodebook(*project, ctx.args.positional.value(1));
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << summary->toText();
    return Ok;
}

}  // namespace crosscut::cli
