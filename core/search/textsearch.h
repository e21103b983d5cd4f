#pragma once
// Search, KWIC and auto-code share one path: FTS5 (document_fts) picks the
// documents that can match, then the exact hits of each word or "phrase" are
// found in their text (case-insensitively, ignoring Latin/Greek/Cyrillic
// diacritics), each with its context and its sentence, in code points. The
// hits come a document at a time (HitStream), so a window can show the first
// ones while the rest are found.

#include "model/entities.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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
    QString before;   // `context` code points either side, line breaks shown as spaces
    QString after;
    // The sentence holding the hit (within its line and speaker turn), when
    // asked for (HitQuery::sentences); both 0 otherwise.
    qint64 sentenceStart = 0;
    qint64 sentenceEnd = 0;
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

// What to find. A term matches a run of whole words (its last word only at
// its start when `prefix`); separators between the words do not matter. A
// term with no letters or digits (an emoji) matches its exact text.
struct HitQuery {
    QString ftsQuery;           // the documents FTS5 must match; empty: every document
    QList<QueryTerm> terms;     // what to find inside them
    bool icuWholeWords = false; // hits must also begin and end on ICU word boundaries
    int context = 40;           // code points of context either side
    bool sentences = false;     // fill the hits' sentence spans (autoCode finds them itself otherwise)
};

// The query of `crosscut-cli search` and the Search tab: an FTS5 query.
HitQuery searchQuery(const QString &query, int context = 40);

// Hits of one document, a document at a time. Open it, then call next()
// until atEnd(); each call reads and scans one matching document.
class HitStream {
public:
    ~HitStream();
    HitStream(HitStream &&) noexcept;
    HitStream &operator=(HitStream &&) noexcept;

    // Runs the FTS5 part: a query FTS5 cannot parse is an error that says so.
    static Result<HitStream> open(Project &project, const HitQuery &query);

    bool atEnd() const;
    int documentCount() const;
    int documentsDone() const;
    // The hits of the next matching document, in order (maybe none).
    QList<SearchHit> next();

private:
    struct State;
    explicit HitStream(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// Every hit, in document order, then by position.
Result<QList<SearchHit>> findHits(Project &project, const HitQuery &query);

// search(project, q) = findHits(project, searchQuery(q)). An empty query is an error.
Result<QList<SearchHit>> search(Project &project, const QString &query, int contextLength = 40);

// Exact hits of `terms` in `text` (code points), in order, overlapping hits
// of different terms kept. Exposed for tests and the GUI's find bar.
struct Span {
    qint64 start = 0;
    qint64 end = 0;
};
QList<Span> findTerms(const QString &text, const QList<QueryTerm> &terms, bool icuWholeWords = false);

// One document's hits with `context` code points either side, as HitStream
// finds them (documentId, documentName and the sentence spans left empty),
// by its two paths: the decoded text's, and its UTF-8 bytes' (utf8hits.h),
// which gives nullopt where it does not apply (a term that is not one ASCII
// word, a text with characters that fold to ASCII). Exposed for tests.
QList<SearchHit> hitsInText(const QString &text, const QList<QueryTerm> &terms, int context = 40);
std::optional<QList<SearchHit>> hitsInUtf8(QByteArrayView utf8, const QList<QueryTerm> &terms, int context = 40);

}  // namespace crosscut::search
