// Search finds documents with FTS5 and exact code-point hits in them;
// autoCode codes hits, sentences or paragraphs in one operation.
#include "import/documentreader.h"
#include "search/autocode.h"
#include "search/textsearch.h"
#include "importtestfiles.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct SearchFixture {
    TempDir dir;
    std::unique_ptr<Project> project = createProject(dir.path(QStringLiteral("p.crosscut")));
    Id first = 0, second = 0;
    QString firstText = QString::fromUtf8(
        "Moderator: 😀 Peer outreach matters. 👨‍👩‍👧 Peer-led services work.\n"
        "Ana: The CAFÉ and the cafe\xCC\x81 were drop-in spaces. Outreach again!\n"
        "Moderator: Thank you.\n");
    QString secondText = QString::fromUtf8("Мы ведём аутрич 🏳️‍🌈 вместе. Peer support.\nनमस्ते outreach\n");
    SearchFixture()
    {
        auto ids = import::importFiles(*project, {dir.writeFile(QStringLiteral("one.txt"), firstText.toUtf8()),
                                                  dir.writeFile(QStringLiteral("two.txt"), secondText.toUtf8())});
        EXPECT_TRUE(ids.ok()) << ids.message().toStdString();
        first = ids->at(0);
        second = ids->at(1);
    }
};

qint64 at(const QString &text, const char *needle)
{
    return static_cast<qint64>(text.toStdU32String().find(QString::fromUtf8(needle).toStdU32String()));
}

QString hitLabel(const char *doc, qint64 start, qint64 end, const QString &text)
{
    return QString::fromLatin1(doc) + QStringLiteral(":") + QString::number(start) + QStringLiteral("-") +
           QString::number(end) + QStringLiteral(":") + text;
}

QStringList texts(const QList<search::SearchHit> &hits)
{
    QStringList out;
    for (const auto &h : hits)
        out.append(h.documentName + QStringLiteral(":") + QString::number(h.start) + QStringLiteral("-") +
                   QString::number(h.end) + QStringLiteral(":") + h.text);
    return out;
}

}  // namespace

TEST(Search, HitsAreCodePointsAroundEmoji)
{
    SearchFixture f;
    auto hits = search::search(*f.project, QStringLiteral("peer"));
    ASSERT_TRUE(hits.ok()) << hits.message().toStdString();
    ASSERT_EQ(hits->size(), 3);
    for (const auto &h : *hits) {
        const QString text = h.documentId == f.first ? f.firstText : f.secondText;
        EXPECT_EQ(codePointSlice(text, h.start, h.end), h.text);
        EXPECT_EQ(h.text.toLower(), QStringLiteral("peer"));
    }
    // "Moderator: " is 11 code points, then 😀 and a space.
    EXPECT_EQ(hits->at(0).start, 13);
    EXPECT_EQ(hits->at(0).end, 17);
    // After the 5-code-point ZWJ family.
    const std::u32string u32 = f.firstText.toStdU32String();
    EXPECT_EQ(hits->at(1).start, static_cast<qint64>(u32.find(U"Peer-led")));
    EXPECT_TRUE(hits->at(1).before.endsWith(QString::fromUtf8("👨‍👩‍👧 ")));
    EXPECT_EQ(hits->at(2).documentName, QStringLiteral("two"));
}

