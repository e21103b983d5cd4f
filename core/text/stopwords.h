#pragma once
// Stop words for word frequencies: the lists Crosscut ships (English, Russian,
// Ukrainian, French, Spanish, Indonesian; resources/stopwords/*.txt, built
// into core) and a project's own choice of languages, additions and removals,
// kept in project_info and changed by one undoable operation.

#include "util/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace crosscut {
class Project;
}

namespace crosscut::text {

// The language codes with a shipped list, in menu order: en ru uk fr es id.
const QStringList &stopWordLanguages();
// "English", "Russian", … (English names; the GUI translates its own).
QString stopWordLanguageName(const QString &code);
// A language code for "en", "English", "russian", "Українська", "Bahasa
// Indonesia" …; empty when none of the shipped languages.
QString stopWordLanguageCode(const QString &nameOrCode);

// The shipped list of a language, folded (text/wordbreak.h foldWord).
Result<QSet<QString>> shippedStopWords(const QString &language);
// The words of a stop-word file: one a line, "#" starts a comment, blank
// lines ignored; folded.
QSet<QString> parseStopWords(const QString &text);
Result<QSet<QString>> readStopWordFile(const QString &path);

// A project's stop-word settings. Words are folded. Until the user chose
// languages (chosen), the default applies (defaultStopWordLanguages); a
// choice may be no language at all.
struct StopWordSettings {
    bool chosen = false;
    QStringList languages;
    QStringList added;    // counted as stop words whatever the languages
    QStringList removed;  // shipped stop words this project counts after all

    bool operator==(const StopWordSettings &) const = default;
};

StopWordSettings stopWordSettings(Project &project);
// Stores the settings as one undoable operation ("Edit stop words"); words
// are folded, sorted and deduplicated, an unknown language is refused and
// nothing is written. Settings equal to the stored ones write nothing.
Status setStopWordSettings(Project &project, const StopWordSettings &settings);

// The languages of the project's documents when they record one (a document
// attribute "language", "lang" or "Language" whose values name a shipped
// language), else {"en"}.
QStringList defaultStopWordLanguages(Project &project);
// The languages in effect: the stored choice, else the default.
QStringList effectiveStopWordLanguages(Project &project);

// The stop words for `languages` with the project's additions and removals.
Result<QSet<QString>> projectStopWords(Project &project, const QStringList &languages);

}  // namespace crosscut::text
