#pragma once
// Search: FTS5 (document_fts) finds the documents that match a query; the
// exact positions of each query term or "phrase" are then found in their text,
// case-insensitively and ignoring Latin/Greek/Cyrillic diacritics, in code
// points.

#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut {
class Project;
}

namespace crosscut::search {

struct SearchHit {
    Id documentId = 0;
    QString documentName;
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString text;     // the hit as it stands in the document
    QString before;   // some context either side, line breaks shown as spaces
    QString after;
};

// A query term: a word or a "quoted phrase"; `prefix` for word* queries.
struct QueryTerm {
    QString text;
    bool prefix = false;
};

// The terms whose positions are looked for: words and phrases of the FTS5
// query, without operators (AND, OR, NOT, NEAR), column filters, and the
// terms that follow NOT.
QList<QueryTerm> queryTerms(const QString &query);

// The words of a text as search sees them (FTS5's unicode61 tokenizer with
// remove_diacritics): case-folded, Latin/Greek/Cyrillic diacritics removed.
QStringList foldedWords(QStringView text);

// Hits in document order, then by position. A query FTS5 cannot parse is an
// error that says so.
Result<QList<SearchHit>> search(Project &project, const QString &query, int contextLength = 40);

// Exact hits of `terms` in `text` (code points), in order, overlapping hits
// of different terms kept. Exposed for tests and the GUI's find bar.
struct Span {
    qint64 start = 0;
    qint64 end = 0;
};
QList<Span> findTerms(const QString &text, const QList<QueryTerm> &terms);

}  // namespace crosscut::search
