// The UTF-8 path of search (search/utf8hits.h) against the QString path it
// stands in for: on generated texts mixing ASCII, Cyrillic, Devanagari
// (with its vowel-sign marks), Urdu, emoji (astral, skin tones, ZWJ
// sequences), combining marks, tabs and line breaks, both paths must give the
// same hits — positions in code points, text and context — for words,
// prefixes and several terms at once; texts with characters that fold to
// ASCII must be left to the QString path. Then the same through a real
// project file and `search()`.
#include "import/documentreader.h"
#include "project/project.h"
#include "search/textsearch.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <random>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Pieces a generated text is made of. The first group never folds to ASCII;
// the second does (Latin diacritics, a combining acute, the Kelvin sign, a
// ligature, long s) and must send the text down the QString path.
const QStringList Safe = {
    QStringLiteral("community"), QStringLiteral("Community"), QStringLiteral("COMMUNITY"),
    QStringLiteral("communities"), QStringLiteral("xcommunity"), QStringLiteral("community2"),
    QStringLiteral("health"), QStringLiteral("HeAlTh"), QStringLiteral("healthcare"), QStringLiteral("a"),
    QStringLiteral("2024"), QStringLiteral("aa"), QStringLiteral("aaa"), QStringLiteral("peer-led"),
    QString::fromUtf8("сообщество"), QString::fromUtf8("Сообщество"), QString::fromUtf8("партнёрство"),
    QString::fromUtf8("समुदाय"), QString::fromUtf8("स्वास्थ्य"), QString::fromUtf8("برادری"),
    QString::fromUtf8("صحت"), QString::fromUtf8("😀"), QString::fromUtf8("👍🏽"),
    QString::fromUtf8("🏳️‍🌈"), QString::fromUtf8("👨‍👩‍👧"),
    // Marks outside U+0300–U+036F glued to ASCII: they continue the word.
    QString::fromUtf8("community\u0483"), QString::fromUtf8("health\u064E"), QString::fromUtf8("a\u093F"),
    QString::fromUtf8("\u20DDcommunity"), QString::fromUtf8("community😀"), QString::fromUtf8("сcommunity"),
    QString::fromUtf8("communityд"), QString::fromUtf8("“community”"), QString::fromUtf8("community—health"),
};
const QStringList Folding = {
    QString::fromUtf8("communité"), QString::fromUtf8("Çommunity"), QString::fromUtf8("community\u0301"),
    QString::fromUtf8("\u212Aelvin"), QString::fromUtf8("\uFB01ne"), QString::fromUtf8("\u017Fs"),
    QString::fromUtf8("ḥealth"),
};
const QStringList Separators = {QStringLiteral(" "), QStringLiteral(", "), QStringLiteral(". "),
                                QStringLiteral("\n"), QStringLiteral("\t"), QStringLiteral(" - "),
                                QStringLiteral(""), QStringLiteral("'"), QStringLiteral("_")};

QString generate(std::mt19937 &rng, bool folding)
{
    std::uniform_int_distribution<int> length(0, 120);
    QString text;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
        const QStringList &pool = folding && rng() % 10 == 0 ? Folding : Safe;
        text += pool[static_cast<qsizetype>(rng() % pool.size())];
        text += Separators[static_cast<qsizetype>(rng() % Separators.size())];
    }
    return text;
}

const QList<QList<search::QueryTerm>> Queries = {
    {{QStringLiteral("community"), false}},
    {{QStringLiteral("COMMUNITY"), false}},
    {{QStringLiteral("comm"), true}},
    {{QStringLiteral("health"), false}, {QStringLiteral("community"), true}},
    {{QStringLiteral("a"), false}, {QStringLiteral("aa"), true}},
    {{QStringLiteral("2024"), false}},
    {{QStringLiteral("peer"), false}, {QStringLiteral("led"), false}},
};

std::string describe(const search::SearchHit &h)
{
    return QStringLiteral("[%1,%2) \"%3\" before \"%4\" after \"%5\"")
        .arg(h.start)
        .arg(h.end)
        .arg(h.text, h.before, h.after)
        .toStdString();
}

void expectSame(const QList<search::SearchHit> &utf8, const QList<search::SearchHit> &text, const QString &input)
{
    ASSERT_EQ(utf8.size(), text.size()) << input.toStdString();
    for (qsizetype i = 0; i < utf8.size(); ++i)
        ASSERT_EQ(describe(utf8[i]), describe(text[i])) << "hit " << i << " in: " << input.toStdString();
}

}  // namespace

