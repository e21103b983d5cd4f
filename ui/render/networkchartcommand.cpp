// crosscut-cli network-chart: the collaboration network drawn (one panel per
// wave, the same positions in each) or one of its measures as grouped bars
// (groups × waves), to PNG or SVG.
#include "export/atomicfile.h"
#include "network/measuretable.h"
#include "render/chartrenderer.h"
#include "render/networkrenderer.h"
#include "render/rendercommands.h"

namespace crosscut::render {

int runNetworkChart(cli::Context &ctx)
{
    const QString out = ctx.args.value(QStringLiteral("--out"));
    const QString draw = ctx.args.value(QStringLiteral("--draw"));
    const QString group = ctx.args.value(QStringLiteral("--group"));
    if (out.isEmpty() || draw.isEmpty() || group.isEmpty())
        return ctx.usage(QStringLiteral("network-chart needs --group case:ATTRIBUTE --draw graph|mean_ties|cross_ratio|ei_index "
                                        "--out FILE.png|.svg"));
    if (!group.startsWith(QLatin1String("case:")) || group.size() <= 5)
        return ctx.usage(QStringLiteral("--group takes case:ATTRIBUTE (a case attribute, e.g. case:\"Population served\")"));
    const QString attribute = group.mid(5).trimmed();
    const bool graph = draw == QLatin1String("graph");
    const auto measure = network::measureFromString(draw);
    if (!graph && !measure)
        return ctx.usage(QStringLiteral("--draw must be graph, mean_ties, cross_ratio or ei_index"));
    QSize size;
    bool okW = true;
    bool okH = true;
    if (ctx.args.has(QStringLiteral("--width")))
        size.setWidth(ctx.args.value(QStringLiteral("--width")).toInt(&okW));
    if (ctx.args.has(QStringLiteral("--height")))
        size.setHeight(ctx.args.value(QStringLiteral("--height")).toInt(&okH));
    if (!okW || !okH || (size.width() != -1 && (size.width() < 200 || size.width() > 8000))
        || (size.height() != -1 && (size.height() < 150 || size.height() > 8000)))
        return ctx.usage(QStringLiteral("--width and --height must be whole numbers of pixels, 200×150 to 8000×8000"));
    if (auto format = exporting::formatFromSuffix(out, {QStringLiteral("png"), QStringLiteral("svg")}); !format)
        return ctx.fail(format.error());
    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    const QStringList waves = ctx.args.options.value(QStringLiteral("--wave"));
    const std::optional<QString> kind =
        ctx.args.has(QStringLiteral("--kind")) ? std::optional(ctx.args.value(QStringLiteral("--kind"))) : std::nullopt;

    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto graphs = network::readWaves(*project, attribute, waves, kind);
    if (!graphs)
        return ctx.fail(graphs.error());
    const QString title = ctx.args.value(QStringLiteral("--title"));
    if (graph) {
        auto scene = makeNetworkScene(*graphs, attribute,
                                      title.isEmpty() ? QStringLiteral("Collaboration network by %1").arg(attribute) : title);
        if (!scene)
            return ctx.fail(scene.error());
        const QSize fallback = defaultNetworkSize(*scene);
        const QSize chosen(size.width() > 0 ? size.width() : fallback.width(), size.height() > 0 ? size.height() : fallback.height());
        if (Status written = writeNetwork(out, *scene, chosen); !written)
            return ctx.fail(written.error());
        return cli::Ok;
    }
    QList<network::NetworkMeasures> measures;
    for (const auto &g : *graphs)
        measures.append(network::computeMeasures(g));
    ChartOptions options;
    options.type = ChartType::Grouped;
    options.title = title;
    if (size.width() > 0)
        options.size.setWidth(size.width());
    if (size.height() > 0)
        options.size.setHeight(size.height());
    if (Status written = writeChart(out, network::measureTable(measures, *measure, attribute), options); !written)
        return ctx.fail(written.error());
    return cli::Ok;
}

}  // namespace crosscut::render
