// Where two coders differ on one code (see disagreements.h): the union of
// their segments, stretch by stretch.
#include "team/disagreements.h"

#include "project/project.h"
#include "team/codersegments.h"
#include "util/csv.h"

#include <algorithm>
#include <climits>

namespace crosscut::team {

namespace {

QList<Span> spansWithin(const Segments &segments, const Span &stretch)
{
    QList<Span> out;
    for (const Segment &s : segments)
        if (s.start >= stretch.start && s.end <= stretch.end)
            out.append(Span{s.start, s.end});
    return out;
}

QList<Id> quotesWithin(const std::vector<QuoteSpan> &quotes, const Span &stretch)
{
    QList<Id> out;
    for (const QuoteSpan &q : quotes)
        if (q.start >= stretch.start && q.end <= stretch.end && !out.contains(q.quote))
            out.append(q.quote);
    return out;
}

QString spansText(const QList<Span> &spans)
{
    QStringList parts;
    for (const Span &s : spans)
        parts << QStringLiteral("%1-%2").arg(s.start).arg(s.end);
    return parts.join(QLatin1Char(' '));
}

QString kindText(DisagreementKind kind)
{
    switch (kind) {
    case DisagreementKind::OnlyA: return QStringLiteral("only A");
    case DisagreementKind::OnlyB: return QStringLiteral("only B");
    case DisagreementKind::Boundary: return QStringLiteral("boundary");
    }
    return {};
}

constexpr qint64 kContext = 60;  // code points either side

}  // namespace

Result<Comparison> compareCoders(Project &project, const QString &coderA, const QString &coderB, Id code,
                                 const QList<Id> &documents)
{
    const QList<Code> codebook = project.codes();
    if (std::none_of(codebook.cbegin(), codebook.cend(), [code](const Code &c) { return c.id == code; }))
        return makeError(ErrorKind::NotFound, QStringLiteral("no code with id #%1").arg(code));
    auto segments = CoderSegments::load(project, {coderA, coderB}, codebook, {code}, documents);
    if (!segments)
        return segments.error();
    const std::vector<DocumentSegments> &as = segments->of(code, 0);
    const std::vector<DocumentSegments> &bs = segments->of(code, 1);
    static const DocumentSegments none;

    Comparison out;
    size_t x = 0;
    size_t y = 0;
    while (x < as.size() || y < bs.size()) {
        const int document = std::min(x < as.size() ? as[x].document : INT_MAX, y < bs.size() ? bs[y].document : INT_MAX);
        const DocumentSegments &a = x < as.size() && as[x].document == document ? as[x++] : none;
        const DocumentSegments &b = y < bs.size() && bs[y].document == document ? bs[y++] : none;
        const Document &doc = segments->documents()[document];
        // The union's connected stretches (touching segments connect).
        Segments all = a.segments;
        all.insert(all.end(), b.segments.begin(), b.segments.end());
        for (const Segment &stretch : mergeSegments(all)) {
            const Span span{stretch.start, stretch.end};
            const QList<Span> inA = spansWithin(a.segments, span);
            const QList<Span> inB = spansWithin(b.segments, span);
            if (inA == inB) {
                out.agreed.append(Agreed{doc.id, span});
                continue;
            }
            Disagreement d;
            d.document = doc.id;
            d.documentName = doc.name;
            d.code = code;
            d.kind = inB.isEmpty() ? DisagreementKind::OnlyA : inA.isEmpty() ? DisagreementKind::OnlyB : DisagreementKind::Boundary;
            d.span = span;
            d.a = inA;
            d.b = inB;
            d.quotesA = quotesWithin(a.quotes, span);
            d.quotesB = quotesWithin(b.quotes, span);
            out.disagreements.append(d);
        }
    }
    return out;
}

QByteArray disagreementsCsv(Project &project, const QList<Disagreement> &list)
{
    QByteArray out = csv::formatRow({QStringLiteral("document"), QStringLiteral("kind"), QStringLiteral("start"),
                                     QStringLiteral("end"), QStringLiteral("a_segments"), QStringLiteral("b_segments"),
                                     QStringLiteral("text"), QStringLiteral("context")})
                         .toUtf8();
    for (const Disagreement &d : list) {
        const QString text = project.documentSlice(d.document, d.span.start, d.span.end);
        // The stretch marked [[ ]] inside up to 60 code points either side.
        const QString context = project.documentSlice(d.document, std::max<qint64>(0, d.span.start - kContext), d.span.start)
                                + QStringLiteral("[[") + text + QStringLiteral("]]")
                                + project.documentSlice(d.document, d.span.end, d.span.end + kContext);
        out += csv::formatRow({d.documentName, kindText(d.kind), QString::number(d.span.start), QString::number(d.span.end),
                               spansText(d.a), spansText(d.b), text, context})
                   .toUtf8();
    }
    return out;
}

}  // namespace crosscut::team
