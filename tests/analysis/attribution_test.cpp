// Where a quote is found: its paragraph, turn and time, and the attribution
// line reports print ("Speaker · document · ¶12").
#include "analysis/matrix.h"
#include "project/project.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

Id addCode(Project &p)
{
    CodeSpec spec;
    spec.name = QStringLiteral("Theme");
    return *p.addCode(std::nullopt, spec);
}

}  // namespace

TEST(Attribution, ParagraphTurnAndTimeOfTheQuoteStart)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("a.crosscut")));
    // Paragraphs (non-blank lines): 1 "😀 Ана: …" [0,13), a blank line, 2 "Bo: …"
    // [15,31), "   " (blank), 3 "Ана: …" [36,52).
    const QString text = QStringLiteral("😀 Ана: привет\n\nBo: second line.\n   \nАна: عائشہ third\n");
    NewDocument doc{QStringLiteral("01-kenya"), DocumentKind::Interview, text, {}, {}, true};
    doc.turns = {{0, 13, QStringLiteral("Ана"), {}, {}},
                 {15, 31, QStringLiteral("Bo"), 754000, 760000},
                 {36, 52, QStringLiteral("Ана"), {}, {}}};
    const Id d = *p->addDocument(doc);
    const Id code = addCode(*p);
    const Id q1 = *p->applyCode(d, 2, 12, code);
    const Id q2 = *p->applyCode(d, 19, 30, code);
    const Id q3 = *p->applyCode(d, 41, 46, code);
    const Id between = *p->applyCode(d, 13, 15, code);  // the blank line after paragraph 1

    auto excerpts = quoteExcerpts(*p, {q1, q2, q3, between}, 0);
    ASSERT_TRUE(excerpts.ok()) << excerpts.message().toStdString();
    const QuoteExcerpt &a = excerpts->at(0);
    EXPECT_EQ(a.paragraph, 1);
    EXPECT_EQ(a.turn, 1);
    EXPECT_FALSE(a.timeMs);
    EXPECT_EQ(attribution(a), QStringLiteral("Ана · 01-kenya · ¶1"));
    const QuoteExcerpt &b = excerpts->at(1);
    EXPECT_EQ(b.paragraph, 2);
    EXPECT_EQ(b.turn, 2);
    ASSERT_TRUE(b.timeMs);
    EXPECT_EQ(*b.timeMs, 754000);
    EXPECT_EQ(attribution(b), QStringLiteral("Bo · 01-kenya · 12:34"));  // a timed turn: the time, not the paragraph
    const QuoteExcerpt &c = excerpts->at(2);
    EXPECT_EQ(c.text, QStringLiteral("عائشہ"));
    EXPECT_EQ(c.paragraph, 3);
    EXPECT_EQ(c.turn, 3);
    EXPECT_EQ(attribution(c), QStringLiteral("Ана · 01-kenya · ¶3"));
    const QuoteExcerpt &gap = excerpts->at(3);
    EXPECT_EQ(gap.paragraph, 1);  // still in (after) the first paragraph
    EXPECT_EQ(gap.turn, 0);
    EXPECT_EQ(attribution(gap), QStringLiteral("01-kenya · ¶1"));
}

TEST(Attribution, LeavesOutWhatIsUnknown)
{
    QuoteExcerpt q;
    EXPECT_EQ(attribution(q), QString());
    q.documentName = QStringLiteral("report.pdf");
    q.page = QStringLiteral("p. 4");
    q.paragraph = 9;
    EXPECT_EQ(attribution(q), QStringLiteral("report.pdf · p. 4"));
    q.page.clear();
    q.timeMs = 3723000;
    EXPECT_EQ(attribution(q), QStringLiteral("report.pdf · 1:02:03"));
}
