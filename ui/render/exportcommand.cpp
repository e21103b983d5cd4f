// crosscut-cli export: the whole project in one of the formats other tools read.
#include "export/atomicfile.h"
#include "render/projectexport.h"
#include "render/rendercommands.h"

namespace crosscut::render {

int runExport(cli::Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format")).toLower();
    const QString out = ctx.args.value(QStringLiteral("--out"));
    const QStringList formats = projectExportFormats();
    if (format.isEmpty() || out.isEmpty())
        return ctx.usage(QStringLiteral("export needs --format csv|xlsx|html|odt|docx|pdf|qdpx|qdc and --out FILE"));
    if (!formats.contains(format))
        return ctx.fail(ErrorKind::Unsupported,
                        QStringLiteral("unknown export format \"%1\": use %2").arg(format, formats.join(QStringLiteral(", "))));
    if (format != QLatin1String("csv") && format != QLatin1String("qdpx") && format != QLatin1String("qdc"))
        return writeReportCommand(ctx, out, format);

    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    if (project->isEncrypted())
        ctx.err << "crosscut-cli: warning: " << ctx.args.positional.value(0) << " is encrypted, but " << out
                << " is not: anyone who can read that file can read what it holds\n";
    ReportOptions options;
    options.redact = ctx.args.has(QStringLiteral("--redact"));
    interop::ExportOptions qdpx;
    qdpx.caseTurnSelections = !ctx.args.has(QStringLiteral("--no-turn-selections"));
    if (Status written = exportProjectFile(*project, out, format, options, ctx.args.has(QStringLiteral("--bom")), qdpx);
        !written)
        return ctx.fail(written.error());
    return cli::Ok;
}

}  // namespace crosscut::render
