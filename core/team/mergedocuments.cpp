// Matching a coder copy's documents, speaker turns and live sessions against
// the master (team/mergematching.h): by guid, then by the text's SHA-256;
// a same-named document with another text is refused or, with keepBoth,
// imported under a new name.
#include "team/mergematching.h"

#include "project/project.h"
#include "project/projectwriter.h"
#include "text/codepoints.h"

namespace crosscut::team::detail {

Status Matcher::loadHashes()
{
    if (m_hashesLoaded)
        return {};
    m_hashesLoaded = true;
    for (auto it = m_documentName.cbegin(); it != m_documentName.cend(); ++it)
        m_documentByHash.insert(textHash(m_master.documentText(it.key())), it.key());
    return {};
}

Result<Id> Matcher::insertDocument(const CopyDocument &doc, const QString &name, const QString &guid,
                                   const QString &hash)
{
    const qint64 length = codePointCount(doc.text);
    if (Status s = m_w.exec("INSERT INTO document(name, kind, text, length, source_file, imported_at, sort_order, guid) "
                            "VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM document), ?)",
                            {name, doc.kind, doc.text, length, doc.sourceFile, doc.importedAt, guidOrNull(guid)});
        !s)
        return s.error();
    const Id id = m_master.database().lastInsertId();
    m_documentByName.insert(name, id);
    m_documentName.insert(id, name);
    m_documentLength.insert(id, length);
    m_documentByHash.insert(hash, id);
    if (!guid.isEmpty())
        m_documentByGuid.insert(guid, id);
    ++m_report.documents;
    return id;
}

Status Matcher::mergeDocuments(const CopySnapshot &copy)
{
    for (const CopyDocument &d : copy.documents) {
        const QString hash = textHash(d.text);
        Id id = d.guid.isEmpty() ? 0 : m_documentByGuid.value(d.guid, 0);
        bool changedText = false;
        if (id != 0 && textHash(m_master.documentText(id)) != hash) {
            // The same document with another text: its positions do not agree.
            changedText = true;
            id = 0;
        }
        if (id == 0) {
            // By text: also finds the document a --keep-both merge of this
            // copy imported before, so merging it again adds nothing.
            if (Status s = loadHashes(); !s)
                return s;
            id = m_documentByHash.value(hash, 0);
        }
        if (id == 0) {
            QString guid = d.guid;
            const Id sameName = m_documentByName.value(d.name, 0);
            if (changedText || sameName != 0) {
                QString fresh;
                for (int n = 2; fresh.isEmpty() || m_documentByName.contains(fresh); ++n)
                    fresh = QStringLiteral("%1 (%2)").arg(d.name).arg(n);
                const QString masterName = changedText ? m_documentName.value(m_documentByGuid.value(d.guid)) : d.name;
                if (!m_options.keepBoth)
                    return makeError(
                        ErrorKind::Conflict,
                        QStringLiteral("cannot merge %1 into %2: the document \"%3\" in %1 has a different text from "
                                       "the document \"%4\" in %2 (%5). Nothing was merged. Merge with --keep-both "
                                       "to import it as a document of its own, \"%6\".")
                            .arg(copy.path, m_master.path(), d.name, masterName,
                                 changedText ? QStringLiteral("the same document, edited in one of them")
                                             : QStringLiteral("same name, neither identity nor text matches"),
                                 fresh));
                if (changedText)
                    guid = ProjectWriter::newGuid();  // a document of its own from now on
                m_report.renamed.append(QStringLiteral("%1 (%2) → %3").arg(d.name, copyName(copy), fresh));
                auto inserted = insertDocument(d, fresh, guid, hash);
                if (!inserted)
                    return inserted.error();
                id = *inserted;
            } else {
                auto inserted = insertDocument(d, d.name, guid, hash);
                if (!inserted)
                    return inserted.error();
                id = *inserted;
            }
            m_newDocuments.insert(d.id);
        }
        m_documents.insert(d.id, id);
    }
    for (const auto &[copyDocument, copyCase] : copy.documentCases) {
        const Id document = m_documents.value(copyDocument, 0), caseId = m_cases.value(copyCase, 0);
        if (document == 0 || caseId == 0 || m_documentCases.contains({document, caseId}))
            continue;
        if (Status s = m_w.exec("INSERT INTO document_case(document_id, case_id) VALUES (?, ?)", {document, caseId}); !s)
            return s;
        m_documentCases.insert({document, caseId});
    }
    return {};
}

Status Matcher::mergeTurns(const CopySnapshot &copy)
{
    for (const CopyTurn &t : copy.turns) {
        const Id document = m_documents.value(t.document, 0);
        if (document == 0 || (!t.guid.isEmpty() && m_turnGuids.value(t.guid, 0) == document))
            continue;
        const QString key = turnKey(document, t.start, t.end, t.speaker);
        if (m_turnKeys.contains(key))
            continue;
        // A guid the master has on another document's row: this row is new
        // (a document imported as one of its own) and gets a guid of its own.
        const QString guid = m_turnGuids.contains(t.guid) ? ProjectWriter::newGuid() : t.guid;
        if (t.start < 0 || t.end < t.start || t.end > m_documentLength.value(document))
            return makeError(ErrorKind::Corrupt, QStringLiteral("%1: a speaker turn (%2–%3) lies outside its document")
                                                     .arg(copy.path)
                                                     .arg(t.start)
                                                     .arg(t.end));
        if (Status s = m_w.exec("INSERT INTO speaker_turn(document_id, start, end, speaker, case_id, time_start_ms, "
                                "time_end_ms, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                {document, t.start, t.end, t.speaker, idOrNull(mapped(m_cases, t.caseId)),
                                 t.timeStartMs, t.timeEndMs, guidOrNull(guid)});
            !s)
            return s;
        m_turnKeys.insert(key);
        if (!guid.isEmpty())
            m_turnGuids.insert(guid, document);
        ++m_report.turns;
    }
    return {};
}

