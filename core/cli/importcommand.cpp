#include "cli/command.h"
#include "import/documentreader.h"
#include "import/pdflayout.h"

#include <algorithm>

namespace crosscut::cli {

// All files are read before anything is written, and stored in one
// transaction: one bad file imports nothing.
int runImport(Context &ctx)
{
    const QStringList files = ctx.args.positional.mid(1);
    QString kind = ctx.args.value(QStringLiteral("--kind"));
    if (ctx.args.has(QStringLiteral("--kind")) && kind != DocumentKind::Interview && kind != DocumentKind::FocusGroup
        && kind != DocumentKind::Notes)
        return ctx.usage(QStringLiteral("--kind must be interview, focus-group or notes, not \"%1\"").arg(kind));
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto ids = import::importFiles(*project, files, kind);
    if (!ids)
        return ctx.fail(ids.error());
    for (Id id : *ids) {
        const auto doc = project->document(id);
        const QList<SpeakerTurn> turns = project->speakerTurns(id);
        const bool pages = import::isPdfSourceFile(doc->sourceFile) && !turns.isEmpty()
                           && std::all_of(turns.cbegin(), turns.cend(), [](const SpeakerTurn &t) {
                                  return import::pageFromTurnLabel(t.speaker).has_value();
                              });
        ctx.out << "imported " << doc->name << " (" << doc->kind << ", " << doc->length << " code points, "
                << turns.size() << (pages ? " pages)\n" : " speaker turns)\n");
    }
    return Ok;
}

}  // namespace crosscut::cli
