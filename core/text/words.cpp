#include "text/words.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace crosscut::text {

namespace {

// A code point of the gap between two words that ends a phrase.
bool endsPhrase(QStringView gap)
{
    // Every line break and terminal punctuation mark lies in the BMP: UTF-16
    // units will do (a surrogate is never one).
    for (const QChar c : gap) {
        const char16_t cp = c.unicode();
        if (cp == u' ')
            continue;
        if (cp == u'\n' || cp == 0x2029 || cp == 0x2028)
            return true;
        if (!c.isSurrogate() && u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_TERMINAL_PUNCTUATION))
            return true;
    }
    return false;
}

QString foldToken(QStringView word)
{
    // ASCII folds to lower case exactly as full case folding does; the rest
    // goes through ICU.
    QString folded(word.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return foldWord(word);
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return folded;
}

struct Span {
    qint64 start = 0;
    qint64 end = 0;
};

// What one count reads from the project before looking at tokens.
struct Scope {
    struct Doc {
        Id id = 0;
        QString name;
        std::vector<Span> spans;          // empty with whole = true
        bool whole = true;
        std::vector<int> groups;          // the groups every word of it counts in
        struct Turn {
            qint64 start = 0;
            qint64 end = 0;
            std::vector<int> groups;      // the document's groups and the turn case's
        };
        std::vector<Turn> turns;
    };
    std::vector<Doc> documents;  // by name
    QStringList groups;
    QString groupHeader;
};

std::vector<Span> mergeSpans(std::vector<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    std::vector<Span> out;
    for (const Span &s : spans) {
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

Result<Scope> readScope(Project &project, const WordRequest &request)
{
    Scope scope;
    QList<Document> all = project.documents();
    std::sort(all.begin(), all.end(), [](const Document &a, const Document &b) { return a.name < b.name; });
    QSet<Id> members;
    QHash<Id, std::vector<Span>> quoted;
    switch (request.scope) {
    case WordScope::All:
        break;
    case WordScope::DocumentSet: {
        sql::Statement &find = project.statement("SELECT id FROM set_ WHERE name = ?");
        find.bind(1, request.set);
        QList<Id> sets;
        while (find.next())
            sets.append(find.int64(0));
        find.reset();
        if (sets.isEmpty())
            return makeError(ErrorKind::NotFound, QStringLiteral("no document set named \"%1\"").arg(request.set));
        sql::Statement &st =
            project.statement("SELECT member_id FROM set_member WHERE set_id = ? AND member_kind = 'document'");
        for (const Id set : sets) {
            st.bind(1, set);
            while (st.next())
                members.insert(st.int64(0));
            st.reset();
        }
        break;
    }
    case WordScope::Code: {
        auto code = project.resolveCodePath(request.code);
        if (!code)
            return code.error();
        sql::Statement &st = project.statement(
            "SELECT DISTINCT q.id, q.document_id, q.start, q.end FROM coding c JOIN quote q ON q.id = c.quote_id "
            "WHERE c.code_id = ?");
        QSet<Id> seen;
        for (const Id c : project.codeDescendants(*code)) {
            st.bind(1, c);
            while (st.next()) {
                if (seen.contains(st.int64(0)))
                    continue;
                seen.insert(st.int64(0));
                quoted[st.int64(1)].push_back({st.int64(2), st.int64(3)});
            }
            st.reset();
        }
        break;
    }
    }
    for (const Document &d : std::as_const(all)) {
        if (request.scope == WordScope::DocumentSet && !members.contains(d.id))
            continue;
        if (request.scope == WordScope::Code && !quoted.contains(d.id))
            continue;
        Scope::Doc doc;
        doc.id = d.id;
        doc.name = d.name;
        if (request.scope == WordScope::Code) {
            doc.whole = false;
            doc.spans = mergeSpans(quoted.value(d.id));
        }
        scope.documents.push_back(std::move(doc));
    }

    switch (request.grouping) {
    case WordGrouping::None:
        break;
    case WordGrouping::Document:
        scope.groupHeader = QStringLiteral("document");
        for (qsizetype i = 0; i < qsizetype(scope.documents.size()); ++i) {
            scope.groups.append(scope.documents[i].name);
            scope.documents[i].groups = {int(i)};
        }
        break;
    case WordGrouping::DocumentAttribute:
    case WordGrouping::CaseAttribute: {
        const bool byCase = request.grouping == WordGrouping::CaseAttribute;
        const AttributeScope attrScope = byCase ? AttributeScope::Case : AttributeScope::Document;
        std::optional<Id> attribute;
        for (const Attribute &a : project.attributes(attrScope))
            if (a.name == request.attribute)
                attribute = a.id;
        if (!attribute)
            return makeError(ErrorKind::NotFound, QStringLiteral("no %1 attribute named \"%2\"")
                                                      .arg(byCase ? QStringLiteral("case") : QStringLiteral("document"),
                                                           request.attribute));
        scope.groupHeader = (byCase ? QStringLiteral("case: ") : QStringLiteral("document: ")) + request.attribute;
        sql::Statement &st = byCase
            ? project.statement("SELECT case_id, value FROM case_attribute WHERE attribute_id = ? AND value <> ''")
            : project.statement("SELECT document_id, value FROM document_attribute WHERE attribute_id = ? AND value <> ''");
        st.bind(1, *attribute);
        QHash<Id, QString> valueOf;
        QSet<QString> values;
        while (st.next()) {
            valueOf.insert(st.int64(0), st.text(1));
            values.insert(st.text(1));
        }
        st.reset();
        scope.groups = QStringList(values.cbegin(), values.cend());
        std::sort(scope.groups.begin(), scope.groups.end());
        QHash<QString, int> groupIndex;
        for (int i = 0; i < scope.groups.size(); ++i)
            groupIndex.insert(scope.groups[i], i);
        auto add = [](std::vector<int> &set, int g) {
            if (g >= 0 && std::find(set.begin(), set.end(), g) == set.end())
                set.push_back(g);
        };
        for (Scope::Doc &doc : scope.documents) {
            if (!byCase) {
                if (valueOf.contains(doc.id))
                    add(doc.groups, groupIndex.value(valueOf.value(doc.id)));
                continue;
            }
            // The document's cases hold all its words; a turn's case adds its own.
            for (const Id c : project.documentCases(doc.id))
                if (valueOf.contains(c))
                    add(doc.groups, groupIndex.value(valueOf.value(c)));
            for (const SpeakerTurn &t : project.speakerTurns(doc.id)) {
                if (!t.caseId || !valueOf.contains(*t.caseId))
                    continue;
                Scope::Doc::Turn turn{t.start, t.end, doc.groups};
                add(turn.groups, groupIndex.value(valueOf.value(*t.caseId)));
                if (turn.groups != doc.groups)
                    doc.turns.push_back(std::move(turn));
            }
            std::sort(doc.turns.begin(), doc.turns.end(),
                      [](const Scope::Doc::Turn &a, const Scope::Doc::Turn &b) { return a.start < b.start; });
        }
        break;
    }
    }
    return scope;
}

}  // namespace

analysis::Table WordFrequencies::table() const
{
    analysis::Table t;
    t.title = ngram == 1 ? QStringLiteral("Word frequencies") : QStringLiteral("Phrases of %1 words").arg(ngram);
    t.rowHeader = ngram == 1 ? QStringLiteral("word") : QStringLiteral("phrase");
    t.columnHeader = groupHeader;
    t.columns = {{QStringLiteral("count"), {}, {}}, {QStringLiteral("documents"), {}, {}}};
    for (const QString &g : groups)
        t.columns.append({g, {}, {}});
    for (const WordCount &w : words) {
        t.rows.append({w.word, {}, {}});
        QList<double> row{double(w.count), double(w.documents)};
        for (const qint64 n : w.groups)
            row.append(double(n));
        t.cells.append(row);
    }
    t.note = QStringLiteral("%1 documents, %2 words in scope").arg(documents).arg(tokens);
    return t;
}

WordIndex::WordIndex(Project &project) : m_project(project) {}

int WordIndex::termId(const QString &folded)
{
    const auto it = m_termIds.constFind(folded);
    if (it != m_termIds.cend())
        return *it;
    const int id = int(m_terms.size());
    m_terms.append(folded);
    m_termLength.push_back(int(codePointCount(folded)));
    m_termIds.insert(folded, id);
    return id;
}

const WordIndex::DocumentTokens &WordIndex::tokensOf(Id document)
{
    const auto it = m_documents.constFind(document);
    if (it != m_documents.cend())
        return *it;
    const QString text = m_project.documentText(document);
    DocumentTokens doc;
    const QList<WordToken> tokens = wordTokens(text);
    doc.tokens.reserve(tokens.size());
    // Tokens come in text order: walk the UTF-16 offsets along with them.
    qsizetype cp = 0, utf16 = 0;
    auto toUtf16 = [&](qsizetype target) {
        while (cp < target && utf16 < text.size()) {
            utf16 += text.at(utf16).isHighSurrogate() && utf16 + 1 < text.size() && text.at(utf16 + 1).isLowSurrogate() ? 2 : 1;
            ++cp;
        }
        return utf16;
    };
    qsizetype previousEnd = 0;  // UTF-16
    for (const WordToken &t : tokens) {
        const qsizetype from = toUtf16(t.start);
        const qsizetype to = toUtf16(t.end);
        Token token;
        token.start = t.start;
        token.end = t.end;
        token.kind = t.kind;
        token.term = termId(foldToken(QStringView(text).mid(from, to - from)));
        token.breakBefore = endsPhrase(QStringView(text).mid(previousEnd, from - previousEnd));
        doc.tokens.push_back(token);
        previousEnd = to;
    }
    return *m_documents.insert(document, std::move(doc));
}

void WordIndex::invalidate(const ChangeList &changes)
{
    if (changes.reset) {
        m_documents.clear();
        return;
    }
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("document")) {
            m_documents.remove(row.id);
        } else if (row.table == QLatin1String("document_chunk")) {
            // A live session's appended line: its document, when the chunk is still there.
            sql::Statement &st = m_project.statement("SELECT document_id FROM document_chunk WHERE id = ?");
            st.bind(1, row.id);
            if (st.next())
                m_documents.remove(st.int64(0));
            else
                m_documents.clear();
            st.reset();
        }
    }
}

