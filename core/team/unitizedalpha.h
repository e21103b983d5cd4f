#pragma once
// Krippendorff's unitized alpha family for two coders (Krippendorff, Mathet,
// Bouvry, Kreutz & Fasolo 2016, Quality & Quantity 50: 2347–2364), summed
// exactly over continua. Each coder partitions a continuum into segments
// carrying a value 1 … k and gaps (category 0).
//
// uα: l_ck = Σ over the ordered coder pairs (i, j), i ≠ j, of the overlap of
// i's c-segments with j's k-segments, divided by m − 1 (m = 2 here);
//   e_ck = (l_c· l_k − [c = k] Σw_c) / (l.. − Σw / l..),
// w a segment's length² for valued segments and its length for gaps;
//   uα = 1 − (l.. − Σ l_cc) / (l.. − Σ e_cc).
// cu-α: the same over the valued segments only (l_ck counts overlaps of
// valued segments) with w, per segment, the square of its overlap with the
// other coder's valued segments.

#include "team/continuum.h"

#include <optional>
#include <vector>

namespace crosscut::team {

// Coincidences and weights summed over continua; alpha from them.
class Coincidences {
public:
    explicit Coincidences(int categories);  // categories 0 … categories − 1
    int categories() const { return m_categories; }
    Int128 observed(int c, int k) const { return m_observed[index(c, k)]; }  // l_ck
    Int128 total() const;                                                      // l..
    void addObserved(int c, int k, Int128 length);  // adds to l_ck and l_kc
    void addWeight(int c, Int128 w) { m_weights[static_cast<size_t>(c)] += w; }
    // 1 − D_o / D_e; nullopt when l.. = 0 or D_e = 0.
    std::optional<Fraction> alpha() const;

private:
    size_t index(int c, int k) const { return static_cast<size_t>(c) * static_cast<size_t>(m_categories) + static_cast<size_t>(k); }
    int m_categories;
    std::vector<Int128> m_observed;
    std::vector<Int128> m_weights;
};

// uα over {gap, 1 … values}.
class UnitizedAlpha {
public:
    explicit UnitizedAlpha(int values = 1) : m_sums(values + 1) {}
    // A continuum [0, length): each coder's segments sorted, inside it and
    // not overlapping one another (merge them first), values 1 … values.
    void add(qint64 length, const Segments &a, const Segments &b);
    std::optional<Fraction> alpha() const { return m_sums.alpha(); }
    const Coincidences &coincidences() const { return m_sums; }

private:
    Coincidences m_sums;
};

// cu-α over the values 1 … values (gaps left out).
class CuAlpha {
public:
    explicit CuAlpha(int values) : m_sums(values) {}
    // Each coder's valued segments on one continuum, sorted, not overlapping
    // one another (firstOverlap says where they do).
    void add(const Segments &a, const Segments &b);
    std::optional<Fraction> alpha() const { return m_sums.alpha(); }
    const Coincidences &coincidences() const { return m_sums; }

private:
    Coincidences m_sums;  // value v is category v − 1
};

}  // namespace crosscut::team
