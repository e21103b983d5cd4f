// Word frequencies (core/text/words.h) on small real projects whose counts
// are worked out by hand in the comments.
#include "project/projectwriter.h"
#include "support/testsupport.h"
#include "text/stopwords.h"
#include "text/words.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::text;
using crosscut::test::TempDir;

namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

// word → count, for comparing whole results.
QMap<QString, qint64> counts(const WordFrequencies &f)
{
    QMap<QString, qint64> out;
    for (const WordCount &w : f.words)
        out.insert(w.word, w.count);
    return out;
}

const WordCount *find(const WordFrequencies &f, const QString &word)
{
    for (const WordCount &w : f.words)
        if (w.word == word)
            return &w;
    return nullptr;
}

Id addText(Project &p, const QString &name, const QString &text)
{
    NewDocument d;
    d.name = name;
    d.text = text;
    auto id = p.addDocument(d);
    EXPECT_TRUE(id.ok()) << id.message().toStdString();
    return id.ok() ? *id : 0;
}

WordFrequencies countOrFail(Project &p, const WordRequest &r)
{
    auto f = wordFrequencies(p, r);
    EXPECT_TRUE(f.ok()) << f.message().toStdString();
    return f.ok() ? *f : WordFrequencies{};
}

class Words : public ::testing::Test {
protected:
    TempDir dir;
    std::unique_ptr<Project> project = crosscut::test::createProject(dir.path(QStringLiteral("w.crosscut")));
};

}  // namespace

TEST_F(Words, CyrillicUrduDevanagariAndEmojiCountAsWords)
{
    // Words: Мы, равные, МЫ, работаем, 👍, 👍, 👍🏽, ہم, ساتھ, ہیں, ہم, नमस्ते, दोस्तों, नमस्ते.
    // "Мы"/"МЫ" fold to one word; 👍🏽 (with its skin tone) is a word apart from 👍.
    addText(*project, QStringLiteral("fg"),
            u("Мы — равные. МЫ работаем! 👍👍 👍🏽\nہم ساتھ ہیں۔ ہم\nनमस्ते दोस्तों, नमस्ते"));
    const WordFrequencies f = countOrFail(*project, WordRequest{});
    const QMap<QString, qint64> expected{{u("мы"), 2},     {u("равные"), 1}, {u("работаем"), 1}, {u("👍"), 2},
                                         {u("👍🏽"), 1},    {u("ہم"), 2},     {u("ساتھ"), 1},     {u("ہیں"), 1},
                                         {u("नमस्ते"), 2}, {u("दोस्तों"), 1}};
    EXPECT_EQ(counts(f), expected);
    EXPECT_EQ(f.tokens, 14);
    EXPECT_EQ(f.documents, 1);
    // By count, then by word: the four words counted twice come first.
    ASSERT_EQ(f.words.size(), 10);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(f.words[i].count, 2) << i;

    WordRequest noEmoji;
    noEmoji.emoji = false;
    const WordFrequencies g = countOrFail(*project, noEmoji);
    EXPECT_EQ(find(g, u("👍")), nullptr);
    EXPECT_EQ(g.words.size(), 8);
}

TEST_F(Words, NumbersStopWordsMinimumLengthCountAndTop)
{
    // the ×3, in 2024, 3.5 kits, we ×2, kits ×2, gave ×2.
    addText(*project, QStringLiteral("a"), u("In 2024 we gave the kits. The kits: 3.5 each, the rest we gave"));
    WordRequest r;
    r.stopWords = *shippedStopWords(QStringLiteral("en"));
    QMap<QString, qint64> expected{{u("gave"), 2}, {u("kits"), 2}, {u("rest"), 1}};
    EXPECT_EQ(counts(countOrFail(*project, r)), expected);  // "each" is an English stop word too

    r.numbers = true;
    expected.insert(u("2024"), 1);
    expected.insert(u("3.5"), 1);
    EXPECT_EQ(counts(countOrFail(*project, r)), expected);

    r.numbers = false;
    r.minLength = 5;
    EXPECT_EQ(counts(countOrFail(*project, r)), (QMap<QString, qint64>{}));
    r.minLength = 4;
    r.minCount = 2;
    EXPECT_EQ(counts(countOrFail(*project, r)), (QMap<QString, qint64>{{u("gave"), 2}, {u("kits"), 2}}));
    r.minCount = 1;
    r.top = 1;
    const WordFrequencies top = countOrFail(*project, r);
    ASSERT_EQ(top.words.size(), 1);
    EXPECT_EQ(top.words[0].word, u("gave"));  // ties broken by the word
}

