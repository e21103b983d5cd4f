// Matching a coder copy against the master (team/mergematching.h).
#include "team/mergematching.h"

#include "project/project.h"
#include "project/projectwriter.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace crosscut::team::detail {

QString textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Matcher::Matcher(Project &master, ProjectWriter &writer, const MergeOptions &options, MergeReport &report)
    : m_master(master), m_w(writer), m_options(options), m_report(report)
{
}

QString Matcher::copyName(const CopySnapshot &copy) const { return QFileInfo(copy.path).fileName(); }

Status Matcher::loadMaster()
{
    auto each = [&](const char *sql, const std::function<void(const sql::Statement &)> &row) -> Status {
        sql::Statement &s = m_master.statement(sql);
        while (s.next())
            row(s);
        const std::optional<Error> error = s.error();
        s.reset();
        if (error)
            return *error;
        return {};
    };
    if (Status s = each("SELECT id, name FROM coder", [&](const sql::Statement &r) { m_coderByName.insert(r.text(1), r.int64(0)); }); !s)
        return s;
    if (Status s = each("SELECT id, coalesce(parent_id, 0), name, coalesce(guid, '') FROM code",
                        [&](const sql::Statement &r) {
                            m_codeByPlace.insert({r.int64(1), r.text(2)}, r.int64(0));
                            if (!r.text(3).isEmpty())
                                m_codeByGuid.insert(r.text(3), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT id, name, coalesce(guid, '') FROM case_",
                        [&](const sql::Statement &r) {
                            m_caseByName.insert(r.text(1), r.int64(0));
                            m_caseName.insert(r.int64(0), r.text(1));
                            if (!r.text(2).isEmpty())
                                m_caseByGuid.insert(r.text(2), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT id, name, length, coalesce(guid, '') FROM document",
                        [&](const sql::Statement &r) {
                            m_documentByName.insert(r.text(1), r.int64(0));
                            m_documentName.insert(r.int64(0), r.text(1));
                            m_documentLength.insert(r.int64(0), r.int64(2));
                            if (!r.text(3).isEmpty())
                                m_documentByGuid.insert(r.text(3), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT document_id, case_id FROM document_case",
                        [&](const sql::Statement &r) { m_documentCases.insert({r.int64(0), r.int64(1)}); });
        !s)
        return s;
    if (Status s = each("SELECT id, scope, name, coalesce(guid, '') FROM attribute",
                        [&](const sql::Statement &r) {
                            m_attributeByKey.insert(r.text(1) + QLatin1Char('\n') + r.text(2), r.int64(0));
                            m_attributeName.insert(r.int64(0), r.text(2));
                            if (!r.text(3).isEmpty())
                                m_attributeByGuid.insert(r.text(3), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT document_id, attribute_id, value FROM document_attribute",
                        [&](const sql::Statement &r) { m_documentValues.insert({r.int64(0), r.int64(1)}, r.text(2)); });
        !s)
        return s;
    if (Status s = each("SELECT case_id, attribute_id, value FROM case_attribute",
                        [&](const sql::Statement &r) { m_caseValues.insert({r.int64(0), r.int64(1)}, r.text(2)); });
        !s)
        return s;
    if (Status s = each("SELECT document_id, start, end, speaker, coalesce(guid, '') FROM speaker_turn",
                        [&](const sql::Statement &r) {
                            m_turnKeys.insert(turnKey(r.int64(0), r.int64(1), r.int64(2), r.text(3)));
                            if (!r.text(4).isEmpty())
                                m_turnGuids.insert(r.text(4), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT id, document_id, start, end, coalesce(guid, '') FROM quote",
                        [&](const sql::Statement &r) {
                            m_quoteBySpan.insert({r.int64(1), {r.int64(2), r.int64(3)}}, r.int64(0));
                            m_quoteSpan.insert(r.int64(0), {r.int64(1), {r.int64(2), r.int64(3)}});
                            if (!r.text(4).isEmpty())
                                m_quoteByGuid.insert(r.text(4), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT quote_id, code_id, coder_id, coalesce(guid, '') FROM coding",
                        [&](const sql::Statement &r) {
                            m_codingKeys.insert({r.int64(0), {r.int64(1), r.int64(2)}});
                            if (!r.text(3).isEmpty())
                                m_codingGuids.insert(r.text(3), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT id, name, coalesce(guid, '') FROM set_",
                        [&](const sql::Statement &r) {
                            m_setByName.insert(r.text(1), r.int64(0));
                            if (!r.text(2).isEmpty())
                                m_setByGuid.insert(r.text(2), r.int64(0));
                        });
        !s)
        return s;
    if (Status s = each("SELECT set_id, member_kind, member_id FROM set_member",
                        [&](const sql::Statement &r) { m_setMembers.insert({r.int64(0), {r.text(1), r.int64(2)}}); });
        !s)
        return s;
    if (Status s = each("SELECT case_a, case_b, wave, kind, coalesce(guid, '') FROM tie",
                        [&](const sql::Statement &r) {
                            m_tieKeys.insert(tieKey(r.int64(0), r.int64(1), r.text(2), r.text(3)));
                            if (!r.text(4).isEmpty())
                                m_tieGuids.insert(r.text(4));
                        });
        !s)
        return s;
    if (Status s = each("SELECT id, row_kind, row_id, code_id, text, coalesce(guid, '') FROM framework_summary",
                        [&](const sql::Statement &r) {
                            const SummaryRow row{r.int64(0), r.text(4)};
                            m_summaryByKey.insert(QStringLiteral("%1:%2:%3").arg(r.text(1)).arg(r.int64(2)).arg(r.int64(3)), row);
                            if (!r.text(5).isEmpty())
                                m_summaryByGuid.insert(r.text(5), row);
                        });
        !s)
        return s;
    return each("SELECT id, title, text, coalesce(guid, '') FROM memo", [&](const sql::Statement &r) {
        if (!r.text(3).isEmpty())
            m_memoByGuid.insert(r.text(3), {r.int64(0), r.text(1), r.text(2)});
    });
}

Status Matcher::mergeSets(const CopySnapshot &copy)
{
    QHash<Id, Id> sets;
    for (const CopySet &set : copy.sets) {
        Id id = set.guid.isEmpty() ? 0 : m_setByGuid.value(set.guid, 0);
        if (id == 0)
            id = m_setByName.value(set.name, 0);
        if (id == 0) {
            if (Status s = m_w.exec("INSERT INTO set_(name, description, guid) VALUES (?, ?, ?)",
                                    {set.name, set.description, guidOrNull(set.guid)});
                !s)
                return s;
            id = m_master.database().lastInsertId();
            m_setByName.insert(set.name, id);
            if (!set.guid.isEmpty())
                m_setByGuid.insert(set.guid, id);
            ++m_report.sets;
        }
        sets.insert(set.id, id);
    }
    for (const CopySetMember &m : copy.setMembers) {
        const Id set = sets.value(m.set, 0);
        const QHash<Id, Id> &members = m.kind == QLatin1String("document") ? m_documents
                                       : m.kind == QLatin1String("code")   ? m_codes
                                                                           : m_cases;
        const Id member = members.value(m.member, 0);
        if (set == 0 || member == 0 || m_setMembers.contains({set, {m.kind, member}}))
            continue;
        if (Status s = m_w.exec("INSERT INTO set_member(set_id, member_kind, member_id) VALUES (?, ?, ?)",
                                {set, m.kind, member});
            !s)
            return s;
        m_setMembers.insert({set, {m.kind, member}});
        ++m_report.setMembers;
    }
    return {};
}

// Ties are unioned by guid, then by (both cases, wave, kind): one pair in one
// wave and of one kind is one tie whichever copy reported it.
Status Matcher::mergeTies(const CopySnapshot &copy)
{
    for (const CopyTie &t : copy.ties) {
        const Id a = m_cases.value(t.a, 0), b = m_cases.value(t.b, 0);
        if (a == 0 || b == 0 || a == b)
            continue;
        const QString key = tieKey(a, b, t.wave, t.kind);
        if ((!t.guid.isEmpty() && m_tieGuids.contains(t.guid)) || m_tieKeys.contains(key))
            continue;
        if (Status s = m_w.exec("INSERT INTO tie(case_a, case_b, wave, kind, created_at, guid) VALUES (?, ?, ?, ?, ?, ?)",
                                {std::min(a, b), std::max(a, b), t.wave, t.kind, t.createdAt, guidOrNull(t.guid)});
            !s)
            return s;
        m_tieKeys.insert(key);
        if (!t.guid.isEmpty())
            m_tieGuids.insert(t.guid);
        ++m_report.ties;
    }
    return {};
}

// Framework summaries are matched by guid, then by (row, code): one cell has
// one summary. A differing text is a conflict, settled as for memos.
Status Matcher::mergeSummaries(const CopySnapshot &copy)
{
    for (const CopySummary &m : copy.summaries) {
        const bool isCase = m.rowKind == QLatin1String("case");
        const Id row = (isCase ? m_cases : m_documents).value(m.row, 0);
        const Id code = m_codes.value(m.code, 0);
        if (row == 0 || code == 0)
            continue;
        const QString key = QStringLiteral("%1:%2:%3").arg(m.rowKind).arg(row).arg(code);
        std::optional<SummaryRow> found;
        if (!m.guid.isEmpty() && m_summaryByGuid.contains(m.guid))
            found = m_summaryByGuid.value(m.guid);
        else if (m_summaryByKey.contains(key))
            found = m_summaryByKey.value(key);
        if (found) {
            if (found->text == m.text)
                continue;
            m_report.conflicts.append(QStringLiteral("framework summary %1: its text differs in %2; %3")
                                          .arg(key, copyName(copy),
                                               m_options.theirs ? QStringLiteral("took %1's").arg(copyName(copy))
                                                                : QStringLiteral("kept the master's")));
            if (!m_options.theirs)
                continue;
            const SummaryRow updated{found->id, m.text};
            if (Status s = m_w.exec("UPDATE framework_summary SET text = ?, modified_at = ? WHERE id = ?",
                                    {m.text, m.modifiedAt, updated.id});
                !s)
                return s;
            m_summaryByKey.insert(key, updated);
            if (!m.guid.isEmpty())
                m_summaryByGuid.insert(m.guid, updated);
            ++m_report.summaries;
            continue;
        }
        if (Status s = m_w.exec("INSERT INTO framework_summary(row_kind, row_id, code_id, text, author_id, "
                                "modified_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                {m.rowKind, row, code, m.text, idOrNull(mapped(m_coders, m.author)), m.modifiedAt,
                                 guidOrNull(m.guid)});
            !s)
            return s;
        const SummaryRow added{m_master.database().lastInsertId(), m.text};
        m_summaryByKey.insert(key, added);
        if (!m.guid.isEmpty())
            m_summaryByGuid.insert(m.guid, added);
        ++m_report.summaries;
    }
    return {};
}

Status Matcher::merge(const CopySnapshot &copy)
{
    m_coders.clear();
    m_codes.clear();
    m_cases.clear();
    m_documents.clear();
    m_attributes.clear();
    m_quotes.clear();
    m_newDocuments.clear();
    for (auto step : {&Matcher::mergeCoders, &Matcher::mergeCodes, &Matcher::mergeCases, &Matcher::mergeDocuments,
                      &Matcher::mergeAttributes, &Matcher::mergeTurns, &Matcher::mergeQuotes, &Matcher::mergeCodings,
                      &Matcher::mergeMemos, &Matcher::mergeLiveSessions, &Matcher::mergeSets, &Matcher::mergeTies,
                      &Matcher::mergeSummaries})
        if (Status s = (this->*step)(copy); !s)
            return s;
    if (Status s = mergeValues(copy, false); !s)
        return s;
    return mergeValues(copy, true);
}

Status Matcher::mergeCoders(const CopySnapshot &copy)
{
    for (const CopyCoder &c : copy.coders) {
        Id id = m_coderByName.value(c.name, 0);
        if (id == 0) {
            if (Status s = m_w.exec("INSERT INTO coder(name, guid) VALUES (?, ?)", {c.name, guidOrNull(c.guid)}); !s)
                return s;
            id = m_master.database().lastInsertId();
            m_coderByName.insert(c.name, id);
        }
        m_coders.insert(c.id, id);
    }
    return {};
}

Status Matcher::mergeCodes(const CopySnapshot &copy)
{
    // copy.codes lists parents before children and siblings in order, so the
    // copy's previous sibling of a code was seen just before it.
    QHash<Id, Id> previousSibling;  // copy parent (0: top level) → master id of the last sibling seen
    for (const CopyCode &c : copy.codes) {
        const Id copyParent = c.parent.value_or(0);
        Id parent = 0;
        if (copyParent != 0) {
            parent = m_codes.value(copyParent, 0);
            if (parent == 0)
                return makeError(ErrorKind::Corrupt, QStringLiteral("%1: code \"%2\" has a parent that does not exist")
                                                         .arg(copy.path, c.name));
        }
        Id id = c.guid.isEmpty() ? 0 : m_codeByGuid.value(c.guid, 0);
        if (id == 0)
            id = m_codeByPlace.value({parent, c.name}, 0);
        if (id == 0) {
            // In place: after the master's counterpart of the copy's previous
            // sibling (first when it has none); later siblings move down one.
            qint64 order = 0;
            if (const Id after = previousSibling.value(copyParent, 0); after != 0) {
                sql::Statement &s = m_master.statement("SELECT sort_order FROM code WHERE id = ?");
                s.bind(1, after);
                if (s.next())
                    order = s.int64(0) + 1;
                s.reset();
            }
            const QVariant parentValue = idOrNull(parent);
            if (Status s = m_w.exec("UPDATE code SET sort_order = sort_order + 1 WHERE parent_id IS ? AND sort_order >= ?",
                                    {parentValue, order});
                !s)
                return s;
            if (Status s = m_w.exec("INSERT INTO code(parent_id, name, color, description, shortcut, sort_order, "
                                    "is_dimension, is_bipolar, axis_position, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    {parentValue, c.name, c.color, c.description, c.shortcut, order,
                                     c.isDimension ? 1 : 0, c.isBipolar ? 1 : 0, c.axisPosition, guidOrNull(c.guid)});
                !s)
                return s;
            id = m_master.database().lastInsertId();
            m_codeByPlace.insert({parent, c.name}, id);
            if (!c.guid.isEmpty())
                m_codeByGuid.insert(c.guid, id);
            ++m_report.codes;
        }
        m_codes.insert(c.id, id);
        previousSibling.insert(copyParent, id);
    }
    return {};
}

Status Matcher::mergeCases(const CopySnapshot &copy)
{
    for (const CopyCase &c : copy.cases) {
        Id id = c.guid.isEmpty() ? 0 : m_caseByGuid.value(c.guid, 0);
        if (id == 0)
            id = m_caseByName.value(c.name, 0);
        if (id == 0) {
            if (Status s = m_w.exec("INSERT INTO case_(name, description, guid) VALUES (?, ?, ?)",
                                    {c.name, c.description, guidOrNull(c.guid)});
                !s)
                return s;
            id = m_master.database().lastInsertId();
            m_caseByName.insert(c.name, id);
            m_caseName.insert(id, c.name);
            if (!c.guid.isEmpty())
                m_caseByGuid.insert(c.guid, id);
            ++m_report.cases;
        }
        m_cases.insert(c.id, id);
    }
    return {};
}

Status Matcher::mergeAttributes(const CopySnapshot &copy)
{
    for (const CopyAttribute &a : copy.attributes) {
        Id id = a.guid.isEmpty() ? 0 : m_attributeByGuid.value(a.guid, 0);
        const QString key = a.scope + QLatin1Char('\n') + a.name;
        if (id == 0)
            id = m_attributeByKey.value(key, 0);
        if (id == 0) {
            if (Status s = m_w.exec("INSERT INTO attribute(name, scope, type, sort_order, identifying, guid) VALUES "
                                    "(?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM attribute), ?, ?)",
                                    {a.name, a.scope, a.type, a.identifying ? 1 : 0, guidOrNull(a.guid)});
                !s)
                return s;
            id = m_master.database().lastInsertId();
            m_attributeByKey.insert(key, id);
            m_attributeName.insert(id, a.name);
            if (!a.guid.isEmpty())
                m_attributeByGuid.insert(a.guid, id);
        }
        m_attributes.insert(a.id, id);
    }
    return {};
}

Status Matcher::mergeValues(const CopySnapshot &copy, bool cases)
{
    const QList<CopyValue> &values = cases ? copy.caseValues : copy.documentValues;
    QHash<QPair<Id, Id>, QString> &master = cases ? m_caseValues : m_documentValues;
    const QHash<Id, Id> &targets = cases ? m_cases : m_documents;
    for (const CopyValue &v : values) {
        const Id target = targets.value(v.target, 0), attribute = m_attributes.value(v.attribute, 0);
        if (target == 0 || attribute == 0)
            continue;
        const auto it = master.constFind({target, attribute});
        if (it == master.cend()) {
            if (Status s = cases ? m_w.exec("INSERT INTO case_attribute(case_id, attribute_id, value) VALUES (?, ?, ?)",
                                            {target, attribute, v.value})
                                 : m_w.exec("INSERT INTO document_attribute(document_id, attribute_id, value) "
                                            "VALUES (?, ?, ?)",
                                            {target, attribute, v.value});
                !s)
                return s;
            master.insert({target, attribute}, v.value);
            ++m_report.attributeValues;
            continue;
        }
        if (*it == v.value)
            continue;
        const QString masterValue = *it;
        m_report.conflicts.append(
            QStringLiteral("%1 \"%2\", attribute \"%3\": the master has \"%4\", %5 has \"%6\"; %7")
                .arg(cases ? QStringLiteral("case") : QStringLiteral("document"),
                     cases ? m_caseName.value(target) : m_documentName.value(target), m_attributeName.value(attribute),
                     masterValue, copyName(copy), v.value,
                     m_options.theirs ? QStringLiteral("took %1's").arg(copyName(copy))
                                      : QStringLiteral("kept the master's")));
        if (!m_options.theirs)
            continue;
        if (Status s = cases ? m_w.exec("UPDATE case_attribute SET value = ? WHERE case_id = ? AND attribute_id = ?",
                                        {v.value, target, attribute})
                             : m_w.exec("UPDATE document_attribute SET value = ? WHERE document_id = ? AND attribute_id = ?",
                                        {v.value, target, attribute});
            !s)
            return s;
        master.insert({target, attribute}, v.value);
        ++m_report.attributeValues;
    }
    return {};
}

Status Matcher::mergeQuotes(const CopySnapshot &copy)
{
    for (const CopyQuote &q : copy.quotes) {
        const Id document = m_documents.value(q.document, 0);
        if (document == 0)
            continue;
        Id id = q.guid.isEmpty() ? 0 : m_quoteByGuid.value(q.guid, 0);
        const Span span{document, {q.start, q.end}};
        QString guid = q.guid;
        if (id != 0 && m_quoteSpan.value(id).first != document) {
            id = 0;  // the guid of a quote in another document: see mergeTurns
            guid = ProjectWriter::newGuid();
        }
        if (id != 0 && m_quoteSpan.value(id) != span)
            m_report.conflicts.append(QStringLiteral("a quote in document \"%1\" spans %2–%3 in the master and %4–%5 in "
                                                     "%6; kept the master's")
                                          .arg(m_documentName.value(m_quoteSpan.value(id).first))
                                          .arg(m_quoteSpan.value(id).second.first)
                                          .arg(m_quoteSpan.value(id).second.second)
                                          .arg(q.start)
                                          .arg(q.end)
                                          .arg(copyName(copy)));
        if (id == 0)
            id = m_quoteBySpan.value(span, 0);
        if (id == 0) {
            if (q.start < 0 || q.end <= q.start || q.end > m_documentLength.value(document))
                return makeError(ErrorKind::Corrupt, QStringLiteral("%1: a quote (%2–%3) lies outside its document")
                                                         .arg(copy.path)
                                                         .arg(q.start)
                                                         .arg(q.end));
            if (Status s = m_w.exec("INSERT INTO quote(document_id, start, end, creator_id, created_at, guid) "
                                    "VALUES (?, ?, ?, ?, ?, ?)",
                                    {document, q.start, q.end, idOrNull(mapped(m_coders, q.creator)), q.createdAt,
                                     guidOrNull(guid)});
                !s)
                return s;
            id = m_master.database().lastInsertId();
            m_quoteBySpan.insert(span, id);
            m_quoteSpan.insert(id, span);
            if (!guid.isEmpty())
                m_quoteByGuid.insert(guid, id);
            ++m_report.quotes;
        }
        m_quotes.insert(q.id, id);
    }
    return {};
}

Status Matcher::mergeCodings(const CopySnapshot &copy)
{
    for (const CopyCoding &c : copy.codings) {
        const Id quote = m_quotes.value(c.quote, 0), code = m_codes.value(c.code, 0), coder = m_coders.value(c.coder, 0);
        if (quote == 0 || code == 0 || coder == 0)
            continue;  // its quote lies in a document not merged (cannot happen in a well-formed copy)
        if (!c.guid.isEmpty() && m_codingGuids.value(c.guid, 0) == quote)
            continue;  // the same coding (its code may have moved in the master)
        const CodingKey key{quote, {code, coder}};
        if (m_codingKeys.contains(key))
            continue;
        const QString guid = m_codingGuids.contains(c.guid) ? ProjectWriter::newGuid() : c.guid;
        if (Status s = m_w.exec("INSERT INTO coding(quote_id, code_id, coder_id, created_at, position, guid) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                {quote, code, coder, c.createdAt, c.position, guidOrNull(guid)});
            !s)
            return s;
        m_codingKeys.insert(key);
        if (!guid.isEmpty())
            m_codingGuids.insert(guid, quote);
        ++m_report.codings;
    }
    return {};
}

Status Matcher::mergeMemos(const CopySnapshot &copy)
{
    for (const CopyMemo &m : copy.memos) {
        if (const auto it = m_memoByGuid.constFind(m.guid); !m.guid.isEmpty() && it != m_memoByGuid.cend()) {
            if (it->title == m.title && it->text == m.text)
                continue;
            m_report.conflicts.append(QStringLiteral("memo \"%1\": its text differs in %2; %3")
                                          .arg(it->title.isEmpty() ? m.title : it->title, copyName(copy),
                                               m_options.theirs ? QStringLiteral("took %1's").arg(copyName(copy))
                                                                : QStringLiteral("kept the master's")));
            if (!m_options.theirs)
                continue;
            if (Status s = m_w.exec("UPDATE memo SET title = ?, text = ?, modified_at = ? WHERE id = ?",
                                    {m.title, m.text, m.modifiedAt, it->id});
                !s)
                return s;
            m_memoByGuid.insert(m.guid, {it->id, m.title, m.text});
            ++m_report.memos;
            continue;
        }
        Id target = 0;
        if (m.targetKind == QLatin1String("document"))
            target = mapped(m_documents, m.targetId);
        else if (m.targetKind == QLatin1String("code"))
            target = mapped(m_codes, m.targetId);
        else if (m.targetKind == QLatin1String("quote"))
            target = mapped(m_quotes, m.targetId);
        else if (m.targetKind == QLatin1String("case"))
            target = mapped(m_cases, m.targetId);
        if (m.targetKind != QLatin1String("project") && target == 0)
            continue;  // on something the copy does not hold
        if (Status s = m_w.exec("INSERT INTO memo(target_kind, target_id, title, text, author_id, created_at, "
                                "modified_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                {m.targetKind, idOrNull(target), m.title, m.text, idOrNull(mapped(m_coders, m.author)),
                                 m.createdAt, m.modifiedAt, guidOrNull(m.guid)});
            !s)
            return s;
        if (!m.guid.isEmpty())
            m_memoByGuid.insert(m.guid, {m_master.database().lastInsertId(), m.title, m.text});
        ++m_report.memos;
    }
    return {};
}

}  // namespace crosscut::team::detail
