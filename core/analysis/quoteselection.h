#pragma once
// A Filter (matrix.h) resolved against a Snapshot: which quotes and which
// codings an analysis counts, and which attribute values a quote carries.
// Shared by every analysis so that they all read filters the same way.

#include "analysis/matrix.h"
#include "analysis/snapshot.h"

#include <vector>

namespace crosscut::analysis {

// The attributes an attribute name refers to: the one of the given scope,
// or, unscoped, every attribute of that name (document and/or case).
Result<std::vector<int>> resolveAttribute(const Snapshot &snapshot, const QString &name,
                                          std::optional<AttributeScope> scope);

// True when the quote's document (document scope) or one of its cases (case
// scope) has `value` for one of `attributes`.
bool carriesAttributeValue(const Snapshot &snapshot, const Snapshot::QuoteRow &quote,
                           const std::vector<int> &attributes, const QString &value);

class QuoteSelection;

// For items that are codes (itemCodes[i] = a code index): per code index, the
// items it falls under (the item's code itself or any code above it).
std::vector<std::vector<int>> itemsByCode(const Snapshot &snapshot, const std::vector<int> &itemCodes);

// The items a quote carries through its counted codings, ascending, distinct.
void carriedItems(const Snapshot &snapshot, const QuoteSelection &selection, const Snapshot::QuoteRow &quote,
                  const std::vector<std::vector<int>> &itemsByCode, std::vector<int> &out);

class QuoteSelection {
public:
    static Result<QuoteSelection> resolve(const Snapshot &snapshot, const Filter &filter);

    // Coder filter on one coding.
    bool counts(const Snapshot::CodingRow &coding) const
    {
        return m_coders.empty() || m_coders[static_cast<size_t>(coding.coder)];
    }
    // Document filter, attribute conditions and, with a coder filter, at
    // least one counted coding.
    bool keeps(const Snapshot::QuoteRow &quote) const;
    bool keepsDocument(int document) const
    {
        return m_documents.empty() || m_documents[static_cast<size_t>(document)];
    }
    bool filtersDocuments() const { return !m_documents.empty(); }

private:
    const Snapshot *m_snapshot = nullptr;
    std::vector<char> m_coders;     // empty: all
    std::vector<char> m_documents;  // empty: all
    struct Condition {
        std::vector<int> attributes;
        QString value;
    };
    std::vector<Condition> m_conditions;
};

}  // namespace crosscut::analysis