TEST_F(Words, PhrasesStopAtSentencesAndClausesAndNeverEdgeOnStopWords)
{
    addText(*project, QStringLiteral("a"),
            u("Peer educators help. Peer educators, key population led groups.\n"
              "Key population led work gives access to services; access to services matters"));
    WordRequest r;
    r.stopWords = *shippedStopWords(QStringLiteral("en"));
    r.ngram = 2;
    const WordFrequencies two = countOrFail(*project, r);
    // "help peer" crosses a sentence end, "educators key" a comma, "work gives" is fine,
    // "to services" begins on a stop word, "access to" ends on one.
    const QMap<QString, qint64> expectedTwo{
        {u("peer educators"), 2},   {u("educators help"), 1}, {u("key population"), 2}, {u("population led"), 2},
        {u("led groups"), 1},       {u("led work"), 1},       {u("work gives"), 1},     {u("gives access"), 1},
        {u("services matters"), 1},
    };
    EXPECT_EQ(counts(two), expectedTwo);

    r.ngram = 3;
    const WordFrequencies three = countOrFail(*project, r);
    const QMap<QString, qint64> expectedThree{
        {u("peer educators help"), 1},
        {u("key population led"), 2}, {u("population led groups"), 1}, {u("population led work"), 1},
        {u("led work gives"), 1},     {u("work gives access"), 1},      {u("access to services"), 2},
    };
    EXPECT_EQ(counts(three), expectedThree);
    EXPECT_EQ(three.words.first().word, u("access to services"));
    EXPECT_EQ(three.table().rowHeader, u("phrase"));
}

TEST_F(Words, ScopeOfADocumentSetAndOfACodeWithItsDescendants)
{
    const Id a = addText(*project, QStringLiteral("a"), u("alpha beta gamma delta"));
    const Id b = addText(*project, QStringLiteral("b"), u("alpha epsilon"));
    addText(*project, QStringLiteral("c"), u("zeta zeta"));
    ASSERT_TRUE(project->transact(QStringLiteral("Set"), [&](ProjectWriter &w) -> Status {
        if (Status s = w.exec("INSERT INTO set_(id, name) VALUES (7, 'Kenya')", {}); !s)
            return s;
        for (const Id d : {a, b})
            if (Status s = w.exec("INSERT INTO set_member(set_id, member_kind, member_id) VALUES (7, 'document', ?)", {d}); !s)
                return s;
        return {};
    }));
    WordRequest set;
    set.scope = WordScope::DocumentSet;
    set.set = QStringLiteral("Kenya");
    const WordFrequencies s = countOrFail(*project, set);
    EXPECT_EQ(s.documents, 2);
    EXPECT_EQ(counts(s), (QMap<QString, qint64>{{u("alpha"), 2}, {u("beta"), 1}, {u("gamma"), 1}, {u("delta"), 1},
                                                {u("epsilon"), 1}}));
    EXPECT_EQ(find(s, u("alpha"))->documents, 2);

    auto parent = project->addCode(std::nullopt, CodeSpec{QStringLiteral("Benefits")});
    ASSERT_TRUE(parent.ok());
    auto child = project->addCode(*parent, CodeSpec{QStringLiteral("Referrals")});
    ASSERT_TRUE(child.ok());
    // "beta gamma" (6..16) by the parent and "gamma delta" (11..22) by the child overlap on
    // "gamma": it counts once. "epsilon" by the child in b.
    ASSERT_TRUE(project->applyCode(a, 6, 16, *parent).ok());
    ASSERT_TRUE(project->applyCode(a, 11, 22, *child).ok());
    ASSERT_TRUE(project->applyCode(b, 6, 13, *child).ok());
    WordRequest code;
    code.scope = WordScope::Code;
    code.code = QStringLiteral("Benefits");
    const WordFrequencies c = countOrFail(*project, code);
    EXPECT_EQ(c.documents, 2);
    EXPECT_EQ(counts(c), (QMap<QString, qint64>{{u("beta"), 1}, {u("gamma"), 1}, {u("delta"), 1}, {u("epsilon"), 1}}));
    code.code = QStringLiteral("Benefits/Referrals");
    EXPECT_EQ(counts(countOrFail(*project, code)),
              (QMap<QString, qint64>{{u("gamma"), 1}, {u("delta"), 1}, {u("epsilon"), 1}}));

    code.code = QStringLiteral("Nope");
    EXPECT_FALSE(wordFrequencies(*project, code).ok());
    set.set = QStringLiteral("Nowhere");
    auto missing = wordFrequencies(*project, set);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(missing.message().contains(QStringLiteral("Nowhere")));
}