Status Matcher::mergeLiveSessions(const CopySnapshot &copy)
{
    if (m_newDocuments.isEmpty())
        return {};
    sql::Database &db = m_master.database();
    for (const auto &[table, rows] : copy.live) {
        const qsizetype documentColumn = rows.columns.indexOf(QStringLiteral("document_id"));
        if (documentColumn < 0)
            continue;
        // The master's columns (the same schema version): ids are the master's own.
        auto masterColumns = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        if (!masterColumns)
            return masterColumns.error();
        masterColumns->bind(1, table);
        QStringList known;
        while (masterColumns->next())
            known.append(masterColumns->text(0));
        QList<int> used;
        QStringList names, marks;
        for (int i = 0; i < rows.columns.size(); ++i) {
            if (rows.columns[i] == QLatin1String("id") || !known.contains(rows.columns[i]))
                continue;
            used.append(i);
            names.append(QStringLiteral("\"%1\"").arg(rows.columns[i]));
            marks.append(QStringLiteral("?"));
        }
        auto insert = db.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                     .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        if (!insert)
            return insert.error();
        for (const QVariantList &row : rows.rows) {
            const Id copyDocument = row.value(documentColumn).toLongLong();
            if (!m_newDocuments.contains(copyDocument))
                continue;
            bool skip = false;
            for (int k = 0; k < used.size(); ++k) {
                const QString &column = rows.columns[used[k]];
                QVariant value = row.value(used[k]);
                if (column == QLatin1String("document_id"))
                    value = m_documents.value(copyDocument);
                else if (column == QLatin1String("case_id"))
                    value = idOrNull(mapped(m_cases, value));
                else if (column == QLatin1String("code_id")) {
                    value = idOrNull(mapped(m_codes, value));
                    skip = value.isNull();
                }
                insert->bindVariant(k + 1, value);
            }
            if (skip) {
                insert->reset();
                continue;
            }
            if (Status s = insert->exec(); !s)
                return makeError(s.error().kind, QStringLiteral("%1: %2: %3").arg(copy.path, table, s.message()));
        }
    }
    return {};
}

}  // namespace crosscut::team::detail