TEST(Search, CaseAndDiacriticsInsensitivePhrasesAndPrefixes)
{
    SearchFixture f;
    auto cafe = search::search(*f.project, QStringLiteral("cafe"));
    ASSERT_TRUE(cafe.ok()) << cafe.message().toStdString();
    const qint64 upper = at(f.firstText, "CAFÉ"), combining = at(f.firstText, "cafe\xCC\x81");
    EXPECT_EQ(texts(*cafe), (QStringList{hitLabel("one", upper, upper + 4, QString::fromUtf8("CAFÉ")),
                                         hitLabel("one", combining, combining + 5, QString::fromUtf8("cafe\xCC\x81"))}));

    auto phrase = search::search(*f.project, QStringLiteral("\"peer led services\""));
    ASSERT_TRUE(phrase.ok());
    const qint64 led = at(f.firstText, "Peer-led");
    EXPECT_EQ(texts(*phrase), (QStringList{hitLabel("one", led, led + 17, QStringLiteral("Peer-led services"))}));

    auto prefix = search::search(*f.project, QStringLiteral("outr* NOT аутрич"));
    ASSERT_TRUE(prefix.ok());
    const qint64 o1 = at(f.firstText, "outreach"), o2 = at(f.firstText, "Outreach");
    EXPECT_EQ(texts(*prefix), (QStringList{hitLabel("one", o1, o1 + 8, QStringLiteral("outreach")),
                                           hitLabel("one", o2, o2 + 8, QStringLiteral("Outreach"))}));

    auto cyrillic = search::search(*f.project, QString::fromUtf8("ВЕДЁМ"));
    ASSERT_TRUE(cyrillic.ok());
    ASSERT_EQ(cyrillic->size(), 1);
    EXPECT_EQ(cyrillic->first().text, QString::fromUtf8("ведём"));
    EXPECT_EQ(cyrillic->first().start, 3);
}

TEST(Search, BadQueriesAreClearErrors)
{
    SearchFixture f;
    for (const char *query : {"\"unterminated", "AND OR", "peer AND", "nosuchcolumn: x", ""}) {
        SCOPED_TRACE(query);
        auto hits = search::search(*f.project, QString::fromUtf8(query));
        ASSERT_FALSE(hits.ok());
        EXPECT_FALSE(hits.message().isEmpty());
    }
    EXPECT_TRUE(search::search(*f.project, QStringLiteral("nothinglikethis"))->isEmpty());
}

TEST(Search, AutoCodeIsOneOperationAndExpands)
{
    SearchFixture f;
    const Id code = *f.project->addCode(std::nullopt, {QStringLiteral("Peer work")});
    auto hits = search::search(*f.project, QStringLiteral("peer"));
    ASSERT_TRUE(hits.ok());
    const int historyBefore = static_cast<int>(f.project->history().size());

    auto sentences = search::autoCode(*f.project, *hits, code, 1);
    ASSERT_TRUE(sentences.ok()) << sentences.message().toStdString();
    EXPECT_EQ(*sentences, 3);
    EXPECT_EQ(static_cast<int>(f.project->history().size()), historyBefore + 1);
    QStringList coded;
    for (const Quote &q : f.project->quotes())
        coded.append(f.project->quoteText(q));
    // Sentences stay inside the speaker's turn: no "Moderator:" prefix.
    EXPECT_EQ(coded, (QStringList{QString::fromUtf8("😀 Peer outreach matters."),
                                  QString::fromUtf8("👨‍👩‍👧 Peer-led services work."), QStringLiteral("Peer support.")}));

    // Coding the same hits again adds nothing.
    EXPECT_EQ(*search::autoCode(*f.project, *hits, code, 1), 0);

    // The no-op left no operation behind: one undo removes all three.
    ASSERT_TRUE(f.project->undo().ok());
    EXPECT_TRUE(f.project->quotes().isEmpty());

    auto paragraphs = search::autoCode(*f.project, *hits, code, 2);
    ASSERT_TRUE(paragraphs.ok()) << paragraphs.message().toStdString();
    EXPECT_EQ(*paragraphs, 2);  // the two hits of the first line share one paragraph
    coded.clear();
    for (const Quote &q : f.project->quotes())
        coded.append(f.project->quoteText(q));
    EXPECT_EQ(coded, (QStringList{QString::fromUtf8("😀 Peer outreach matters. 👨‍👩‍👧 Peer-led services work."),
                                  QString::fromUtf8("Мы ведём аутрич 🏳️‍🌈 вместе. Peer support.")}));

    auto exact = search::autoCode(*f.project, *hits, code, 0);
    ASSERT_TRUE(exact.ok());
    EXPECT_EQ(*exact, 3);
    EXPECT_FALSE(search::autoCode(*f.project, *hits, 9999, 0).ok());
    EXPECT_FALSE(search::autoCode(*f.project, *hits, code, 3).ok());
}
