#pragma once
// An exact fraction of 128-bit integers, for agreement measures computed
// without rounding (team/unitizedalpha.h, team/continuum.h).

#include <QString>

namespace crosscut::team {

__extension__ typedef __int128 Int128;

struct Fraction {
    Int128 numerator = 0;
    Int128 denominator = 1;  // > 0, and the fraction is in lowest terms

    // numerator / denominator in lowest terms; denominator must not be 0.
    static Fraction of(Int128 numerator, Int128 denominator);
    double toDouble() const;
    QString toString() const;  // "307/1024", "-1/3", "1"

    friend bool operator==(const Fraction &, const Fraction &) = default;
};

}  // namespace crosscut::team
