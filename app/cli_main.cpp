// crosscut-cli: wiring only; the commands live in core/cli.
#include "cli/cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crosscut-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCUT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return crosscut::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
