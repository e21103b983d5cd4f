// KWIC through the shared hit path: positions in code points in Cyrillic,
// Urdu, Devanagari and emoji text, ICU whole words, sentence spans, sorting,
// and coding the hits' sentences as one operation. Expected positions are
// counted by hand in the comments.
#include "import/documentreader.h"
#include "project/project.h"
#include "search/autocode.h"
#include "search/kwic.h"
#include "search/textsearch.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct KwicProject {
    TempDir dir;
    std::unique_ptr<Project> project = createProject(dir.path(QStringLiteral("k.crosscut")));
    Id importText(const QString &name, const QString &text)
    {
        auto ids = import::importFiles(*project, {dir.writeFile(name, text.toUtf8())});
        EXPECT_TRUE(ids.ok()) << ids.message().toStdString();
        return ids.ok() ? ids->first() : 0;
    }
};

std::vector<std::pair<qint64, qint64>> spans(const QList<search::SearchHit> &hits)
{
    std::vector<std::pair<qint64, qint64>> out;
    for (const auto &h : hits)
        out.emplace_back(h.start, h.end);
    return out;
}

using SpanList = std::vector<std::pair<qint64, qint64>>;

}  // namespace

TEST(Kwic, CyrillicHitsContextAndSentences)
{
    KwicProject k;
    // М0 ы1 _2 в3 е4 д5 ё6 м7 _8 а9…ч14 _15 в16…е21 .22 _23 А24…ч29 _30 —31 _32 э33 т34 о35 _36 д37…е43 .44
    k.importText(QStringLiteral("ru.txt"), QString::fromUtf8("Мы ведём аутрич вместе. Аутрич — это доверие.\n"));
    auto hits = search::kwic(*k.project, QString::fromUtf8("АУТРИЧ"), true, 10);
    ASSERT_TRUE(hits.ok()) << hits.message().toStdString();
    ASSERT_EQ(spans(*hits), (SpanList{{9, 15}, {24, 30}}));
    const search::SearchHit &second = hits->at(1);
    EXPECT_EQ(second.text, QString::fromUtf8("Аутрич"));
    EXPECT_EQ(second.before, QString::fromUtf8("ч вместе. "));  // code points 14–23
    EXPECT_EQ(second.after, QString::fromUtf8(" — это дов"));   // code points 30–39
    EXPECT_EQ(hits->at(0).sentenceStart, 0);
    EXPECT_EQ(hits->at(0).sentenceEnd, 23);
    EXPECT_EQ(second.sentenceStart, 24);
    EXPECT_EQ(second.sentenceEnd, 45);
    // Cyrillic case folding: "ВЕДЁМ" finds "ведём".
    auto folded = search::kwic(*k.project, QString::fromUtf8("ВЕДЁМ"), true);
    ASSERT_TRUE(folded.ok());
    EXPECT_EQ(spans(*folded), (SpanList{{3, 8}}));
}

TEST(Kwic, UrduWholeWordsAndPrefixes)
{
    KwicProject k;
    // ہ0 م1 _2 ب3 ر4 ا5 د6 ر7 ی8 _9 ک10 ے11 _12 س13 ا14 ت15 ھ16 _17 ہ18 ی19 ں20 ۔21 _22
    // ب23…ی28 _29 م30 ض31 ب32 و33 ط34 _35 ہ36 ے37 ۔38 _39 ب40 ر41 ا42 د43 ر44 ی45 و46 ں47
    k.importText(QStringLiteral("ur.txt"),
                 QString::fromUtf8("ہم برادری کے ساتھ ہیں۔ برادری مضبوط ہے۔ برادریوں\n"));
    auto whole = search::kwic(*k.project, QString::fromUtf8("برادری"), true, 40);
    ASSERT_TRUE(whole.ok()) << whole.message().toStdString();
    EXPECT_EQ(spans(*whole), (SpanList{{3, 9}, {23, 29}}));
    ASSERT_EQ(whole->size(), 2);
    EXPECT_EQ(whole->at(1).sentenceStart, 23);
    EXPECT_EQ(whole->at(1).sentenceEnd, 39);
    auto prefix = search::kwic(*k.project, QString::fromUtf8("برادری"), false, 40);
    ASSERT_TRUE(prefix.ok());
    EXPECT_EQ(spans(*prefix), (SpanList{{3, 9}, {23, 29}, {40, 48}}));
}

