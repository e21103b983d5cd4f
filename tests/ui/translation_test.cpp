// The translations built into the library apply to the running widgets: the
// .ts contexts must be the classes' real (namespaced) names, or nothing is
// translated. Checked with the Russian file on a real main window.
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace crosscut;

namespace {

QStringList menuTitles(ui::MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

}  // namespace

TEST(Translations, RussianAppliesToTheMainWindowAndEnglishIsTheSource)
{
    QTranslator russian;
    ASSERT_TRUE(russian.load(QStringLiteral(":/i18n/crosscut_ru.qm")));
    QStringList translated;
    {
        QCoreApplication::installTranslator(&russian);
        ui::MainWindow window;
        translated = menuTitles(window);
        QCoreApplication::removeTranslator(&russian);
    }
    EXPECT_TRUE(translated.contains(QStringLiteral("&Файл"))) << translated.join(u'|').toStdString();
    EXPECT_FALSE(translated.contains(QStringLiteral("&File")));

    ui::MainWindow english;
    const QStringList source = menuTitles(english);
    EXPECT_TRUE(source.contains(QStringLiteral("&File")));
    EXPECT_TRUE(source.contains(QStringLiteral("&Session")));
    EXPECT_EQ(source.size(), translated.size());
}
