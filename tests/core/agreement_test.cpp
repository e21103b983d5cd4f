// Inter-coder agreement on real project files: the published values through
// a project, hand-computed cases, properties (symmetry, splitting a document
// where nobody coded), multi-document sums, descendants, merging of touching
// quotes, more than two coders, cu-alpha's overlap rule, and disagreements.
#include "project/project.h"
#include "support/testsupport.h"
#include "team/agreement.h"
#include "team/disagreements.h"
#include "team/unitizedalpha.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::team;
using namespace crosscut::test;

namespace {

// A text of n code points mixing scripts and an emoji (two UTF-16 units), so
// that counting UTF-16 units instead of code points would show.
QString text(qint64 n)
{
    static const char32_t points[] = {U'a', U'\U0001F600', U'ж', U'ق', U'न', U' '};
    std::u32string s;
    for (qint64 i = 0; i < n; ++i)
        s.push_back(points[i % 6]);
    return QString::fromStdU32String(s);
}

struct Fixture {
    TempDir dir;
    std::unique_ptr<Project> p;

    explicit Fixture(const char *name = "a.crosscut") : p(createProject(dir.path(QString::fromUtf8(name)))) {}

    Id document(const char *name, qint64 length)
    {
        return *p->addDocument({QString::fromUtf8(name), DocumentKind::Interview, text(length), {}, {}, false});
    }
    Id code(const char *name, std::optional<Id> parent = std::nullopt, bool dimension = false)
    {
        CodeSpec spec;
        spec.name = QString::fromUtf8(name);
        spec.isDimension = dimension;
        return *p->addCode(parent, spec);
    }
    Id apply(const char *coder, Id document, qint64 start, qint64 end, Id code)
    {
        p->setCurrentCoder(QString::fromUtf8(coder));
        auto quote = p->applyCode(document, start, end, code);
        EXPECT_TRUE(quote.ok()) << quote.message().toStdString();
        return quote ? *quote : 0;
    }
    AgreementReport agreement(const QStringList &coders, const QList<Id> &codes = {}, const QList<Id> &documents = {})
    {
        auto r = computeAgreement(*p, AgreementOptions{coders, codes, documents});
        EXPECT_TRUE(r.ok()) << r.message().toStdString();
        return r ? *r : AgreementReport{};
    }
};

const CodeAgreement &find(const QList<CodeAgreement> &codes, Id code)
{
    static const CodeAgreement none;
    for (const CodeAgreement &c : codes)
        if (c.code == code)
            return c;
    ADD_FAILURE() << "code " << code << " missing";
    return none;
}

double exact(long long n, long long d) { return Fraction::of(n, d).toDouble(); }

const QStringList kAB = {QStringLiteral("A"), QStringLiteral("B")};

}  // namespace

TEST(Agreement, PublishedExampleThroughAProject)
{
    Fixture f;
    const Id doc = f.document("continuum", 20);
    const Id dim = f.code("Value", std::nullopt, true);
    const Id one = f.code("1", dim);
    const Id two = f.code("2", dim);
    f.apply("A", doc, 2, 5, one);
    f.apply("A", doc, 9, 11, one);
    f.apply("A", doc, 12, 20, two);
    f.apply("B", doc, 2, 5, one);
    f.apply("B", doc, 7, 15, two);
    const AgreementReport r = f.agreement(kAB);
    ASSERT_EQ(r.pairs.size(), 1);
    EXPECT_DOUBLE_EQ(find(r.meanCodes, one).alpha.value_or(-9), exact(1787, 2560));
    EXPECT_DOUBLE_EQ(find(r.meanCodes, two).alpha.value_or(-9), exact(11, 192));
    ASSERT_EQ(r.meanDimensions.size(), 1);
    EXPECT_EQ(r.meanDimensions[0].name, QStringLiteral("Value"));
    EXPECT_DOUBLE_EQ(r.meanDimensions[0].cuAlpha.value_or(-9), exact(39, 64));
    EXPECT_TRUE(r.meanDimensions[0].reason.isEmpty());
    // Every code in codebook order, the dimension first.
    ASSERT_EQ(r.meanCodes.size(), 3);
    EXPECT_EQ(r.meanCodes[0].code, dim);
    EXPECT_TRUE(r.meanCodes[0].isDimension);
    EXPECT_EQ(r.meanCodes[2].path, QStringLiteral("Value/2"));
    EXPECT_EQ(find(r.meanCodes, two).a, 8);
    EXPECT_EQ(find(r.meanCodes, two).both, 3);
    EXPECT_EQ(find(r.meanCodes, two).total, 20);
}

