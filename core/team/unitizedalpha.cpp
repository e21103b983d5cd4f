#include "team/unitizedalpha.h"

#include <algorithm>

namespace crosscut::team {

Coincidences::Coincidences(int categories)
    : m_categories(categories),
      m_observed(static_cast<size_t>(categories) * static_cast<size_t>(categories), 0),
      m_weights(static_cast<size_t>(categories), 0)
{
}

Int128 Coincidences::total() const
{
    Int128 n = 0;
    for (const Int128 v : m_observed)
        n += v;
    return n;
}

void Coincidences::addObserved(int c, int k, Int128 length)
{
    m_observed[index(c, k)] += length;
    m_observed[index(k, c)] += length;
}

std::optional<Fraction> Coincidences::alpha() const
{
    // With L = l.., W = Σw and S = Σ_c (l_c² − Σw_c):
    //   Σ e_cc = S / (L − W/L) = S·L / (L² − W),
    //   D_e = L − Σ e_cc = L (L² − W − S) / (L² − W),   D_o = L − Σ l_cc,
    //   alpha = 1 − D_o (L² − W) / (L (L² − W − S)).
    const Int128 l = total();
    if (l == 0)
        return std::nullopt;
    Int128 w = 0;
    Int128 s = 0;
    Int128 agreed = 0;
    for (int c = 0; c < m_categories; ++c) {
        Int128 marginal = 0;
        for (int k = 0; k < m_categories; ++k)
            marginal += observed(c, k);
        w += m_weights[static_cast<size_t>(c)];
        s += marginal * marginal - m_weights[static_cast<size_t>(c)];
        agreed += observed(c, c);
    }
    const Int128 pairable = l * l - w;
    const Int128 expected = l * (pairable - s);
    if (pairable == 0 || expected == 0)
        return std::nullopt;
    const Int128 observedDisagreement = l - agreed;
    return Fraction::of(expected - observedDisagreement * pairable, expected);
}

namespace {

// The segments and the gaps between them, covering [0, length); gaps have value 0.
Segments partition(qint64 length, const Segments &segments)
{
    Segments out;
    out.reserve(segments.size() * 2 + 1);
    qint64 at = 0;
    for (const Segment &s : segments) {
        if (s.start > at)
            out.push_back(Segment{at, s.start, 0});
        out.push_back(s);
        at = s.end;
    }
    if (length > at)
        out.push_back(Segment{at, length, 0});
    return out;
}

}  // namespace

void UnitizedAlpha::add(qint64 length, const Segments &a, const Segments &b)
{
    if (a.empty() && b.empty()) {  // all gap: the common case of a code absent from a document
        m_sums.addObserved(0, 0, length);
        m_sums.addWeight(0, 2 * Int128(length));
        return;
    }
    const Segments pa = partition(length, a);
    const Segments pb = partition(length, b);
    for (const Segments *p : {&pa, &pb})
        for (const Segment &s : *p)
            m_sums.addWeight(s.value, s.value == 0 ? Int128(s.length()) : Int128(s.length()) * s.length());
    // Both partitions cover [0, length): sweep their common refinement.
    size_t i = 0;
    size_t j = 0;
    while (i < pa.size() && j < pb.size()) {
        const qint64 from = std::max(pa[i].start, pb[j].start);
        const qint64 to = std::min(pa[i].end, pb[j].end);
        if (to > from)
            m_sums.addObserved(pa[i].value, pb[j].value, to - from);
        if (pa[i].end < pb[j].end)
            ++i;
        else
            ++j;
    }
}

void CuAlpha::add(const Segments &a, const Segments &b)
{
    std::vector<qint64> overlapA(a.size(), 0);
    std::vector<qint64> overlapB(b.size(), 0);
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 from = std::max(a[i].start, b[j].start);
        const qint64 to = std::min(a[i].end, b[j].end);
        if (to > from) {
            m_sums.addObserved(a[i].value - 1, b[j].value - 1, to - from);
            overlapA[i] += to - from;
            overlapB[j] += to - from;
        }
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    for (size_t x = 0; x < a.size(); ++x)
        m_sums.addWeight(a[x].value - 1, Int128(overlapA[x]) * overlapA[x]);
    for (size_t y = 0; y < b.size(); ++y)
        m_sums.addWeight(b[y].value - 1, Int128(overlapB[y]) * overlapB[y]);
}

}  // namespace crosscut::team
