#include "analysis/casequotes.h"

#include <cmath>

namespace crosscut::analysis {

std::vector<std::vector<int>> quotesByCase(const Snapshot &s, const QuoteSelection &sel)
{
    std::vector<std::vector<int>> out(s.cases().size());
    for (size_t i = 0; i < s.quotes().size(); ++i) {
        const auto &q = s.quotes()[i];
        if (q.cases.empty() || !sel.keeps(q))
            continue;
        for (const int c : q.cases)
            out[static_cast<size_t>(c)].push_back(static_cast<int>(i));
    }
    return out;
}

bool nameLess(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

std::pair<double, double> meanAndSpread(const std::vector<double> &values)
{
    if (values.empty())
        return {0.0, 0.0};
    double sum = 0;
    for (const double v : values)
        sum += v;
    const double mean = sum / static_cast<double>(values.size());
    double squares = 0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, std::sqrt(squares / static_cast<double>(values.size()))};
}

}  // namespace crosscut::analysis
