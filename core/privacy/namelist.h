#pragma once
// The names to pseudonymise: a UTF-8 CSV with the header `name,pseudonym`,
// checked so that a list that could leave a real name behind, or replace
// it ambiguously, is refused before anything is written.

#include "util/result.h"

#include <QList>
#include <QString>

namespace crosscut::privacy {

struct NamePair {
    QString name;
    QString pseudonym;
    int line = 0;  // in the CSV file; 0 when the pair did not come from a file
};

// Names longest first (in code points), then in the order given.
using NameList = QList<NamePair>;

// Reads and validates a names file (see validateNames); errors name the file
// and line.
Result<NameList> readNameFile(const QString &path);

// Checks a list: no empty name or pseudonym, no name given twice, a name
// must hold a letter or digit and no line break, no pseudonym equal to a
// real name or holding one as a whole word (it would survive the
// replacement). Returns the list sorted longest name first. `source` names
// where the pairs came from in error messages (a file path, or empty).
Result<NameList> validateNames(NameList pairs, const QString &source = {});

// The key file's content: the header `name,pseudonym` and one row per pair.
QByteArray keyFileContent(const NameList &names);

}  // namespace crosscut::privacy
