// crosscut-cli framework / framework-summary: the framework matrix
// (analysis/framework.h) and its per-cell summaries.
#include "analysis/framework.h"
#include "cli/command.h"
#include "export/frameworkexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

namespace {

QJsonObject frameworkToJson(const analysis::FrameworkResult &f)
{
    QJsonArray rows, cols, cells;
    for (const auto &r : f.rows)
        rows.append(r.text);
    for (const auto &c : f.columns)
        cols.append(c.text);
    for (const auto &row : f.cells) {
        QJsonArray line;
        for (const analysis::FrameworkCell &cell : row) {
            QJsonArray ids;
            for (const Id id : cell.quoteIds)
                ids.append(id);
            line.append(QJsonObject{{QStringLiteral("quotes"), ids},
                                    {QStringLiteral("summary"), cell.summary.text},
                                    {QStringLiteral("author"), cell.summary.author},
                                    {QStringLiteral("gap"), cell.isGap()}});
        }
        cells.append(line);
    }
    return {{QStringLiteral("rows"), rows},   {QStringLiteral("cols"), cols},
            {QStringLiteral("cells"), cells}, {QStringLiteral("rowTitle"), f.rowTitle},
            {QStringLiteral("colTitle"), f.columnTitle}, {QStringLiteral("gaps"), f.gapCount()}};
}

}  // namespace

int runFramework(Context &ctx)
{
    using namespace analysis;
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    const QStringList formats = {QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("json"),
                                 QStringLiteral("xlsx"), QStringLiteral("docx")};
    if (!formats.contains(format))
        return ctx.usage(QStringLiteral("--format must be csv, md, json, xlsx or docx"));
    const bool binary = format == QLatin1String("xlsx") || format == QLatin1String("docx");
    if (binary && !ctx.args.has(QStringLiteral("--out")))
        return ctx.usage(QStringLiteral("--format %1 needs --out FILE.%1").arg(format));
    if (!ctx.args.has(QStringLiteral("--cols")))
        return ctx.usage(QStringLiteral("framework needs --cols SPEC (dimension:NAME or codes:PATH,PATH)"));
    FrameworkRequest request;
    const auto rows = frameworkRowsFromString(ctx.args.value(QStringLiteral("--rows"), QStringLiteral("cases")));
    if (!rows)
        return ctx.usage(QStringLiteral("--rows must be cases or documents"));
    request.rows = *rows;
    auto cols = AxisSpec::parse(ctx.args.value(QStringLiteral("--cols")));
    if (!cols)
        return ctx.usage(QStringLiteral("--cols: ") + cols.message());
    if (cols->kind != AxisSpec::Kind::Dimension && cols->kind != AxisSpec::Kind::Codes)
        return ctx.usage(QStringLiteral("--cols must be dimension:NAME or codes:PATH,PATH (framework columns are codes)"));
    request.columns = *cols;
    request.filter.coders = ctx.args.options.value(QStringLiteral("--coder"));
    request.filter.documents = ctx.args.options.value(QStringLiteral("--doc"));
    for (const QString &w : ctx.args.options.value(QStringLiteral("--where"))) {
        auto condition = AttributeCondition::parse(w);
        if (!condition)
            return ctx.usage(QStringLiteral("--where: ") + condition.message());
        request.filter.where.append(*condition);
    }

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto framework = computeFramework(*project, request);
    if (!framework)
        return ctx.fail(framework.error());
    if (binary) {
        const QString out = ctx.args.value(QStringLiteral("--out"));
        Status s = format == QLatin1String("xlsx") ? exporting::writeFrameworkXlsx(*project, *framework, out)
                                                   : exporting::writeFrameworkDocx(*project, *framework, out);
        if (!s)
            return ctx.fail(s.error());
        return Ok;
    }
    if (format == QLatin1String("json"))
        return ctx.emitResult(QJsonDocument(frameworkToJson(*framework)).toJson(QJsonDocument::Compact) + '\n');
    if (format == QLatin1String("md"))
        return ctx.emitResult(exporting::frameworkToMarkdown(*framework).toUtf8());
    return ctx.emitResult(exporting::frameworkToCsv(*framework));
}

int runFrameworkSummary(Context &ctx)
{
    using namespace analysis;
    const auto rows = frameworkRowsFromString(ctx.args.value(QStringLiteral("--rows"), QStringLiteral("cases")));
    if (!rows)
        return ctx.usage(QStringLiteral("--rows must be cases or documents"));
    if (!ctx.args.has(QStringLiteral("--row")) || !ctx.args.has(QStringLiteral("--code")))
        return ctx.usage(QStringLiteral("framework-summary needs --row NAME and --code PATH"));
    const int actions = int(ctx.args.has(QStringLiteral("--text"))) + int(ctx.args.has(QStringLiteral("--clear")))
                        + int(ctx.args.has(QStringLiteral("--history")));
    if (actions > 1)
        return ctx.usage(QStringLiteral("give one of --text, --clear and --history"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    const QString rowName = ctx.args.value(QStringLiteral("--row"));
    Id rowId = 0;
    if (*rows == FrameworkRows::Documents) {
        auto doc = project->findDocument(rowName);
        if (!doc)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(rowName));
        rowId = doc->id;
    } else {
        auto id = project->database().scalar(QStringLiteral("SELECT id FROM case_ WHERE name = ?"), {rowName});
        if (!id)
            return ctx.fail(id.error());
        if (!id->isValid())
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no case named \"%1\"").arg(rowName));
        rowId = id->toLongLong();
    }
    auto codeId = project->resolveCodePath(ctx.args.value(QStringLiteral("--code")));
    if (!codeId)
        return ctx.fail(codeId.error());
    if (ctx.args.has(QStringLiteral("--coder")))
        project->setCurrentCoder(ctx.args.value(QStringLiteral("--coder")));
    if (ctx.args.has(QStringLiteral("--text")) || ctx.args.has(QStringLiteral("--clear"))) {
        const QString text = ctx.args.has(QStringLiteral("--clear")) ? QString() : ctx.args.value(QStringLiteral("--text"));
        if (ctx.args.has(QStringLiteral("--text")) && text.trimmed().isEmpty())
            return ctx.usage(QStringLiteral("--text is empty; use --clear to remove a summary"));
        if (Status s = setFrameworkSummary(*project, *rows, rowId, *codeId, text); !s)
            return ctx.fail(s.error());
        return Ok;
    }
    if (ctx.args.has(QStringLiteral("--history"))) {
        auto history = summaryHistory(*project, *rows, rowId, *codeId);
        if (!history)
            return ctx.fail(history.error());
        for (const SummaryRevision &r : *history)
            ctx.out << r.at << '\t' << r.author << '\t'
                    << (r.text.isEmpty() ? QStringLiteral("(cleared)") : QString(r.text).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                    << '\n';
        return Ok;
    }
    auto summary = frameworkSummary(*project, *rows, rowId, *codeId);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << summary->text << (summary->text.isEmpty() ? "" : "\n");
    return Ok;
}

}  // namespace crosscut::cli
