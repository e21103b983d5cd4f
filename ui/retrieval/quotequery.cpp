#include "retrieval/quotequery.h"

#include "project/project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crosscut::ui {

namespace {

struct QuoteKey {
    Id id = 0;
    Id document = 0;
    qint64 start = 0;
};

// Documents passing the document and attribute filters; empty optional = all.
std::optional<QSet<Id>> allowedDocuments(Project &project, const QuoteQuery &query)
{
    if (!query.document && query.attribute.isEmpty())
        return std::nullopt;
    QSet<Id> allowed;
    for (const Document &doc : project.documents()) {
        if (query.document && doc.id != *query.document)
            continue;
        if (!query.attribute.isEmpty()
            && project.attributeValues(AttributeScope::Document, doc.id).value(query.attribute) != query.attributeValue)
            continue;
        allowed.insert(doc.id);
    }
    return allowed;
}

QHash<Id, int> documentOrder(Project &project)
{
    QHash<Id, int> order;
    const QList<Document> docs = project.documents();
    for (int i = 0; i < docs.size(); ++i)
        order.insert(docs[i].id, i);
    return order;
}

}  // namespace

QList<Id> runQuoteQuery(Project &project, const QuoteQuery &query)
{
    if (query.codes.isEmpty())
        return {};
    const std::optional<QSet<Id>> documents = allowedDocuments(project, query);

    QHash<Id, QuoteKey> keys;
    QHash<Id, int> matched;  // quote → how many of the query's codes it carries
    for (Id code : query.codes) {
        QSet<Id> carrying;
        for (Id each : project.codeDescendants(code)) {
            sql::Statement &st = project.statement(
                "SELECT q.id, q.document_id, q.start, c.coder_id FROM coding c "
                "JOIN quote q ON q.id = c.quote_id WHERE c.code_id = ?");
            st.bind(1, each);
            while (st.next()) {
                if ((query.coder && st.int64(3) != *query.coder) || (query.viewCoder && st.int64(3) != *query.viewCoder))
                    continue;
                const QuoteKey key{st.int64(0), st.int64(1), st.int64(2)};
                if (documents && !documents->contains(key.document))
                    continue;
                carrying.insert(key.id);
                keys.insert(key.id, key);
            }
        }
        for (Id quote : carrying)
            ++matched[quote];
    }

    const int needed = query.combine == QuoteQuery::Combine::All ? static_cast<int>(query.codes.size()) : 1;
    QList<QuoteKey> rows;
    for (auto it = matched.cbegin(); it != matched.cend(); ++it)
        if (it.value() >= needed)
            rows.append(keys.value(it.key()));

    const QHash<Id, int> order = documentOrder(project);
    std::sort(rows.begin(), rows.end(), [&](const QuoteKey &a, const QuoteKey &b) {
        const int da = order.value(a.document), db = order.value(b.document);
        if (da != db)
            return da < db;
        if (a.start != b.start)
            return a.start < b.start;
        return a.id < b.id;
    });
    QList<Id> ids;
    ids.reserve(rows.size());
    for (const QuoteKey &row : rows)
        ids.append(row.id);
    return ids;
}

QList<Id> filterQuotes(Project &project, const QList<Id> &ids, const QuoteQuery &query)
{
    const std::optional<QSet<Id>> documents = allowedDocuments(project, query);
    QList<Id> kept;
    for (Id id : ids) {
        const std::optional<Quote> quote = project.quote(id);
        if (!quote)
            continue;
        if (documents && !documents->contains(quote->documentId))
            continue;
        if (query.coder || query.viewCoder) {
            const QList<Coding> codings = project.codings(id);
            if (std::none_of(codings.begin(), codings.end(), [&](const Coding &c) {
                    return (!query.coder || c.coderId == *query.coder)
                        && (!query.viewCoder || c.coderId == *query.viewCoder);
                }))
                continue;
        }
        kept.append(id);
    }
    return kept;
}

}  // namespace crosscut::ui
