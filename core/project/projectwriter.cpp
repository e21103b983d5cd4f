#include "project/projectwriter.h"

#include <QUuid>

#include "text/codepoints.h"

namespace crosscut {

namespace {
// NOT NULL text columns take "" where a caller left a QString null.
QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

constexpr const char *kDefaultPalette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                           "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
}

ProjectWriter::ProjectWriter(Project &project, QString timestamp)
    : m_project(project), m_timestamp(std::move(timestamp))
{
}

Status ProjectWriter::exec(const char *sqlText, std::initializer_list<QVariant> params)
{
    sql::Statement &stmt = m_project.statement(sqlText);
    stmt.bindAll(params);
    return stmt.exec();
}

Result<Id> ProjectWriter::coderId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a coder needs a name"));
    if (auto it = m_coders.constFind(trimmed); it != m_coders.cend())
        return *it;
    sql::Statement &find = m_project.statement("SELECT id FROM coder WHERE name = ?");
    find.bind(1, trimmed);
    Id id = 0;
    if (find.next()) {
        id = find.int64(0);
        find.reset();
    } else {
        find.reset();
        if (Status s = exec("INSERT INTO coder(name, guid) VALUES (?, ?)", {trimmed, newGuid()}); !s)
            return s.error();
        id = m_project.database().lastInsertId();
    }
    m_coders.insert(trimmed, id);
    return id;
}

Result<Id> ProjectWriter::caseId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a case needs a name"));
    sql::Statement &find = m_project.statement("SELECT id FROM case_ WHERE name = ?");
    find.bind(1, trimmed);
    if (find.next()) {
        const Id id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    if (Status s = exec("INSERT INTO case_(name, guid) VALUES (?, ?)", {trimmed, newGuid()}); !s)
        return s.error();
    return m_project.database().lastInsertId();
}

Result<Id> ProjectWriter::insertDocument(const NewDocument &doc)
{
    const QString name = doc.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a document needs a name"));
    if (m_project.findDocument(name))
        return makeError(ErrorKind::Conflict, QStringLiteral("a document named \"%1\" exists already").arg(name));
    const QString text = normalizeLineEndings(doc.text);
    if (const qint64 bytes = utf8Size(text); bytes > NewDocument::kMaxTextBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("document \"%1\" holds %2 MiB of text, more than the %3 MiB "
                                                            "Crosscut stores in one document; split it into several files")
                                                 .arg(name)
                                                 .arg(bytes / (1024 * 1024))
                                                 .arg(NewDocument::kMaxTextBytes / (1024 * 1024)));
    const qint64 length = codePointCount(text);
    // The next sort order is read once per transaction: document.sort_order sits after the text column, so
    // max(sort_order) walks every document's text and would make an import of many files quadratic.
    if (!m_nextDocumentOrder) {
        auto next = m_project.database().scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM document"));
        if (!next)
            return next.error();
        m_nextDocumentOrder = next->toLongLong();
    }
    if (Status s = exec("INSERT INTO document(name, kind, text, length, source_file, imported_at, sort_order, guid) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        {name, doc.kind, text, length, nonNull(doc.sourceFile), m_timestamp, *m_nextDocumentOrder,
                         newGuid()});
        !s)
        return s.error();
    const Id documentId = m_project.database().lastInsertId();
    ++*m_nextDocumentOrder;
    m_lengths.insert(documentId, length);
    for (const NewDocument::Turn &turn : doc.turns) {
        if (turn.start < 0 || turn.end < turn.start || turn.end > length)
            return makeError(ErrorKind::Invalid, QStringLiteral("speaker turn %1–%2 lies outside the document (length %3)")
                                                     .arg(turn.start)
                                                     .arg(turn.end)
                                                     .arg(length));
        QVariant caseValue;
        if (doc.casePerSpeaker && !turn.speaker.trimmed().isEmpty()) {
            auto c = caseId(turn.speaker);
            if (!c)
                return c.error();
            caseValue = *c;
        }
        if (Status s = exec("INSERT INTO speaker_turn(document_id, start, end, speaker, case_id, time_start_ms, "
                            "time_end_ms, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            {documentId, turn.start, turn.end, turn.speaker, caseValue,
                             turn.timeStartMs ? QVariant(*turn.timeStartMs) : QVariant(),
                             turn.timeEndMs ? QVariant(*turn.timeEndMs) : QVariant(), newGuid()});
            !s)
            return s.error();
    }
    return documentId;
}

Result<Id> ProjectWriter::insertCode(std::optional<Id> parent, const CodeSpec &spec)
{
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a code needs a name"));
    sql::Statement &sibling = m_project.statement(
        "SELECT count(*), coalesce(max(sort_order), -1), sum(name = ?) FROM code WHERE parent_id IS ?");
    sibling.bind(1, name);
    if (parent)
        sibling.bind(2, *parent);
    else
        sibling.bindNull(2);
    if (!sibling.next())
        return makeError(ErrorKind::Io, QStringLiteral("cannot read the codebook"));
    const qint64 siblings = sibling.int64(0);
    const qint64 nextOrder = sibling.int64(1) + 1;
    const bool duplicate = sibling.int64(2) > 0;
    sibling.reset();
    if (duplicate)
        return makeError(ErrorKind::Conflict, QStringLiteral("a code named \"%1\" exists already at that level").arg(name));
    if (parent && !m_project.code(*parent))
        return makeError(ErrorKind::NotFound, QStringLiteral("parent code #%1 does not exist").arg(*parent));
    QString color = spec.color;
    if (color.isEmpty())
        color = QString::fromLatin1(kDefaultPalette[siblings % std::size(kDefaultPalette)]);
    if (Status s = exec("INSERT INTO code(parent_id, name, color, description, shortcut, sort_order, is_dimension, "
                        "is_bipolar, axis_position, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        {parent ? QVariant(*parent) : QVariant(), name, color, nonNull(spec.description), nonNull(spec.shortcut),
                         nextOrder, spec.isDimension ? 1 : 0, spec.isBipolar ? 1 : 0,
                         spec.axisPosition ? QVariant(*spec.axisPosition) : QVariant(),
                         spec.guid.isEmpty() ? newGuid() : spec.guid});
        !s)
        return s.error();
    return m_project.database().lastInsertId();
}

