// crosscut-cli report: the evaluation report as PDF, ODT, HTML or XLSX.
#include "export/atomicfile.h"
#include "render/projectexport.h"
#include "render/rendercommands.h"
#include "render/reportwriter.h"

namespace crosscut::render {

namespace {

// Reads the report options shared by `report` and `export`; returns an exit
// code on bad input.
std::optional<int> reportOptions(cli::Context &ctx, ReportOptions &options)
{
    options.rows = ctx.args.value(QStringLiteral("--rows"));
    options.columns = ctx.args.value(QStringLiteral("--cols"));
    options.title = ctx.args.value(QStringLiteral("--title"));
    options.groupAttribute = ctx.args.value(QStringLiteral("--group"));
    options.redact = ctx.args.has(QStringLiteral("--redact"));
    options.networkGroup = ctx.args.value(QStringLiteral("--network-group"));
    options.frameworkColumns = ctx.args.value(QStringLiteral("--framework"));
    if (ctx.args.has(QStringLiteral("--quotes-per-cell"))) {
        bool ok = false;
        options.quotesPerCell = ctx.args.value(QStringLiteral("--quotes-per-cell")).toInt(&ok);
        if (!ok || options.quotesPerCell < 0 || options.quotesPerCell > 1000)
            return ctx.usage(QStringLiteral("--quotes-per-cell must be a whole number from 0 to 1000"));
    }
    return std::nullopt;
}

}  // namespace

int writeReportCommand(cli::Context &ctx, const QString &out, const QString &format)
{
    ReportOptions options;
    if (auto exit = reportOptions(ctx, options))
        return *exit;
    // Fail on an unwritable target before opening the project.
    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    if (project->isEncrypted())
        ctx.err << "crosscut-cli: warning: " << ctx.args.positional.value(0) << " is encrypted, but " << out
                << " is not: anyone who can read that file can read what it holds\n";
    if (Status written = exportReport(*project, out, format, options); !written)
        return ctx.fail(written.error());
    return cli::Ok;
}

int runReport(cli::Context &ctx)
{
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("report needs --out FILE.pdf|.odt|.html|.xlsx"));
    auto format = exporting::formatFromSuffix(out, reportFormats());
    if (!format)
        return ctx.fail(format.error());
    return writeReportCommand(ctx, out, *format);
}

}  // namespace crosscut::render
