#include "analysis/snapshot.h"

#include "analysis/casequotes.h"
#include "model/codepath.h"
#include "project/project.h"

#include <algorithm>
#include <numeric>

namespace crosscut::analysis {

namespace {

QString pathKey(const QString &path) { return codepath::join(codepath::split(path.trimmed())); }

}  // namespace

int Snapshot::documentIndex(const QString &name) const { return m_documentByName.value(name, -1); }
int Snapshot::caseIndex(const QString &name) const { return m_caseByName.value(name, -1); }
int Snapshot::coderIndex(const QString &name) const { return m_coderByName.value(name, -1); }

Result<int> Snapshot::resolveCode(const QString &path) const
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("empty code path"));
    if (trimmed.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const Id id = trimmed.mid(1).toLongLong(&ok);
        const int index = ok ? codeIndex(id) : -1;
        if (index < 0)
            return makeError(ErrorKind::NotFound, QStringLiteral("no code with id %1").arg(trimmed));
        return index;
    }
    const int index = m_codeByPath.value(pathKey(trimmed), -1);
    if (index < 0)
        return makeError(ErrorKind::NotFound, QStringLiteral("no code \"%1\" in the codebook").arg(trimmed));
    return index;
}

bool Snapshot::isWithin(int code, int ancestor) const
{
    for (int c = code; c >= 0; c = m_codes[static_cast<size_t>(c)].parent)
        if (c == ancestor)
            return true;
    return false;
}

