// The agreement measures on bare continua, as exact fractions: the values
// published with the unitized alpha family and small hand-computed cases.
#include "team/continuum.h"
#include "team/unitizedalpha.h"

#include <gtest/gtest.h>

#include <ostream>

namespace crosscut::team {
// Readable failures: "307/1024" instead of bytes.
void PrintTo(const Fraction &f, std::ostream *os) { *os << f.toString().toStdString(); }
}  // namespace crosscut::team

using namespace crosscut::team;

namespace {

Fraction frac(long long n, long long d) { return Fraction::of(n, d); }

// The published example: a continuum of 20 code points.
const qint64 kLength = 20;
const Segments kCoder1 = {{2, 5, 1}, {9, 11, 1}, {12, 20, 2}};
const Segments kCoder2 = {{2, 5, 1}, {7, 15, 2}};

// The segments of one value, as "coded" on a two-category continuum.
Segments only(const Segments &s, int value)
{
    Segments out;
    for (const Segment &x : s)
        if (x.value == value)
            out.push_back(Segment{x.start, x.end, 1});
    return out;
}

std::optional<Fraction> binaryAlpha(qint64 length, const Segments &a, const Segments &b)
{
    UnitizedAlpha u(1);
    u.add(length, a, b);
    return u.alpha();
}

}  // namespace

TEST(AgreementMath, FractionsAreKeptInLowestTerms)
{
    EXPECT_EQ(Fraction::of(14340, 20480), frac(717, 1024));
    EXPECT_EQ(Fraction::of(3, -6), frac(-1, 2));
    EXPECT_EQ(Fraction::of(0, 5).toString(), QStringLiteral("0"));
    EXPECT_EQ(frac(307, 1024).toString(), QStringLiteral("307/1024"));
    EXPECT_DOUBLE_EQ(frac(1, 4).toDouble(), 0.25);
}

TEST(AgreementMath, PublishedUnitizedAlphaOverBothValues)
{
    UnitizedAlpha u(2);
    u.add(kLength, kCoder1, kCoder2);
    // The coincidences of the worked example: gap/gap 8, gap/2 8, 1/1 6, 1/2 2, 2/2 6.
    EXPECT_EQ(static_cast<long long>(u.coincidences().observed(0, 0)), 8);
    EXPECT_EQ(static_cast<long long>(u.coincidences().observed(0, 2)), 8);
    EXPECT_EQ(static_cast<long long>(u.coincidences().observed(1, 2)), 2);
    EXPECT_EQ(static_cast<long long>(u.coincidences().total()), 40);
    ASSERT_TRUE(u.alpha().has_value());
    EXPECT_EQ(*u.alpha(), frac(307, 1024));
}

TEST(AgreementMath, PublishedCuAlpha)
{
    CuAlpha cu(2);
    cu.add(kCoder1, kCoder2);
    ASSERT_TRUE(cu.alpha().has_value());
    EXPECT_EQ(*cu.alpha(), frac(39, 64));
}

TEST(AgreementMath, PublishedAlphaPerValue)
{
    EXPECT_EQ(binaryAlpha(kLength, only(kCoder1, 1), only(kCoder2, 1)), frac(1787, 2560));
    EXPECT_EQ(binaryAlpha(kLength, only(kCoder1, 2), only(kCoder2, 2)), frac(11, 192));
}

TEST(AgreementMath, PublishedValuesAreSymmetricInTheCoders)
{
    UnitizedAlpha u(2);
    u.add(kLength, kCoder2, kCoder1);
    EXPECT_EQ(u.alpha(), frac(307, 1024));
    CuAlpha cu(2);
    cu.add(kCoder2, kCoder1);
    EXPECT_EQ(cu.alpha(), frac(39, 64));
}

TEST(AgreementMath, KappaPerCodePoint)
{
    PointCounts p;
    p.add(100, {{0, 40, 1}}, {{20, 60, 1}});
    EXPECT_EQ(p.a, 40);
    EXPECT_EQ(p.b, 40);
    EXPECT_EQ(p.both, 20);
    EXPECT_EQ(p.neither(), 40);
    EXPECT_EQ(p.kappa(), frac(1, 6));
    EXPECT_NEAR(p.kappa()->toDouble(), 0.1667, 5e-5);
    EXPECT_EQ(p.percent(), frac(3, 5));
}

