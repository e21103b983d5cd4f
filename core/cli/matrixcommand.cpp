// crosscut-cli matrix: DESIGN.md's conceptual-model matrix (see analysis/matrix.h).
#include "analysis/matrix.h"
#include "cli/command.h"
#include "export/atomicfile.h"
#include "export/tableformats.h"

#include <QJsonDocument>

namespace crosscut::cli {

int runMatrix(Context &ctx)
{
    using namespace analysis;
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be csv, json or md"));
    if (!ctx.args.has(QStringLiteral("--rows")) || !ctx.args.has(QStringLiteral("--cols")))
        return ctx.usage(QStringLiteral("matrix needs --rows SPEC and --cols SPEC"));

    MatrixRequest request;
    auto rows = AxisSpec::parse(ctx.args.value(QStringLiteral("--rows")));
    if (!rows)
        return ctx.usage(QStringLiteral("--rows: ") + rows.message());
    auto cols = AxisSpec::parse(ctx.args.value(QStringLiteral("--cols")));
    if (!cols)
        return ctx.usage(QStringLiteral("--cols: ") + cols.message());
    request.rows = *rows;
    request.columns = *cols;
    const auto unit = unitFromString(ctx.args.value(QStringLiteral("--unit"), QStringLiteral("quotes")));
    if (!unit)
        return ctx.usage(QStringLiteral("--unit must be quotes, documents or cases"));
    request.unit = *unit;
    const auto normalization = normalizationFromString(ctx.args.value(QStringLiteral("--normalize"), QStringLiteral("none")));
    if (!normalization)
        return ctx.usage(QStringLiteral("--normalize must be none, row, col or total"));
    request.normalization = *normalization;
    request.filter.coders = ctx.args.options.value(QStringLiteral("--coder"));
    request.filter.documents = ctx.args.options.value(QStringLiteral("--doc"));
    for (const QString &w : ctx.args.options.value(QStringLiteral("--where"))) {
        auto condition = AttributeCondition::parse(w);
        if (!condition)
            return ctx.usage(QStringLiteral("--where: ") + condition.message());
        request.filter.where.append(*condition);
    }
    request.collectQuotes = false;

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto matrix = computeMatrix(*project, request);
    if (!matrix)
        return ctx.fail(matrix.error());

    QByteArray data;
    if (format == QLatin1String("json")) {
        data = QJsonDocument(exporting::matrixToJson(*matrix)).toJson(QJsonDocument::Compact) + '\n';
    } else {
        const Table table = matrix->toTable(true);
        data = format == QLatin1String("csv") ? exporting::tableToCsv(table) : exporting::tableToMarkdown(table).toUtf8();
    }
    if (ctx.args.has(QStringLiteral("--out"))) {
        if (Status s = exporting::writeAtomically(ctx.args.value(QStringLiteral("--out")), data); !s)
            return ctx.fail(s.error());
        return Ok;
    }
    ctx.out << QString::fromUtf8(data);
    return Ok;
}

}  // namespace crosscut::cli
