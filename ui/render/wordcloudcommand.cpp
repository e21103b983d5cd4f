// crosscut-cli wordcloud: the counts of `words`, drawn as a word cloud.
#include "cli/wordsrequest.h"
#include "render/rendercommands.h"
#include "render/wordcloud.h"

namespace crosscut::render {

int runWordCloud(cli::Context &ctx)
{
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("--out FILE.png|FILE.svg is required"));
    if (!out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && !out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return ctx.usage(QStringLiteral("--out must name a .png or .svg file"));
    WordCloudOptions options;
    options.title = ctx.args.value(QStringLiteral("--title"));
    bool wOk = true, hOk = true;
    if (ctx.args.has(QStringLiteral("--width")))
        options.size.setWidth(ctx.args.value(QStringLiteral("--width")).toInt(&wOk));
    if (ctx.args.has(QStringLiteral("--height")))
        options.size.setHeight(ctx.args.value(QStringLiteral("--height")).toInt(&hOk));
    if (!wOk || !hOk || options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 8000
        || options.size.height() > 8000)
        return ctx.usage(QStringLiteral("--width must be 200 to 8000 and --height 150 to 8000"));
    int code = cli::Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto request = cli::wordRequestFromArgs(ctx.args, *project);
    if (!request)
        return request.error().kind == ErrorKind::Invalid ? ctx.usage(request.message()) : ctx.fail(request.error());
    if (request->top == 0)
        request->top = options.maxWords;
    auto result = text::wordFrequencies(*project, *request);
    if (!result)
        return ctx.fail(result.error());
    if (Status s = writeWordCloud(out, result->words, options); !s)
        return ctx.fail(s.error());
    return cli::Ok;
}

}  // namespace crosscut::render
