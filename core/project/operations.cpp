// The named operations of Project: each is one transaction, one entry in the
// operation log, and one undo step.
#include "project/project.h"
#include "project/projectwriter.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crosscut {

namespace {
Error noSuch(const char *what, Id id) { return makeError(ErrorKind::NotFound, QStringLiteral("%1 #%2 does not exist").arg(QString::fromLatin1(what)).arg(id)); }
}  // namespace

Result<Id> Project::addDocument(const NewDocument &doc)
{
    Id id = 0;
    Status s = transact(tr("Import %1").arg(doc.name), [&](ProjectWriter &w) -> Status {
        auto r = w.insertDocument(doc);
        if (!r)
            return r.error();
        id = *r;
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status Project::renameDocument(Id documentId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!document(documentId))
        return noSuch("document", documentId);
    if (trimmed.isEmpty())
        return makeError(ErrorKind::Invalid, tr("a document needs a name"));
    if (auto other = findDocument(trimmed); other && other->id != documentId)
        return makeError(ErrorKind::Conflict, tr("a document named \"%1\" exists already").arg(trimmed));
    return transact(tr("Rename document to %1").arg(trimmed), [&](ProjectWriter &w) {
        return w.exec("UPDATE document SET name = ? WHERE id = ?", {trimmed, documentId});
    });
}

Status Project::deleteDocument(Id documentId)
{
    auto doc = document(documentId);
    if (!doc)
        return noSuch("document", documentId);
    return transact(tr("Delete document %1").arg(doc->name), [&](ProjectWriter &w) -> Status {
        for (const char *sqlText :
             {"DELETE FROM coding WHERE quote_id IN (SELECT id FROM quote WHERE document_id = ?)",
              "DELETE FROM memo WHERE target_kind = 'quote' AND target_id IN (SELECT id FROM quote WHERE document_id = ?)",
              "DELETE FROM quote WHERE document_id = ?", "DELETE FROM speaker_turn WHERE document_id = ?",
              "DELETE FROM document_attribute WHERE document_id = ?", "DELETE FROM document_case WHERE document_id = ?",
              "DELETE FROM set_member WHERE member_kind = 'document' AND member_id = ?",
              "DELETE FROM memo WHERE target_kind = 'document' AND target_id = ?",
              // A live session's rows (schema version 2).
              "DELETE FROM live_session WHERE document_id = ?", "DELETE FROM live_roster WHERE document_id = ?",
              "DELETE FROM live_flag WHERE document_id = ?", "DELETE FROM live_code_key WHERE document_id = ?",
              "DELETE FROM live_draft WHERE document_id = ?", "DELETE FROM live_capture WHERE document_id = ?",
              // Appended text (schema version 4).
              "DELETE FROM document_chunk WHERE document_id = ?",
              // Adjudication decisions (schema version 7).
              "DELETE FROM adjudication WHERE document_id = ?",
              // Framework-matrix summaries (schema version 9).
              "DELETE FROM framework_summary WHERE row_kind = 'document' AND row_id = ?",
              "DELETE FROM document WHERE id = ?"}) {
            if (Status s = w.exec(sqlText, {documentId}); !s)
                return s;
        }
        return {};
    });
}

Result<Id> Project::addCode(std::optional<Id> parent, const CodeSpec &spec)
{
    Id id = 0;
    Status s = transact(tr("Create code %1").arg(spec.name), [&](ProjectWriter &w) -> Status {
        auto r = w.insertCode(parent, spec);
        if (!r)
            return r.error();
        id = *r;
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status Project::renameCode(Id codeId, const QString &name)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorKind::Invalid, tr("a code needs a name"));
    for (const Code &other : codes())
        if (other.id != codeId && other.parentId == c->parentId && other.name == trimmed)
            return makeError(ErrorKind::Conflict, tr("a code named \"%1\" exists already at that level").arg(trimmed));
    return transact(tr("Rename code %1 to %2").arg(c->name, trimmed), [&](ProjectWriter &w) {
        return w.exec("UPDATE code SET name = ? WHERE id = ?", {trimmed, codeId});
    });
}

Status Project::setCodeColor(Id codeId, const QString &color)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hex.match(color).hasMatch())
        return makeError(ErrorKind::Invalid, tr("\"%1\" is not a colour; use #RRGGBB").arg(color));
    return transact(tr("Recolour code %1").arg(c->name), [&](ProjectWriter &w) {
        return w.exec("UPDATE code SET color = ? WHERE id = ?", {color.toLower(), codeId});
    });
}

Status Project::setCodeDescription(Id codeId, const QString &description)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    return transact(tr("Describe code %1").arg(c->name), [&](ProjectWriter &w) {
        return w.exec("UPDATE code SET description = ? WHERE id = ?", {description.isNull() ? QStringLiteral("") : description, codeId});
    });
}

