#include "cli/command.h"

namespace crosscut::cli {

namespace {
int replay(Context &ctx, bool undoing)
{
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    const QString label = undoing ? project->undoLabel() : project->redoLabel();
    if (Status s = undoing ? project->undo() : project->redo(); !s)
        return ctx.fail(s.error());
    ctx.out << (undoing ? "undone: " : "redone: ") << label << "\n";
    return Ok;
}
}  // namespace

int runUndo(Context &ctx) { return replay(ctx, true); }
int runRedo(Context &ctx) { return replay(ctx, false); }

int runHistory(Context &ctx)
{
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    bool ok = true;
    const int limit = ctx.args.has(QStringLiteral("--limit")) ? ctx.args.value(QStringLiteral("--limit")).toInt(&ok) : 50;
    if (!ok || limit <= 0)
        return ctx.usage(QStringLiteral("--limit takes a positive number"));
    for (const Operation &op : project->history(limit)) {
        const char *state = op.state == Operation::State::Done ? "done" : op.state == Operation::State::Undone ? "undone" : "discarded";
        ctx.out << op.id << "\t" << op.createdAt << "\t" << state << "\t" << op.coder << "\t" << op.label << "\n";
    }
    return Ok;
}

}  // namespace crosscut::cli
