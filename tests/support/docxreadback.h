#pragma once
// A .docx read back as Word's object model sees it, through Debian's
// python3-docx: paragraphs with their style names and bidi mark, tables as
// cell texts, the number of pictures, the title and the page header.

#include <QJsonObject>
#include <QString>

namespace crosscut::test {

// Debian's interpreter, which has python3-docx (a python3 earlier on PATH,
// e.g. pyenv's, may not).
QString debianPython();

// Empty when python3-docx can be imported, else why not.
QString docxReaderMissing();

// {"paragraphs": [{"style", "text", "bidi"}], "tables": [[[cell text]]],
//  "pictures": n, "title": "…", "header": ["…"]}; empty with *error set on
// failure.
QJsonObject readDocxBack(const QString &path, QString *error);

}  // namespace crosscut::test
