// The `crosscut` GUI: `crosscut PROJECT` opens a project; `crosscut` alone
// reopens the last one or shows the start page.
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crosscut"));
    QApplication::setApplicationName(QStringLiteral("Crosscut"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSCUT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("crosscut"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("crosscut"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
