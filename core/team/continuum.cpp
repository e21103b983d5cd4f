#include "team/continuum.h"

#include <algorithm>

namespace crosscut::team {

Segments mergeSegments(Segments spans, int value)
{
    std::sort(spans.begin(), spans.end(),
              [](const Segment &x, const Segment &y) { return x.start != y.start ? x.start < y.start : x.end < y.end; });
    Segments out;
    for (const Segment &s : spans) {
        if (s.end <= s.start)
            continue;
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(Segment{s.start, s.end, value});
    }
    return out;
}

qint64 coveredLength(const Segments &segments)
{
    qint64 n = 0;
    for (const Segment &s : segments)
        n += s.length();
    return n;
}

qint64 overlapLength(const Segments &a, const Segments &b)
{
    qint64 n = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 from = std::max(a[i].start, b[j].start);
        const qint64 to = std::min(a[i].end, b[j].end);
        if (to > from)
            n += to - from;
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return n;
}

std::optional<qint64> firstOverlap(const Segments &sortedByStart)
{
    qint64 reach = 0;
    bool any = false;
    for (const Segment &s : sortedByStart) {
        if (any && s.start < reach)
            return s.start;
        reach = any ? std::max(reach, s.end) : s.end;
        any = true;
    }
    return std::nullopt;
}

void PointCounts::add(qint64 length, const Segments &segmentsA, const Segments &segmentsB)
{
    total += length;
    a += coveredLength(segmentsA);
    b += coveredLength(segmentsB);
    both += overlapLength(segmentsA, segmentsB);
}

std::optional<Fraction> PointCounts::percent() const
{
    if (total <= 0)
        return std::nullopt;
    return Fraction::of(Int128(both) + neither(), total);
}

std::optional<Fraction> PointCounts::kappa() const
{
    // kappa = (N·agreed − chance) / (N² − chance), chance = a·b + (N−a)(N−b).
    const Int128 n = total;
    const Int128 chance = Int128(a) * b + (n - a) * (n - b);
    const Int128 denominator = n * n - chance;
    if (denominator == 0)
        return std::nullopt;
    return Fraction::of(n * (Int128(both) + neither()) - chance, denominator);
}

}  // namespace crosscut::team
