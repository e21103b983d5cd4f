#pragma once
// One continuum (a document's text, in code points, end-exclusive) and what
// two coders' segments on it have in common, counted per code point.

#include "team/fraction.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace crosscut::team {

// [start, end) on a continuum with a value: 1 for "coded" on a two-category
// continuum, a dimension's value (1 … k) otherwise. Gaps are not listed.
struct Segment {
    qint64 start = 0;
    qint64 end = 0;
    int value = 1;
    qint64 length() const { return end - start; }
    friend bool operator==(const Segment &, const Segment &) = default;
};
using Segments = std::vector<Segment>;

// Sorts spans and merges those that overlap or touch; every result has `value`.
Segments mergeSegments(Segments spans, int value = 1);
// Code points covered by sorted segments that do not overlap one another.
qint64 coveredLength(const Segments &segments);
// Code points covered by both sides (each sorted, not overlapping within itself).
qint64 overlapLength(const Segments &a, const Segments &b);
// Where the first two of sorted segments overlap (share a code point): the
// first shared code point; nullopt when none do (touching is no overlap).
std::optional<qint64> firstOverlap(const Segments &sortedByStart);

// Per-code-point counts of two coders on one code, summed over continua.
struct PointCounts {
    qint64 total = 0;  // all code points
    qint64 a = 0;      // coded by A
    qint64 b = 0;      // coded by B
    qint64 both = 0;   // coded by both
    qint64 neither() const { return total - a - b + both; }

    // Adds a continuum of `length` code points with A's and B's merged segments.
    void add(qint64 length, const Segments &segmentsA, const Segments &segmentsB);
    // (both + neither) / total; nullopt without code points.
    std::optional<Fraction> percent() const;
    // Cohen's kappa per code point: (Po − Pe) / (1 − Pe) with
    // Pe = (a·b + (N−a)(N−b)) / N²; nullopt when 1 − Pe = 0.
    std::optional<Fraction> kappa() const;
};

}  // namespace crosscut::team