TEST(Agreement, KappaOfTheIssuesExample)
{
    Fixture f;
    const Id doc = f.document("d", 100);
    const Id c = f.code("Theme");
    f.apply("A", doc, 0, 40, c);
    f.apply("B", doc, 20, 60, c);
    const CodeAgreement a = f.agreement(kAB).meanCodes.value(0);
    EXPECT_EQ(a.a, 40);
    EXPECT_EQ(a.b, 40);
    EXPECT_EQ(a.both, 20);
    EXPECT_DOUBLE_EQ(a.kappa.value_or(-9), 1.0 / 6.0);
    EXPECT_NEAR(*a.kappa, 0.1667, 5e-5);
    EXPECT_DOUBLE_EQ(a.percent.value_or(-9), 0.6);
}

TEST(Agreement, IdenticalCodersScoreOneEverywhere)
{
    Fixture f;
    const Id doc = f.document("d", 80);
    const Id dim = f.code("Leadership", std::nullopt, true);
    const Id v1 = f.code("Provider-led", dim);
    const Id v2 = f.code("Key population-led", dim);
    for (const char *coder : {"A", "B"}) {
        f.apply(coder, doc, 3, 17, v1);
        f.apply(coder, doc, 30, 44, v2);
        f.apply(coder, doc, 60, 61, v1);
    }
    const AgreementReport r = f.agreement(kAB);
    for (const CodeAgreement &c : r.meanCodes) {
        EXPECT_DOUBLE_EQ(c.percent.value_or(-9), 1.0) << c.path.toStdString();
        EXPECT_DOUBLE_EQ(c.kappa.value_or(-9), 1.0) << c.path.toStdString();
        EXPECT_DOUBLE_EQ(c.alpha.value_or(-9), 1.0) << c.path.toStdString();
        EXPECT_TRUE(c.reason.isEmpty());
    }
    EXPECT_DOUBLE_EQ(r.meanDimensions.value(0).cuAlpha.value_or(-9), 1.0);
}

TEST(Agreement, DisjointCoders)
{
    Fixture f;
    const Id doc = f.document("d", 20);
    const Id c = f.code("Theme");
    f.apply("A", doc, 0, 10, c);
    f.apply("B", doc, 10, 20, c);
    const CodeAgreement a = f.agreement(kAB).meanCodes.value(0);
    EXPECT_EQ(a.both, 0);
    EXPECT_DOUBLE_EQ(a.percent.value_or(-9), 0.0);
    EXPECT_DOUBLE_EQ(a.kappa.value_or(-9), -1.0);
    EXPECT_DOUBLE_EQ(a.alpha.value_or(-9), exact(-29, 40));  // computed by hand in agreement_math_test.cpp
}

TEST(Agreement, OneCoderEmptyLeavesAlphaUndefinedWithAReason)
{
    Fixture f;
    const Id doc = f.document("d", 50);
    const Id c = f.code("Theme");
    const Id other = f.code("Other");
    f.apply("A", doc, 5, 15, c);
    f.apply("B", doc, 20, 30, other);  // B exists as a coder but never coded Theme
    const AgreementReport r = f.agreement(kAB);
    const CodeAgreement &a = find(r.meanCodes, c);
    EXPECT_FALSE(a.alpha.has_value());
    EXPECT_TRUE(a.reason.contains(QStringLiteral("coder \"B\" did not code Theme"))) << a.reason.toStdString();
    EXPECT_DOUBLE_EQ(a.kappa.value_or(-9), 0.0);  // Po = Pe
    EXPECT_DOUBLE_EQ(a.percent.value_or(-9), 0.8);
    // Nobody coded a code at all: kappa and alpha undefined, percent 1.
    const Id unused = f.code("Unused");
    const CodeAgreement u = find(f.agreement(kAB).meanCodes, unused);
    EXPECT_DOUBLE_EQ(u.percent.value_or(-9), 1.0);
    EXPECT_FALSE(u.kappa.has_value());
    EXPECT_FALSE(u.alpha.has_value());
    EXPECT_TRUE(u.reason.contains(QStringLiteral("kappa"))) << u.reason.toStdString();
    EXPECT_TRUE(u.reason.contains(QStringLiteral("coder \"A\" and coder \"B\" did not code Unused"))) << u.reason.toStdString();
    // Both coded everything: kappa and alpha undefined, percent 1.
    const Id all = f.code("All");
    f.apply("A", doc, 0, 50, all);
    f.apply("B", doc, 0, 50, all);
    const CodeAgreement e = find(f.agreement(kAB).meanCodes, all);
    EXPECT_DOUBLE_EQ(e.percent.value_or(-9), 1.0);
    EXPECT_FALSE(e.kappa.has_value());
    EXPECT_FALSE(e.alpha.has_value());
    EXPECT_TRUE(e.reason.contains(QStringLiteral("coded all of the text"))) << e.reason.toStdString();
}

