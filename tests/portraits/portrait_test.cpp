// Document portraits and codelines (analysis/portrait.h) on the hand-worked
// fixture of portraitfixture.cpp.
#include "analysis/portrait.h"
#include "analysis/snapshot.h"
#include "portraitfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

using namespace analysis;

struct Seg {
    qint64 start, end;
    QString code;
    QString coder;
    int lane;
    bool operator==(const Seg &) const = default;
};

std::vector<Seg> segments(const PortraitResult &r, const DocumentPortrait &d)
{
    std::vector<Seg> out;
    for (const auto &s : d.segments)
        out.push_back({s.start, s.end, r.codes[s.code].path, s.coder, s.lane});
    return out;
}

TEST(Portrait, SegmentsLanesAndColoursByHand)
{
    PortraitFixture f;
    auto r = computePortraits(*f.project);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->codes.size(), 3);
    EXPECT_EQ(r->codes[0].path, QStringLiteral("A"));
    EXPECT_EQ(r->codes[0].color, QStringLiteral("#ff0000"));
    EXPECT_EQ(r->codes[1].color, portraitPalette()[0]);
    EXPECT_EQ(r->codes[2].color, portraitPalette()[1]);
    EXPECT_EQ(r->codes[1].id, f.b);

    ASSERT_EQ(r->documents.size(), 2);
    const DocumentPortrait &one = r->documents[0];
    EXPECT_EQ(one.name, QStringLiteral("one"));
    EXPECT_EQ(one.documentId, f.one);
    EXPECT_EQ(one.length, 100);  // code points, not the 101 UTF-16 units
    EXPECT_EQ(one.lanes, 3);
    const std::vector<Seg> expected{{0, 20, QStringLiteral("A"), QStringLiteral("amina"), 0},
                                    {0, 20, QStringLiteral("B"), QStringLiteral("ben"), 1},
                                    {10, 30, QStringLiteral("B"), QStringLiteral("amina"), 2},
                                    {25, 40, QStringLiteral("A"), QStringLiteral("amina"), 0},
                                    {40, 50, QStringLiteral("A"), QStringLiteral("amina"), 0}};
    EXPECT_EQ(segments(*r, one), expected);
    EXPECT_EQ(one.segments[0].quoteId, f.q1);
    EXPECT_EQ(one.segments[2].quoteId, f.q2);

    ASSERT_EQ(one.codelines.size(), 2);
    EXPECT_EQ(r->codes[one.codelines[0].code].path, QStringLiteral("A"));
    EXPECT_EQ(one.codelines[0].spans, (QList<QPair<qint64, qint64>>{{0, 20}, {25, 50}}));
    EXPECT_EQ(one.codelines[0].covered, 45);
    EXPECT_EQ(one.codelines[0].segments, 3);
    EXPECT_EQ(one.codelines[1].spans, (QList<QPair<qint64, qint64>>{{0, 30}}));
    EXPECT_EQ(one.codelines[1].covered, 30);

    const DocumentPortrait &two = r->documents[1];
    EXPECT_EQ(two.length, 30);
    EXPECT_EQ(two.lanes, 1);
    EXPECT_EQ(segments(*r, two), (std::vector<Seg>{{5, 15, QStringLiteral("C"), QStringLiteral("amina"), 0}}));
    EXPECT_EQ(r->document(f.two), &r->documents[1]);
    EXPECT_EQ(r->document(9999), nullptr);
}

TEST(Portrait, FiltersByDocumentAndCoder)
{
    PortraitFixture f;
    Filter filter;
    filter.documents = {QStringLiteral("two")};
    auto r = computePortraits(*f.project, filter);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->documents.size(), 1);
    EXPECT_EQ(r->documents[0].name, QStringLiteral("two"));
    ASSERT_EQ(r->codes.size(), 1);
    EXPECT_EQ(r->codes[0].path, QStringLiteral("C"));
    EXPECT_EQ(r->codes[0].color, portraitPalette()[0]);  // the first colourless code shown

    Filter ben;
    ben.coders = {QStringLiteral("ben")};
    r = computePortraits(*f.project, ben);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->documents.size(), 2);
    EXPECT_EQ(segments(*r, r->documents[0]), (std::vector<Seg>{{0, 20, QStringLiteral("B"), QStringLiteral("ben"), 0}}));
    EXPECT_EQ(r->documents[0].lanes, 1);
    EXPECT_TRUE(r->documents[1].segments.isEmpty());
    EXPECT_EQ(r->documents[1].lanes, 0);
}

TEST(Portrait, UnknownDocumentOrCoderIsAnError)
{
    PortraitFixture f;
    Filter filter;
    filter.documents = {QStringLiteral("nowhere")};
    auto r = computePortraits(*f.project, filter);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("nowhere"))) << r.message().toStdString();
    Filter coder;
    coder.coders = {QStringLiteral("nobody")};
    r = computePortraits(*f.project, coder);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("nobody"))) << r.message().toStdString();
}

TEST(Portrait, FollowsAnEditAndUndo)
{
    PortraitFixture f;
    ASSERT_TRUE(f.project->applyCode(f.two, 0, 30, f.a).ok());
    auto r = computePortraits(*f.project);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->documents[1].segments.size(), 2);
    EXPECT_EQ(r->documents[1].lanes, 2);
    ASSERT_TRUE(f.project->undo().ok());
    r = computePortraits(*f.project);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->documents[1].segments.size(), 1);
}

TEST(Portrait, CsvAndJson)
{
    PortraitFixture f;
    auto r = computePortraits(*f.project);
    ASSERT_TRUE(r.ok());
    const QList<QByteArray> lines = portraitsCsv(*r).split('\n');
    ASSERT_EQ(lines.size(), 1 + 6 + 1);  // header, six segments, the final newline
    EXPECT_EQ(lines[0], "document,length,start,end,code,color,coder,lane,quote");
    EXPECT_EQ(lines[3], "one,100,10,30,B,#e69f00,amina,2," + QByteArray::number(f.q2));
    const QJsonObject json = QJsonDocument::fromJson(portraitsJson(*r)).object();
    const QJsonArray docs = json[QStringLiteral("documents")].toArray();
    ASSERT_EQ(docs.size(), 2);
    const QJsonObject one = docs[0].toObject();
    EXPECT_EQ(one[QStringLiteral("length")].toInt(), 100);
    EXPECT_EQ(one[QStringLiteral("lanes")].toInt(), 3);
    const QJsonArray spans = one[QStringLiteral("codelines")].toArray()[0].toObject()[QStringLiteral("spans")].toArray();
    EXPECT_EQ(QJsonDocument(spans).toJson(QJsonDocument::Compact), "[[0,20],[25,50]]");
}

}  // namespace
}  // namespace crosscut::test
