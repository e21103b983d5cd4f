#include "cli/readproject.h"

#include "storage/sqlite.h"

namespace crosscut::cli {

std::unique_ptr<Project> openProjectForReading(const Context &ctx, int *exitCode)
{
    const QString path = ctx.args.positional.value(0);
    auto key = ctx.projectKey(true, path);
    if (!key) {
        *exitCode = ctx.fail(key.error());
        return nullptr;
    }
    auto project = Project::openForReading(path, *key);
    if (!project && project.error().kind == ErrorKind::ReadOnly)
        return ctx.openProject(exitCode);
    if (!project) {
        *exitCode = ctx.fail(project.error());
        return nullptr;
    }
    for (const QString &warning : (*project)->openWarnings())
        ctx.err << "crosscut-cli: warning: " << warning << "\n";
    ctx.err.flush();
    // Document texts are read straight from the file's pages (a plain
    // project; SQLCipher never maps an encrypted one).
    (void)(*project)->database().execScript(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    return std::move(project).value();
}

}  // namespace crosscut::cli
