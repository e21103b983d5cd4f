#include "search/textsearch.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <QSet>

namespace crosscut::search {

namespace {

// A word of the text, as FTS5's unicode61 tokenizer sees words: a run of
// letters, digits and combining marks.
struct Token {
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString folded;
};

bool isWordChar(char32_t cp) { return isWordCodePoint(cp); }

// Case folding plus removal of the combining diacritics U+0300–U+036F, so
// "Café", "CAFE" and "cafe\u0301" compare equal (as remove_diacritics does).
QString fold(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.unicode() < 0x0300 || c.unicode() > 0x036F)
            stripped += c;
    return stripped.toCaseFolded().normalized(QString::NormalizationForm_C);
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qint64 cp = 0;
    qsizetype wordStartU16 = -1;
    qint64 wordStartCp = 0;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (isWordChar(c)) {
            if (wordStartU16 < 0) {
                wordStartU16 = i;
                wordStartCp = cp;
            }
        } else if (wordStartU16 >= 0) {
            tokens.append({wordStartCp, cp, fold(text.sliced(wordStartU16, i - wordStartU16))});
            wordStartU16 = -1;
        }
        i += width;
        ++cp;
    }
    if (wordStartU16 >= 0)
        tokens.append({wordStartCp, cp, fold(text.sliced(wordStartU16))});
    return tokens;
}

QString contextText(QString s)
{
    for (QChar &c : s)
        if (c == u'\n' || c == u'\t')
            c = u' ';
    return s;
}

}  // namespace

QStringList foldedWords(QStringView text)
{
    QStringList words;
    for (const Token &t : tokenize(text))
        words.append(t.folded);
    return words;
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

QList<Span> findTerms(const QString &text, const QList<QueryTerm> &terms)
{
    const QList<Token> tokens = tokenize(text);
    QList<Span> spans;
    for (const QueryTerm &term : terms) {
        QList<Token> words = tokenize(term.text);
        if (words.isEmpty())
            continue;
        const qsizetype n = words.size();
        for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k) {
                const QString &have = tokens[i + k].folded;
                const QString &want = words[k].folded;
                match = (term.prefix && k == n - 1) ? have.startsWith(want) : have == want;
            }
            if (match)
                spans.append({tokens[i].start, tokens[i + n - 1].end});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    spans.erase(std::unique(spans.begin(), spans.end(),
                            [](const Span &a, const Span &b) { return a.start == b.start && a.end == b.end; }),
                spans.end());
    return spans;
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
    if (Status s = db.execScript(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.live_search USING fts5(name, text, "
            "tokenize='unicode61 remove_diacritics 2'); DELETE FROM temp.live_search;"));
        !s)
        return s.error();
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
        return matching;
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

Result<QList<SearchHit>> search(Project &project, const QString &query, int contextLength)
{
    if (query.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("the search query is empty"));
    const QList<QueryTerm> terms = queryTerms(query);
    auto live = matchingLiveSessions(project, query);
    if (!live)
        return badQuery(query, live.error().message);
    auto stmt = project.database().prepare(
        QStringLiteral("SELECT d.id, d.name, d.text, d.kind = 'live-session' FROM document d "
                       "WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?) "
                       "OR d.kind = 'live-session' ORDER BY d.sort_order, d.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, query);
    QList<SearchHit> hits;
    while (stmt->next()) {
        const Id id = stmt->int64(0);
        if (stmt->int64(3) && !live->contains(id))
            continue;
        const QString name = stmt->text(1);
        // A live session's text is appended in chunks (schema version 4).
        const QString text = stmt->int64(3) ? project.documentText(id) : stmt->text(2);
        const QList<Span> spans = findTerms(text, terms);
        if (spans.isEmpty())
            continue;
        const CodePointIndex index(text);
        for (const Span &span : spans) {
            const qsizetype u0 = index.toUtf16(span.start);
            const qsizetype u1 = index.toUtf16(span.end);
            const qsizetype b0 = index.toUtf16(std::max<qint64>(0, span.start - contextLength));
            const qsizetype a1 = index.toUtf16(std::min<qint64>(index.codePointLength(), span.end + contextLength));
            hits.append({id, name, span.start, span.end, text.mid(u0, u1 - u0), contextText(text.mid(b0, u0 - b0)),
                         contextText(text.mid(u1, a1 - u1))});
        }
    }
    // Malformed FTS5 syntax shows up here, when the query is first run.
    if (const auto &error = stmt->error())
        return badQuery(query, error->message);
    return hits;
}

}  // namespace crosscut::search
