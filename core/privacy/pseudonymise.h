#pragma once
// Pseudonymisation (DESIGN.md, Privacy): every whole-word occurrence of a
// real name, in every document's text and every other text field of the
// project, becomes its pseudonym. Quotes, turns, chunks and flags move with
// the text; afterwards the history that held the old texts is erased.
//
// Matching is case-sensitive and by whole words: the code points before and
// after an occurrence are not letters, marks or digits (by Unicode category,
// so Cyrillic, Arabic and Devanagari names match as Latin ones do). At each
// position the longest name wins; occurrences do not overlap.

#include "privacy/namelist.h"
#include "project/project.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace crosscut::privacy {

// One occurrence: code points [start, end) of the text searched, and the
// index of its pair in the NameList.
struct Match {
    qint64 start = 0;
    qint64 end = 0;
    int pair = 0;
};

// Occurrences in text order. `names` must be sorted longest first
// (validateNames does that).
QList<Match> findMatches(QStringView text, const NameList &names);
// `text` with every occurrence replaced by its pseudonym.
QString replaceNames(const QString &text, const NameList &names);

// Names to propose: the speakers of speaker turns and live rosters, and the
// case names, each once, sorted.
struct NameCandidate {
    QString name;
    bool speaker = false;
    bool caseName = false;
};
QList<NameCandidate> proposedNames(Project &project);

// An occurrence in a document with its context (up to `context` code points
// each side, as stored).
struct TextOccurrence {
    qint64 start = 0;  // code points in the document
    qint64 end = 0;
    QString name;
    QString pseudonym;
    QString before;
    QString after;
};
struct DocumentPreview {
    Id document = 0;
    QString documentName;  // as it is now
    QList<TextOccurrence> occurrences;
};
// A text field other than a document's text that would change.
struct FieldChange {
    QString field;  // "case name", "speaker", "document attribute value" …
    QString before;
    QString after;
};
struct Preview {
    QList<DocumentPreview> documents;  // every document, in document order, even without occurrences
    QList<FieldChange> fields;
    int textOccurrences() const;
};
Preview preview(Project &project, const NameList &names, int context = 30);

struct Summary {
    struct PerDocument {
        QString documentName;  // after pseudonymisation
        int occurrences = 0;
    };
    QList<PerDocument> documents;  // every document, in document order
    int textOccurrences = 0;
    int fieldsChanged = 0;
};

// Replaces every occurrence as one operation, then erases the history
// (privacy/history.h). Irreversible: no undo reaches back past it. On
// failure nothing is replaced.
//
// With a keyFile, the mapping is written there (atomically) before anything
// is replaced, so that no run ends with the names gone and the key missing;
// an existing file is refused (it may be the only key of an earlier run),
// and a failed run removes the key it wrote. Without one, no mapping is
// kept anywhere.
Result<Summary> pseudonymise(Project &project, const NameList &names, const QString &keyFile = {});
// Checks, before anything is done, that a key file could be written there.
Status checkKeyFile(const QString &keyFile);

}  // namespace crosscut::privacy