TEST(Agreement, EveryMeasureIsSymmetricInTheCoders)
{
    Fixture f;
    const Id d1 = f.document("one", 400);
    const Id d2 = f.document("two", 300);
    const Id dim = f.code("Dim", std::nullopt, true);
    const QList<Id> values = {f.code("x", dim), f.code("y", dim), f.code("z", dim)};
    const Id theme = f.code("Theme");
    QRandomGenerator rng(7);
    for (const char *coder : {"A", "B"}) {
        for (const Id doc : {d1, d2}) {
            // Values side by side (cu-alpha needs them apart), themes anywhere.
            for (qint64 at = rng.bounded(10); at < 280; at += 20 + rng.bounded(20))
                f.apply(coder, doc, at, at + 5 + rng.bounded(15), values[rng.bounded(3)]);
            for (int k = 0; k < 6; ++k) {
                const qint64 start = rng.bounded(290);
                f.apply(coder, doc, start, start + 1 + rng.bounded(10), theme);
            }
        }
    }
    const AgreementReport ab = f.agreement(kAB);
    const AgreementReport ba = f.agreement({QStringLiteral("B"), QStringLiteral("A")});
    ASSERT_EQ(ab.meanCodes.size(), ba.meanCodes.size());
    for (qsizetype i = 0; i < ab.meanCodes.size(); ++i) {
        const CodeAgreement &x = ab.meanCodes[i];
        const CodeAgreement &y = ba.meanCodes[i];
        EXPECT_EQ(x.a, y.b);
        EXPECT_EQ(x.b, y.a);
        EXPECT_EQ(x.both, y.both);
        ASSERT_TRUE(x.kappa && x.alpha && y.kappa && y.alpha) << x.path.toStdString() << x.reason.toStdString();
        EXPECT_EQ(*x.percent, *y.percent);
        EXPECT_EQ(*x.kappa, *y.kappa);
        EXPECT_EQ(*x.alpha, *y.alpha);
        EXPECT_LT(*x.alpha, 1.0);
    }
    ASSERT_TRUE(ab.meanDimensions.value(0).cuAlpha.has_value()) << ab.meanDimensions.value(0).reason.toStdString();
    EXPECT_EQ(*ab.meanDimensions[0].cuAlpha, *ba.meanDimensions.value(0).cuAlpha);
}

TEST(Agreement, SplittingADocumentWhereNobodyCodedChangesNoMeasure)
{
    // One document of 200 code points against the same text as two documents
    // of 100, cut at 100 where no coding comes near.
    struct Coding {
        const char *coder;
        qint64 start, end;
    };
    std::vector<Coding> codings;
    QRandomGenerator rng(11);
    for (const char *coder : {"A", "B"}) {
        for (int k = 0; k < 8; ++k) {
            const qint64 start = rng.bounded(80);
            codings.push_back({coder, start, start + 1 + rng.bounded(std::min<qint64>(15, 97 - start))});
            const qint64 later = 103 + rng.bounded(80);
            codings.push_back({coder, later, later + 1 + rng.bounded(15)});
        }
    }
    Fixture whole("whole.crosscut");
    const Id wd = whole.document("whole", 200);
    const Id wc = whole.code("Theme");
    Fixture split("split.crosscut");
    const Id s1 = split.document("first", 100);
    const Id s2 = split.document("second", 100);
    const Id sc = split.code("Theme");
    for (const Coding &c : codings) {
        whole.apply(c.coder, wd, c.start, c.end, wc);
        if (c.start >= 100)
            split.apply(c.coder, s2, c.start - 100, c.end - 100, sc);
        else
            split.apply(c.coder, s1, c.start, c.end, sc);
    }
    const CodeAgreement w = whole.agreement(kAB).meanCodes.value(0);
    const CodeAgreement s = split.agreement(kAB).meanCodes.value(0);
    EXPECT_EQ(w.total, s.total);
    EXPECT_EQ(w.a, s.a);
    EXPECT_EQ(w.both, s.both);
    ASSERT_TRUE(w.percent && w.kappa && w.alpha && s.percent && s.kappa && s.alpha);
    EXPECT_DOUBLE_EQ(*w.percent, *s.percent);
    EXPECT_DOUBLE_EQ(*w.kappa, *s.kappa);
    EXPECT_DOUBLE_EQ(*w.alpha, *s.alpha);
}

