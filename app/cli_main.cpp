// crosscut-cli: wiring only; the commands live in core/cli, and those that
// draw (chart, report, export to PDF/ODT/HTML/XLSX) in ui/render; the PDF
// reader of `import` is ui/pdf.
#include "cli/cli.h"
#include "cli/fullcommands.h"
#include "pdf/pdfreader.h"
#include "render/rendercommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // Drawing needs QtGui; a display does not: the offscreen platform renders
    // fonts and images headless. Other commands stay on QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (crosscut::render::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("crosscut-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCUT_VERSION));
    crosscut::pdf::installPdfReader();  // import reads .pdf (poppler needs no display)
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The hub and network commands link libpq and igraph, which the lean
    // crosscut-cli leaves out: they live here only (cli/fullcommands.h).
    return crosscut::cli::run(QCoreApplication::arguments().mid(1), out, err,
                              crosscut::render::renderCommands() + crosscut::cli::hubCommands()
                                  + crosscut::cli::networkCommands());
}