TEST(Utf8Hits, SameHitsAsTheQStringPathOnGeneratedText)
{
    std::mt19937 rng(19);
    int fast = 0;
    qsizetype hits = 0;
    for (int round = 0; round < 600; ++round) {
        const QString text = generate(rng, round % 3 == 0);
        const QByteArray utf8 = text.toUtf8();
        const auto &terms = Queries[round % Queries.size()];
        const int context = static_cast<int>(rng() % 45);
        const auto viaUtf8 = search::hitsInUtf8(utf8, terms, context);
        bool folds = false;
        for (const QString &f : Folding)
            folds = folds || text.contains(f);
        // The UTF-8 path refuses exactly the texts with a folding character.
        ASSERT_EQ(viaUtf8.has_value(), !folds) << text.toStdString();
        if (!viaUtf8)
            continue;
        ++fast;
        const QList<search::SearchHit> viaText = search::hitsInText(text, terms, context);
        hits += viaText.size();
        expectSame(*viaUtf8, viaText, text);
    }
    // The comparison is not vacuous: most texts took the UTF-8 path, with hits.
    EXPECT_GT(fast, 300);
    EXPECT_GT(hits, 2000);
}

TEST(Utf8Hits, HandWorkedPositionsAndContext)
{
    // 😀0 _1 C2…y10 ,11 _12 с13 _14 c15…y23 ़24 _25 c26…y34 \n35 x36
    const QString text = QString::fromUtf8("😀 Community, с community\u093C community\nx");
    const auto hits = search::hitsInUtf8(text.toUtf8(), {{QStringLiteral("community"), false}}, 3);
    ASSERT_TRUE(hits.has_value());
    ASSERT_EQ(hits->size(), 2);  // the middle one ends in a mark: not a whole word
    EXPECT_EQ(hits->at(0).start, 2);
    EXPECT_EQ(hits->at(0).end, 11);
    EXPECT_EQ(hits->at(0).text, QStringLiteral("Community"));
    EXPECT_EQ(hits->at(0).before, QString::fromUtf8("😀 "));
    EXPECT_EQ(hits->at(0).after, QString::fromUtf8(", с"));
    EXPECT_EQ(hits->at(1).start, 26);
    EXPECT_EQ(hits->at(1).end, 35);
    EXPECT_EQ(hits->at(1).before, QString::fromUtf8("y\u093C "));
    EXPECT_EQ(hits->at(1).after, QStringLiteral(" x"));  // the line break shown as a space
    // A prefix runs to the end of its word, the mark included.
    const auto prefix = search::hitsInUtf8(text.toUtf8(), {{QStringLiteral("comm"), true}}, 0);
    ASSERT_TRUE(prefix.has_value());
    ASSERT_EQ(prefix->size(), 3);
    EXPECT_EQ(prefix->at(1).start, 15);
    EXPECT_EQ(prefix->at(1).end, 25);
    // Not one ASCII word: the QString path's business.
    EXPECT_FALSE(search::hitsInUtf8(text.toUtf8(), {{QStringLiteral("peer led"), false}}, 3).has_value());
    EXPECT_FALSE(search::hitsInUtf8(text.toUtf8(), {{QString::fromUtf8("сообщество"), false}}, 3).has_value());
}

TEST(Utf8Hits, SearchOnAProjectFileMatchesTheDecodedText)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("u.crosscut")));
    ASSERT_TRUE(project);
    std::mt19937 rng(6);
    QStringList files;
    for (int i = 0; i < 12; ++i)
        files.append(dir.writeFile(QStringLiteral("t%1.txt").arg(i),
                                   (QStringLiteral("Interview: community health. ") + generate(rng, i % 4 == 0)).toUtf8()));
    auto ids = import::importFiles(*project, files);
    ASSERT_TRUE(ids.ok()) << ids.message().toStdString();
    for (const QString &query : {QStringLiteral("community"), QStringLiteral("health OR comm*")}) {
        auto hits = search::search(*project, query, 30);
        ASSERT_TRUE(hits.ok()) << hits.message().toStdString();
        QList<search::SearchHit> expected;
        for (const Id id : *ids) {
            const auto doc = project->document(id);
            ASSERT_TRUE(doc);
            for (search::SearchHit h : search::hitsInText(project->documentText(id), search::queryTerms(query), 30)) {
                h.documentId = id;
                h.documentName = doc->name;
                expected.append(h);
            }
        }
        ASSERT_GT(expected.size(), 50);
        ASSERT_EQ(hits->size(), expected.size()) << query.toStdString();
        for (qsizetype i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(hits->at(i).documentName, expected[i].documentName);
            ASSERT_EQ(describe(hits->at(i)), describe(expected[i])) << query.toStdString() << " hit " << i;
        }
    }
}
