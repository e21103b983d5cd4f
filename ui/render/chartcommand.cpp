// crosscut-cli chart: a matrix drawn as a bar, stacked, grouped or heat-map chart.
#include "analysis/matrix.h"
#include "export/atomicfile.h"
#include "render/chartrenderer.h"
#include "render/rendercommands.h"
#include "render/reportdata.h"

namespace crosscut::render {

int runChart(cli::Context &ctx)
{
    using namespace analysis;
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (!ctx.args.has(QStringLiteral("--rows")) || !ctx.args.has(QStringLiteral("--cols")) || out.isEmpty()
        || !ctx.args.has(QStringLiteral("--type")))
        return ctx.usage(QStringLiteral("chart needs --rows SPEC --cols SPEC --type bar|stacked|grouped|heatmap --out FILE.png|.svg"));
    const auto type = chartTypeFromString(ctx.args.value(QStringLiteral("--type")));
    if (!type)
        return ctx.usage(QStringLiteral("--type must be bar, stacked, grouped or heatmap"));
    auto rows = AxisSpec::parse(ctx.args.value(QStringLiteral("--rows")));
    if (!rows)
        return ctx.usage(QStringLiteral("--rows: ") + rows.message());
    auto cols = AxisSpec::parse(ctx.args.value(QStringLiteral("--cols")));
    if (!cols)
        return ctx.usage(QStringLiteral("--cols: ") + cols.message());
    const auto unit = unitFromString(ctx.args.value(QStringLiteral("--unit"), QStringLiteral("quotes")));
    if (!unit)
        return ctx.usage(QStringLiteral("--unit must be quotes, documents or cases"));
    const auto normalization = normalizationFromString(ctx.args.value(QStringLiteral("--normalize"), QStringLiteral("none")));
    if (!normalization)
        return ctx.usage(QStringLiteral("--normalize must be none, row, col or total"));
    ChartOptions options;
    options.type = *type;
    options.title = ctx.args.value(QStringLiteral("--title"));
    const QString colours = ctx.args.value(QStringLiteral("--colours"), QStringLiteral("safe"));
    if (colours == QLatin1String("codes"))
        options.colours = SeriesColours::Codes;
    else if (colours != QLatin1String("safe"))
        return ctx.usage(QStringLiteral("--colours must be safe (a colour-blind-safe palette) or codes (the codes' own)"));
    bool okW = true;
    bool okH = true;
    if (ctx.args.has(QStringLiteral("--width")))
        options.size.setWidth(ctx.args.value(QStringLiteral("--width")).toInt(&okW));
    if (ctx.args.has(QStringLiteral("--height")))
        options.size.setHeight(ctx.args.value(QStringLiteral("--height")).toInt(&okH));
    if (!okW || !okH || options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 8000
        || options.size.height() > 8000)
        return ctx.usage(QStringLiteral("--width and --height must be whole numbers of pixels, 200×150 to 8000×8000"));
    if (auto format = exporting::formatFromSuffix(out, {QStringLiteral("png"), QStringLiteral("svg")}); !format)
        return ctx.fail(format.error());
    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    if (*type == ChartType::Grouped && rows->kind != AxisSpec::Kind::Attribute)
        return ctx.usage(QStringLiteral("a grouped chart needs --rows attribute:case:NAME (the groups) and codes as --cols"));

    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    MatrixRequest request;
    request.rows = *rows;
    request.columns = *cols;
    request.unit = *unit;
    request.normalization = *normalization;
    request.collectQuotes = false;
    auto matrix = computeMatrix(*project, request);
    if (!matrix)
        return ctx.fail(matrix.error());
    Table table;
    if (*type == ChartType::Grouped) {
        auto averages = groupAveragesTable(*project, rows->attribute, *matrix);
        if (!averages)
            return ctx.fail(averages.error());
        table = *averages;
    } else {
        table = matrix->toTable(*normalization != Normalization::None);
        if (table.title.isEmpty())
            table.title = QStringLiteral("%1 × %2 (%3)").arg(matrix->rowTitle, matrix->columnTitle, toString(*unit));
    }
    if (auto written = writeChart(out, table, options); !written)
        return ctx.fail(written.error());
    return cli::Ok;
}

}  // namespace crosscut::render