Status Project::setCodeShortcut(Id codeId, const QString &shortcut)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    return transact(tr("Set shortcut of %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        if (!shortcut.isEmpty()) {
            // A shortcut names one code: take it from any other.
            if (Status s = w.exec("UPDATE code SET shortcut = '' WHERE shortcut = ? AND id <> ?", {shortcut, codeId}); !s)
                return s;
        }
        return w.exec("UPDATE code SET shortcut = ? WHERE id = ?", {shortcut.isNull() ? QStringLiteral("") : shortcut, codeId});
    });
}

Status Project::moveCode(Id codeId, std::optional<Id> parent, int index)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    if (parent) {
        if (!code(*parent))
            return noSuch("code", *parent);
        if (codeDescendants(codeId).contains(*parent))
            return makeError(ErrorKind::Invalid, tr("cannot move %1 inside itself").arg(c->name));
    }
    QList<Code> siblings;
    for (const Code &other : codes())
        if (other.parentId == parent && other.id != codeId) {
            if (other.name == c->name)
                return makeError(ErrorKind::Conflict, tr("a code named \"%1\" exists already there").arg(c->name));
            siblings.append(other);
        }
    index = std::clamp(index, 0, static_cast<int>(siblings.size()));
    siblings.insert(index, *c);
    return transact(tr("Move code %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        if (Status s = w.exec("UPDATE code SET parent_id = ? WHERE id = ?", {parent ? QVariant(*parent) : QVariant(), codeId}); !s)
            return s;
        for (int i = 0; i < siblings.size(); ++i)
            if (siblings[i].sortOrder != i || siblings[i].id == codeId)
                if (Status s = w.exec("UPDATE code SET sort_order = ? WHERE id = ?", {i, siblings[i].id}); !s)
                    return s;
        return {};
    });
}

Status Project::mergeCode(Id from, Id into)
{
    auto source = code(from);
    auto target = code(into);
    if (!source)
        return noSuch("code", from);
    if (!target)
        return noSuch("code", into);
    if (from == into || codeDescendants(from).contains(into))
        return makeError(ErrorKind::Invalid, tr("cannot merge %1 into itself or one of its children").arg(source->name));
    return transact(tr("Merge code %1 into %2").arg(source->name, target->name), [&](ProjectWriter &w) -> Status {
        // Codings the target already has for the same quote and coder are dropped, not duplicated.
        if (Status s = w.exec("DELETE FROM coding WHERE code_id = ?1 AND EXISTS (SELECT 1 FROM coding o WHERE "
                              "o.code_id = ?2 AND o.quote_id = coding.quote_id AND o.coder_id = coding.coder_id)",
                              {from, into});
            !s)
            return s;
        if (Status s = w.exec("UPDATE coding SET code_id = ? WHERE code_id = ?", {into, from}); !s)
            return s;
        if (Status s = w.exec("UPDATE code SET parent_id = ?, sort_order = sort_order + 100000 WHERE parent_id = ?", {into, from}); !s)
            return s;
        if (Status s = w.exec("UPDATE memo SET target_id = ? WHERE target_kind = 'code' AND target_id = ?", {into, from}); !s)
            return s;
        // Adjudication decisions were about the merged code's own stretches;
        // the target's differ, so they are settled again there.
        if (Status s = w.exec("DELETE FROM adjudication WHERE code_id = ?", {from}); !s)
            return s;
        // Framework summaries move to the target; where the target has one
        // for the same row already, the merged code's text is appended to it.
        if (Status s = w.exec("UPDATE framework_summary AS t SET text = t.text || char(10, 10) || f.text, modified_at = ?3 "
                              "FROM framework_summary AS f WHERE t.code_id = ?2 AND f.code_id = ?1 "
                              "AND f.row_kind = t.row_kind AND f.row_id = t.row_id",
                              {from, into, w.timestamp()});
            !s)
            return s;
        if (Status s = w.exec("DELETE FROM framework_summary WHERE code_id = ?1 AND EXISTS (SELECT 1 FROM "
                              "framework_summary o WHERE o.code_id = ?2 AND o.row_kind = framework_summary.row_kind "
                              "AND o.row_id = framework_summary.row_id)",
                              {from, into});
            !s)
            return s;
        if (Status s = w.exec("UPDATE framework_summary SET code_id = ? WHERE code_id = ?", {into, from}); !s)
            return s;
        return w.exec("DELETE FROM code WHERE id = ?", {from});
    });
}