TEST_F(Words, CountsPerDocumentAndPerCaseAttributeThroughDocumentsAndTurns)
{
    // An interview of one organisation (a case through document_case) and a
    // focus group whose turns carry each speaker's case.
    const Id interview = addText(*project, QStringLiteral("interview"), u("outreach outreach stigma"));
    NewDocument fg;
    fg.name = QStringLiteral("focus group");
    fg.kind = DocumentKind::FocusGroup;
    fg.text = u("Asel: stigma outreach\nDmytro: stigma stigma");
    fg.turns = {{0, 21, QStringLiteral("Asel")}, {22, 43, QStringLiteral("Dmytro")}};
    ASSERT_TRUE(project->addDocument(fg).ok());
    auto org = project->addCase(QStringLiteral("Org K"));
    ASSERT_TRUE(org.ok());
    ASSERT_TRUE(project->addDocumentToCase(interview, *org));
    ASSERT_TRUE(project->setAttribute(AttributeScope::Case, *org, QStringLiteral("Country"), QStringLiteral("Kenya")));
    ASSERT_TRUE(project->setAttribute(AttributeScope::Case, project->findCase(QStringLiteral("Asel"))->id,
                                      QStringLiteral("Country"), QStringLiteral("Kyrgyzstan")));
    ASSERT_TRUE(project->setAttribute(AttributeScope::Case, project->findCase(QStringLiteral("Dmytro"))->id,
                                      QStringLiteral("Country"), QStringLiteral("Ukraine")));

    WordRequest r;
    r.grouping = WordGrouping::Document;
    const WordFrequencies byDoc = countOrFail(*project, r);
    EXPECT_EQ(byDoc.groups, (QStringList{QStringLiteral("focus group"), QStringLiteral("interview")}));
    // stigma: 3 in the focus group, 1 in the interview; outreach 1 and 2;
    // the speaker labels count as words of the focus group.
    EXPECT_EQ(find(byDoc, u("stigma"))->groups, (QList<qint64>{3, 1}));
    EXPECT_EQ(find(byDoc, u("outreach"))->groups, (QList<qint64>{1, 2}));
    EXPECT_EQ(find(byDoc, u("asel"))->groups, (QList<qint64>{1, 0}));

    r.grouping = WordGrouping::CaseAttribute;
    r.attribute = QStringLiteral("Country");
    const WordFrequencies byCountry = countOrFail(*project, r);
    EXPECT_EQ(byCountry.groups, (QStringList{u("Kenya"), u("Kyrgyzstan"), u("Ukraine")}));
    EXPECT_EQ(byCountry.groupHeader, u("case: Country"));
    EXPECT_EQ(find(byCountry, u("stigma"))->groups, (QList<qint64>{1, 1, 2}));
    EXPECT_EQ(find(byCountry, u("outreach"))->groups, (QList<qint64>{2, 1, 0}));
    EXPECT_EQ(find(byCountry, u("stigma"))->count, 4);

    r.attribute = QStringLiteral("Region");
    auto missing = wordFrequencies(*project, r);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);

    ASSERT_TRUE(project->setAttribute(AttributeScope::Document, interview, QStringLiteral("Level"), QStringLiteral("national")));
    r.grouping = WordGrouping::DocumentAttribute;
    r.attribute = QStringLiteral("Level");
    EXPECT_EQ(find(countOrFail(*project, r), u("outreach"))->groups, (QList<qint64>{2}));
}