Result<WordFrequencies> WordIndex::count(const WordRequest &request)
{
    if (request.ngram < 1 || request.ngram > 3)
        return makeError(ErrorKind::Invalid, QStringLiteral("phrases are of 1, 2 or 3 words, not %1").arg(request.ngram));
    if (request.minLength < 1 || request.minCount < 1 || request.top < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("minimum length and count must be at least 1, top N not negative"));
    auto scope = readScope(m_project, request);
    if (!scope)
        return scope.error();

    // Per term, decided once per count: 0 not counted, 1 counted inside a
    // phrase only (a stop word or a short word), 2 a word of its own.
    std::vector<signed char> role;
    auto roleOf = [&](const Token &t) -> int {
        if (size_t(t.term) >= role.size())
            role.resize(m_terms.size(), -1);
        signed char &r = role[size_t(t.term)];
        if (r < 0) {
            if (t.kind == WordKind::Emoji)
                r = request.emoji ? 2 : 0;
            else if (t.kind == WordKind::Number && !request.numbers)
                r = 0;
            else if (request.stopWords.contains(m_terms[t.term]) || m_termLength[size_t(t.term)] < request.minLength)
                r = 1;
            else
                r = 2;
        }
        return r;
    };

    const int n = request.ngram;
    const int groupCount = int(scope->groups.size());
    struct Tally {
        qint64 count = 0;
        int documents = 0;
        int lastDocument = -1;
    };
    std::vector<Tally> tallies;
    std::vector<qint64> groupCounts;  // tallies.size() × groupCount
    std::unordered_map<quint64, int> phraseIndex;
    std::vector<quint64> phraseKeys;
    if (n > 1 && m_terms.size() >= (1 << 21))
        return makeError(ErrorKind::Invalid, QStringLiteral("too many distinct words for phrases"));

    WordFrequencies result;
    result.ngram = n;
    result.groups = scope->groups;
    result.groupHeader = scope->groupHeader;
    result.documents = int(scope->documents.size());

    for (int d = 0; d < int(scope->documents.size()); ++d) {
        const Scope::Doc &doc = scope->documents[size_t(d)];
        const std::vector<Token> &tokens = tokensOf(doc.id).tokens;
        std::vector<Span> spans = doc.whole ? std::vector<Span>{{0, std::numeric_limits<qint64>::max()}} : doc.spans;
        size_t turn = 0;
        size_t at = 0;
        for (const Span &span : spans) {
            while (at < tokens.size() && tokens[at].start < span.start)
                ++at;
            const size_t first = at;
            for (; at < tokens.size() && tokens[at].end <= span.end; ++at) {
                const Token &t = tokens[at];
                ++result.tokens;
                if (size_t(n) > at - first + 1)
                    continue;
                // The phrase ending at `at`: tokens [at - n + 1, at].
                const size_t start = at + 1 - size_t(n);
                const Token &head = tokens[start];
                if (roleOf(t) != 2 || roleOf(head) != 2)
                    continue;
                bool ok = true;
                for (size_t k = start + 1; k <= at && ok; ++k)
                    ok = !tokens[k].breakBefore && tokens[k].kind != WordKind::Emoji && roleOf(tokens[k]) != 0;
                if (!ok || (n > 1 && head.kind == WordKind::Emoji))
                    continue;
                int index;
                if (n == 1) {
                    index = t.term;
                    if (size_t(index) >= tallies.size()) {
                        tallies.resize(m_terms.size());
                        groupCounts.resize(m_terms.size() * size_t(groupCount));
                    }
                } else {
                    quint64 key = 0;
                    for (size_t k = start; k <= at; ++k)
                        key = (key << 21) | quint64(tokens[k].term);
                    const auto [it, added] = phraseIndex.try_emplace(key, int(tallies.size()));
                    if (added) {
                        tallies.emplace_back();
                        groupCounts.resize(groupCounts.size() + size_t(groupCount));
                        phraseKeys.push_back(key);
                    }
                    index = it->second;
                }
                Tally &tally = tallies[size_t(index)];
                ++tally.count;
                if (tally.lastDocument != d) {
                    tally.lastDocument = d;
                    ++tally.documents;
                }
                if (groupCount > 0) {
                    while (turn < doc.turns.size() && doc.turns[turn].end <= head.start)
                        ++turn;
                    const bool inTurn = turn < doc.turns.size() && doc.turns[turn].start <= head.start;
                    for (const int g : inTurn ? doc.turns[turn].groups : doc.groups)
                        ++groupCounts[size_t(index) * size_t(groupCount) + size_t(g)];
                }
            }
        }
    }

    std::vector<int> order;
    for (int i = 0; i < int(tallies.size()); ++i)
        if (tallies[size_t(i)].count >= request.minCount)
            order.push_back(i);
    auto wordOf = [&](int i) {
        if (n == 1)
            return m_terms[i];
        QStringList parts;
        quint64 key = phraseKeys[size_t(i)];
        for (int k = 0; k < n; ++k, key >>= 21)
            parts.prepend(m_terms[int(key & ((1u << 21) - 1))]);
        return parts.join(u' ');
    };
    // With a top N, only the words that can make it need their text (the
    // phrases of a large corpus are mostly seen once).
    if (request.top > 0 && order.size() > size_t(request.top)) {
        std::nth_element(order.begin(), order.begin() + (request.top - 1), order.end(),
                         [&](int a, int b) { return tallies[size_t(a)].count > tallies[size_t(b)].count; });
        const qint64 threshold = tallies[size_t(order[size_t(request.top - 1)])].count;
        order.erase(std::remove_if(order.begin(), order.end(),
                                   [&](int i) { return tallies[size_t(i)].count < threshold; }),
                    order.end());
    }
    std::vector<QString> words(tallies.size());
    for (const int i : order)
        words[size_t(i)] = wordOf(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (tallies[size_t(a)].count != tallies[size_t(b)].count)
            return tallies[size_t(a)].count > tallies[size_t(b)].count;
        return words[size_t(a)] < words[size_t(b)];
    });
    if (request.top > 0 && order.size() > size_t(request.top))
        order.resize(size_t(request.top));
    for (const int i : order) {
        WordCount w;
        w.word = words[size_t(i)];
        w.count = tallies[size_t(i)].count;
        w.documents = tallies[size_t(i)].documents;
        for (int g = 0; g < groupCount; ++g)
            w.groups.append(groupCounts[size_t(i) * size_t(groupCount) + size_t(g)]);
        result.words.append(std::move(w));
    }
    return result;
}

QStringList documentSetNames(Project &project)
{
    QStringList names;
    sql::Statement &st = project.statement(
        "SELECT DISTINCT s.name FROM set_ s WHERE EXISTS "
        "(SELECT 1 FROM set_member m WHERE m.set_id = s.id AND m.member_kind = 'document') ORDER BY s.name");
    while (st.next())
        names.append(st.text(0));
    st.reset();
    return names;
}

Result<WordFrequencies> wordFrequencies(Project &project, const WordRequest &request)
{
    WordIndex index(project);
    return index.count(request);
}

}  // namespace crosscut::text
