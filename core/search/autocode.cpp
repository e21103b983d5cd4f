#include "search/autocode.h"

#include "project/project.h"
#include "project/projectwriter.h"
#include "text/boundaries.h"
#include "text/codepoints.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

namespace crosscut::search {

using text::TextBoundaries;

struct SpanExpander::State {
    const QString text;  // shared, not copied: the boundaries point into it
    QList<SpeakerTurn> turns;
    CodePointIndex index;
    TextBoundaries boundaries;
    qsizetype sentenceStart = -1;  // the last sentence asked for, UTF-16
    qsizetype sentenceEnd = -1;
    // The sentence boundaries found so far, from the start of the text on:
    // hits come in order, and walking forward asks ICU far less than
    // looking back from each hit.
    QList<qsizetype> marks{0};
    State(const QString &t, QList<SpeakerTurn> tu) : text(t), turns(std::move(tu)), index(t), boundaries(t) {}

    void markUpTo(qsizetype u)
    {
        while (marks.last() <= u && marks.last() < text.size())
            marks.append(std::max(marks.last() + 1, boundaries.nextSentenceBoundary(marks.last())));
    }
    // The last boundary before u (0 if none), as TextBoundaries::previousSentenceBoundary.
    qsizetype boundaryBefore(qsizetype u)
    {
        if (u <= 0)
            return 0;
        markUpTo(u);
        const auto it = std::lower_bound(marks.cbegin(), marks.cend(), u);
        return it == marks.cbegin() ? 0 : *(it - 1);
    }
    // The first boundary after u (the text's end if none), as nextSentenceBoundary.
    qsizetype boundaryAfter(qsizetype u)
    {
        if (u >= text.size())
            return text.size();
        markUpTo(u);
        const auto it = std::upper_bound(marks.cbegin(), marks.cend(), std::max<qsizetype>(u, 0));
        return it == marks.cend() ? text.size() : *it;
    }
};

SpanExpander::SpanExpander(const QString &text, QList<SpeakerTurn> turns)
    : m_state(std::make_unique<State>(text, std::move(turns)))
{
}

SpanExpander::~SpanExpander() = default;

Span SpanExpander::expand(Span hit, Expand how)
{
    std::optional<Span> within;
    for (const SpeakerTurn &t : m_state->turns)
        if (t.start <= hit.start && hit.end <= t.end)
            within = Span{t.start, t.end};
    return expand(hit, how, within);
}

Span SpanExpander::expand(Span hit, Expand expand, std::optional<Span> within)
{
    if (expand == Expand::Hit)
        return hit;
    const QString &text = m_state->text;
    const CodePointIndex &index = m_state->index;
    qsizetype u0 = index.toUtf16(hit.start);
    qsizetype u1 = index.toUtf16(hit.end);
    // The line holding the hit bounds both a paragraph and a sentence.
    const qsizetype lineStart = u0 == 0 ? 0 : text.lastIndexOf(u'\n', u0 - 1) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', u1 > u0 ? u1 - 1 : u1);
    if (lineEnd < 0)
        lineEnd = text.size();
    lineEnd = std::max(lineEnd, u1);
    if (expand == Expand::Paragraph) {
        u0 = lineStart;
        u1 = lineEnd;
    } else {
        // The sentence [s, e) around the hit: s the last boundary at or
        // before u0 (before it when u0 ends the line), e the first at or
        // after u1. Hits in one sentence ask ICU once.
        State &st = *m_state;
        if (!(st.sentenceStart <= u0 && u0 < st.sentenceEnd && u1 <= st.sentenceEnd && u0 != lineEnd)) {
            st.sentenceStart = u0 == lineEnd ? st.boundaryBefore(u0) : st.boundaryBefore(u0 + 1);
            st.sentenceEnd = u1 == 0 ? 0 : st.boundaryAfter(u1 - 1);
        }
        const qsizetype s0 = st.sentenceStart;
        const qsizetype s1 = st.sentenceEnd;
        u0 = s0 == u0 ? u0 : std::max<qsizetype>(s0, lineStart);
        u1 = std::max(s1, u1);
        if (u1 > lineEnd)
            u1 = lineEnd;
    }
    while (u1 > u0 && text[u1 - 1].isSpace())
        --u1;
    while (u0 < u1 && text[u0].isSpace())
        ++u0;
    Span out{index.toCodePoint(u0), index.toCodePoint(u1)};
    if (within && within->start <= hit.start && hit.end <= within->end) {
        out.start = std::max(out.start, within->start);
        out.end = std::min(out.end, within->end);
    }
    // Never narrower than the hit itself.
    out.start = std::min(out.start, hit.start);
    out.end = std::max(out.end, hit.end);
    return out;
}

Span expandSpan(const QString &text, Span hit, Expand expand, std::optional<Span> within)
{
    return SpanExpander(text).expand(hit, expand, within);
}

Result<int> autoCode(Project &project, const QList<SearchHit> &hits, Id code, int expandTo)
{
    if (expandTo < 0 || expandTo > 2)
        return makeError(ErrorKind::Invalid, QStringLiteral("expand must be 0 (hit), 1 (sentence) or 2 (paragraph)"));
    const auto target = project.code(code);
    if (!target)
        return makeError(ErrorKind::NotFound, QStringLiteral("code #%1 does not exist").arg(code));
    if (hits.isEmpty())
        return 0;
    const Expand how = static_cast<Expand>(expandTo);
    // The hits' spans, widened, before the transaction (reads only).
    QList<std::pair<Id, Span>> spans;
    spans.reserve(hits.size());
    {
        QHash<Id, std::shared_ptr<SpanExpander>> expanders;
        for (const SearchHit &hit : hits) {
            if (how == Expand::Sentence && hit.sentenceEnd > hit.sentenceStart) {
                spans.append({hit.documentId, {hit.sentenceStart, hit.sentenceEnd}});
                continue;
            }
            auto it = expanders.find(hit.documentId);
            if (it == expanders.end()) {
                it = expanders.insert(hit.documentId,
                                      std::make_shared<SpanExpander>(project.documentText(hit.documentId),
                                                                     project.speakerTurns(hit.documentId)));
            }
            spans.append({hit.documentId, (*it)->expand({hit.start, hit.end}, how)});
        }
    }
    int added = 0;
    Status s = project.transact(QStringLiteral("Code %1 search hits with %2").arg(hits.size()).arg(target->name),
                                [&](ProjectWriter &w) -> Status {
                                    auto coder = w.coderId(project.currentCoder());
                                    if (!coder)
                                        return coder.error();
                                    QSet<std::pair<Id, std::pair<qint64, qint64>>> done;
                                    for (const auto &[document, span] : spans) {
                                        if (done.contains({document, {span.start, span.end}}))
                                            continue;
                                        done.insert({document, {span.start, span.end}});
                                        auto quote = w.findOrInsertQuote(document, span.start, span.end);
                                        if (!quote)
                                            return quote.error();
                                        auto inserted = w.insertCoding(*quote, code, *coder);
                                        if (!inserted)
                                            return inserted.error();
                                        added += *inserted ? 1 : 0;
                                    }
                                    return {};
                                });
    if (!s)
        return s.error();
    return added;
}

}  // namespace crosscut::search