TEST_F(Words, RefusesPhrasesLongerThanThreeWords)
{
    WordRequest r;
    r.ngram = 4;
    auto f = wordFrequencies(*project, r);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, ErrorKind::Invalid);
}

TEST_F(Words, IndexRereadsOnlyTheDocumentsAChangeTouched)
{
    const Id a = addText(*project, QStringLiteral("a"), u("one two"));
    addText(*project, QStringLiteral("b"), u("three"));
    WordIndex index(*project);
    QObject::connect(project.get(), &Project::changed, project.get(),
                     [&](const ChangeList &changes) { index.invalidate(changes); });
    ASSERT_TRUE(index.count({}).ok());
    EXPECT_EQ(index.cachedDocuments(), 2);

    // A live session's appended line reaches its document only.
    ASSERT_TRUE(project->transact(QStringLiteral("Append"), [&](ProjectWriter &w) -> Status {
        auto at = w.appendText(a, u(" four"));
        return at.ok() ? Status{} : Status{at.error()};
    }));
    EXPECT_EQ(index.cachedDocuments(), 1);
    auto f = index.count({});
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(counts(*f), (QMap<QString, qint64>{{u("one"), 1}, {u("two"), 1}, {u("three"), 1}, {u("four"), 1}}));

    ASSERT_TRUE(project->undo());
    f = index.count({});
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(find(*f, u("four")), nullptr);
}

TEST_F(Words, ProjectStopWordsAreEditedByAnUndoableOperation)
{
    addText(*project, QStringLiteral("a"), u("the outreach worker and the peer"));
    EXPECT_EQ(effectiveStopWordLanguages(*project), QStringList{QStringLiteral("en")});
    auto words = projectStopWords(*project, effectiveStopWordLanguages(*project));
    ASSERT_TRUE(words.ok());
    EXPECT_TRUE(words->contains(u("the")));
    EXPECT_FALSE(words->contains(u("outreach")));

    StopWordSettings s;
    s.languages = {QStringLiteral("ru"), QStringLiteral("English")};
    s.added = {u("Outreach"), u("  peer ")};
    s.removed = {u("THE")};
    ASSERT_TRUE(setStopWordSettings(*project, s));
    const StopWordSettings stored = stopWordSettings(*project);
    EXPECT_TRUE(stored.chosen);
    EXPECT_EQ(stored.languages, (QStringList{QStringLiteral("ru"), QStringLiteral("en")}));
    EXPECT_EQ(stored.added, (QStringList{u("outreach"), u("peer")}));
    EXPECT_EQ(stored.removed, QStringList{u("the")});
    EXPECT_EQ(project->undoLabel(), QStringLiteral("Edit stop words"));

    WordRequest r;
    r.stopWords = *projectStopWords(*project, effectiveStopWordLanguages(*project));
    EXPECT_TRUE(r.stopWords.contains(u("что")));
    EXPECT_EQ(counts(countOrFail(*project, r)), (QMap<QString, qint64>{{u("the"), 2}, {u("worker"), 1}}));

    // Storing the same settings again is no operation.
    const int before = int(project->history().size());
    ASSERT_TRUE(setStopWordSettings(*project, stored));
    EXPECT_EQ(int(project->history().size()), before);

    // A bad language changes nothing.
    StopWordSettings bad = stored;
    bad.languages = {QStringLiteral("klingon")};
    const Status refused = setStopWordSettings(*project, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("klingon")));
    EXPECT_EQ(stopWordSettings(*project), stored);

    // Choosing no language at all is a choice too: only the project's own words are left out.
    StopWordSettings none;
    none.chosen = true;
    none.added = {u("outreach")};
    ASSERT_TRUE(setStopWordSettings(*project, none));
    EXPECT_EQ(effectiveStopWordLanguages(*project), QStringList{});
    EXPECT_EQ(*projectStopWords(*project, effectiveStopWordLanguages(*project)), QSet<QString>{u("outreach")});

    Status undone = project->undo();
    ASSERT_TRUE(undone) << undone.message().toStdString();
    EXPECT_EQ(stopWordSettings(*project), stored);
    undone = project->undo();
    ASSERT_TRUE(undone) << undone.message().toStdString();
    EXPECT_EQ(stopWordSettings(*project), StopWordSettings{});
    EXPECT_EQ(effectiveStopWordLanguages(*project), QStringList{QStringLiteral("en")});
}

