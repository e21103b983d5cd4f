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
    // (resources/screenshots/ are made this way, under offscreen or xvfb-run).
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render the window to a PNG file and quit."),
                                  QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption screenshotTab(QStringLiteral("screenshot-tab"),
                                     QApplication::translate("main", "Analysis tab shown in the screenshot."),
                                     QStringLiteral("tab"), QStringLiteral("matrix"));
    screenshotTab.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotTab);
    QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
                                      QApplication::translate("main", "Window size of the screenshot."),
                                      QStringLiteral("WxH"), QStringLiteral("1500x940"));
    screenshotSize.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotSize);
    QCommandLineOption screenshotDocument(QStringLiteral("screenshot-document"),
                                          QApplication::translate("main", "Document shown in the screenshot."),
                                          QStringLiteral("name"));
    screenshotDocument.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotDocument);
    QCommandLineOption screenshotFind(QStringLiteral("screenshot-find"),
                                      QApplication::translate("main", "Text selected in the screenshot."),
                                      QStringLiteral("text"));
    screenshotFind.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotFind);
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
        const QStringList size = parser.value(screenshotSize).split(u'x');
        if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
            options.size = QSize(size[0].toInt(), size[1].toInt());
        return crosscut::ui::renderScreenshot(window, parser.value(screenshot), options) ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
