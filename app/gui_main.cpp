// The `crosscut` GUI: `crosscut PROJECT` opens a project; `crosscut` alone
// reopens the last one or shows the start page.
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshot.h"
#include "pdf/pdfreader.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crosscut"));
    QApplication::setApplicationName(QStringLiteral("Crosscut"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSCUT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("crosscut"));
    crosscut::pdf::installPdfReader();  // File → Import reads .pdf

    // The language chosen in the settings, or --language CODE (screenshots:
    // render.sh) for this run only; installed before the first widget.
    QString language = crosscut::ui::AppSettings::language();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            language = arguments.at(i).section(u'=', 1);
    }
    crosscut::ui::LanguageInstaller translations;
    translations.install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Qualitative coding workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "The project to open."),
                                 QStringLiteral("[PROJECT]"));
    // --screenshot FILE renders the window on the project to a PNG and quits
    // (resources/screenshots/ are made this way, under offscreen or xvfb-run);
    // the other --screenshot-* options say what it shows.
    auto hidden = [&parser](const char *name, const char *help, const char *value, const QString &fallback = {}) {
        QCommandLineOption option(QString::fromLatin1(name), QApplication::translate("main", help),
                                  QString::fromLatin1(value), fallback);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
        return option;
    };
    const QCommandLineOption screenshot = hidden("screenshot", "Render the window to a PNG file and quit.", "file");
    const QCommandLineOption screenshotTab =
        hidden("screenshot-tab", "Analysis tab shown in the screenshot.", "tab", QStringLiteral("matrix"));
    const QCommandLineOption screenshotSize =
        hidden("screenshot-size", "Window size of the screenshot.", "WxH", QStringLiteral("1500x940"));
    const QCommandLineOption screenshotDocument =
        hidden("screenshot-document", "Document shown in the screenshot.", "name");
    const QCommandLineOption screenshotFind = hidden("screenshot-find", "Text selected in the screenshot.", "text");
    hidden("language", "Interface language for this run (uk, ur, …).", "code");
    const QCommandLineOption screenshotCoders =
        hidden("screenshot-coders", "Whose codings the screenshot shows (all, mine, compare).", "view");
    parser.process(app);

    crosscut::ui::MainWindow window;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openProject(args.first());
    else
        window.restoreSession();
    if (parser.isSet(screenshot)) {
        crosscut::ui::ScreenshotOptions options;
        options.tab = parser.value(screenshotTab);
        options.document = parser.value(screenshotDocument);
        options.find = parser.value(screenshotFind);
        options.coders = parser.value(screenshotCoders);
        const QStringList size = parser.value(screenshotSize).split(u'x');
        if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
            options.size = QSize(size[0].toInt(), size[1].toInt());
        return crosscut::ui::renderScreenshot(window, parser.value(screenshot), options) ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