TEST(Kwic, DevanagariWordKeepsItsVowelSigns)
{
    KwicProject k;
    // स0 म1 ु2 द3 ा4 य5 _6 न7 े8 त9 ृ10 त11 ्12 व13 _14 क15 र16 त17 ा18 _19 ह20 ै21 ।22 _23
    // स24 म25 ु26 द27 ा28 य29 ो30 ं31 _32 क33 ा34 _35 न36 े37 त38 ृ39 त40 ्41 व42
    k.importText(QStringLiteral("hi.txt"), QString::fromUtf8("समुदाय नेतृत्व करता है। समुदायों का नेतृत्व\n"));
    auto lead = search::kwic(*k.project, QString::fromUtf8("नेतृत्व"), true);
    ASSERT_TRUE(lead.ok()) << lead.message().toStdString();
    EXPECT_EQ(spans(*lead), (SpanList{{7, 14}, {36, 43}}));
    auto community = search::kwic(*k.project, QString::fromUtf8("समुदाय"), true);
    ASSERT_TRUE(community.ok());
    EXPECT_EQ(spans(*community), (SpanList{{0, 6}}));
    auto communities = search::kwic(*k.project, QString::fromUtf8("समुदाय"), false);
    ASSERT_TRUE(communities.ok());
    EXPECT_EQ(spans(*communities), (SpanList{{0, 6}, {24, 32}}));
}

TEST(Kwic, EmojiAreFoundAsWrittenAndIcuDecidesWholeWords)
{
    KwicProject k;
    // G0 r1 e2 a3 t4 _5 👍6 🏽7 _8 w9 o10 r11 k12 _13 👍14 _15 a16 n17 d18 _19 👍20 🏽21 👍22 🏽23 .24
    k.importText(QStringLiteral("emoji.txt"), QString::fromUtf8("Great 👍🏽 work 👍 and 👍🏽👍🏽.\n"));
    auto toned = search::kwic(*k.project, QString::fromUtf8("👍🏽"), true, 5);
    ASSERT_TRUE(toned.ok()) << toned.message().toStdString();
    EXPECT_EQ(spans(*toned), (SpanList{{6, 8}, {20, 22}, {22, 24}}));
    EXPECT_EQ(toned->at(0).before, QStringLiteral("reat "));
    // A thumb followed by its skin tone is one ICU word: not a whole 👍.
    auto bare = search::kwic(*k.project, QString::fromUtf8("👍"), true);
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(spans(*bare), (SpanList{{14, 15}}));
    auto anyThumb = search::kwic(*k.project, QString::fromUtf8("👍"), false);
    ASSERT_TRUE(anyThumb.ok());
    EXPECT_EQ(spans(*anyThumb), (SpanList{{6, 7}, {14, 15}, {20, 21}, {22, 23}}));
}

// A hit that opens a sentence with a character outside the BMP (two UTF-16
// units) has that sentence, not the one before it as well.
TEST(Kwic, AHitOpeningASentenceWithAnEmojiHasOnlyThatSentence)
{
    KwicProject k;
    // H0 i1 _2 t3 h4 e5 r6 e7 .8 _9 😀10 _11 W12 e13 _14 m15 e16 t17 .18 _19 😀20 .21
    k.importText(QStringLiteral("smile.txt"), QString::fromUtf8("Hi there. 😀 We met. 😀.\n"));
    auto hits = search::kwic(*k.project, QString::fromUtf8("😀"), false, 10);
    ASSERT_TRUE(hits.ok()) << hits.message().toStdString();
    ASSERT_EQ(spans(*hits), (SpanList{{10, 11}, {20, 21}}));
    EXPECT_EQ(hits->at(0).sentenceStart, 10);
    EXPECT_EQ(hits->at(0).sentenceEnd, 19);
    EXPECT_EQ(hits->at(1).sentenceStart, 20);
    EXPECT_EQ(hits->at(1).sentenceEnd, 22);
}

TEST(Kwic, SortsByTheWordsNextToTheKeyword)
{
    KwicProject k;
    // b0 _1 apple2–6 .7 _8 a9 _10 apple11–15 .16 _17 c18 _19 apple20–24 .25
    k.importText(QStringLiteral("fruit.txt"), QStringLiteral("b apple. a apple. c apple.\n"));
    auto hits = search::kwic(*k.project, QStringLiteral("apple"), true, 40);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(spans(*hits), (SpanList{{2, 7}, {11, 16}, {20, 25}}));
    QList<search::SearchHit> left = *hits;
    search::sortHits(left, search::KwicSort::Left);  // b | a | c before the keyword
    EXPECT_EQ(spans(left), (SpanList{{11, 16}, {2, 7}, {20, 25}}));
    QList<search::SearchHit> right = *hits;
    search::sortHits(right, search::KwicSort::Right);  // ". a apple…", ". c apple.", "."
    EXPECT_EQ(spans(right), (SpanList{{20, 25}, {2, 7}, {11, 16}}));
    EXPECT_EQ(search::parseKwicSort(QStringLiteral("left")), search::KwicSort::Left);
    EXPECT_FALSE(search::parseKwicSort(QStringLiteral("sideways")));
}

