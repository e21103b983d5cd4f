#include "analysis/suggestedmatrix.h"

#include "analysis/snapshot.h"

#include <algorithm>
#include <map>

namespace crosscut::analysis {

MatrixRequest suggestedMatrix(const Snapshot &snapshot)
{
    const auto &codes = snapshot.codes();
    // The dimension each code counts for: its nearest dimension ancestor (a
    // dimension's values, and codes below them).
    std::vector<int> dimensionOf(codes.size(), -1);
    std::vector<int> dimensions;  // code indices, codebook order
    for (size_t i = 0; i < codes.size(); ++i) {
        if (codes[i].isDimension)
            dimensions.push_back(int(i));
        for (int at = codes[i].parent; at >= 0; at = codes[size_t(at)].parent)
            if (codes[size_t(at)].isDimension) {
                dimensionOf[i] = at;
                break;
            }
    }
    MatrixRequest request;
    request.rows.kind = AxisSpec::Kind::Documents;
    request.columns.kind = AxisSpec::Kind::Documents;
    if (dimensions.empty())
        return request;
    auto useDimension = [&codes](AxisSpec &axis, int code) {
        axis.kind = AxisSpec::Kind::Dimension;
        axis.dimension = codes[size_t(code)].path;
    };
    useDimension(request.rows, dimensions.front());
    if (dimensions.size() == 1)
        return request;
    useDimension(request.columns, dimensions[1]);

    // Quotes carrying each pair of dimensions (first < second, codebook order
    // since code indices are in codebook order).
    std::map<std::pair<int, int>, qint64> together;
    const auto &codings = snapshot.codings();
    std::vector<int> carried;
    for (const auto &quote : snapshot.quotes()) {
        carried.clear();
        for (std::uint32_t k = quote.firstCoding; k < quote.endCoding; ++k)
            if (const int d = dimensionOf[size_t(codings[k].code)]; d >= 0)
                carried.push_back(d);
        std::sort(carried.begin(), carried.end());
        carried.erase(std::unique(carried.begin(), carried.end()), carried.end());
        for (size_t a = 0; a < carried.size(); ++a)
            for (size_t b = a + 1; b < carried.size(); ++b)
                ++together[{carried[a], carried[b]}];
    }
    qint64 best = 0;
    for (const auto &[pair, n] : together)  // map order: codebook order, so ties keep the earlier pair
        if (n > best) {
            best = n;
            useDimension(request.rows, pair.first);
            useDimension(request.columns, pair.second);
        }
    return request;
}

}  // namespace crosscut::analysis
