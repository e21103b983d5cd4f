#include "search/textsearch.h"

#include "project/project.h"
#include "search/autocode.h"
#include "text/boundaries.h"
#include "search/textfold.h"
#include "search/utf8hits.h"
#include "storage/sqlite.h"
#include "text/codepoints.h"

#include <QSet>
#include <QStringMatcher>

#include <algorithm>

namespace crosscut::search {

using text::TextBoundaries;

QStringList foldedWords(QStringView text)
{
    return foldForMatching(text).split(u' ', Qt::SkipEmptyParts);
}

QList<QueryTerm> queryTerms(const QString &query)
{
    QList<QueryTerm> terms;
    bool negate = false;
    int skipDepth = -1;  // parenthesis depth of a NOT group being skipped
    int depth = 0;
    auto add = [&](const QString &text, bool prefix) {
        if (skipDepth >= 0 || text.isEmpty())
            return;
        if (negate) {
            negate = false;
            return;
        }
        terms.append({text, prefix});
    };
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query[i];
        if (c.isSpace() || c == u'+' || c == u'^' || c == u',') {
            ++i;
        } else if (c == u'(') {
            if (negate && skipDepth < 0) {
                skipDepth = depth;
                negate = false;
            }
            ++depth;
            ++i;
        } else if (c == u')') {
            --depth;
            if (skipDepth == depth)
                skipDepth = -1;
            ++i;
        } else if (c == u'{') {  // column set "{name text}:"
            const qsizetype close = query.indexOf(u'}', i);
            i = close < 0 ? query.size() : close + 1;
            if (i < query.size() && query[i] == u':')
                ++i;
        } else if (c == u'"') {
            QString phrase;
            ++i;
            while (i < query.size()) {
                if (query[i] == u'"') {
                    if (i + 1 < query.size() && query[i + 1] == u'"') {
                        phrase += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                phrase += query[i++];
            }
            bool prefix = false;
            if (i < query.size() && query[i] == u'*') {
                prefix = true;
                ++i;
            }
            add(phrase, prefix);
        } else {
            qsizetype j = i;
            while (j < query.size() && !query[j].isSpace() && query[j] != u'"' && query[j] != u'(' && query[j] != u')'
                   && query[j] != u'*' && query[j] != u':' && query[j] != u'+' && query[j] != u',')
                ++j;
            const QString word = query.mid(i, j - i);
            bool prefix = false;
            if (j < query.size() && query[j] == u'*') {
                prefix = true;
                ++j;
            }
            if (j < query.size() && query[j] == u':') {
                i = j + 1;  // a column filter, not a term
                continue;
            }
            i = j;
            if (word == QLatin1String("AND") || word == QLatin1String("OR"))
                continue;
            if (word == QLatin1String("NOT")) {
                negate = true;
                continue;
            }
            if (word == QLatin1String("NEAR") && i < query.size() && query[i] == u'(')
                continue;
            bool number = false;
            word.toInt(&number);
            if (number && i < query.size() && query[i] == u')')
                continue;  // NEAR(a b, 5)
            add(word, prefix);
        }
    }
    return terms;
}

namespace {

Error badQuery(const QString &query, const QString &why)
{
    return makeError(ErrorKind::Invalid,
                     QStringLiteral("cannot search for \"%1\": %2 (put words with punctuation in \"double quotes\"; "
                                    "operators are AND, OR, NOT, NEAR and word* for prefixes)")
                         .arg(query, why));
}

// Live sessions are not in document_fts (schema version 3: indexing them
// made each live commit O(session length)). Which of them match the query is
// decided by FTS5 itself, over a temporary index of their texts built for
// this search, so NOT, NEAR, phrases and prefixes mean exactly what they
// mean for other documents. The temp schema is outside the operation log.
Result<QSet<Id>> matchingLiveSessions(Project &project, const QString &query)
{
    sql::Database &db = project.database();
    QList<std::pair<Id, QString>> sessions;
    {
        auto list = db.prepare(QStringLiteral("SELECT id, name FROM document WHERE kind = 'live-session'"));
        if (!list)
            return list.error();
        while (list->next())
            sessions.append({list->int64(0), list->text(1)});
    }
    QSet<Id> matching;
    if (sessions.isEmpty())
        return matching;  // no temporary index to build (most projects: issue #19)
    if (Status s = db.execScript(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.live_search USING fts5(name, text, "
            "tokenize='unicode61 remove_diacritics 2'); DELETE FROM temp.live_search;"));
        !s)
        return s.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO temp.live_search(rowid, name, text) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const auto &[id, name] : sessions) {
        insert->reset();
        insert->bind(1, id).bind(2, name).bind(3, project.documentText(id));
        if (Status s = insert->exec(); !s)
            return s.error();
    }
    auto match = db.prepare(QStringLiteral("SELECT rowid FROM temp.live_search WHERE live_search MATCH ?"));
    if (!match)
        return match.error();
    match->bind(1, query);
    while (match->next())
        matching.insert(match->int64(0));
    if (const auto &error = match->error())
        return *error;
    (void)db.execScript(QStringLiteral("DELETE FROM temp.live_search"));
    return matching;
}

}  // namespace


namespace {

// A term ready to be looked for: its folded form, or its exact text when it
// has no letters or digits (an emoji, a symbol).
struct Needle {
    QString folded;
    QString exact;
    bool prefix = false;
};

QList<Needle> needlesOf(const QList<QueryTerm> &terms)
{
    QList<Needle> needles;
    for (const QueryTerm &term : terms) {
        Needle n{foldForMatching(term.text), {}, term.prefix};
        if (n.folded.isEmpty())
            n.exact = term.text.trimmed();
        if (!n.folded.isEmpty() || !n.exact.isEmpty())
            needles.append(n);
    }
    return needles;
}

// Hits of the needles in `text` as UTF-16 spans, sorted, duplicates removed.
struct U16Span {
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const U16Span &) const = default;
};

// Characters that can fold to ASCII letters: Latin letters with diacritics,
// combining diacritics, the Kelvin sign, ligatures. A text without them
// matches an ASCII word exactly where a case-insensitive comparison does.
bool mayFoldToAscii(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0xC0)
            continue;
        if (c <= 0x24F || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF) || c == 0x212A
            || (c >= 0xFB00 && c <= 0xFB06))
            return true;
    }
    return false;
}

