#include "search/autocode.h"

#include "project/project.h"
#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QSet>
#include <QTextBoundaryFinder>

namespace crosscut::search {

Span expandSpan(const QString &text, Span hit, Expand expand, std::optional<Span> within)
{
    if (expand == Expand::Hit)
        return hit;
    const CodePointIndex index(text);
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
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
        finder.setPosition(u0);
        if (!finder.isAtBoundary() || u0 == lineEnd)
            u0 = std::max<qsizetype>(finder.toPreviousBoundary(), lineStart);
        finder.setPosition(u1);
        if (!finder.isAtBoundary())
            u1 = finder.toNextBoundary();
        if (u1 < 0 || u1 > lineEnd)
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

Result<int> autoCode(Project &project, const QList<SearchHit> &hits, Id code, int expandTo)
{
    if (expandTo < 0 || expandTo > 2)
        return makeError(ErrorKind::Invalid, QStringLiteral("expand must be 0 (hit), 1 (sentence) or 2 (paragraph)"));
    const auto target = project.code(code);
    if (!target)
        return makeError(ErrorKind::NotFound, QStringLiteral("code #%1 does not exist").arg(code));
    if (hits.isEmpty())
        return 0;
    QHash<Id, QString> texts;
    QHash<Id, QList<SpeakerTurn>> turns;
    int added = 0;
    Status s = project.transact(QStringLiteral("Code %1 search hits with %2").arg(hits.size()).arg(target->name),
                                [&](ProjectWriter &w) -> Status {
                                    auto coder = w.coderId(project.currentCoder());
                                    if (!coder)
                                        return coder.error();
                                    QSet<std::pair<Id, std::pair<qint64, qint64>>> done;
                                    for (const SearchHit &hit : hits) {
                                        auto textIt = texts.find(hit.documentId);
                                        if (textIt == texts.end())
                                            textIt = texts.insert(hit.documentId, project.documentText(hit.documentId));
                                        auto turnsIt = turns.find(hit.documentId);
                                        if (turnsIt == turns.end())
                                            turnsIt = turns.insert(hit.documentId, project.speakerTurns(hit.documentId));
                                        std::optional<Span> within;
                                        for (const SpeakerTurn &t : *turnsIt)
                                            if (t.start <= hit.start && hit.end <= t.end)
                                                within = Span{t.start, t.end};
                                        const Span span = expandSpan(*textIt, {hit.start, hit.end},
                                                                     static_cast<Expand>(expandTo), within);
                                        if (!done.contains({hit.documentId, {span.start, span.end}})) {
                                            done.insert({hit.documentId, {span.start, span.end}});
                                            auto quote = w.findOrInsertQuote(hit.documentId, span.start, span.end);
                                            if (!quote)
                                                return quote.error();
                                            auto inserted = w.insertCoding(*quote, code, *coder);
                                            if (!inserted)
                                                return inserted.error();
                                            added += *inserted ? 1 : 0;
                                        }
                                    }
                                    return {};
                                });
    if (!s)
        return s.error();
    return added;
}

}  // namespace crosscut::search