TEST_F(Words, DefaultLanguagesComeFromTheDocumentsLanguageAttribute)
{
    const Id a = addText(*project, QStringLiteral("a"), u("x"));
    const Id b = addText(*project, QStringLiteral("b"), u("y"));
    ASSERT_TRUE(project->setAttribute(AttributeScope::Document, a, QStringLiteral("Language"), u("Русский; English")));
    ASSERT_TRUE(project->setAttribute(AttributeScope::Document, b, QStringLiteral("Language"), u("uk")));
    EXPECT_EQ(defaultStopWordLanguages(*project), (QStringList{u("en"), u("ru"), u("uk")}));
}

TEST(StopWords, EveryShippedListLoadsFoldedAndHoldsItsCommonestWords)
{
    const QMap<QString, QStringList> samples{
        {u("en"), {u("the"), u("and"), u("of")}},  {u("ru"), {u("и"), u("что"), u("не")}},
        {u("uk"), {u("і"), u("що"), u("не")}},     {u("fr"), {u("le"), u("et"), u("être")}},
        {u("es"), {u("el"), u("que"), u("también")}}, {u("id"), {u("yang"), u("dan"), u("tidak")}},
    };
    for (const QString &language : stopWordLanguages()) {
        auto words = shippedStopWords(language);
        ASSERT_TRUE(words.ok()) << language.toStdString();
        EXPECT_GE(words->size(), 90) << language.toStdString();
        for (const QString &w : samples.value(language))
            EXPECT_TRUE(words->contains(w)) << language.toStdString() << " " << w.toStdString();
        for (const QString &w : *words)
            EXPECT_EQ(foldWord(w), w);
    }
    EXPECT_FALSE(shippedStopWords(u("de")).ok());
    EXPECT_EQ(parseStopWords(u("# comment\nFoo  # trailing\n\n  BAR\n")), (QSet<QString>{u("foo"), u("bar")}));
}

TEST_F(Words, PhrasesStopAtTheUrduFullStopAndTheDevanagariDanda)
{
    // ہم ساتھ | ساتھ ہیں | ۔ | ہم ساتھ ; line break ; समुदाय के | के लोग | । | समुदाय के
    addText(*project, QStringLiteral("a"), u("ہم ساتھ ہیں۔ ہم ساتھ\nसमुदाय के लोग। समुदाय के"));
    WordRequest r;
    r.ngram = 2;
    EXPECT_EQ(counts(countOrFail(*project, r)),
              (QMap<QString, qint64>{{u("ہم ساتھ"), 2}, {u("ساتھ ہیں"), 1}, {u("समुदाय के"), 2}, {u("के लोग"), 1}}));
}
