#include "cli/command.h"
#include "codebook/codebooktemplate.h"

#include <QFile>

namespace crosscut::cli {

int runInit(Context &ctx)
{
    const QString path = ctx.args.positional.value(0);
    if (ctx.args.has(QStringLiteral("--from")))
        return ctx.fail(ErrorKind::Unsupported, QStringLiteral("init --from needs REFI-QDA import, which this build lacks"));
    const QString templateName = ctx.args.value(QStringLiteral("--template"), QStringLiteral("empty"));
    auto project = Project::create(path);
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
    ctx.out << "created " << path << " (" << (*project)->codes().size() << " codes)\n";
    return Ok;
}

}  // namespace crosscut::cli
