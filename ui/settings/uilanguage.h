#pragma once
// The interface language. "System default" (an empty code) follows the
// system locale; a choice in the settings (AppSettings::language) overrides
// it. Only languages whose translation is built into the library
// (:/i18n/crosscut_<code>.qm) are offered, English always. The language is
// installed once, at start, before the first widget exists: widgets set
// their texts when they are built, so a new choice applies on the next start.

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <vector>

namespace crosscut::ui {

struct UiLanguage {
    QString code;        // "uk", "ur", …
    QString nativeName;  // "Українська", in its own language and script
};

// Every language Crosscut knows the name of, English first.
std::vector<UiLanguage> knownLanguages();
// English, then those of knownLanguages() whose translation is built in.
std::vector<UiLanguage> availableLanguages();
// The native name of code ("Українська"); code itself when unknown.
QString nativeLanguageName(const QString &code);
// The language LanguageInstaller::install() installed last ("en" before).
QString installedLanguage();

// Whether code names a language of availableLanguages().
bool isAvailableLanguage(const QString &code);

// Text the user wrote (a document name such as "01-kenya-…"), as written in
// a right-to-left interface too: a left-to-right text whose first characters
// are digits or punctuation gets a left-to-right mark, or the bidi algorithm
// would move the leading "01-" to its end. Unchanged in a left-to-right one.
QString asWritten(const QString &text);

// Holds the application's translators (Qt's own and Crosscut's) for as long
// as it lives; destroying it removes them.
class LanguageInstaller {
public:
    // Installs the translation for code (empty: the system locale's), sets
    // the application's layout direction from the language installed (right
    // to left for Urdu) and, for a chosen language, the default QLocale.
    // Returns the language installed ("en" when no translation applies).
    QString install(const QString &code);

private:
    QTranslator m_qt;
    QTranslator m_crosscut;
};

}  // namespace crosscut::ui
