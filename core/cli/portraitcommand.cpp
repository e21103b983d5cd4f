// crosscut-cli portrait: per document its length and coded segments in lanes,
// and a codeline per code (see analysis/portrait.h). The image export
// (--out FILE.png|.svg) is drawn in ui/render (render/portraitcommand.cpp),
// which takes this command's place in crosscut-cli.
#include "analysis/portrait.h"
#include "cli/command.h"

#include <QFileInfo>

namespace crosscut::cli {

int runPortrait(Context &ctx)
{
    using namespace analysis;
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.usage(QStringLiteral("--format must be json or csv"));
    const QString suffix = QFileInfo(ctx.args.value(QStringLiteral("--out"))).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg"))
        return ctx.fail(ErrorKind::Unsupported,
                        QStringLiteral("this crosscut-cli was built without drawing: write --format json|csv instead of an image"));
    Filter filter;
    filter.documents = ctx.args.options.value(QStringLiteral("--document"));
    filter.coders = ctx.args.options.value(QStringLiteral("--coder"));

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto result = computePortraits(*project, filter);
    if (!result)
        return ctx.fail(result.error());
    return ctx.emitResult(format == QLatin1String("csv") ? portraitsCsv(*result) : portraitsJson(*result));
}

}  // namespace crosscut::cli