Status Project::deleteCode(Id codeId)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    const QList<Id> doomed = codeDescendants(codeId);
    // Quotes that only these codes held go with them.
    QSet<Id> quotes;
    for (Id doomedCode : doomed) {
        sql::Statement &stmt = statement("SELECT DISTINCT quote_id FROM coding WHERE code_id = ?");
        stmt.bind(1, doomedCode);
        while (stmt.next())
            quotes.insert(stmt.int64(0));
        stmt.reset();
    }
    return transact(tr("Delete code %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        // Children first, so that no row points at a deleted parent.
        for (auto it = doomed.crbegin(); it != doomed.crend(); ++it) {
            if (Status s = w.exec("DELETE FROM coding WHERE code_id = ?", {*it}); !s)
                return s;
            if (Status s = w.exec("DELETE FROM memo WHERE target_kind = 'code' AND target_id = ?", {*it}); !s)
                return s;
            if (Status s = w.exec("DELETE FROM set_member WHERE member_kind = 'code' AND member_id = ?", {*it}); !s)
                return s;
            if (Status s = w.exec("DELETE FROM adjudication WHERE code_id = ?", {*it}); !s)
                return s;
            if (Status s = w.exec("DELETE FROM framework_summary WHERE code_id = ?", {*it}); !s)
                return s;
            if (Status s = w.exec("DELETE FROM code WHERE id = ?", {*it}); !s)
                return s;
        }
        for (Id quote : std::as_const(quotes))
            if (Status s = w.deleteQuoteIfUncoded(quote); !s)
                return s;
        return {};
    });
}

Result<Id> Project::applyCode(Id documentId, qint64 start, qint64 end, Id codeId)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    Id quoteId = 0;
    Status s = transact(tr("Code with %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        auto q = w.findOrInsertQuote(documentId, start, end);
        if (!q)
            return q.error();
        quoteId = *q;
        auto coder = w.coderId(currentCoder());
        if (!coder)
            return coder.error();
        auto inserted = w.insertCoding(quoteId, codeId, *coder);
        return inserted ? Status() : Status(inserted.error());
    });
    if (!s)
        return s.error();
    return quoteId;
}

Status Project::applyCodeToQuote(Id quoteId, Id codeId)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    if (!quote(quoteId))
        return noSuch("quote", quoteId);
    return transact(tr("Code with %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        auto coder = w.coderId(currentCoder());
        if (!coder)
            return coder.error();
        auto inserted = w.insertCoding(quoteId, codeId, *coder);
        return inserted ? Status() : Status(inserted.error());
    });
}

Status Project::setDimensionValue(Id quoteId, Id valueId)
{
    auto value = code(valueId);
    if (!value)
        return noSuch("code", valueId);
    if (!value->parentId)
        return makeError(ErrorKind::Invalid, tr("%1 is not a value of a dimension").arg(value->name));
    if (!quote(quoteId))
        return noSuch("quote", quoteId);
    const Id dimension = *value->parentId;
    const QList<Id> family = codeDescendants(dimension);
    return transact(tr("Code with %1").arg(value->name), [&](ProjectWriter &w) -> Status {
        auto coder = w.coderId(currentCoder());
        if (!coder)
            return coder.error();
        // The new value goes on first, so the quote never empties on the way.
        if (auto inserted = w.insertCoding(quoteId, valueId, *coder); !inserted)
            return inserted.error();
        for (Id other : family) {
            if (other == valueId || other == dimension)
                continue;
            if (Status s = w.exec("DELETE FROM coding WHERE quote_id = ? AND code_id = ?", {quoteId, other}); !s)
                return s;
        }
        return {};
    });
}

Status Project::removeCoding(Id quoteId, Id codeId)
{
    auto c = code(codeId);
    if (!c)
        return noSuch("code", codeId);
    if (!quote(quoteId))
        return noSuch("quote", quoteId);
    return transact(tr("Remove coding %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        if (Status s = w.exec("DELETE FROM coding WHERE quote_id = ? AND code_id = ?", {quoteId, codeId}); !s)
            return s;
        if (database().changes() == 0)
            return {};  // the quote did not carry that code: nothing changes
        return w.deleteQuoteIfUncoded(quoteId);
    });
}