TEST(Agreement, SumsRunOverTheSelectedDocuments)
{
    Fixture f;
    const Id d1 = f.document("one", 100);
    const Id d2 = f.document("two", 60);
    const Id d3 = f.document("three", 1000);
    const Id c = f.code("Theme");
    f.apply("A", d1, 0, 40, c);
    f.apply("B", d1, 20, 60, c);
    f.apply("A", d2, 0, 30, c);
    f.apply("B", d2, 10, 30, c);
    f.apply("A", d3, 0, 500, c);
    const CodeAgreement a = f.agreement(kAB, {}, {d1, d2}).meanCodes.value(0);
    EXPECT_EQ(a.total, 160);
    EXPECT_EQ(a.a, 70);
    EXPECT_EQ(a.b, 60);
    EXPECT_EQ(a.both, 40);
    // Po = (40 + 70)/160; Pe = (70·60 + 90·100)/160².
    const double po = 110.0 / 160.0;
    const double pe = (70.0 * 60.0 + 90.0 * 100.0) / (160.0 * 160.0);
    EXPECT_NEAR(a.kappa.value_or(-9), (po - pe) / (1 - pe), 1e-12);
    EXPECT_DOUBLE_EQ(a.percent.value_or(-9), po);
    // The per-document continua summed, as in the math's own sums.
    UnitizedAlpha u(1);
    u.add(100, {{0, 40, 1}}, {{20, 60, 1}});
    u.add(60, {{0, 30, 1}}, {{10, 30, 1}});
    EXPECT_DOUBLE_EQ(a.alpha.value_or(-9), u.alpha()->toDouble());
    EXPECT_EQ(f.agreement(kAB).meanCodes.value(0).total, 1160);
    EXPECT_EQ(f.agreement(kAB).documents, (QList<Id>{d1, d2, d3}));
}

TEST(Agreement, ACodesDescendantsCountTowardIt)
{
    Fixture f;
    const Id doc = f.document("d", 50);
    const Id parent = f.code("Collaboration");
    const Id child = f.code("Horizontal", parent);
    f.apply("A", doc, 0, 10, child);
    f.apply("B", doc, 0, 10, parent);
    const AgreementReport r = f.agreement(kAB);
    const CodeAgreement &p = find(r.meanCodes, parent);
    EXPECT_EQ(p.a, 10);
    EXPECT_EQ(p.b, 10);
    EXPECT_DOUBLE_EQ(p.alpha.value_or(-9), 1.0);
    const CodeAgreement &c = find(r.meanCodes, child);
    EXPECT_EQ(c.a, 10);
    EXPECT_EQ(c.b, 0);
    // --codes: only the codes asked for.
    EXPECT_EQ(f.agreement(kAB, {child}).meanCodes.size(), 1);
}

TEST(Agreement, TouchingQuotesMergeIntoOneSegment)
{
    Fixture f;
    const Id doc = f.document("d", 40);
    const Id c = f.code("Theme");
    f.apply("A", doc, 0, 5, c);
    f.apply("A", doc, 5, 10, c);
    f.apply("A", doc, 3, 8, c);
    f.apply("B", doc, 0, 10, c);
    // As separate segments (25 + 25 instead of 100) alpha would fall below 1.
    EXPECT_DOUBLE_EQ(f.agreement(kAB).meanCodes.value(0).alpha.value_or(-9), 1.0);
}

