// crosscut-cli agreement: inter-coder agreement per code and per dimension
// (see team/agreement.h).
#include "analysis/matrix.h"
#include "cli/command.h"
#include "team/agreement.h"

namespace crosscut::cli {

int runAgreement(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be json, csv or md"));
    if (!ctx.args.has(QStringLiteral("--coders")))
        return ctx.usage(QStringLiteral("agreement needs --coders A,B[,C...]"));
    team::AgreementOptions options;
    for (const QString &name : ctx.args.value(QStringLiteral("--coders")).split(QLatin1Char(',')))
        if (!name.trimmed().isEmpty())
            options.coders.append(name.trimmed());
    if (options.coders.size() < 2)
        return ctx.usage(QStringLiteral("--coders needs two or more coder names, separated by commas"));
    if (options.coders.removeDuplicates() > 0)
        return ctx.usage(QStringLiteral("--coders names a coder twice"));
    QStringList codePaths;
    if (ctx.args.has(QStringLiteral("--codes"))) {
        auto spec = analysis::AxisSpec::parse(QStringLiteral("codes:") + ctx.args.value(QStringLiteral("--codes")));
        if (!spec)
            return ctx.usage(QStringLiteral("--codes: ") + spec.message());
        codePaths = spec->codes;
    }

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    for (const QString &path : std::as_const(codePaths)) {
        auto id = project->resolveCodePath(path);
        if (!id)
            return ctx.fail(id.error());
        if (!options.codes.contains(*id))
            options.codes.append(*id);
    }
    for (const QString &name : ctx.args.options.value(QStringLiteral("--doc"))) {
        const auto document = project->findDocument(name);
        if (!document)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document \"%1\" in the project").arg(name));
        if (!options.documents.contains(document->id))
            options.documents.append(document->id);
    }
    auto report = team::computeAgreement(*project, options);
    if (!report)
        return ctx.fail(report.error());
    return ctx.emitResult(format == QLatin1String("json")  ? team::agreementJson(*report)
                          : format == QLatin1String("csv") ? team::agreementCsv(*report)
                                                           : team::agreementMarkdown(*report));
}

}  // namespace crosscut::cli
