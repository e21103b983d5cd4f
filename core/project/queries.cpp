// Reading a project: plain queries, no writes.
#include "model/codepath.h"
#include "project/project.h"
#include "text/codepoints.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace crosscut {

namespace {

std::optional<Id> optionalId(const sql::Statement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<Id>(s.int64(column));
}

std::optional<qint64> optionalInt(const sql::Statement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<qint64>(s.int64(column));
}

Document readDocument(const sql::Statement &s)
{
    return Document{s.int64(0), s.text(1), s.text(2), s.int64(3), s.text(4), s.text(5), s.text(6)};
}

constexpr const char *kDocumentColumns =
    "SELECT id, name, kind, length, source_file, imported_at, coalesce(guid, '') FROM document";

Code readCode(const sql::Statement &s)
{
    Code c;
    c.id = s.int64(0);
    c.parentId = optionalId(s, 1);
    c.name = s.text(2);
    c.color = s.text(3);
    c.description = s.text(4);
    c.shortcut = s.text(5);
    c.sortOrder = static_cast<int>(s.int64(6));
    c.isDimension = s.int64(7) != 0;
    c.isBipolar = s.int64(8) != 0;
    if (!s.isNull(9))
        c.axisPosition = s.real(9);
    c.guid = s.text(10);
    return c;
}

Quote readQuote(const sql::Statement &s)
{
    return Quote{s.int64(0), s.int64(1), s.int64(2), s.int64(3), optionalId(s, 4), s.text(5), s.text(6)};
}

}  // namespace

QList<Document> Project::documents()
{
    QList<Document> out;
    auto stmt = m_db.prepare(QString::fromLatin1(kDocumentColumns) + QStringLiteral(" ORDER BY sort_order, id"));
    while (stmt && stmt->next())
        out.append(readDocument(*stmt));
    return out;
}

std::optional<Document> Project::document(Id id)
{
    auto stmt = m_db.prepare(QString::fromLatin1(kDocumentColumns) + QStringLiteral(" WHERE id = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, id);
    if (stmt->next())
        return readDocument(*stmt);
    return std::nullopt;
}

std::optional<Document> Project::findDocument(const QString &name)
{
    auto stmt = m_db.prepare(QString::fromLatin1(kDocumentColumns) + QStringLiteral(" WHERE name = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, name);
    if (stmt->next())
        return readDocument(*stmt);
    return std::nullopt;
}

QString Project::documentText(Id id)
{
    sql::Statement &stmt = statement("SELECT text FROM document WHERE id = ?");
    stmt.bind(1, id);
    QString text = stmt.next() ? stmt.text(0) : QString();
    stmt.reset();
    // Appended pieces follow (a live session's lines, schema version 4).
    sql::Statement &chunks = statement("SELECT text FROM document_chunk WHERE document_id = ? ORDER BY start");
    chunks.bind(1, id);
    while (chunks.next())
        text += chunks.text(0);
    chunks.reset();
    return text;
}

QString Project::documentSlice(Id id, qint64 start, qint64 end)
{
    if (end <= start)
        return QString();
    // substr() on TEXT counts characters (code points) in SQLite: exactly
    // Crosscut's unit. It returns '' where the span lies past document.text,
    // in the appended chunks.
    sql::Statement &stmt = statement("SELECT substr(text, ? + 1, ?) FROM document WHERE id = ?");
    stmt.bind(1, start).bind(2, end - start).bind(3, id);
    QString text = stmt.next() ? stmt.text(0) : QString();
    stmt.reset();
    // The chunks overlapping [start, end): from the last one beginning at or
    // before start, both bounds found through the (document_id, start) index.
    sql::Statement &chunks = statement(
        "SELECT start, text FROM document_chunk WHERE document_id = ?1 AND start < ?3 AND start >= "
        "(SELECT coalesce(max(start), 0) FROM document_chunk WHERE document_id = ?1 AND start <= ?2) ORDER BY start");
    chunks.bind(1, id).bind(2, start).bind(3, end);
    while (chunks.next()) {
        const qint64 chunkStart = chunks.int64(0);
        text += codePointSlice(chunks.text(1), std::max<qint64>(0, start - chunkStart), end - chunkStart);
    }
    chunks.reset();
    return text;
}

QList<SpeakerTurn> Project::speakerTurns(Id documentId, qint64 endingFrom)
{
    QList<SpeakerTurn> out;
    sql::Statement &stmt = statement("SELECT id, document_id, start, end, speaker, case_id, time_start_ms, time_end_ms "
                                     "FROM speaker_turn WHERE document_id = ? AND end >= ? ORDER BY start, id");
    stmt.bind(1, documentId).bind(2, endingFrom);
    while (stmt.next())
        out.append(SpeakerTurn{stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.int64(3), stmt.text(4),
                               optionalId(stmt, 5), optionalInt(stmt, 6), optionalInt(stmt, 7)});
    stmt.reset();
    return out;
}

QList<Code> Project::codes()
{
    QHash<qint64, QList<Code>> children;  // parent id (0 for top level) → children in order
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, parent_id, name, color, description, shortcut, sort_order, "
                                            "is_dimension, is_bipolar, axis_position, coalesce(guid, '') FROM code "
                                            "ORDER BY sort_order, id"));
    while (stmt && stmt->next()) {
        Code c = readCode(*stmt);
        children[c.parentId.value_or(0)].append(c);
    }
    QList<Code> out;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Code &c : children.value(parent)) {
            out.append(c);
            visit(c.id);
        }
    };
    visit(0);
    return out;
}

