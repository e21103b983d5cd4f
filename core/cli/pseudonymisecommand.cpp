// crosscut-cli pseudonymise PROJECT --names FILE.csv [--key-out KEY.csv]
#include "cli/command.h"
#include "privacy/namelist.h"
#include "privacy/pseudonymise.h"

namespace crosscut::cli {

int runPseudonymise(Context &ctx)
{
    if (!ctx.args.has(QStringLiteral("--names")))
        return ctx.usage(QStringLiteral("pseudonymise needs --names FILE.csv (header name,pseudonym)"));
    // Everything is checked before the project is opened: a bad list
    // leaves the project byte for byte as it was.
    auto names = privacy::readNameFile(ctx.args.value(QStringLiteral("--names")));
    if (!names)
        return ctx.fail(names.error());
    const QString keyOut = ctx.args.value(QStringLiteral("--key-out"));
    if (ctx.args.has(QStringLiteral("--key-out")))
        if (Status s = privacy::checkKeyFile(keyOut); !s)
            return ctx.fail(s.error());
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto summary = privacy::pseudonymise(*project, *names, keyOut);
    if (!summary)
        return ctx.fail(summary.error());
    int documentsTouched = 0;
    for (const auto &d : summary->documents)
        documentsTouched += d.occurrences > 0 ? 1 : 0;
    ctx.out << "pseudonymised " << summary->textOccurrences << " occurrences in " << documentsTouched << " of "
            << summary->documents.size() << " documents, and " << summary->fieldsChanged
            << " other fields (speakers, cases, attribute values, memos, names)\n";
    for (const auto &d : summary->documents)
        ctx.out << "  " << d.documentName << "\t" << d.occurrences << "\n";
    ctx.out << "history erased: earlier operations can no longer be undone\n";
    if (keyOut.isEmpty()) {
        ctx.out << "no key file written (no --key-out): the project keeps no mapping back to the real names\n";
    } else {
        ctx.out << "key written to " << keyOut << "\n";
        ctx.err << "crosscut-cli: warning: " << keyOut
                << " maps pseudonyms back to real names; keep it apart from the project (never beside it or sent "
                   "with it)\n";
    }
    ctx.err << "crosscut-cli: warning: " << ctx.args.value(QStringLiteral("--names"))
            << " still holds the real names; keep it apart from the project or delete it\n";
    return Ok;
}

}  // namespace crosscut::cli