TEST(AgreementMath, IdenticalCodersAgreeFully)
{
    const Segments s = {{3, 9, 1}, {12, 15, 1}};
    PointCounts p;
    p.add(30, s, s);
    EXPECT_EQ(p.percent(), frac(1, 1));
    EXPECT_EQ(p.kappa(), frac(1, 1));
    EXPECT_EQ(binaryAlpha(30, s, s), frac(1, 1));
    CuAlpha cu(2);
    cu.add({{3, 9, 1}, {12, 15, 2}}, {{3, 9, 1}, {12, 15, 2}});
    EXPECT_EQ(cu.alpha(), frac(1, 1));
}

TEST(AgreementMath, DisjointCoders)
{
    // A codes [0,10), B [10,20) of 20: no code point agreed.
    PointCounts p;
    p.add(20, {{0, 10, 1}}, {{10, 20, 1}});
    EXPECT_EQ(p.percent(), frac(0, 1));
    EXPECT_EQ(p.kappa(), frac(-1, 1));  // Po = 0, Pe = 1/2
    // uα by hand: l_11 = l_gg = 0, l_1g = l_g1 = 20, l.. = 40, Σw_1 = 200, Σw_g = 20;
    // Σe_cc = (400 − 200 + 400 − 20) / (40 − 220/40) = 580/34.5, D_o = 40,
    // alpha = 1 − 40 / (40 − 580/34.5) = −29/40.
    EXPECT_EQ(binaryAlpha(20, {{0, 10, 1}}, {{10, 20, 1}}), frac(-29, 40));
}

TEST(AgreementMath, UndefinedMeasures)
{
    PointCounts none;
    none.add(50, {}, {});
    EXPECT_EQ(none.percent(), frac(1, 1));
    EXPECT_FALSE(none.kappa().has_value());  // Pe = 1
    PointCounts all;
    all.add(50, {{0, 50, 1}}, {{0, 50, 1}});
    EXPECT_FALSE(all.kappa().has_value());
    EXPECT_FALSE(binaryAlpha(50, {{0, 50, 1}}, {{0, 50, 1}}).has_value());  // D_e = 0
    EXPECT_FALSE(binaryAlpha(50, {}, {}).has_value());
    EXPECT_FALSE(PointCounts{}.percent().has_value());
    CuAlpha cu(2);
    cu.add({{0, 5, 1}}, {{5, 9, 2}});  // no valued overlap at all
    EXPECT_FALSE(cu.alpha().has_value());
}

TEST(AgreementMath, SumsOverContinuaEqualOneContinuumWhenNothingCrossesTheSeam)
{
    // Two continua [0,20) and [0,20) side by side are one of 40 when no
    // segment touches the seam; the sums must not depend on the split.
    const Segments a1 = {{2, 5, 1}, {9, 11, 1}};
    const Segments b1 = {{2, 6, 1}};
    const Segments a2 = {{1, 7, 1}};
    const Segments b2 = {{3, 9, 1}, {15, 18, 1}};
    UnitizedAlpha split(1);
    split.add(20, a1, b1);
    split.add(20, a2, b2);
    auto shifted = [](Segments s) {
        for (Segment &x : s) {
            x.start += 20;
            x.end += 20;
        }
        return s;
    };
    Segments a = a1, b = b1;
    for (const Segment &x : shifted(a2))
        a.push_back(x);
    for (const Segment &x : shifted(b2))
        b.push_back(x);
    EXPECT_EQ(split.alpha(), binaryAlpha(40, a, b));
    ASSERT_TRUE(split.alpha().has_value());
}

TEST(AgreementMath, MergingAndOverlaps)
{
    EXPECT_EQ(mergeSegments({{5, 9, 1}, {0, 3, 1}, {3, 4, 1}, {8, 12, 1}}),
              (Segments{{0, 4, 1}, {5, 12, 1}}));  // touching [0,3) + [3,4) merge
    EXPECT_EQ(overlapLength({{0, 4, 1}, {5, 12, 1}}, {{2, 6, 1}, {11, 20, 1}}), 2 + 1 + 1);
    EXPECT_EQ(firstOverlap({{0, 4, 1}, {4, 6, 2}, {8, 12, 1}}), std::nullopt);
    EXPECT_EQ(firstOverlap({{0, 4, 1}, {4, 10, 2}, {8, 12, 1}}), 8);
}