TEST(Agreement, MoreThanTwoCodersGiveEveryPairAndTheMeans)
{
    Fixture f;
    const Id doc = f.document("d", 100);
    const Id c = f.code("Theme");
    f.apply("A", doc, 0, 40, c);
    f.apply("B", doc, 20, 60, c);
    f.apply("C", doc, 0, 40, c);
    const QStringList coders = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    const AgreementReport r = f.agreement(coders);
    ASSERT_EQ(r.pairs.size(), 3);
    EXPECT_EQ(r.pairs[0].coderA, QStringLiteral("A"));
    EXPECT_EQ(r.pairs[0].coderB, QStringLiteral("B"));
    EXPECT_EQ(r.pairs[1].coderB, QStringLiteral("C"));
    EXPECT_EQ(r.pairs[2].coderA, QStringLiteral("B"));
    const double ab = r.pairs[0].codes.value(0).kappa.value_or(-9);
    EXPECT_DOUBLE_EQ(ab, 1.0 / 6.0);
    EXPECT_DOUBLE_EQ(r.pairs[1].codes.value(0).kappa.value_or(-9), 1.0);  // A and C coded alike
    EXPECT_DOUBLE_EQ(r.pairs[2].codes.value(0).kappa.value_or(-9), ab);
    EXPECT_DOUBLE_EQ(r.meanCodes.value(0).kappa.value_or(-9), (ab + 1.0 + ab) / 3.0);
    const double alphaAB = r.pairs[0].codes.value(0).alpha.value_or(-9);
    EXPECT_DOUBLE_EQ(r.meanCodes.value(0).alpha.value_or(-9), (alphaAB + 1.0 + alphaAB) / 3.0);
    // A mean over the pairs where a measure is defined.
    const Id lone = f.code("Lone");
    f.apply("A", doc, 0, 10, lone);
    f.apply("B", doc, 0, 10, lone);
    const CodeAgreement m = find(f.agreement(coders).meanCodes, lone);
    EXPECT_DOUBLE_EQ(m.alpha.value_or(-9), 1.0);  // only A–B defines it
    EXPECT_TRUE(m.reason.isEmpty());
}

TEST(Agreement, CuAlphaNeedsEachCodersValuesApart)
{
    Fixture f;
    f.document("first", 30);
    const Id doc = f.document("kenya", 60);
    const Id dim = f.code("Leadership", std::nullopt, true);
    const Id v1 = f.code("Provider-led", dim);
    const Id v2 = f.code("Key population-led", dim);
    f.apply("A", doc, 0, 10, v1);
    f.apply("A", doc, 10, 20, v2);  // touching is fine
    f.apply("B", doc, 0, 10, v1);
    f.apply("B", doc, 5, 20, v2);   // overlaps B's Provider-led at 5
    const DimensionAgreement d = f.agreement(kAB).meanDimensions.value(0);
    EXPECT_FALSE(d.cuAlpha.has_value());
    EXPECT_TRUE(d.reason.contains(QStringLiteral("\"kenya\""))) << d.reason.toStdString();
    EXPECT_TRUE(d.reason.contains(QStringLiteral("code point 5"))) << d.reason.toStdString();
    EXPECT_TRUE(d.reason.contains(QStringLiteral("coder \"B\""))) << d.reason.toStdString();
    // The per-code measures stay defined.
    EXPECT_TRUE(find(f.agreement(kAB).meanCodes, v2).alpha.has_value());

    // A dimension one coder gave no value: undefined, naming the coder.
    const Id origin = f.code("Origin", std::nullopt, true);
    const Id civil = f.code("Civil society", origin);
    f.code("Public sector", origin);
    f.apply("A", doc, 30, 40, civil);
    const DimensionAgreement o = f.agreement(kAB).meanDimensions.value(1);
    EXPECT_EQ(o.name, QStringLiteral("Origin"));
    EXPECT_FALSE(o.cuAlpha.has_value());
    EXPECT_TRUE(o.reason.contains(QStringLiteral("coder \"B\" did not code any value of Origin"))) << o.reason.toStdString();
}

