#include "team/fraction.h"

namespace crosscut::team {

namespace {

Int128 magnitude(Int128 v) { return v < 0 ? -v : v; }

Int128 greatestCommonDivisor(Int128 a, Int128 b)
{
    a = magnitude(a);
    b = magnitude(b);
    while (b != 0) {
        const Int128 r = a % b;
        a = b;
        b = r;
    }
    return a;
}

QString digits(Int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    QString out;
    for (Int128 m = magnitude(v); m > 0; m /= 10)
        out.prepend(QLatin1Char(static_cast<char>('0' + static_cast<int>(m % 10))));
    return negative ? QLatin1Char('-') + out : out;
}

}  // namespace

Fraction Fraction::of(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 g = greatestCommonDivisor(numerator, denominator);
    if (g > 1) {
        numerator /= g;
        denominator /= g;
    }
    return Fraction{numerator, denominator};
}

double Fraction::toDouble() const
{
    return static_cast<double>(static_cast<long double>(numerator) / static_cast<long double>(denominator));
}

QString Fraction::toString() const
{
    return denominator == 1 ? digits(numerator) : digits(numerator) + QLatin1Char('/') + digits(denominator);
}

}  // namespace crosscut::team