Result<qint64> ProjectWriter::documentLength(Id document)
{
    if (auto it = m_lengths.constFind(document); it != m_lengths.cend())
        return *it;
    sql::Statement &stmt = m_project.statement("SELECT length FROM document WHERE id = ?");
    stmt.bind(1, document);
    if (!stmt.next())
        return makeError(ErrorKind::NotFound, QStringLiteral("document #%1 does not exist").arg(document));
    const qint64 length = stmt.int64(0);
    stmt.reset();
    m_lengths.insert(document, length);
    return length;
}

Result<Id> ProjectWriter::findOrInsertQuote(Id document, qint64 start, qint64 end)
{
    auto length = documentLength(document);
    if (!length)
        return length.error();
    if (start < 0 || end > *length || start >= end)
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("span %1–%2 is not a valid quote: it must satisfy 0 ≤ start < end ≤ %3 "
                                        "(the document's length in code points)")
                             .arg(start)
                             .arg(end)
                             .arg(*length));
    sql::Statement &find = m_project.statement("SELECT id FROM quote WHERE document_id = ? AND start = ? AND end = ? LIMIT 1");
    find.bind(1, document).bind(2, start).bind(3, end);
    if (find.next()) {
        const Id id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    auto creator = coderId(m_project.currentCoder());
    if (!creator)
        return creator.error();
    if (Status s = exec("INSERT INTO quote(document_id, start, end, creator_id, created_at, guid) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        {document, start, end, *creator, m_timestamp, newGuid()});
        !s)
        return s.error();
    return m_project.database().lastInsertId();
}

QString ProjectWriter::newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Result<bool> ProjectWriter::insertCoding(Id quote, Id code, Id coder, std::optional<double> position)
{
    sql::Statement &stmt = m_project.statement(
        "INSERT INTO coding(quote_id, code_id, coder_id, created_at, position, guid) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(quote_id, code_id, coder_id) DO NOTHING");
    stmt.bindAll({quote, code, coder, m_timestamp, position ? QVariant(*position) : QVariant(), newGuid()});
    if (Status s = stmt.exec(); !s)
        return s.error();
    return m_project.database().changes() > 0;
}

Status ProjectWriter::deleteQuoteIfUncoded(Id quote)
{
    sql::Statement &coded = m_project.statement("SELECT EXISTS (SELECT 1 FROM coding WHERE quote_id = ?)");
    coded.bind(1, quote);
    const bool keep = coded.next() && coded.int64(0) != 0;
    coded.reset();
    if (keep)
        return {};
    if (Status s = exec("DELETE FROM memo WHERE target_kind = 'quote' AND target_id = ?", {quote}); !s)
        return s;
    return exec("DELETE FROM quote WHERE id = ?", {quote});
}

Status ProjectWriter::setAttribute(AttributeScope scope, Id target, const QString &attribute, const QString &value,
                                   AttributeType type)
{
    const QString name = attribute.trimmed();
    if (name.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("an attribute needs a name"));
    if (type == AttributeType::Number && !value.isEmpty()) {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return makeError(ErrorKind::Invalid, QStringLiteral("attribute \"%1\" holds numbers; \"%2\" is not one").arg(name, value));
    }
    sql::Statement &find = m_project.statement("SELECT id, type FROM attribute WHERE name = ? AND scope = ?");
    find.bind(1, name).bind(2, toString(scope));
    Id attributeId = 0;
    if (find.next()) {
        attributeId = find.int64(0);
        find.reset();
    } else {
        find.reset();
        if (Status s = exec("INSERT INTO attribute(name, scope, type, sort_order, guid) VALUES (?, ?, ?, "
                            "(SELECT coalesce(max(sort_order), 0) + 1 FROM attribute), ?)",
                            {name, toString(scope), toString(type), newGuid()});
            !s)
            return s;
        attributeId = m_project.database().lastInsertId();
    }
    const bool isCase = scope == AttributeScope::Case;
    if (value.isEmpty()) {
        return exec(isCase ? "DELETE FROM case_attribute WHERE case_id = ? AND attribute_id = ?"
                           : "DELETE FROM document_attribute WHERE document_id = ? AND attribute_id = ?",
                    {target, attributeId});
    }
    return exec(isCase ? "INSERT INTO case_attribute(case_id, attribute_id, value) VALUES (?, ?, ?) "
                         "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value"
                       : "INSERT INTO document_attribute(document_id, attribute_id, value) VALUES (?, ?, ?) "
                         "ON CONFLICT(document_id, attribute_id) DO UPDATE SET value = excluded.value",
                {target, attributeId, value});
}

Result<Id> ProjectWriter::insertMemo(MemoTarget target, std::optional<Id> targetId, const QString &title,
                                     const QString &text)
{
    auto author = coderId(m_project.currentCoder());
    if (!author)
        return author.error();
    if (Status s = exec("INSERT INTO memo(target_kind, target_id, title, text, author_id, created_at, modified_at, guid) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        {toString(target), targetId ? QVariant(*targetId) : QVariant(), nonNull(title), nonNull(text), *author,
                         m_timestamp, m_timestamp, newGuid()});
        !s)
        return s.error();
    return m_project.database().lastInsertId();
}

}  // namespace crosscut
