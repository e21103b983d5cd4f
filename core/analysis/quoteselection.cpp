#include "analysis/quoteselection.h"

#include <algorithm>

namespace crosscut::analysis {

Result<std::vector<int>> resolveAttribute(const Snapshot &snapshot, const QString &name,
                                          std::optional<AttributeScope> scope)
{
    std::vector<int> out;
    const auto &attributes = snapshot.attributes();
    for (size_t i = 0; i < attributes.size(); ++i)
        if (attributes[i].name == name && (!scope || attributes[i].scope == *scope))
            out.push_back(static_cast<int>(i));
    if (out.empty()) {
        const QString where = !scope ? QString()
                              : *scope == AttributeScope::Document ? QStringLiteral(" on documents")
                                                                   : QStringLiteral(" on cases");
        return makeError(ErrorKind::NotFound, QStringLiteral("no attribute \"%1\"%2").arg(name, where));
    }
    return out;
}

bool carriesAttributeValue(const Snapshot &snapshot, const Snapshot::QuoteRow &quote,
                           const std::vector<int> &attributes, const QString &value)
{
    for (const int a : attributes) {
        const auto &attribute = snapshot.attributes()[static_cast<size_t>(a)];
        if (attribute.scope == AttributeScope::Document) {
            if (attribute.values[static_cast<size_t>(quote.document)] == value)
                return true;
        } else {
            for (const int c : quote.cases)
                if (attribute.values[static_cast<size_t>(c)] == value)
                    return true;
        }
    }
    return false;
}

Result<QuoteSelection> QuoteSelection::resolve(const Snapshot &snapshot, const Filter &filter)
{
    QuoteSelection s;
    s.m_snapshot = &snapshot;
    if (!filter.coders.isEmpty()) {
        s.m_coders.assign(snapshot.coders().size(), 0);
        for (const QString &name : filter.coders) {
            const int k = snapshot.coderIndex(name);
            if (k < 0)
                return makeError(ErrorKind::NotFound, QStringLiteral("no coder named \"%1\"").arg(name));
            s.m_coders[static_cast<size_t>(k)] = 1;
        }
    }
    if (!filter.documents.isEmpty()) {
        s.m_documents.assign(snapshot.documents().size(), 0);
        for (const QString &name : filter.documents) {
            const int d = snapshot.documentIndex(name);
            if (d < 0)
                return makeError(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(name));
            s.m_documents[static_cast<size_t>(d)] = 1;
        }
    }
    for (const AttributeCondition &c : filter.where) {
        auto attributes = resolveAttribute(snapshot, c.attribute, c.scope);
        if (!attributes)
            return attributes.error();
        s.m_conditions.push_back(Condition{std::move(*attributes), c.value});
    }
    return s;
}

bool QuoteSelection::keeps(const Snapshot::QuoteRow &quote) const
{
    if (!keepsDocument(quote.document))
        return false;
    for (const Condition &c : m_conditions)
        if (!carriesAttributeValue(*m_snapshot, quote, c.attributes, c.value))
            return false;
    if (!m_coders.empty()) {
        const auto &codings = m_snapshot->codings();
        for (auto i = quote.firstCoding; i < quote.endCoding; ++i)
            if (counts(codings[i]))
                return true;
        return false;
    }
    return true;
}

std::vector<std::vector<int>> itemsByCode(const Snapshot &snapshot, const std::vector<int> &itemCodes)
{
    const auto &codes = snapshot.codes();
    std::vector<std::vector<int>> direct(codes.size());
    for (size_t i = 0; i < itemCodes.size(); ++i)
        direct[static_cast<size_t>(itemCodes[i])].push_back(static_cast<int>(i));
    std::vector<std::vector<int>> out(codes.size());
    for (size_t c = 0; c < codes.size(); ++c) {
        for (int a = static_cast<int>(c); a >= 0; a = codes[static_cast<size_t>(a)].parent)
            out[c].insert(out[c].end(), direct[static_cast<size_t>(a)].begin(), direct[static_cast<size_t>(a)].end());
        std::sort(out[c].begin(), out[c].end());
        out[c].erase(std::unique(out[c].begin(), out[c].end()), out[c].end());
    }
    return out;
}

void carriedItems(const Snapshot &snapshot, const QuoteSelection &selection, const Snapshot::QuoteRow &quote,
                  const std::vector<std::vector<int>> &itemsByCode, std::vector<int> &out)
{
    out.clear();
    const auto &codings = snapshot.codings();
    for (auto i = quote.firstCoding; i < quote.endCoding; ++i) {
        if (!selection.counts(codings[i]))
            continue;
        const auto &items = itemsByCode[static_cast<size_t>(codings[i].code)];
        out.insert(out.end(), items.begin(), items.end());
    }
    if (out.size() > 1) {
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
}

}  // namespace crosscut::analysis
