// The translations built into the library apply to the running widgets: the
// .ts contexts must be the classes' real (namespaced) names, or nothing is
// translated. Checked with the Russian and Ukrainian files on a real main
// window; every .ts in resources/translations is complete, with the
// placeholders of its source; choosing Urdu mirrors the window.
#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "support/testsupport.h"
#include "widgets/scriptfonts.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <set>

using namespace crosscut;

namespace {

QStringList menuTitles(ui::MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

// %1…%99 in a text, sorted ("%n" apart: a plural form may spell the number).
QStringList argPlaceholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// What is wrong with a .ts file: unfinished or empty translations, %1-style
// placeholders that differ from the source, a plural with no %n in any form,
// messages whose number of plural forms differs from the file's others.
QStringList tsProblems(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open ") + path};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context, source, translationType;
    QStringList forms;
    bool numerus = false;
    qsizetype formCount = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))  // only a context has one
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source = QString();
                forms.clear();
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                forms << xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() != QLatin1String("message"))
                continue;
            const QString where = context + QStringLiteral(" \"") + source + QStringLiteral("\": ");
            if (translationType == QLatin1String("vanished") || translationType == QLatin1String("obsolete")) {
                source = QString();
                continue;
            }
            if (translationType == QLatin1String("unfinished"))
                problems << where + QStringLiteral("unfinished");
            bool anyN = false;
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral("empty translation");
                else if (argPlaceholders(form) != argPlaceholders(source))
                    problems << where + QStringLiteral("placeholders differ in \"") + form + u'"';
                anyN = anyN || form.contains(QLatin1String("%n"));
            }
            if (forms.isEmpty())
                problems << where + QStringLiteral("no translation");
            if (numerus) {
                if (source.contains(QLatin1String("%n")) && !anyN)
                    problems << where + QStringLiteral("no plural form shows %n");
                if (formCount < 0)
                    formCount = forms.size();
                else if (forms.size() != formCount)
                    problems << where + QStringLiteral("%1 plural forms, the file's others have %2")
                                            .arg(forms.size())
                                            .arg(formCount);
            }
            source = QString();
        }
    }
    if (xml.hasError())
        problems << path + QStringLiteral(": ") + xml.errorString();
    return problems;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// The number of plural forms of a language's .ts (its first numerus message).
qsizetype pluralForms(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype at = text.indexOf(QLatin1String("numerus=\"yes\""));
    if (at < 0)
        return -1;
    const qsizetype end = text.indexOf(QLatin1String("</message>"), at);
    return text.mid(at, end - at).count(QLatin1String("<numerusform"));
}

