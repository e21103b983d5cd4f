// crosscut-cli profiles with --draw dots|grid: the positional profiles drawn
// (render/profilerenderer.h) to --out FILE.png|.svg; without --draw, core's
// `profiles` command (cli/profilescommand.cpp), which this one stands in for.
#include "analysis/profiles.h"
#include "export/atomicfile.h"
#include "render/profilerenderer.h"
#include "render/rendercommands.h"

namespace crosscut::render {

namespace {

QStringList dimensionNames(const analysis::ProfilesResult &result, const QList<int> &indices)
{
    QStringList out;
    for (const int d : indices)
        out.append(result.cases.first().dimensions[d].dimension.text);
    return out;
}

}  // namespace

int runProfilesCommand(cli::Context &ctx)
{
    using namespace analysis;
    if (!ctx.args.has(QStringLiteral("--draw")))
        return cli::runProfiles(ctx);
    const QString draw = ctx.args.value(QStringLiteral("--draw"));
    if (draw != QLatin1String("dots") && draw != QLatin1String("grid"))
        return ctx.usage(QStringLiteral("--draw must be dots (positions on the bipolar dimensions) or grid (values per case "
                                        "and dimension), not \"%1\"").arg(draw));
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("--draw needs --out FILE.png|.svg"));
    if (ctx.args.has(QStringLiteral("--format")) || ctx.args.has(QStringLiteral("--average")))
        return ctx.usage(QStringLiteral("--format and --average are for the tables; a drawing's format is its suffix (.png or .svg)"));
    bool ok = true;
    const int width = ctx.args.value(QStringLiteral("--width"), QString::number(draw == QLatin1String("dots") ? kDotPlotWidth : kGridWidth))
                          .toInt(&ok);
    if (!ok || width < 400 || width > 8000)
        return ctx.usage(QStringLiteral("--width must be a whole number of pixels, 400 to 8000"));
    if (auto format = exporting::formatFromSuffix(out, {QStringLiteral("png"), QStringLiteral("svg")}); !format)
        return ctx.fail(format.error());
    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    ProfilesRequest request;
    request.caseName = ctx.args.value(QStringLiteral("--case"));
    request.filter.coders = ctx.args.options.value(QStringLiteral("--coder"));
    request.filter.documents = ctx.args.options.value(QStringLiteral("--doc"));

    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto result = computeProfiles(*project, request);
    if (!result)
        return ctx.fail(result.error());
    if (result->cases.isEmpty())
        return ctx.fail(ErrorKind::NotFound, QStringLiteral("the project has no cases: link documents or speakers to cases first"));
    const CaseRange everyCase{0, static_cast<int>(result->cases.size())};

    QList<int> chosen;
    if (ctx.args.has(QStringLiteral("--dimension"))) {
        const QString name = ctx.args.value(QStringLiteral("--dimension"));
        const int d = dimensionIndex(*result, name);
        if (d < 0) {
            QList<int> all;
            for (qsizetype i = 0; i < result->cases.first().dimensions.size(); ++i)
                all.append(static_cast<int>(i));
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no dimension named \"%1\" (dimensions: %2)")
                                                     .arg(name, dimensionNames(*result, all).join(QStringLiteral(", "))));
        }
        if (draw == QLatin1String("dots") && !result->cases.first().dimensions[d].bipolar)
            return ctx.fail(ErrorKind::Invalid,
                            QStringLiteral("\"%1\" is not a bipolar dimension; dots are drawn for: %2")
                                .arg(result->cases.first().dimensions[d].dimension.text,
                                     dimensionNames(*result, bipolarDimensions(*result)).join(QStringLiteral(", "))));
        chosen.append(d);
    }

    Status written;
    if (draw == QLatin1String("dots")) {
        // Without --dimension: every bipolar dimension a quote is positioned on, one panel each.
        if (chosen.isEmpty())
            chosen = positionedDimensions(*result);
        if (chosen.isEmpty())
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no quote has a position on a bipolar dimension (dimensions: %1)")
                                                     .arg(dimensionNames(*result, bipolarDimensions(*result)).join(QStringLiteral(", "))));
        QList<DotPanel> panels;
        for (const int d : std::as_const(chosen))
            panels.append(DotPanel{d, everyCase});
        written = writeDotPlot(out, *result, panels, width);
    } else {
        if (chosen.isEmpty())
            for (qsizetype i = 0; i < result->cases.first().dimensions.size(); ++i)
                chosen.append(static_cast<int>(i));
        written = writeGrid(out, *result, everyCase, chosen, width);
    }
    if (!written)
        return ctx.fail(written.error());
    return cli::Ok;
}

}  // namespace crosscut::render
