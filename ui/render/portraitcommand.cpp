// crosscut-cli portrait with an image: --out FILE.png|.svg draws the
// portraits (render/portraitrenderer.h); any other output is core's
// `portrait` command (cli/portraitcommand.cpp), which this one stands in for.
#include "analysis/portrait.h"
#include "export/atomicfile.h"
#include "render/portraitrenderer.h"
#include "render/rendercommands.h"

#include <QFileInfo>

namespace crosscut::render {

bool isPortraitImage(const QString &out)
{
    const QString suffix = QFileInfo(out).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

int runPortraitCommand(cli::Context &ctx)
{
    using namespace analysis;
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (!isPortraitImage(out))
        return cli::runPortrait(ctx);
    if (ctx.args.has(QStringLiteral("--format")))
        return ctx.usage(QStringLiteral("--format is for json or csv; an image's format is its suffix (.png or .svg)"));
    bool ok = true;
    const int width = ctx.args.value(QStringLiteral("--width"), QStringLiteral("1100")).toInt(&ok);
    if (!ok || width < 400 || width > 8000)
        return ctx.usage(QStringLiteral("--width must be a whole number of pixels, 400 to 8000"));
    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    Filter filter;
    filter.documents = ctx.args.options.value(QStringLiteral("--document"));
    filter.coders = ctx.args.options.value(QStringLiteral("--coder"));

    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto result = computePortraits(*project, filter);
    if (!result)
        return ctx.fail(result.error());
    // One document named: its strip and codelines; else the small multiples.
    std::optional<Id> document;
    if (filter.documents.size() == 1 && !result->documents.isEmpty())
        document = result->documents.first().documentId;
    if (auto written = writePortrait(out, *result, document, width); !written)
        return ctx.fail(written.error());
    return cli::Ok;
}

}  // namespace crosscut::render
