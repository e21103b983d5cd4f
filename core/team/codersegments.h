#pragma once
// Each coder's segments per code and document, read from a project in one
// query (team/agreement.h, team/disagreements.h). A coder's segments for a
// code are the union of the coder's quotes coded with the code or a code
// below it, overlapping or touching quotes merged.

#include "model/entities.h"
#include "team/continuum.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace crosscut {
class Project;
}

namespace crosscut::team {

struct QuoteSpan {
    qint64 start = 0;
    qint64 end = 0;
    Id quote = 0;
};

// One coder's coding of one code in one document.
struct DocumentSegments {
    int document = 0;               // index into CoderSegments::documents()
    std::vector<QuoteSpan> quotes;  // the quotes behind it, by start, end, id
    Segments segments;              // merged, value 1
};

class CoderSegments {
public:
    // coders: names, each must exist. codes: the codebook (Project::codes())
    // and the ids whose segments are wanted. documents: ids (empty: all),
    // each must exist; kept in the project's document order.
    static Result<CoderSegments> load(Project &project, const QStringList &coders, const QList<Code> &codebook,
                                      const QList<Id> &wanted, const QList<Id> &documents);

    const QList<Document> &documents() const { return m_documents; }
    int coderCount() const { return static_cast<int>(m_coderIds.size()); }
    // A coder's segments of a wanted code, one entry per document that has any,
    // in document order.
    const std::vector<DocumentSegments> &of(Id code, int coder) const;

private:
    QList<Document> m_documents;
    QList<Id> m_coderIds;
    QHash<Id, int> m_wanted;                          // code id → slot
    std::vector<std::vector<DocumentSegments>> m_by;  // slot · coders + coder
};

}  // namespace crosscut::team
