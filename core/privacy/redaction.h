#pragma once
// Redacted exports (DESIGN.md "Privacy"): what a redacted export writes
// instead of the names of the people in a project.
//
// Every case and every speaker gets a role label: the case's "Role"
// attribute value plus a number ("Interviewer 1", "Participant 3"), else
// "Participant N" (a case or speaker that speaks in a transcript) or "Case N"
// (a case only holding whole documents). Numbers count per label in a stable
// order: first appearance in the documents (document order, then position),
// then name. A speaker linked to a case has its case's label.
//
// Names that occur inside exported texts (quotes, document texts, memos,
// document names) are replaced by the same labels, whole words only: the
// characters around a match are not letters, marks or digits (one rule for
// every script); matching ignores case, and a longer name wins over a
// shorter one it contains. Attributes marked identifying are left out of
// every redacted export, and their values (of three code points or more)
// become "[redacted]" where they stand in a text.

#include "model/entities.h"
#include "text/codepoints.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::privacy {

// The line every redacted export carries at its top (a sheet header in XLSX,
// the project description in REFI-QDA).
QString watermark();

// A text with names replaced, and how its code points moved.
class RedactedText {
public:
    QString text;

    // One replacement, in code points of the original and of the new text.
    struct Edit {
        qint64 start = 0;
        qint64 end = 0;
        qint64 newStart = 0;
        qint64 newEnd = 0;
    };
    QList<Edit> edits;  // ascending, not overlapping

    // Where an original position lands in the new text. A position inside a
    // replaced name widens to the whole label: mapStart to its start, mapEnd
    // to its end, so a quote cutting a name still covers all of its label.
    qint64 mapStart(qint64 position) const { return map(position, false); }
    qint64 mapEnd(qint64 position) const { return map(position, true); }
    // Code points [start, end) of the original, as they read in the new text:
    // the way to redact a quote, since a quote cutting a name would keep the
    // piece of it if redacted on its own.
    QString slice(qint64 start, qint64 end) const;

    CodePointIndex index;  // of `text`, built by Redaction::redact

private:
    qint64 map(qint64 position, bool end) const;
};

class Redaction {
public:
    Redaction() = default;  // redacts nothing (enabled() is false)
    // Reads the project's cases, speakers and identifying attributes.
    static Redaction fromProject(Project &project);

    bool enabled() const { return m_enabled; }

    // The label of a case, or of a speaker name (its case's label when the
    // name is a case or a speaker linked to one). An unknown non-empty name
    // gets "Participant ?" rather than passing through.
    QString caseLabel(Id caseId) const;
    QString speakerLabel(const QString &speaker) const;

    bool isIdentifying(const Attribute &attribute) const { return m_identifying.contains(attribute.id); }
    bool isIdentifying(AttributeScope scope, const QString &name) const;
    // True when an attribute name (either scope when `scope` is unset) is identifying.
    bool isIdentifyingName(const QString &name) const;

    // Every name replaced by its label, whole words only (see above).
    QString redactText(const QString &text) const { return redact(text).text; }
    RedactedText redact(const QString &text) const;

    // The names replaced, longest first (for tests and diagnostics).
    QStringList names() const;

private:
    struct Name {
        QString name;  // as written
        QString folded;
        QString label;
    };
    bool m_enabled = false;
    QHash<Id, QString> m_caseLabels;
    QHash<QString, QString> m_byName;             // case-folded name → label
    QHash<QChar, QList<Name>> m_byFirstUnit;      // first UTF-16 unit, folded → names, longest first
    QSet<Id> m_identifying;
    QSet<QString> m_identifyingNames;             // "case:Name", "document:Name"
};

}  // namespace crosscut::privacy
