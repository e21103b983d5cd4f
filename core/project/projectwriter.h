#pragma once
// The primitive writes an operation is made of. A ProjectWriter exists only
// inside Project::transact, so every write it makes is part of one
// transaction and one logged, undoable operation.

#include "model/entities.h"
#include "project/project.h"

#include <QHash>

#include <optional>

namespace crosscut {

class ProjectWriter {
public:
    ProjectWriter(Project &project, QString timestamp);

    Project &project() { return m_project; }
    const QString &timestamp() const { return m_timestamp; }

    Result<Id> coderId(const QString &name);  // finds or creates
    Result<Id> caseId(const QString &name);   // finds or creates
    Result<Id> insertDocument(const NewDocument &doc);
    Result<Id> insertCode(std::optional<Id> parent, const CodeSpec &spec);
    // Validates the span against the document; finds the quote with exactly
    // that span or creates it.
    Result<Id> findOrInsertQuote(Id document, qint64 start, qint64 end);
    // False when the coding existed already (a no-op).
    Result<bool> insertCoding(Id quote, Id code, Id coder, std::optional<double> position = std::nullopt);
    // Deletes the quote with its memos when no coding is left on it; a no-op
    // otherwise.
    Status deleteQuoteIfUncoded(Id quote);
    Status setAttribute(AttributeScope scope, Id target, const QString &attribute, const QString &value,
                        AttributeType type);
    Result<Id> insertMemo(MemoTarget target, std::optional<Id> targetId, const QString &title, const QString &text);
    // Appends text to a document as one new chunk (cost independent of the
    // document's length); returns the code point where it begins.
    Result<qint64> appendText(Id document, const QString &text);
    // Replaces code points [start, end) of a document's text. Quotes, turns
    // and flags are the caller's to move.
    Status replaceText(Id document, qint64 start, qint64 end, const QString &replacement);
    // Length of a document in code points, or an error naming it.
    Result<qint64> documentLength(Id document);
    // A new stable identity for a row (a random UUID, lower case). Rows
    // inserted without one get one from a trigger; the bulk paths (quotes,
    // codings) give their own to save that second write.
    static QString newGuid();
    // Any other write, with bound parameters.
    Status exec(const char *sql, std::initializer_list<QVariant> params);

private:
    Project &m_project;
    QString m_timestamp;
    QHash<Id, qint64> m_lengths;
    std::optional<qint64> m_nextDocumentOrder;
    QHash<QString, Id> m_coders;
};

}  // namespace crosscut
