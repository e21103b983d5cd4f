// Inter-coder agreement per code and per dimension (see agreement.h): each
// coder's segments are loaded once (team/codersegments.h), then every pair of
// coders is swept document by document with the exact measures of
// team/continuum.h and team/unitizedalpha.h.
#include "team/agreement.h"

#include "model/codepath.h"
#include "project/project.h"
#include "team/codersegments.h"
#include "team/unitizedalpha.h"

#include <QHash>

#include <algorithm>

namespace crosscut::team {

namespace {

std::optional<double> toDouble(const std::optional<Fraction> &f)
{
    return f ? std::optional<double>(f->toDouble()) : std::nullopt;
}

QString quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

// The codebook in order, with paths and each code's children.
struct Codebook {
    QList<Code> codes;
    QHash<Id, int> index;
    QStringList paths;
    QHash<Id, QList<Id>> children;

    explicit Codebook(Project &project) : codes(project.codes())
    {
        for (qsizetype i = 0; i < codes.size(); ++i)
            index.insert(codes[i].id, static_cast<int>(i));
        for (const Code &c : std::as_const(codes)) {
            QStringList names;
            std::optional<Id> at = c.id;
            for (int guard = 0; at && index.contains(*at) && guard < 1000; ++guard) {
                const Code &up = codes[index.value(*at)];
                names.prepend(up.name);
                at = up.parentId;
            }
            paths.append(codepath::join(names));
            if (c.parentId)
                children[*c.parentId].append(c.id);
        }
    }
    const Code &code(Id id) const { return codes[index.value(id)]; }
    QString path(Id id) const { return paths[index.value(id)]; }
};

// Walks a coder's per-document entries in step with the documents.
class Cursor {
public:
    explicit Cursor(const std::vector<DocumentSegments> &list) : m_list(list) {}
    const DocumentSegments *at(int document)
    {
        while (m_next < m_list.size() && m_list[m_next].document < document)
            ++m_next;
        return m_next < m_list.size() && m_list[m_next].document == document ? &m_list[m_next] : nullptr;
    }
    const Segments &segments(int document)
    {
        static const Segments none;
        const DocumentSegments *d = at(document);
        return d ? d->segments : none;
    }

private:
    const std::vector<DocumentSegments> &m_list;
    size_t m_next = 0;
};

CodeAgreement codeAgreement(const CoderSegments &segments, const Codebook &book, Id code, int i, int j,
                            const QStringList &coders)
{
    PointCounts counts;
    UnitizedAlpha alpha(1);
    Cursor a(segments.of(code, i));
    Cursor b(segments.of(code, j));
    for (qsizetype d = 0; d < segments.documents().size(); ++d) {
        const int document = static_cast<int>(d);
        const qint64 length = segments.documents()[d].length;
        const Segments &sa = a.segments(document);
        const Segments &sb = b.segments(document);
        counts.add(length, sa, sb);
        alpha.add(length, sa, sb);
    }
    CodeAgreement out;
    out.code = code;
    out.path = book.path(code);
    out.isDimension = book.code(code).isDimension;
    out.a = counts.a;
    out.b = counts.b;
    out.both = counts.both;
    out.total = counts.total;
    out.percent = toDouble(counts.percent());
    out.kappa = toDouble(counts.kappa());
    // Alpha is left undefined, not merely low, when a coder coded nothing of the code.
    if (counts.a > 0 && counts.b > 0)
        out.alpha = toDouble(alpha.alpha());

    QStringList reasons;
    if (!out.percent) {
        reasons << QStringLiteral("the selected documents hold no text");
    } else if (counts.a == 0 && counts.b == 0) {
        reasons << QStringLiteral("coder %1 and coder %2 did not code %3 (kappa and alpha are undefined)")
                       .arg(quoted(coders[i]), quoted(coders[j]), out.path);
    } else {
        if (!out.kappa)
            reasons << QStringLiteral("kappa is undefined: both coders coded all of the text");
        if (counts.a == 0)
            reasons << QStringLiteral("coder %1 did not code %2").arg(quoted(coders[i]), out.path);
        if (counts.b == 0)
            reasons << QStringLiteral("coder %1 did not code %2").arg(quoted(coders[j]), out.path);
        // D_e = 0 only when a single category is used: here, coded everywhere.
        if (!out.alpha && counts.a > 0 && counts.b > 0)
            reasons << QStringLiteral("alpha is undefined: both coders coded all of the text");
    }
    out.reason = reasons.join(QStringLiteral("; "));
    return out;
}

DimensionAgreement dimensionAgreement(const CoderSegments &segments, const Codebook &book, Id dimension, int i, int j,
                                      const QStringList &coders)
{
    DimensionAgreement out;
    out.dimension = dimension;
    out.name = book.path(dimension);
    const QList<Id> values = book.children.value(dimension);
    if (values.isEmpty()) {
        out.reason = QStringLiteral("%1 has no values").arg(out.name);
        return out;
    }
    const int pair[2] = {i, j};
    std::vector<Cursor> cursors[2];
    for (int side = 0; side < 2; ++side)
        for (const Id v : values)
            cursors[side].emplace_back(segments.of(v, pair[side]));
    CuAlpha cu(static_cast<int>(values.size()));
    bool coded[2] = {false, false};
    for (qsizetype d = 0; d < segments.documents().size(); ++d) {
        Segments valued[2];
        for (int side = 0; side < 2; ++side) {
            for (size_t v = 0; v < cursors[side].size(); ++v)
                for (const Segment &s : cursors[side][v].segments(static_cast<int>(d)))
                    valued[side].push_back(Segment{s.start, s.end, static_cast<int>(v) + 1});
            std::sort(valued[side].begin(), valued[side].end(),
                      [](const Segment &x, const Segment &y) { return x.start != y.start ? x.start < y.start : x.end < y.end; });
            coded[side] = coded[side] || !valued[side].empty();
        }
        // cu-alpha is defined only when neither coder's values overlap.
        std::optional<qint64> first[2] = {firstOverlap(valued[0]), firstOverlap(valued[1])};
        if (first[0] || first[1]) {
            const int side = !first[1] || (first[0] && *first[0] <= *first[1]) ? 0 : 1;
            const qint64 at = *first[side];
            QStringList names;
            for (const Segment &s : valued[side]) {
                const QString name = quoted(book.code(values[s.value - 1]).name);
                if (s.start <= at && at < s.end && !names.contains(name))
                    names << name;
            }
            out.reason = QStringLiteral("cu-alpha needs each coder's values of %1 apart, but coder %2 coded %3 "
                                        "overlapping in document %4 at code point %5")
                             .arg(out.name, quoted(coders[pair[side]]), names.join(QStringLiteral(" and ")),
                                  quoted(segments.documents()[d].name))
                             .arg(at);
            return out;
        }
        cu.add(valued[0], valued[1]);
    }
    for (int side = 0; side < 2; ++side) {
        if (!coded[side]) {
            out.reason = QStringLiteral("coder %1 did not code any value of %2").arg(quoted(coders[pair[side]]), out.name);
            return out;
        }
    }
    out.cuAlpha = toDouble(cu.alpha());
    if (!out.cuAlpha)
        out.reason = cu.coincidences().total() == 0
                         ? QStringLiteral("no segments of the two coders with values of %1 overlap").arg(out.name)
                         : QStringLiteral("cu-alpha is undefined: where the coders' segments overlap they carry only "
                                          "one value of %1")
                               .arg(out.name);
    return out;
}

// A measure's mean over the pairs where it is defined.
std::optional<double> mean(const QList<std::optional<double>> &values)
{
    double sum = 0;
    int n = 0;
    for (const auto &v : values) {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

// The reasons of the pairs, each named, for the measures the mean lacks.
QString meanReason(const QList<PairAgreement> &pairs, const QList<QString> &reasons)
{
    QStringList out;
    for (qsizetype p = 0; p < pairs.size(); ++p)
        if (!reasons[p].isEmpty())
            out << QStringLiteral("%1 and %2: %3").arg(quoted(pairs[p].coderA), quoted(pairs[p].coderB), reasons[p]);
    return out.join(QStringLiteral("; "));
}

void addMeans(AgreementReport &report)
{
    const QList<PairAgreement> &pairs = report.pairs;
    if (pairs.size() == 1) {
        report.meanCodes = pairs.first().codes;
        report.meanDimensions = pairs.first().dimensions;
        return;
    }
    for (qsizetype c = 0; c < pairs.first().codes.size(); ++c) {
        CodeAgreement m = pairs.first().codes[c];
        QList<std::optional<double>> percent, kappa, alpha;
        QList<QString> reasons;
        double a = 0, b = 0, both = 0;
        for (const PairAgreement &p : pairs) {
            const CodeAgreement &x = p.codes[c];
            percent << x.percent;
            kappa << x.kappa;
            alpha << x.alpha;
            reasons << x.reason;
            a += static_cast<double>(x.a);
            b += static_cast<double>(x.b);
            both += static_cast<double>(x.both);
        }
        const double n = static_cast<double>(pairs.size());
        m.a = qRound64(a / n);
        m.b = qRound64(b / n);
        m.both = qRound64(both / n);
        m.percent = mean(percent);
        m.kappa = mean(kappa);
        m.alpha = mean(alpha);
        m.reason = m.percent && m.kappa && m.alpha ? QString() : meanReason(pairs, reasons);
        report.meanCodes.append(m);
    }
    for (qsizetype d = 0; d < pairs.first().dimensions.size(); ++d) {
        DimensionAgreement m = pairs.first().dimensions[d];
        QList<std::optional<double>> cu;
        QList<QString> reasons;
        for (const PairAgreement &p : pairs) {
            cu << p.dimensions[d].cuAlpha;
            reasons << p.dimensions[d].reason;
        }
        m.cuAlpha = mean(cu);
        m.reason = m.cuAlpha ? QString() : meanReason(pairs, reasons);
        report.meanDimensions.append(m);
    }
}

}  // namespace

Result<AgreementReport> computeAgreement(Project &project, const AgreementOptions &options)
{
    if (options.coders.size() < 2)
        return makeError(ErrorKind::Invalid, QStringLiteral("agreement needs two or more coders"));
    for (qsizetype i = 0; i < options.coders.size(); ++i)
        if (options.coders.indexOf(options.coders[i]) != i)
            return makeError(ErrorKind::Invalid, QStringLiteral("coder %1 is named twice").arg(quoted(options.coders[i])));

    const Codebook book(project);
    QList<Id> selected;  // codebook order
    for (const Id id : options.codes)
        if (!book.index.contains(id))
            return makeError(ErrorKind::NotFound, QStringLiteral("no code with id #%1").arg(id));
    for (const Code &c : book.codes)
        if (options.codes.isEmpty() || options.codes.contains(c.id))
            selected.append(c.id);
    // Each selected dimension also needs its values' segments.
    QList<Id> wanted = selected;
    for (const Id id : std::as_const(selected))
        if (book.code(id).isDimension)
            wanted += book.children.value(id);

    auto segments = CoderSegments::load(project, options.coders, book.codes, wanted, options.documents);
    if (!segments)
        return segments.error();

    AgreementReport report;
    report.coders = options.coders;
    for (const Document &d : segments->documents())
        report.documents.append(d.id);
    for (int i = 0; i < options.coders.size(); ++i) {
        for (int j = i + 1; j < options.coders.size(); ++j) {
            PairAgreement pair;
            pair.coderA = options.coders[i];
            pair.coderB = options.coders[j];
            for (const Id id : std::as_const(selected)) {
                pair.codes.append(codeAgreement(*segments, book, id, i, j, options.coders));
                if (book.code(id).isDimension)
                    pair.dimensions.append(dimensionAgreement(*segments, book, id, i, j, options.coders));
            }
            report.pairs.append(pair);
        }
    }
    addMeans(report);
    return report;
}

}  // namespace crosscut::team