// Restores the application's language (English, left to right) and the
// stored choice after a test that changes them.
struct LanguageReset {
    QLocale locale;
    ~LanguageReset()
    {
        ui::LanguageInstaller().install(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(locale);
        ui::AppSettings::setLanguage(QString());
    }
};

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

TEST(Translations, EveryTsFileIsCompleteWithTheSourcesPlaceholders)
{
    const QStringList files = tsFiles();
    // English (plural forms), Russian, Ukrainian and Urdu at least.
    ASSERT_GE(files.size(), 4) << CROSSCUT_SOURCE_DIR;
    for (const QString &path : files) {
        const QStringList problems = tsProblems(path);
        EXPECT_TRUE(problems.isEmpty()) << path.toStdString() << ": " << problems.size() << " problems, first:\n"
                                        << problems.mid(0, 10).join(u'\n').toStdString();
    }
    EXPECT_EQ(pluralForms(QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/translations/crosscut_uk.ts")), 3);
    EXPECT_EQ(pluralForms(QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/translations/crosscut_ur.ts")), 2);
    EXPECT_EQ(pluralForms(QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/translations/crosscut_en.ts")), 2);
}

TEST(Translations, TheCheckFindsUnfinishedEmptyAndWrongPlaceholders)
{
    test::TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("crosscut_xx.ts"), R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдається відкрити %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
</context>
</TS>
)");
    const QStringList problems = tsProblems(path);
    ASSERT_EQ(problems.size(), 4) << problems.join(u'\n').toStdString();  // unfinished also counts as empty
    EXPECT_TRUE(problems[0].contains(QLatin1String("placeholders differ")));
    EXPECT_TRUE(problems[1].contains(QLatin1String("unfinished")));
    EXPECT_TRUE(problems[2].contains(QLatin1String("empty translation")));
    EXPECT_TRUE(problems[3].contains(QLatin1String("empty translation")));
}

TEST(Translations, UkrainianTranslatesEveryMenuOfTheMainWindow)
{
    QTranslator ukrainian;
    ASSERT_TRUE(ukrainian.load(QStringLiteral(":/i18n/crosscut_uk.qm")));
    QStringList translated;
    QStringList newProject;
    {
        QCoreApplication::installTranslator(&ukrainian);
        ui::MainWindow window;
        translated = menuTitles(window);
        for (QAction *a : window.menuBar()->actions().constFirst()->menu()->actions().constFirst()->menu()->actions())
            newProject << a->text();
        QCoreApplication::removeTranslator(&ukrainian);
    }
    ui::MainWindow english;
    const QStringList source = menuTitles(english);
    ASSERT_EQ(translated.size(), source.size());
    for (qsizetype i = 0; i < source.size(); ++i)
        EXPECT_NE(translated[i], source[i]) << source[i].toStdString() << " is not translated";
    EXPECT_TRUE(translated.contains(QStringLiteral("&Файл"))) << translated.join(u'|').toStdString();
    EXPECT_TRUE(translated.contains(QStringLiteral("&Редагування")));
    EXPECT_TRUE(translated.contains(QStringLiteral("&Довідка")));
    EXPECT_TRUE(newProject.contains(QStringLiteral("З &інтерсекційного шаблону…"))) << newProject.join(u'|').toStdString();
    // Plurals: 1, 3 and 5 documents take Ukrainian's three forms.
    QCoreApplication::installTranslator(&ukrainian);
    EXPECT_EQ(QCoreApplication::translate("crosscut::ui::MainWindow", "%n document(s)", nullptr, 1), QStringLiteral("1 документ"));
    EXPECT_EQ(QCoreApplication::translate("crosscut::ui::MainWindow", "%n document(s)", nullptr, 3), QStringLiteral("3 документи"));
    EXPECT_EQ(QCoreApplication::translate("crosscut::ui::MainWindow", "%n document(s)", nullptr, 5), QStringLiteral("5 документів"));
    QCoreApplication::removeTranslator(&ukrainian);
}

TEST(Translations, EnglishHasSingularAndPlural)
{
    LanguageReset reset;
    ui::LanguageInstaller installer;
    EXPECT_EQ(installer.install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("crosscut::ui::MainWindow", "%n document(s)", nullptr, 1), QStringLiteral("1 document"));
    EXPECT_EQ(QCoreApplication::translate("crosscut::ui::MainWindow", "%n document(s)", nullptr, 2), QStringLiteral("2 documents"));
}

TEST(Translations, TheChooserListsTheBuiltInLanguagesAndStoresTheChoice)
{
    LanguageReset reset;
    ui::AppSettings::setLanguage(QString());
    ui::SettingsDialog dialog(nullptr);
    QComboBox *box = dialog.languageBox();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->itemData(0).toString(), QString());  // the system's language
    EXPECT_EQ(box->currentIndex(), 0);
    // A language is offered exactly when its translation is built in.
    for (const ui::UiLanguage &language : ui::knownLanguages()) {
        const bool built = language.code == QLatin1String("en") ||
                           QFile::exists(QStringLiteral(":/i18n/crosscut_%1.qm").arg(language.code));
        const int index = box->findData(language.code);
        EXPECT_EQ(index >= 0, built) << language.code.toStdString();
        if (index >= 0) {
            EXPECT_EQ(box->itemText(index), language.nativeName);
        }
    }
    EXPECT_GE(box->findText(QStringLiteral("Українська")), 0);
    const int urdu = box->findText(QStringLiteral("اردو"));
    ASSERT_GE(urdu, 0);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isHidden());
    box->setCurrentIndex(urdu);
    EXPECT_FALSE(note->isHidden());  // it applies on the next start
    dialog.save();
    EXPECT_EQ(ui::AppSettings::language(), QStringLiteral("ur"));
    ui::SettingsDialog again(nullptr);
    EXPECT_EQ(again.languageBox()->currentText(), QStringLiteral("اردو"));
}

TEST(Translations, UrduMirrorsTheMainWindowAndEnglishRestoresIt)
{
    LanguageReset reset;
    ui::LanguageInstaller installer;
    ASSERT_EQ(installer.install(QStringLiteral("ur")), QStringLiteral("ur"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    {
        ui::MainWindow window;
        EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
        EXPECT_TRUE(menuTitles(window).contains(QStringLiteral("فائل (&F)"))) << menuTitles(window).join(u'|').toStdString();
    }
    EXPECT_EQ(QLocale().language(), QLocale::Urdu);
    ASSERT_EQ(installer.install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    ui::MainWindow english;
    EXPECT_EQ(english.layoutDirection(), Qt::LeftToRight);
    EXPECT_TRUE(menuTitles(english).contains(QStringLiteral("&File")));
}

TEST(Translations, AnUnknownChoiceFallsBackToTheSystemLanguage)
{
    LanguageReset reset;
    ui::LanguageInstaller installer;
    // Not built in: treated as "System default" (the test runs in English or
    // whatever the environment's locale has a translation for).
    const QString installed = installer.install(QStringLiteral("xx"));
    EXPECT_NE(installed, QStringLiteral("xx"));
    EXPECT_TRUE(ui::isAvailableLanguage(installed)) << installed.toStdString();
}

TEST(Translations, NewProjectOffersTheTemplateInEveryLanguage)
{
    ui::MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("templateLanguages"));
    ASSERT_NE(menu, nullptr);
    QStringList names, templates;
    for (QAction *a : menu->actions()) {
        names << a->text();
        templates << a->data().toString();
    }
    EXPECT_EQ(templates, (QStringList{QStringLiteral("intersectional"), QStringLiteral("intersectional-ru"),
                                      QStringLiteral("intersectional-uk"), QStringLiteral("intersectional-id"),
                                      QStringLiteral("intersectional-fr"), QStringLiteral("intersectional-es"),
                                      QStringLiteral("intersectional-ur")}));
    EXPECT_TRUE(names.contains(QStringLiteral("Українська…"))) << names.join(u'|').toStdString();
}

TEST(Translations, InUrduTheDocksAreMirroredAndTheTranscriptKeepsItsOwnDirections)
{
    LanguageReset reset;
    ui::LanguageInstaller installer;
    ASSERT_EQ(installer.install(QStringLiteral("ur")), QStringLiteral("ur"));
    test::Workbench wb(QStringLiteral("Interviewer: Do you work with others?\nNargis: ہم مل کر کام کرتے ہیں\n"),
                       QStringLiteral("06-pakistan"));
    auto *documents = wb.window->findChild<QDockWidget *>(QStringLiteral("documentsDock"));
    auto *codebook = wb.window->findChild<QDockWidget *>(QStringLiteral("codebookDock"));
    ASSERT_TRUE(documents && codebook);
    EXPECT_EQ(wb.window->dockWidgetArea(documents), Qt::RightDockWidgetArea);
    EXPECT_EQ(wb.window->dockWidgetArea(codebook), Qt::LeftDockWidgetArea);
    // The transcript: English left to right, Urdu right to left, as written.
    ui::DocumentView *view = wb.window->documentView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->layoutDirection(), Qt::LeftToRight);
    const QTextBlock english = view->document()->begin();
    EXPECT_EQ(english.textDirection(), Qt::LeftToRight) << english.text().toStdString();
    EXPECT_EQ(english.next().textDirection(), Qt::RightToLeft) << english.next().text().toStdString();
    // The stripes sit beside the text, not over it.
    EXPECT_LE(view->margin()->geometry().right(), view->viewport()->geometry().left());
    // A name that starts with digits keeps them in front.
    EXPECT_EQ(ui::asWritten(QStringLiteral("06-pakistan")), QChar(0x200E) + QStringLiteral("06-pakistan"));
    EXPECT_EQ(ui::asWritten(QStringLiteral("Nargis")), QStringLiteral("Nargis"));
    EXPECT_EQ(ui::asWritten(QStringLiteral("۰۶-پاکستان")), QStringLiteral("۰۶-پاکستان"));
    bool listed = false;
    for (QTableView *table : wb.window->findChildren<QTableView *>())
        for (int r = 0; table->model() && r < table->model()->rowCount(); ++r)
            listed = listed || table->model()->index(r, 0).data().toString() == QChar(0x200E) + QStringLiteral("06-pakistan");
    EXPECT_TRUE(listed);
    // The strip's buttons carry a style sheet (their colour bar); it must
    // keep the family that joins Urdu behind the Latin one.
    const QString urduFamily = ui::arabicScriptFamily();
    if (!urduFamily.isEmpty()) {
        int buttons = 0;
        for (QToolButton *b : wb.window->findChildren<QToolButton *>())
            if (b->objectName().startsWith(QLatin1String("tag-")) && b->isVisible()) {
                ++buttons;
                EXPECT_TRUE(b->font().families().contains(urduFamily))
                    << b->text().toStdString() << ": " << b->font().families().join(u',').toStdString();
            }
        EXPECT_GT(buttons, 0);
    }
    wb.window.reset();
    ASSERT_EQ(installer.install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(ui::asWritten(QStringLiteral("06-pakistan")), QStringLiteral("06-pakistan"));
}
