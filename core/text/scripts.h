#pragma once
// The writing system of a text (Latin, Cyrillic, Devanagari, Arabic…), as
// ICU's script property of its letters says: what a report's methods page
// names when a document has no Language attribute.

#include <QString>
#include <QStringView>

namespace crosscut::text {

// The script most of the text's letters are written in, named in English
// ("Latin", "Cyrillic", "Devanagari", "Arabic"); on a tie, the script met
// first. Characters shared by every script (digits, punctuation, spaces,
// emoji) and combining marks do not count. Empty when the text has no
// letters of any script.
QString dominantScript(QStringView text);

}  // namespace crosscut::text