std::optional<Code> Project::code(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, parent_id, name, color, description, shortcut, sort_order, "
                                            "is_dimension, is_bipolar, axis_position, coalesce(guid, '') FROM code "
                                            "WHERE id = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, id);
    if (stmt->next())
        return readCode(*stmt);
    return std::nullopt;
}

Result<Id> Project::resolveCodePath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const Id id = trimmed.mid(1).toLongLong(&ok);
        if (ok && code(id))
            return id;
        return makeError(ErrorKind::NotFound, tr("no code with id %1").arg(trimmed));
    }
    const QStringList names = codepath::split(trimmed);
    std::optional<Id> parent;
    for (const QString &name : names) {
        sql::Statement &stmt = statement("SELECT id FROM code WHERE parent_id IS ? AND name = ?");
        if (parent)
            stmt.bind(1, *parent);
        else
            stmt.bindNull(1);
        stmt.bind(2, name);
        if (!stmt.next()) {
            stmt.reset();
            return makeError(ErrorKind::NotFound, tr("no code \"%1\" in the codebook").arg(trimmed));
        }
        parent = stmt.int64(0);
        stmt.reset();
    }
    if (!parent)
        return makeError(ErrorKind::NotFound, tr("empty code path"));
    return *parent;
}

QString Project::codePath(Id codeId)
{
    QStringList names;
    std::optional<Id> current = codeId;
    int guard = 0;
    while (current && guard++ < 1000) {
        sql::Statement &stmt = statement("SELECT name, parent_id FROM code WHERE id = ?");
        stmt.bind(1, *current);
        if (!stmt.next()) {
            stmt.reset();
            break;
        }
        names.prepend(stmt.text(0));
        current = optionalId(stmt, 1);
        stmt.reset();
    }
    return codepath::join(names);
}

QList<Id> Project::codeDescendants(Id codeId)
{
    QList<Id> out;
    auto stmt = m_db.prepare(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM code c "
                                            "JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub"));
    if (!stmt)
        return out;
    stmt->bind(1, codeId);
    while (stmt->next())
        out.append(stmt->int64(0));
    return out;
}

QList<Quote> Project::quotes(std::optional<Id> documentId)
{
    QList<Quote> out;
    auto stmt = m_db.prepare(documentId ? QStringLiteral("SELECT id, document_id, start, end, creator_id, created_at, "
                                                         "coalesce(guid, '') FROM quote WHERE document_id = ? ORDER BY start, end, id")
                                        : QStringLiteral("SELECT id, document_id, start, end, creator_id, created_at, "
                                                         "coalesce(guid, '') FROM quote ORDER BY document_id, start, end, id"));
    if (!stmt)
        return out;
    if (documentId)
        stmt->bind(1, *documentId);
    while (stmt->next())
        out.append(readQuote(*stmt));
    return out;
}

std::optional<Quote> Project::quote(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, document_id, start, end, creator_id, created_at, "
                                            "coalesce(guid, '') FROM quote WHERE id = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, id);
    if (stmt->next())
        return readQuote(*stmt);
    return std::nullopt;
}