Status Project::setQuoteBounds(Id quoteId, qint64 start, qint64 end)
{
    auto q = quote(quoteId);
    if (!q)
        return noSuch("quote", quoteId);
    auto doc = document(q->documentId);
    if (!doc || start < 0 || end > doc->length || start >= end)
        return makeError(ErrorKind::Invalid, tr("span %1–%2 is outside the document").arg(start).arg(end));
    return transact(tr("Adjust quote"), [&](ProjectWriter &w) {
        return w.exec("UPDATE quote SET start = ?, end = ? WHERE id = ?", {start, end, quoteId});
    });
}

Status Project::deleteQuote(Id quoteId)
{
    if (!quote(quoteId))
        return noSuch("quote", quoteId);
    return transact(tr("Delete quote"), [&](ProjectWriter &w) -> Status {
        if (Status s = w.exec("DELETE FROM coding WHERE quote_id = ?", {quoteId}); !s)
            return s;
        if (Status s = w.exec("DELETE FROM memo WHERE target_kind = 'quote' AND target_id = ?", {quoteId}); !s)
            return s;
        return w.exec("DELETE FROM quote WHERE id = ?", {quoteId});
    });
}

Result<Id> Project::addCase(const QString &name, const QString &description)
{
    if (findCase(name.trimmed()))
        return makeError(ErrorKind::Conflict, tr("a case named \"%1\" exists already").arg(name.trimmed()));
    Id id = 0;
    Status s = transact(tr("Add case %1").arg(name), [&](ProjectWriter &w) -> Status {
        auto r = w.caseId(name);
        if (!r)
            return r.error();
        id = *r;
        return w.exec("UPDATE case_ SET description = ? WHERE id = ?", {description.isNull() ? QStringLiteral("") : description, id});
    });
    if (!s)
        return s.error();
    return id;
}

Status Project::addDocumentToCase(Id documentId, Id caseId)
{
    auto doc = document(documentId);
    if (!doc)
        return noSuch("document", documentId);
    if (!database().scalar(QStringLiteral("SELECT 1 FROM case_ WHERE id = ?"), {caseId})->isValid())
        return noSuch("case", caseId);
    return transact(tr("Add %1 to a case").arg(doc->name), [&](ProjectWriter &w) {
        return w.exec("INSERT OR IGNORE INTO document_case(document_id, case_id) VALUES (?, ?)", {documentId, caseId});
    });
}

Status Project::removeDocumentFromCase(Id documentId, Id caseId)
{
    return transact(tr("Remove document from case"), [&](ProjectWriter &w) {
        return w.exec("DELETE FROM document_case WHERE document_id = ? AND case_id = ?", {documentId, caseId});
    });
}

Status Project::setAttribute(AttributeScope scope, Id target, const QString &attribute, const QString &value,
                             AttributeType type)
{
    const bool exists = scope == AttributeScope::Document
                            ? document(target).has_value()
                            : database().scalar(QStringLiteral("SELECT 1 FROM case_ WHERE id = ?"), {target})->isValid();
    if (!exists)
        return noSuch(scope == AttributeScope::Document ? "document" : "case", target);
    return transact(tr("Set %1").arg(attribute), [&](ProjectWriter &w) {
        return w.setAttribute(scope, target, attribute, value, type);
    });
}

Result<Id> Project::addMemo(MemoTarget target, std::optional<Id> targetId, const QString &title, const QString &text)
{
    Id id = 0;
    Status s = transact(tr("Write memo"), [&](ProjectWriter &w) -> Status {
        auto r = w.insertMemo(target, targetId, title, text);
        if (!r)
            return r.error();
        id = *r;
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status Project::updateMemo(Id memo, const QString &title, const QString &text)
{
    return transact(tr("Edit memo"), [&](ProjectWriter &w) -> Status {
        if (Status s = w.exec("UPDATE memo SET title = ?, text = ?, modified_at = ? WHERE id = ?",
                              {title, text, w.timestamp(), memo});
            !s)
            return s;
        if (database().changes() == 0)
            return noSuch("memo", memo);
        return {};
    });
}

Status Project::deleteMemo(Id memo)
{
    return transact(tr("Delete memo"), [&](ProjectWriter &w) -> Status {
        if (Status s = w.exec("DELETE FROM memo WHERE id = ?", {memo}); !s)
            return s;
        if (database().changes() == 0)
            return noSuch("memo", memo);
        return {};
    });
}

}  // namespace crosscut
