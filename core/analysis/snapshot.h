#pragma once
// An in-memory, read-only copy of what the analyses need from a project:
// codes, documents, cases, attributes, quotes and codings. Loaded with one
// scan per table, so that every matrix, profile or co-occurrence is computed
// in memory instead of with per-cell SQL. Build one per report; rebuild it
// after the project changes.

#include "model/entities.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace crosscut {
class Project;
}

namespace crosscut::analysis {

class Snapshot {
public:
    struct CodeRow {
        Id id = 0;
        int parent = -1;  // index into codes, -1 at top level
        QString name;
        QString path;     // codepath syntax
        QString color;
        bool isDimension = false;
        bool isBipolar = false;
        std::optional<double> axisPosition;
        std::vector<int> children;  // indices, in codebook order
    };
    struct DocumentRow {
        Id id = 0;
        QString name;
        qint64 length = 0;  // code points
    };
    struct CaseRow {
        Id id = 0;
        QString name;
    };
    struct AttributeRow {
        Id id = 0;
        QString name;
        AttributeScope scope = AttributeScope::Document;
        AttributeType type = AttributeType::Text;
        // Value per document (document scope) or per case (case scope), by
        // index; empty string when unset.
        std::vector<QString> values;
    };
    struct CodingRow {
        int code = 0;   // index into codes
        int coder = 0;  // index into coders
        std::optional<double> position;
    };
    struct QuoteRow {
        Id id = 0;
        int document = 0;  // index into documents
        qint64 start = 0;
        qint64 end = 0;
        std::vector<int> cases;  // indices, ascending, distinct
        std::uint32_t firstCoding = 0;  // codings[firstCoding, endCoding)
        std::uint32_t endCoding = 0;
    };

    static Result<Snapshot> load(Project &project);

    // Codes in codebook order (depth first, siblings by sort order).
    const std::vector<CodeRow> &codes() const { return m_codes; }
    // Documents sorted by name; cases sorted by name.
    const std::vector<DocumentRow> &documents() const { return m_documents; }
    const std::vector<CaseRow> &cases() const { return m_cases; }
    const std::vector<Coder> &coders() const { return m_coders; }
    const std::vector<AttributeRow> &attributes() const { return m_attributes; }
    // Quotes ordered by document index, start, end, id.
    const std::vector<QuoteRow> &quotes() const { return m_quotes; }
    const std::vector<CodingRow> &codings() const { return m_codings; }

    // Index lookups; -1 when absent.
    int codeIndex(Id id) const { return m_codeIndex.value(id, -1); }
    int documentIndex(const QString &name) const;
    int caseIndex(const QString &name) const;
    int coderIndex(const QString &name) const;
    // Resolves a code path ("A/B", "#12") to a code index, or an error naming it.
    Result<int> resolveCode(const QString &path) const;
    // True when `code` is `ancestor` or lies below it.
    bool isWithin(int code, int ancestor) const;

private:
    std::vector<CodeRow> m_codes;
    std::vector<DocumentRow> m_documents;
    std::vector<CaseRow> m_cases;
    std::vector<Coder> m_coders;
    std::vector<AttributeRow> m_attributes;
    std::vector<QuoteRow> m_quotes;
    std::vector<CodingRow> m_codings;
    QHash<Id, int> m_codeIndex;
    QHash<QString, int> m_documentByName;
    QHash<QString, int> m_caseByName;
    QHash<QString, int> m_coderByName;
    QHash<QString, int> m_codeByPath;
};

}  // namespace crosscut::analysis