QList<Coding> Project::codings(Id quoteId)
{
    QList<Coding> out;
    sql::Statement &stmt = statement("SELECT id, quote_id, code_id, coder_id, created_at, position FROM coding "
                                     "WHERE quote_id = ? ORDER BY id");
    stmt.bind(1, quoteId);
    while (stmt.next()) {
        Coding c{stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.int64(3), stmt.text(4), std::nullopt};
        if (!stmt.isNull(5))
            c.position = stmt.real(5);
        out.append(c);
    }
    stmt.reset();
    return out;
}

QString Project::quoteText(const Quote &q) { return documentSlice(q.documentId, q.start, q.end); }

int Project::codingCount(std::optional<Id> codeId)
{
    auto v = codeId ? m_db.scalar(QStringLiteral("SELECT count(*) FROM coding WHERE code_id = ?"), {*codeId})
                    : m_db.scalar(QStringLiteral("SELECT count(*) FROM coding"));
    return v ? v->toInt() : 0;
}

QList<Case> Project::cases()
{
    QList<Case> out;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, description, coalesce(guid, '') FROM case_ ORDER BY name"));
    while (stmt && stmt->next())
        out.append(Case{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    return out;
}

std::optional<Case> Project::findCase(const QString &name)
{
    for (const Case &c : cases())
        if (c.name == name)
            return c;
    return std::nullopt;
}

QList<Id> Project::documentCases(Id documentId)
{
    QList<Id> out;
    sql::Statement &stmt = statement("SELECT case_id FROM document_case WHERE document_id = ? ORDER BY case_id");
    stmt.bind(1, documentId);
    while (stmt.next())
        out.append(stmt.int64(0));
    stmt.reset();
    return out;
}

QList<Coder> Project::coders()
{
    QList<Coder> out;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, coalesce(guid, '') FROM coder ORDER BY name"));
    while (stmt && stmt->next())
        out.append(Coder{stmt->int64(0), stmt->text(1), stmt->text(2)});
    return out;
}

std::optional<Coder> Project::findCoder(const QString &name)
{
    for (const Coder &c : coders())
        if (c.name == name)
            return c;
    return std::nullopt;
}

QList<Attribute> Project::attributes(std::optional<AttributeScope> scope)
{
    QList<Attribute> out;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, scope, type, identifying FROM attribute ORDER BY sort_order, id"));
    while (stmt && stmt->next()) {
        Attribute a{stmt->int64(0), stmt->text(1), attributeScopeFromString(stmt->text(2)).value_or(AttributeScope::Document),
                    attributeTypeFromString(stmt->text(3)).value_or(AttributeType::Text), stmt->int64(4) != 0};
        if (!scope || a.scope == *scope)
            out.append(a);
    }
    return out;
}

QHash<QString, QString> Project::attributeValues(AttributeScope scope, Id target)
{
    QHash<QString, QString> out;
    auto stmt = m_db.prepare(scope == AttributeScope::Case
                                 ? QStringLiteral("SELECT a.name, v.value FROM case_attribute v JOIN attribute a ON "
                                                  "a.id = v.attribute_id WHERE v.case_id = ?")
                                 : QStringLiteral("SELECT a.name, v.value FROM document_attribute v JOIN attribute a ON "
                                                  "a.id = v.attribute_id WHERE v.document_id = ?"));
    if (!stmt)
        return out;
    stmt->bind(1, target);
    while (stmt->next())
        out.insert(stmt->text(0), stmt->text(1));
    return out;
}

QList<Memo> Project::memos(std::optional<MemoTarget> target, std::optional<Id> targetId)
{
    QList<Memo> out;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, target_kind, target_id, title, text, author_id, created_at, "
                                            "modified_at FROM memo ORDER BY id"));
    while (stmt && stmt->next()) {
        Memo m{stmt->int64(0), memoTargetFromString(stmt->text(1)).value_or(MemoTarget::Project), optionalId(*stmt, 2),
               stmt->text(3), stmt->text(4), optionalId(*stmt, 5), stmt->text(6), stmt->text(7)};
        if (target && m.target != *target)
            continue;
        if (targetId && m.targetId != targetId)
            continue;
        out.append(m);
    }
    return out;
}

}  // namespace crosscut
