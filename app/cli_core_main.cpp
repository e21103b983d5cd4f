// crosscut-cli: the commands of core/cli in a process that loads Qt Core,
// SQLCipher and core's own libraries only, so that `search`, `kwic`,
// `matrix` … start in a few milliseconds. The commands that draw (chart,
// report, export) or read PDF (import) need QtGui and poppler, whose ~60
// shared libraries take longer to load than a search takes to run: for
// them, for the team hub (libpq) and network (igraph) commands, which are
// not in core's table (cli/fullcommands.h), and for help (which lists them
// all), this process becomes crosscut-cli-full, installed beside it, with
// the same arguments.
#include "cli/cli.h"
#include "cli/command.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

bool needsFullCli(int argc, char *argv[])
{
    if (argc < 2)
        return true;
    const QString command = QString::fromLocal8Bit(argv[1]);
    if (command == QLatin1String("import") || command == QLatin1String("export"))
        return true;
    // portrait draws --out FILE.png|.svg in ui/render.
    if (command == QLatin1String("portrait"))
        for (int i = 2; i < argc; ++i) {
            const QString arg = QString::fromLocal8Bit(argv[i]).toLower();
            if (arg.endsWith(QLatin1String(".png")) || arg.endsWith(QLatin1String(".svg")))
                return true;
        }
    // profiles --draw dots|grid draws in ui/render.
    if (command == QLatin1String("profiles"))
        for (int i = 2; i < argc; ++i)
            if (QString::fromLocal8Bit(argv[i]).startsWith(QLatin1String("--draw")))
                return true;
    for (const crosscut::cli::CommandSpec &spec : crosscut::cli::commands())
        if (command == QLatin1String(spec.name))
            return false;
    return command != QLatin1String("--version");
}

std::string fullCliPath(const char *argv0)
{
    std::string self(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", self.data(), self.size() - 1);
    self = n > 0 ? self.substr(0, static_cast<size_t>(n)) : std::string(argv0);
    const size_t slash = self.rfind('/');
    return (slash == std::string::npos ? std::string(".") : self.substr(0, slash)) + "/crosscut-cli-full";
}

}  // namespace

int main(int argc, char *argv[])
{
    if (needsFullCli(argc, argv)) {
        const std::string full = fullCliPath(argv[0]);
        execv(full.c_str(), argv);
        std::fprintf(stderr, "crosscut-cli: cannot run %s: %s\n", full.c_str(), std::strerror(errno));
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crosscut-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCUT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return crosscut::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
