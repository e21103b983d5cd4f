#include "cli/command.h"
#include "codebook/codebooktemplate.h"
#include "interop/refiqda.h"

#include <QFile>

namespace crosscut::cli {

int runInit(Context &ctx)
{
    const QString path = ctx.args.positional.value(0);
    if (ctx.args.has(QStringLiteral("--from"))) {
        if (ctx.args.has(QStringLiteral("--encrypt")))
            return ctx.usage(QStringLiteral("init --from makes a plain project; encrypt it afterwards with "
                                            "\"crosscut-cli encrypt\""));
        if (ctx.args.has(QStringLiteral("--template")))
            return ctx.usage(QStringLiteral("init takes --from or --template, not both"));
        interop::ImportOptions options;
        options.skipMissingSources = ctx.args.has(QStringLiteral("--skip-missing-sources"));
        // The importer leaves no project file behind when it fails.
        auto summary = interop::importProject(ctx.args.value(QStringLiteral("--from")), path, options);
        if (!summary)
            return ctx.fail(summary.error());
        ctx.out << "created " << path << " from " << ctx.args.value(QStringLiteral("--from")) << "\n" << summary->toText();
        return Ok;
    }
    QString templateName = ctx.args.value(QStringLiteral("--template"), QStringLiteral("empty"));
    if (ctx.args.has(QStringLiteral("--template-language"))) {
        const QString language = ctx.args.value(QStringLiteral("--template-language"));
        if (templateName != QLatin1String("intersectional"))
            return ctx.usage(QStringLiteral("--template-language goes with --template intersectional"));
        templateName = codebook::intersectionalTemplate(language);
        if (templateName.isEmpty())
            return ctx.usage(QStringLiteral("the intersectional template ships in %1, not \"%2\"")
                                 .arg(codebook::intersectionalTemplateLanguages().join(QStringLiteral(", ")), language));
    }
    ProjectKey key;
    if (ctx.args.has(QStringLiteral("--encrypt"))) {
        auto newKey = ctx.newProjectKey(QStringLiteral("--key-file"), "CROSSCUT_PASSWORD");
        if (!newKey)
            return ctx.fail(newKey.error());
        key = *newKey;
    } else if (ctx.args.has(QStringLiteral("--key-file"))) {
        return ctx.usage(QStringLiteral("--key-file goes with --encrypt"));
    }
    auto project = Project::create(path, key);
    if (!project)
        return ctx.fail(project.error());
    if (Status s = codebook::applyTemplate(**project, templateName); !s) {
        // Leave nothing half-created behind.
        project->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return ctx.fail(s.error());
    }
    ctx.out << "created " << path << " (" << (*project)->codes().size() << " codes"
            << ((*project)->isEncrypted() ? QStringLiteral(", encrypted") : QString()) << ")\n";
    return Ok;
}

}  // namespace crosscut::cli