Result<Snapshot> Snapshot::load(Project &project)
{
    Snapshot s;
    sql::Database &db = project.database();
    auto query = [&db](const char *sqlText) { return db.prepare(QString::fromLatin1(sqlText)); };

    // Codes, in codebook order, with paths built from the parent's.
    for (const Code &c : project.codes()) {
        CodeRow row;
        row.id = c.id;
        row.parent = c.parentId ? s.m_codeIndex.value(*c.parentId, -1) : -1;
        row.name = c.name;
        row.path = row.parent >= 0 ? s.m_codes[static_cast<size_t>(row.parent)].path + QLatin1Char('/') + codepath::escapeName(c.name)
                                   : codepath::escapeName(c.name);
        row.color = c.color;
        row.isDimension = c.isDimension;
        row.isBipolar = c.isBipolar;
        row.axisPosition = c.axisPosition;
        const int index = static_cast<int>(s.m_codes.size());
        if (row.parent >= 0)
            s.m_codes[static_cast<size_t>(row.parent)].children.push_back(index);
        s.m_codeIndex.insert(c.id, index);
        if (!s.m_codeByPath.contains(row.path))
            s.m_codeByPath.insert(row.path, index);
        s.m_codes.push_back(std::move(row));
    }

    QHash<Id, int> documentById;
    {
        auto stmt = query("SELECT id, name, length FROM document");
        if (!stmt)
            return stmt.error();
        while (stmt->next())
            s.m_documents.push_back(DocumentRow{stmt->int64(0), stmt->text(1), stmt->int64(2)});
        std::sort(s.m_documents.begin(), s.m_documents.end(),
                  [](const DocumentRow &a, const DocumentRow &b) { return nameLess(a.name, b.name); });
        for (size_t i = 0; i < s.m_documents.size(); ++i) {
            documentById.insert(s.m_documents[i].id, static_cast<int>(i));
            s.m_documentByName.insert(s.m_documents[i].name, static_cast<int>(i));
        }
    }
    QHash<Id, int> caseById;
    {
        auto stmt = query("SELECT id, name FROM case_");
        if (!stmt)
            return stmt.error();
        while (stmt->next())
            s.m_cases.push_back(CaseRow{stmt->int64(0), stmt->text(1)});
        std::sort(s.m_cases.begin(), s.m_cases.end(),
                  [](const CaseRow &a, const CaseRow &b) { return nameLess(a.name, b.name); });
        for (size_t i = 0; i < s.m_cases.size(); ++i) {
            caseById.insert(s.m_cases[i].id, static_cast<int>(i));
            s.m_caseByName.insert(s.m_cases[i].name, static_cast<int>(i));
        }
    }
    QHash<Id, int> coderById;
    for (const Coder &c : project.coders()) {
        coderById.insert(c.id, static_cast<int>(s.m_coders.size()));
        s.m_coderByName.insert(c.name, static_cast<int>(s.m_coders.size()));
        s.m_coders.push_back(c);
    }

    QHash<Id, int> attributeById;
    for (const Attribute &a : project.attributes()) {
        AttributeRow row;
        row.id = a.id;
        row.name = a.name;
        row.scope = a.scope;
        row.type = a.type;
        row.values.resize(a.scope == AttributeScope::Document ? s.m_documents.size() : s.m_cases.size());
        attributeById.insert(a.id, static_cast<int>(s.m_attributes.size()));
        s.m_attributes.push_back(std::move(row));
    }
    {
        auto stmt = query("SELECT document_id, attribute_id, value FROM document_attribute");
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            const int d = documentById.value(stmt->int64(0), -1);
            const int a = attributeById.value(stmt->int64(1), -1);
            if (d >= 0 && a >= 0 && s.m_attributes[static_cast<size_t>(a)].scope == AttributeScope::Document)
                s.m_attributes[static_cast<size_t>(a)].values[static_cast<size_t>(d)] = stmt->text(2);
        }
    }
    {
        auto stmt = query("SELECT case_id, attribute_id, value FROM case_attribute");
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            const int c = caseById.value(stmt->int64(0), -1);
            const int a = attributeById.value(stmt->int64(1), -1);
            if (c >= 0 && a >= 0 && s.m_attributes[static_cast<size_t>(a)].scope == AttributeScope::Case)
                s.m_attributes[static_cast<size_t>(a)].values[static_cast<size_t>(c)] = stmt->text(2);
        }
    }

    // Quotes, ordered by document, start, end so that per-document sweeps work.
    {
        auto stmt = query("SELECT id, document_id, start, end FROM quote");
        if (!stmt)
            return stmt.error();
        if (auto n = db.scalar(QStringLiteral("SELECT count(*) FROM quote")); n && !n->isNull())
            s.m_quotes.reserve(static_cast<size_t>(n->toLongLong()));
        while (stmt->next()) {
            QuoteRow q;
            q.id = stmt->int64(0);
            q.document = documentById.value(stmt->int64(1), -1);
            q.start = stmt->int64(2);
            q.end = stmt->int64(3);
            if (q.document >= 0)
                s.m_quotes.push_back(std::move(q));
        }
        std::sort(s.m_quotes.begin(), s.m_quotes.end(), [](const QuoteRow &a, const QuoteRow &b) {
            if (a.document != b.document)
                return a.document < b.document;
            if (a.start != b.start)
                return a.start < b.start;
            if (a.end != b.end)
                return a.end < b.end;
            return a.id < b.id;
        });
    }
    // Quote ids are rowids, dense in practice: a flat table maps them to
    // indices without hashing a million lookups (a hash is the fallback).
    Id maxQuoteId = 0;
    for (const QuoteRow &q : s.m_quotes)
        maxQuoteId = std::max(maxQuoteId, q.id);
    const bool denseQuotes = maxQuoteId <= 4 * static_cast<Id>(s.m_quotes.size()) + 1024;
    std::vector<int> quoteIndexById(denseQuotes ? static_cast<size_t>(maxQuoteId) + 1 : 0, -1);
    QHash<Id, int> quoteIndexHash;
    for (size_t i = 0; i < s.m_quotes.size(); ++i) {
        if (denseQuotes)
            quoteIndexById[static_cast<size_t>(s.m_quotes[i].id)] = static_cast<int>(i);
        else
            quoteIndexHash.insert(s.m_quotes[i].id, static_cast<int>(i));
    }
    auto quoteIndex = [&](Id id) {
        if (!denseQuotes)
            return quoteIndexHash.value(id, -1);
        return id >= 0 && id <= maxQuoteId ? quoteIndexById[static_cast<size_t>(id)] : -1;
    };

    // A quote's cases: its document's cases plus the case of the speaker turn
    // that contains its start.
    {
        std::vector<std::vector<int>> documentCases(s.m_documents.size());
        auto stmt = query("SELECT document_id, case_id FROM document_case");
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            const int d = documentById.value(stmt->int64(0), -1);
            const int c = caseById.value(stmt->int64(1), -1);
            if (d >= 0 && c >= 0)
                documentCases[static_cast<size_t>(d)].push_back(c);
        }
        struct Turn {
            qint64 start, end;
            int caseIndex;
        };
        std::vector<std::vector<Turn>> turns(s.m_documents.size());
        auto turnStmt = query("SELECT document_id, start, end, case_id FROM speaker_turn WHERE case_id IS NOT NULL");
        if (!turnStmt)
            return turnStmt.error();
        while (turnStmt->next()) {
            const int d = documentById.value(turnStmt->int64(0), -1);
            const int c = caseById.value(turnStmt->int64(3), -1);
            if (d >= 0 && c >= 0)
                turns[static_cast<size_t>(d)].push_back(Turn{turnStmt->int64(1), turnStmt->int64(2), c});
        }
        // maxEnd[i] = largest end among turns [0, i]: lets the backward walk
        // stop as soon as no earlier turn can contain the quote's start.
        std::vector<std::vector<qint64>> maxEnd(turns.size());
        for (size_t d = 0; d < turns.size(); ++d) {
            auto &list = turns[d];
            std::sort(list.begin(), list.end(), [](const Turn &a, const Turn &b) { return a.start < b.start; });
            qint64 running = -1;
            for (const Turn &t : list)
                maxEnd[d].push_back(running = std::max(running, t.end));
        }
        for (QuoteRow &q : s.m_quotes) {
            const auto d = static_cast<size_t>(q.document);
            q.cases = documentCases[d];
            const auto &list = turns[d];
            auto i = static_cast<size_t>(std::upper_bound(list.begin(), list.end(), q.start,
                                                          [](qint64 pos, const Turn &t) { return pos < t.start; })
                                         - list.begin());
            while (i > 0 && maxEnd[d][i - 1] > q.start) {
                --i;
                if (list[i].start <= q.start && q.start < list[i].end)
                    q.cases.push_back(list[i].caseIndex);
            }
            std::sort(q.cases.begin(), q.cases.end());
            q.cases.erase(std::unique(q.cases.begin(), q.cases.end()), q.cases.end());
        }
    }

    // Codings grouped by quote (counting sort on the quote index).
    {
        struct Raw {
            int quote;
            CodingRow row;
        };
        // Codes and coders are few: flat id → index tables.
        auto flat = [](const QHash<Id, int> &byId) {
            Id maxId = 0;
            for (auto it = byId.cbegin(); it != byId.cend(); ++it)
                maxId = std::max(maxId, it.key());
            std::vector<int> table(maxId <= 1000000 ? static_cast<size_t>(maxId) + 1 : 0, -1);
            for (auto it = byId.cbegin(); it != byId.cend(); ++it)
                if (!table.empty())
                    table[static_cast<size_t>(it.key())] = it.value();
            return table;
        };
        const std::vector<int> codeTable = flat(s.m_codeIndex);
        const std::vector<int> coderTable = flat(coderById);
        auto lookup = [](const std::vector<int> &table, const QHash<Id, int> &hash, Id id) {
            if (id >= 0 && static_cast<size_t>(id) < table.size())
                return table[static_cast<size_t>(id)];
            return table.empty() ? hash.value(id, -1) : -1;
        };
        std::vector<Raw> raw;
        if (auto n = db.scalar(QStringLiteral("SELECT count(*) FROM coding")); n && !n->isNull())
            raw.reserve(static_cast<size_t>(n->toLongLong()));
        auto stmt = query("SELECT quote_id, code_id, coder_id, position FROM coding");
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            const int q = quoteIndex(stmt->int64(0));
            const int c = lookup(codeTable, s.m_codeIndex, stmt->int64(1));
            const int k = lookup(coderTable, coderById, stmt->int64(2));
            if (q < 0 || c < 0 || k < 0)
                continue;
            CodingRow row{c, k, std::nullopt};
            if (!stmt->isNull(3))
                row.position = stmt->real(3);
            raw.push_back(Raw{q, row});
        }
        std::vector<std::uint32_t> offsets(s.m_quotes.size() + 1, 0);
        for (const Raw &r : raw)
            ++offsets[static_cast<size_t>(r.quote) + 1];
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        s.m_codings.resize(raw.size());
        std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
        for (const Raw &r : raw)
            s.m_codings[fill[static_cast<size_t>(r.quote)]++] = r.row;
        for (size_t i = 0; i < s.m_quotes.size(); ++i) {
            s.m_quotes[i].firstCoding = offsets[i];
            s.m_quotes[i].endCoding = offsets[i + 1];
        }
    }
    return s;
}

}  // namespace crosscut::analysis