TEST(Agreement, UnknownNamesAreErrors)
{
    Fixture f;
    const Id doc = f.document("d", 10);
    const Id c = f.code("Theme");
    f.apply("A", doc, 0, 5, c);
    f.apply("B", doc, 0, 5, c);
    auto noCoder = computeAgreement(*f.p, {{QStringLiteral("A"), QStringLiteral("Zed")}, {}, {}});
    ASSERT_FALSE(noCoder.ok());
    EXPECT_EQ(noCoder.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(noCoder.message().contains(QStringLiteral("Zed")));
    auto noCode = computeAgreement(*f.p, {kAB, {c + 100}, {}});
    ASSERT_FALSE(noCode.ok());
    EXPECT_EQ(noCode.error().kind, ErrorKind::NotFound);
    auto noDoc = computeAgreement(*f.p, {kAB, {}, {doc + 100}});
    ASSERT_FALSE(noDoc.ok());
    EXPECT_EQ(noDoc.error().kind, ErrorKind::NotFound);
    auto one = computeAgreement(*f.p, {{QStringLiteral("A")}, {}, {}});
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().kind, ErrorKind::Invalid);
    const int operations = int(f.p->history().size());
    (void)f.agreement(kAB);
    EXPECT_EQ(f.p->history().size(), operations);  // reads only
}

TEST(Disagreements, KindsOnASmallFixture)
{
    Fixture f;
    f.document("empty", 10);
    const Id doc = f.document("d", 100);
    const Id c = f.code("Theme");
    const Id sameA = f.apply("A", doc, 0, 10, c);
    const Id a1 = f.apply("A", doc, 20, 30, c);
    const Id a2 = f.apply("A", doc, 40, 45, c);
    f.apply("B", doc, 0, 10, c);  // the same quote, coded by B too
    const Id b1 = f.apply("B", doc, 22, 28, c);
    const Id b2 = f.apply("B", doc, 28, 35, c);
    const Id b3 = f.apply("B", doc, 50, 60, c);
    auto r = compareCoders(*f.p, QStringLiteral("A"), QStringLiteral("B"), c);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->agreed.size(), 1);
    EXPECT_EQ(r->agreed[0].span, (Span{0, 10}));
    EXPECT_EQ(r->agreed[0].document, doc);
    ASSERT_EQ(r->disagreements.size(), 3);
    const Disagreement &boundary = r->disagreements[0];
    EXPECT_EQ(boundary.kind, DisagreementKind::Boundary);
    EXPECT_EQ(boundary.span, (Span{20, 35}));
    EXPECT_EQ(boundary.a, (QList<Span>{{20, 30}}));
    EXPECT_EQ(boundary.b, (QList<Span>{{22, 35}}));  // B's touching quotes merged
    EXPECT_EQ(boundary.quotesA, (QList<Id>{a1}));
    EXPECT_EQ(boundary.quotesB, (QList<Id>{b1, b2}));
    EXPECT_EQ(boundary.documentName, QStringLiteral("d"));
    EXPECT_EQ(r->disagreements[1].kind, DisagreementKind::OnlyA);
    EXPECT_EQ(r->disagreements[1].span, (Span{40, 45}));
    EXPECT_EQ(r->disagreements[1].quotesA, (QList<Id>{a2}));
    EXPECT_TRUE(r->disagreements[1].b.isEmpty());
    EXPECT_EQ(r->disagreements[2].kind, DisagreementKind::OnlyB);
    EXPECT_EQ(r->disagreements[2].quotesB, (QList<Id>{b3}));
    EXPECT_NE(sameA, 0);

    // Swapping the coders swaps the sides.
    auto swapped = compareCoders(*f.p, QStringLiteral("B"), QStringLiteral("A"), c);
    ASSERT_TRUE(swapped.ok());
    EXPECT_EQ(swapped->disagreements.value(1).kind, DisagreementKind::OnlyB);
    EXPECT_EQ(swapped->disagreements.value(0).quotesB, (QList<Id>{a1}));

    const QString csv = QString::fromUtf8(disagreementsCsv(*f.p, r->disagreements));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("document,kind,start,end,a_segments,b_segments,text,context"));
    const QString stretch = f.p->documentSlice(doc, 20, 35);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("d,boundary,20,35,20-30,22-35,") + stretch + QLatin1Char(',')))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(f.p->documentSlice(doc, 0, 20) + QStringLiteral("[[") + stretch + QStringLiteral("]]")
                                  + f.p->documentSlice(doc, 35, 95)));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("d,only A,40,45,40-45,,")));

    auto unknown = compareCoders(*f.p, QStringLiteral("A"), QStringLiteral("Nobody"), c);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
}
