#include "team/codersegments.h"

#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace crosscut::team {

const std::vector<DocumentSegments> &CoderSegments::of(Id code, int coder) const
{
    static const std::vector<DocumentSegments> none;
    const auto it = m_wanted.constFind(code);
    if (it == m_wanted.cend() || coder < 0 || coder >= coderCount())
        return none;
    return m_by[static_cast<size_t>(*it) * static_cast<size_t>(coderCount()) + static_cast<size_t>(coder)];
}

Result<CoderSegments> CoderSegments::load(Project &project, const QStringList &coders, const QList<Code> &codebook,
                                          const QList<Id> &wanted, const QList<Id> &documents)
{
    CoderSegments out;
    QHash<Id, int> coderIndex;
    for (const QString &name : coders) {
        const auto coder = project.findCoder(name);
        if (!coder)
            return makeError(ErrorKind::NotFound, QStringLiteral("no coder \"%1\" in the project").arg(name));
        coderIndex.insert(coder->id, static_cast<int>(out.m_coderIds.size()));
        out.m_coderIds.append(coder->id);
    }

    QHash<Id, int> documentIndex;
    const QList<Document> all = project.documents();
    for (const Id id : documents)
        if (std::none_of(all.cbegin(), all.cend(), [id](const Document &d) { return d.id == id; }))
            return makeError(ErrorKind::NotFound, QStringLiteral("no document with id %1").arg(id));
    for (const Document &d : all) {
        if (!documents.isEmpty() && !documents.contains(d.id))
            continue;
        documentIndex.insert(d.id, static_cast<int>(out.m_documents.size()));
        out.m_documents.append(d);
    }

    // Each code's slots: its own (when wanted) and its wanted ancestors'.
    QHash<Id, std::optional<Id>> parent;
    for (const Code &c : codebook)
        parent.insert(c.id, c.parentId);
    for (const Id id : wanted)
        if (!out.m_wanted.contains(id))
            out.m_wanted.insert(id, static_cast<int>(out.m_wanted.size()));
    QHash<Id, std::vector<int>> slotsOf;
    for (const Code &c : codebook) {
        std::vector<int> slots;
        std::optional<Id> at = c.id;
        for (int guard = 0; at && guard < 1000; ++guard) {
            const auto w = out.m_wanted.constFind(*at);
            if (w != out.m_wanted.cend())
                slots.push_back(*w);
            at = parent.value(*at);
        }
        if (!slots.empty())
            slotsOf.insert(c.id, std::move(slots));
    }

    // Every coding of the coders, in one query; grouped per slot and coder.
    struct Item {
        int document;
        QuoteSpan span;
    };
    const size_t coderCount = static_cast<size_t>(out.m_coderIds.size());
    std::vector<std::vector<Item>> items(static_cast<size_t>(out.m_wanted.size()) * coderCount);
    QJsonArray ids;
    for (const Id id : std::as_const(out.m_coderIds))
        ids.append(id);
    sql::Statement &stmt = project.statement(
        "SELECT c.coder_id, c.code_id, q.document_id, q.start, q.end, q.id FROM coding c "
        "JOIN quote q ON q.id = c.quote_id WHERE c.coder_id IN (SELECT value FROM json_each(?))");
    stmt.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (stmt.next()) {
        const auto slots = slotsOf.constFind(stmt.int64(1));
        if (slots == slotsOf.cend())
            continue;
        const auto document = documentIndex.constFind(stmt.int64(2));
        if (document == documentIndex.cend())
            continue;
        const size_t coder = static_cast<size_t>(coderIndex.value(stmt.int64(0)));
        // Clamped to the text, so that no continuum holds more than its code points.
        const qint64 length = out.m_documents[*document].length;
        const Item item{*document, QuoteSpan{std::clamp<qint64>(stmt.int64(3), 0, length),
                                             std::clamp<qint64>(stmt.int64(4), 0, length), stmt.int64(5)}};
        if (item.span.end <= item.span.start)
            continue;
        for (const int slot : *slots)
            items[static_cast<size_t>(slot) * coderCount + coder].push_back(item);
    }
    const std::optional<Error> error = stmt.error();
    stmt.reset();
    if (error)
        return *error;

    out.m_by.resize(items.size());
    for (size_t k = 0; k < items.size(); ++k) {
        std::vector<Item> &list = items[k];
        std::sort(list.begin(), list.end(), [](const Item &x, const Item &y) {
            if (x.document != y.document)
                return x.document < y.document;
            if (x.span.start != y.span.start)
                return x.span.start < y.span.start;
            return x.span.end != y.span.end ? x.span.end < y.span.end : x.span.quote < y.span.quote;
        });
        for (size_t i = 0; i < list.size();) {
            DocumentSegments d;
            d.document = list[i].document;
            for (; i < list.size() && list[i].document == d.document; ++i) {
                const QuoteSpan &q = list[i].span;
                // A quote may appear twice (coded with a code and its child): once is enough.
                if (!d.quotes.empty() && d.quotes.back().quote == q.quote)
                    continue;
                d.quotes.push_back(q);
                if (!d.segments.empty() && q.start <= d.segments.back().end)
                    d.segments.back().end = std::max(d.segments.back().end, q.end);
                else
                    d.segments.push_back(Segment{q.start, q.end, 1});
            }
            out.m_by[k].push_back(std::move(d));
        }
    }
    return out;
}

}  // namespace crosscut::team
