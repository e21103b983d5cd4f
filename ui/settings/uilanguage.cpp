#include "settings/uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>

namespace crosscut::ui {

namespace {

QString qmPath(const QString &code) { return QStringLiteral(":/i18n/crosscut_%1.qm").arg(code); }

QString &installedCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

}  // namespace

std::vector<UiLanguage> knownLanguages()
{
    // Names written as their speakers write them; not translated.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ur"), QStringLiteral("اردو")},
    };
}

std::vector<UiLanguage> availableLanguages()
{
    std::vector<UiLanguage> languages;
    for (const UiLanguage &language : knownLanguages())
        if (language.code == QLatin1String("en") || QFile::exists(qmPath(language.code)))
            languages.push_back(language);
    return languages;
}

QString nativeLanguageName(const QString &code)
{
    for (const UiLanguage &language : knownLanguages())
        if (language.code == code)
            return language.nativeName;
    return code;
}

QString installedLanguage() { return installedCode(); }

QString asWritten(const QString &text)
{
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft || text.isEmpty() || text.isRightToLeft())
        return text;
    const QChar::Direction first = text.at(0).direction();
    if (first == QChar::DirL)
        return text;  // starts with a letter: already read left to right
    return QChar(0x200E) + text;  // LEFT-TO-RIGHT MARK
}

bool isAvailableLanguage(const QString &code)
{
    for (const UiLanguage &language : availableLanguages())
        if (language.code == code)
            return true;
    return false;
}

QString LanguageInstaller::install(const QString &code)
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_crosscut);
    const bool chosen = !code.isEmpty() && isAvailableLanguage(code);
    const QLocale locale = chosen ? QLocale(code) : QLocale();
    QString installed = QStringLiteral("en");
    bool loaded = false;
    if (chosen) {
        QLocale::setDefault(locale);
        installed = code;
    } else if (m_crosscut.load(locale, QStringLiteral("crosscut"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // The .qm names its language ("ru_RU", "uk"): keep the language part.
        installed = QLocale(m_crosscut.language()).name().section(u'_', 0, 0);
        loaded = true;
    }
    // English too: its file holds the singular and plural of every "%n …(s)".
    if (!loaded)
        loaded = m_crosscut.load(qmPath(installed));
    if (loaded)
        QCoreApplication::installTranslator(&m_crosscut);
    else
        installed = QStringLiteral("en");
    // Qt's own dialogs and buttons, where the system has their translation.
    if (m_qt.load(QLocale(installed), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // Set explicitly: Qt would otherwise guess the direction from a
    // QT_LAYOUT_DIRECTION string that our translations do not carry.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(QLocale(installed).textDirection());
    installedCode() = installed;
    return installed;
}

}  // namespace crosscut::ui