bool isAsciiWord(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber())
            return false;
    return !s.isEmpty();
}

// The code point before / at UTF-16 offset `u` is a letter, digit or mark.
bool wordCharBefore(QStringView text, qsizetype u)
{
    if (u <= 0)
        return false;
    char32_t c = text[u - 1].unicode();
    if (text[u - 1].isLowSurrogate() && u >= 2 && text[u - 2].isHighSurrogate())
        c = QChar::surrogateToUcs4(text[u - 2], text[u - 1]);
    return isWordCodePoint(c);
}

bool wordCharAt(QStringView text, qsizetype u)
{
    if (u >= text.size())
        return false;
    char32_t c = text[u].unicode();
    if (text[u].isHighSurrogate() && u + 1 < text.size() && text[u + 1].isLowSurrogate())
        c = QChar::surrogateToUcs4(text[u], text[u + 1]);
    return isWordCodePoint(c);
}

QList<U16Span> findSpans(const QString &text, const QList<Needle> &needles, TextBoundaries *icu)
{
    QList<U16Span> spans;
    std::optional<FoldedText> folded;
    std::optional<bool> asciiSafe;
    for (const Needle &needle : needles) {
        // One ASCII word in a text where nothing folds to ASCII: compared in
        // place, case-insensitively, without folding the text.
        if (isAsciiWord(needle.folded)) {
            if (!asciiSafe)
                asciiSafe = !mayFoldToAscii(text);
            if (*asciiSafe) {
                const QStringMatcher matcher(needle.folded, Qt::CaseInsensitive);
                for (qsizetype at = matcher.indexIn(text); at >= 0; at = matcher.indexIn(text, at + 1)) {
                    if (wordCharBefore(text, at))
                        continue;
                    qsizetype end = at + needle.folded.size();
                    if (wordCharAt(text, end)) {
                        if (!needle.prefix)
                            continue;
                        while (wordCharAt(text, end))
                            end += text[end].isHighSurrogate() ? 2 : 1;
                    }
                    if (!icu || (icu->isWordBoundary(at) && icu->isWordBoundary(end)))
                        spans.append({at, end});
                }
                continue;
            }
        }
        if (!needle.exact.isEmpty()) {
            const QStringMatcher matcher(needle.exact);
            for (qsizetype at = matcher.indexIn(text); at >= 0; at = matcher.indexIn(text, at + 1)) {
                const qsizetype end = at + needle.exact.size();
                if (!icu || (icu->isWordBoundary(at) && icu->isWordBoundary(end)))
                    spans.append({at, end});
            }
            continue;
        }
        if (!folded)
            folded.emplace(text);
        const QString &f = folded->folded();
        const QStringMatcher matcher(needle.folded);
        for (qsizetype at = matcher.indexIn(f); at >= 0; at = matcher.indexIn(f, at + 1)) {
            if (at > 0 && f[at - 1] != u' ')
                continue;  // inside a word
            qsizetype end = at + needle.folded.size();
            if (end < f.size() && f[end] != u' ') {
                if (!needle.prefix)
                    continue;
                while (end < f.size() && f[end] != u' ')
                    ++end;
            }
            const U16Span span{folded->sourceOffset(at), folded->sourceOffset(end)};
            if (!icu || (icu->isWordBoundary(span.start) && icu->isWordBoundary(span.end)))
                spans.append(span);
        }
    }
    std::sort(spans.begin(), spans.end(), [](const U16Span &a, const U16Span &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    return spans;
}

QString contextText(QStringView s)
{
    QString out = s.toString();
    for (QChar &c : out)
        if (c == u'\n' || c == u'\t')
            c = u' ';
    return out;
}

}  // namespace

QList<Span> findTerms(const QString &text, const QList<QueryTerm> &terms, bool icuWholeWords)
{
    std::optional<TextBoundaries> icu;
    if (icuWholeWords)
        icu.emplace(text);
    const CodePointIndex index(text);
    QList<Span> out;
    for (const U16Span &s : findSpans(text, needlesOf(terms), icu ? &*icu : nullptr))
        out.append({index.toCodePoint(s.start), index.toCodePoint(s.end)});
    return out;
}

HitQuery searchQuery(const QString &query, int context)
{
    HitQuery q;
    q.ftsQuery = query;
    q.terms = queryTerms(query);
    q.context = context;
    return q;
}

namespace {

// The QString path: hits of `needles` in `text` with their context.
QList<SearchHit> hitsOfText(const QString &text, const QList<Needle> &needles, TextBoundaries *icu, int context)
{
    QList<SearchHit> hits;
    const QList<U16Span> spans = findSpans(text, needles, icu);
    if (spans.isEmpty())
        return hits;
    const CodePointIndex index(text);
    const qint64 length = index.codePointLength();
    context = std::max(0, context);
    hits.reserve(spans.size());
    for (const U16Span &s : spans) {
        SearchHit hit;
        hit.start = index.toCodePoint(s.start);
        hit.end = index.toCodePoint(s.end);
        hit.text = text.mid(s.start, s.end - s.start);
        const qsizetype b0 = index.toUtf16(std::max<qint64>(0, hit.start - context));
        const qsizetype a1 = index.toUtf16(std::min<qint64>(length, hit.end + context));
        hit.before = contextText(QStringView(text).sliced(b0, s.start - b0));
        hit.after = contextText(QStringView(text).sliced(s.end, a1 - s.end));
        hits.append(std::move(hit));
    }
    return hits;
}

// The needles as ASCII words for the UTF-8 path; nullopt unless every one is.
std::optional<QList<AsciiWord>> asciiWordsOf(const QList<Needle> &needles)
{
    QList<AsciiWord> words;
    for (const Needle &n : needles) {
        if (!isAsciiWord(n.folded))
            return std::nullopt;
        words.append({n.folded.toLatin1(), n.prefix});
    }
    return words;
}

QList<SearchHit> toSearchHits(QList<Utf8Hit> &&found)
{
    QList<SearchHit> hits;
    hits.reserve(found.size());
    for (Utf8Hit &h : found) {
        SearchHit hit;
        hit.start = h.start;
        hit.end = h.end;
        hit.text = std::move(h.text);
        hit.before = std::move(h.before);
        hit.after = std::move(h.after);
        hits.append(std::move(hit));
    }
    return hits;
}

}  // namespace

QList<SearchHit> hitsInText(const QString &text, const QList<QueryTerm> &terms, int context)
{
    return hitsOfText(text, needlesOf(terms), nullptr, context);
}

std::optional<QList<SearchHit>> hitsInUtf8(QByteArrayView utf8, const QList<QueryTerm> &terms, int context)
{
    const auto words = asciiWordsOf(needlesOf(terms));
    if (!words)
        return std::nullopt;
    auto found = asciiHitsInUtf8(utf8, *words, context);
    if (!found)
        return std::nullopt;
    return toSearchHits(std::move(*found));
}

struct HitStream::State {
    Project &project;
    HitQuery query;
    QList<Needle> needles;
    struct Doc {
        Id id;
        QString name;
        bool live;
    };
    QList<Doc> documents;
    int done = 0;
    // Every needle an ASCII word: the UTF-8 path may apply (HitStream::next).
    std::optional<QList<AsciiWord>> asciiWords = {};
    sql::Statement textStatement = {};
    sql::Statement chunkStatement = {};
    QByteArray joined = {};  // a live session's text and its chunks
    // A document's stored text as UTF-8, its appended chunks included: valid
    // until the next call.
    QByteArrayView utf8Text(Id id);
};

HitStream::HitStream(std::unique_ptr<State> state) : m_state(std::move(state)) {}
HitStream::~HitStream() = default;
HitStream::HitStream(HitStream &&) noexcept = default;
HitStream &HitStream::operator=(HitStream &&) noexcept = default;

Result<HitStream> HitStream::open(Project &project, const HitQuery &query)
{
    auto state = std::make_unique<State>(State{project, query, needlesOf(query.terms), {}, 0, std::nullopt, {}, {}});
    state->asciiWords = asciiWordsOf(state->needles);
    const bool everything = query.ftsQuery.trimmed().isEmpty();
    QSet<Id> live;
    if (!everything) {
        auto matching = matchingLiveSessions(project, query.ftsQuery);
        if (!matching)
            return badQuery(query.ftsQuery, matching.error().message);
        live = *matching;
    }
    auto stmt = project.database().prepare(
        everything ? QStringLiteral("SELECT d.id, d.name, d.kind = 'live-session' FROM document d "
                                    "ORDER BY d.sort_order, d.id")
                   : QStringLiteral("SELECT d.id, d.name, d.kind = 'live-session' FROM document d "
                                    "WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?) "
                                    "OR d.kind = 'live-session' ORDER BY d.sort_order, d.id"));
    if (!stmt)
        return stmt.error();
    if (!everything)
        stmt->bind(1, query.ftsQuery);
    while (stmt->next()) {
        const Id id = stmt->int64(0);
        const bool isLive = stmt->int64(2) != 0;
        if (isLive && !everything && !live.contains(id))
            continue;
        state->documents.append({id, stmt->text(1), isLive});
    }
    // Malformed FTS5 syntax shows up here, when the query is first run.
    if (const auto &error = stmt->error())
        return badQuery(query.ftsQuery, error->message);
    if (state->needles.isEmpty())
        state->documents.clear();
    return HitStream(std::move(state));
}

bool HitStream::atEnd() const { return m_state->done >= m_state->documents.size(); }
int HitStream::documentCount() const { return static_cast<int>(m_state->documents.size()); }
int HitStream::documentsDone() const { return m_state->done; }

QByteArrayView HitStream::State::utf8Text(Id id)
{
    sql::Database &db = project.database();
    if (!textStatement.isValid()) {
        auto text = db.prepare(QStringLiteral("SELECT text FROM document WHERE id = ?"));
        auto chunks = db.prepare(QStringLiteral("SELECT text FROM document_chunk WHERE document_id = ? ORDER BY start"));
        if (!text || !chunks)
            return {};
        textStatement = std::move(text).value();
        chunkStatement = std::move(chunks).value();
    }
    textStatement.reset();  // the previous document's bytes are no longer needed
    textStatement.bind(1, id);
    const QByteArrayView stored = textStatement.next() ? textStatement.bytes(0) : QByteArrayView();
    // A live session's appended lines follow, as in Project::documentText;
    // any other text is scanned where SQLite holds it, without a copy.
    chunkStatement.bind(1, id);
    bool chunked = false;
    while (chunkStatement.next()) {
        if (!chunked)
            joined = stored.toByteArray();
        chunked = true;
        joined += chunkStatement.bytes(0);
    }
    chunkStatement.reset();
    return chunked ? QByteArrayView(joined) : stored;
}

QList<SearchHit> HitStream::next()
{
    if (atEnd())
        return {};
    const State::Doc &doc = m_state->documents[m_state->done++];
    const HitQuery &query = m_state->query;
    QList<SearchHit> hits;
    bool found = false;
    QString text;
    // ASCII words without ICU boundaries: found in the stored UTF-8 bytes
    // when the text allows it (utf8hits.h), else in its QString. Sentences
    // need the decoded text, but only when there are hits.
    if (m_state->asciiWords && !query.icuWholeWords) {
        const QByteArrayView utf8 = m_state->utf8Text(doc.id);
        if (auto fast = asciiHitsInUtf8(utf8, *m_state->asciiWords, query.context)) {
            hits = toSearchHits(std::move(*fast));
            found = true;
        }
        if (!found || (query.sentences && !hits.isEmpty()))
            text = QString::fromUtf8(utf8);
    } else {
        // A live session's text is appended in chunks (schema version 4); documentText joins them.
        text = m_state->project.documentText(doc.id);
    }
    if (!found) {
        std::optional<TextBoundaries> icu;
        if (query.icuWholeWords)
            icu.emplace(text);
        hits = hitsOfText(text, m_state->needles, icu ? &*icu : nullptr, query.context);
    }
    if (query.sentences && !hits.isEmpty()) {
        SpanExpander sentences(text, m_state->project.speakerTurns(doc.id));
        for (SearchHit &hit : hits) {
            const Span sentence = sentences.expand({hit.start, hit.end}, Expand::Sentence);
            hit.sentenceStart = sentence.start;
            hit.sentenceEnd = sentence.end;
        }
    }
    for (SearchHit &hit : hits) {
        hit.documentId = doc.id;
        hit.documentName = doc.name;
    }
    return hits;
}

Result<QList<SearchHit>> findHits(Project &project, const HitQuery &query)
{
    auto stream = HitStream::open(project, query);
    if (!stream)
        return stream.error();
    QList<SearchHit> hits;
    while (!stream->atEnd())
        hits.append(stream->next());
    return hits;
}

Result<QList<SearchHit>> search(Project &project, const QString &query, int contextLength)
{
    if (query.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("the search query is empty"));
    return findHits(project, searchQuery(query, contextLength));
}

}  // namespace crosscut::search
