#pragma once
// Matching a coder copy's rows to the master's and inserting what is new,
// inside the merge's one transaction (team/merge.cpp); documents, turns and
// live sessions in team/mergedocuments.cpp, the rest in mergematching.cpp. The master's keys are
// read once into hash maps and kept up to date as rows are added, so a merge
// costs one pass over each copy. Internal to core/team.

#include "team/merge.h"
#include "team/mergesnapshot.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <algorithm>

namespace crosscut {
class ProjectWriter;
}

namespace crosscut::team::detail {

// SHA-256 of the UTF-8 of a text, lower-case hex.
QString textHash(const QString &text);

// An empty guid is inserted as NULL (a trigger then gives the row one).
inline QVariant guidOrNull(const QString &guid) { return guid.isEmpty() ? QVariant() : QVariant(guid); }
inline QVariant idOrNull(Id id) { return id == 0 ? QVariant() : QVariant(id); }
// The master's id for a copy's id (0: none, or a NULL id).
inline Id mapped(const QHash<Id, Id> &map, const QVariant &copyId)
{
    return copyId.isNull() ? 0 : map.value(copyId.toLongLong(), 0);
}
inline QString tieKey(Id a, Id b, const QString &wave, const QString &kind)
{
    return QStringLiteral("%1:%2:").arg(std::min(a, b)).arg(std::max(a, b)) + wave + QLatin1Char('\n') + kind;
}
inline QString turnKey(Id document, qint64 start, qint64 end, const QString &speaker)
{
    return QStringLiteral("%1:%2:%3:").arg(document).arg(start).arg(end) + speaker;
}

class Matcher {
public:
    Matcher(Project &master, ProjectWriter &writer, const MergeOptions &options, MergeReport &report);
    Status loadMaster();
    Status merge(const CopySnapshot &copy);

private:
    using Span = QPair<Id, QPair<qint64, qint64>>;
    using CodingKey = QPair<Id, QPair<Id, Id>>;
    struct MemoRow {
        Id id = 0;
        QString title, text;
    };

    Status mergeCoders(const CopySnapshot &copy);
    Status mergeCodes(const CopySnapshot &copy);
    Status mergeCases(const CopySnapshot &copy);
    Status mergeDocuments(const CopySnapshot &copy);
    Status mergeAttributes(const CopySnapshot &copy);
    Status mergeValues(const CopySnapshot &copy, bool cases);
    Status mergeTurns(const CopySnapshot &copy);
    Status mergeQuotes(const CopySnapshot &copy);
    Status mergeCodings(const CopySnapshot &copy);
    Status mergeMemos(const CopySnapshot &copy);
    Status mergeLiveSessions(const CopySnapshot &copy);
    Status mergeSets(const CopySnapshot &copy);
    Status mergeTies(const CopySnapshot &copy);
    Status mergeSummaries(const CopySnapshot &copy);
    Status loadHashes();
    QString copyName(const CopySnapshot &copy) const;
    Result<Id> insertDocument(const CopyDocument &doc, const QString &name, const QString &guid, const QString &hash);

    Project &m_master;
    ProjectWriter &m_w;
    const MergeOptions &m_options;
    MergeReport &m_report;

    // The master, as it grows.
    QHash<QString, Id> m_coderByName;
    QHash<QString, Id> m_codeByGuid;
    QHash<QPair<Id, QString>, Id> m_codeByPlace;  // (parent or 0, name)
    QHash<QString, Id> m_caseByGuid, m_caseByName;
    QHash<QString, Id> m_documentByGuid, m_documentByName, m_documentByHash;
    QHash<Id, QString> m_documentName;
    QHash<Id, qint64> m_documentLength;
    bool m_hashesLoaded = false;
    QSet<QPair<Id, Id>> m_documentCases;
    QHash<QString, Id> m_attributeByGuid, m_attributeByKey;  // key: scope + '\n' + name
    QHash<Id, QString> m_attributeName;
    QHash<QPair<Id, Id>, QString> m_documentValues, m_caseValues;  // (target, attribute) → value
    QHash<QString, Id> m_turnGuids;  // guid → document
    QSet<QString> m_turnKeys;
    QHash<QString, Id> m_quoteByGuid;
    QHash<Span, Id> m_quoteBySpan;
    QHash<Id, Span> m_quoteSpan;
    QHash<QString, Id> m_codingGuids;  // guid → quote
    QSet<CodingKey> m_codingKeys;
    QHash<QString, MemoRow> m_memoByGuid;
    QHash<QString, Id> m_setByGuid, m_setByName;
    QSet<QPair<Id, QPair<QString, Id>>> m_setMembers;
    QHash<Id, QString> m_caseName;
    QSet<QString> m_tieGuids;
    QSet<QString> m_tieKeys;  // smaller case, larger case, wave, kind
    struct SummaryRow {
        Id id = 0;
        QString text;
    };
    QHash<QString, SummaryRow> m_summaryByGuid;
    QHash<QString, SummaryRow> m_summaryByKey;  // row kind:row:code

    // The copy being merged: its ids → the master's.
    QHash<Id, Id> m_coders, m_codes, m_cases, m_documents, m_attributes, m_quotes;
    QSet<Id> m_newDocuments;  // the copy's documents this merge added
};

}  // namespace crosscut::team::detail