TEST(Kwic, CaseInsensitiveShortcutAgreesWithFolding)
{
    // Without a character that folds to ASCII the text is compared in place;
    // with "café" in it, it is folded first. Both give the same hits.
    const QList<search::QueryTerm> word{{QStringLiteral("community"), false}};
    const QList<search::QueryTerm> prefix{{QStringLiteral("community"), true}};
    // C0…y8 ,9 _10 C11…Y19 _20 c21…a30 _31 c32…e44
    const QString plain = QStringLiteral("Community, COMMUNITY communitya communitywide");
    const QString accented = plain + QStringLiteral(" caf\u00e9");
    for (const QString &text : {plain, accented}) {
        const auto w = search::findTerms(text, word);
        ASSERT_EQ(w.size(), 2);
        EXPECT_EQ(w[0].start, 0);
        EXPECT_EQ(w[0].end, 9);
        EXPECT_EQ(w[1].start, 11);
        EXPECT_EQ(w[1].end, 20);
        const auto p = search::findTerms(text, prefix);
        ASSERT_EQ(p.size(), 4);
        EXPECT_EQ(p[2].start, 21);
        EXPECT_EQ(p[2].end, 31);
        EXPECT_EQ(p[3].start, 32);
        EXPECT_EQ(p[3].end, 45);
    }
    // A decomposed accent is part of its word in both paths.
    const auto decomposed = search::findTerms(QStringLiteral("cafe\u0301 cafe"), {{QStringLiteral("cafe"), false}});
    ASSERT_EQ(decomposed.size(), 2);
    EXPECT_EQ(decomposed[0].end, 5);
}

TEST(Kwic, CodingSentencesIsOneUndoableOperation)
{
    KwicProject k;
    k.importText(QStringLiteral("ru.txt"), QString::fromUtf8("Мы ведём аутрич вместе. Аутрич — это доверие.\n"));
    auto code = k.project->addCode(std::nullopt, CodeSpec{QStringLiteral("Outreach")});
    ASSERT_TRUE(code.ok()) << code.message().toStdString();
    auto hits = search::kwic(*k.project, QString::fromUtf8("аутрич"), true);
    ASSERT_TRUE(hits.ok());
    auto added = search::autoCode(*k.project, *hits, *code, static_cast<int>(search::Expand::Sentence));
    ASSERT_TRUE(added.ok()) << added.message().toStdString();
    EXPECT_EQ(*added, 2);
    QStringList quoted;
    for (const Quote &q : k.project->quotes())
        quoted.append(k.project->quoteText(q));
    quoted.sort();
    EXPECT_EQ(quoted, (QStringList{QString::fromUtf8("Аутрич — это доверие."),
                                   QString::fromUtf8("Мы ведём аутрич вместе.")}));
    ASSERT_TRUE(k.project->undo().ok());
    EXPECT_TRUE(k.project->quotes().isEmpty());
}

TEST(Kwic, StreamGivesTheSameHitsADocumentAtATime)
{
    KwicProject k;
    k.importText(QStringLiteral("a.txt"), QStringLiteral("peer support, peer outreach\n"));
    k.importText(QStringLiteral("b.txt"), QStringLiteral("no match here\n"));
    k.importText(QStringLiteral("c.txt"), QStringLiteral("Peer navigators\n"));
    auto stream = search::HitStream::open(*k.project, search::searchQuery(QStringLiteral("peer")));
    ASSERT_TRUE(stream.ok()) << stream.message().toStdString();
    EXPECT_EQ(stream->documentCount(), 2);  // FTS5 leaves out b
    QList<int> perDocument;
    QList<search::SearchHit> all;
    while (!stream->atEnd()) {
        const auto batch = stream->next();
        perDocument.append(static_cast<int>(batch.size()));
        all.append(batch);
    }
    EXPECT_EQ(perDocument, (QList<int>{2, 1}));
    auto whole = search::search(*k.project, QStringLiteral("peer"));
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(spans(all), spans(*whole));
    EXPECT_FALSE(search::HitStream::open(*k.project, search::searchQuery(QStringLiteral("\"unbalanced"))).ok());
    EXPECT_FALSE(search::kwic(*k.project, QStringLiteral("  "), false).ok());
}
