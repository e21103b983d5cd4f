// Codings read per coder (project/codercodings.h): the counts the codebook
// shows under View → Coders, and single coding rows.
#include "project/codercodings.h"
#include "project/project.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(CoderCodings, CountsPerCodeOfOneCoderOrAll)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("c.crosscut")), QStringLiteral("intersectional"));
    const Id doc = *p->addDocument({QStringLiteral("kg"), DocumentKind::Interview,
                                    QStringLiteral("Мы решаем сами 🙂, всем сообществом.\n"), {}, {}, true});
    const Id rights = *p->resolveCodePath(QStringLiteral("Perspective/Human rights"));
    const Id medical = *p->resolveCodePath(QStringLiteral("Perspective/Medical"));
    p->setCurrentCoder(QStringLiteral("Aigerim"));
    ASSERT_TRUE(p->applyCode(doc, 0, 9, rights).ok());
    ASSERT_TRUE(p->applyCode(doc, 3, 14, rights).ok());
    p->setCurrentCoder(QStringLiteral("Bakyt"));
    ASSERT_TRUE(p->applyCode(doc, 0, 9, rights).ok());
    const Id quote = *p->applyCode(doc, 0, 9, medical);
    const Id aigerim = p->findCoder(QStringLiteral("Aigerim"))->id;
    const Id bakyt = p->findCoder(QStringLiteral("Bakyt"))->id;

    EXPECT_EQ(codingCountsByCode(*p), (QHash<Id, int>{{rights, 3}, {medical, 1}}));
    EXPECT_EQ(codingCountsByCode(*p, aigerim), (QHash<Id, int>{{rights, 2}}));
    EXPECT_EQ(codingCountsByCode(*p, bakyt), (QHash<Id, int>{{rights, 1}, {medical, 1}}));
    EXPECT_TRUE(codingCountsByCode(*p, Id(9999)).isEmpty());

    const QList<Coding> codings = p->codings(quote);
    ASSERT_EQ(codings.size(), 3);
    const std::optional<Coding> last = findCoding(*p, codings.last().id);
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->quoteId, quote);
    EXPECT_EQ(last->codeId, medical);
    EXPECT_EQ(last->coderId, bakyt);
    EXPECT_FALSE(findCoding(*p, Id(9999)).has_value());
}

TEST(CoderCodings, RemovingOneCodersCodingsLeavesTheOthersAndUndoes)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("r.crosscut")), QStringLiteral("intersectional"));
    const Id doc = *p->addDocument({QStringLiteral("kg"), DocumentKind::Interview,
                                    QStringLiteral("Мы решаем сами 🙂, всем сообществом.\n"), {}, {}, true});
    const Id rights = *p->resolveCodePath(QStringLiteral("Perspective/Human rights"));
    const Id medical = *p->resolveCodePath(QStringLiteral("Perspective/Medical"));
    p->setCurrentCoder(QStringLiteral("Aigerim"));
    const Id quote = *p->applyCode(doc, 0, 9, rights);
    ASSERT_TRUE(p->applyCode(doc, 0, 9, medical).ok());
    p->setCurrentCoder(QStringLiteral("Bakyt"));
    ASSERT_TRUE(p->applyCode(doc, 0, 9, rights).ok());
    const Id aigerim = p->findCoder(QStringLiteral("Aigerim"))->id;
    const Id bakyt = p->findCoder(QStringLiteral("Bakyt"))->id;

    // Aigerim's Human rights goes; Bakyt's stays, and so does her Medical.
    ASSERT_TRUE(removeCoderCodings(*p, quote, aigerim, rights).ok());
    EXPECT_EQ(codingCountsByCode(*p, aigerim), (QHash<Id, int>{{medical, 1}}));
    EXPECT_EQ(codingCountsByCode(*p, bakyt), (QHash<Id, int>{{rights, 1}}));
    EXPECT_EQ(p->undoLabel(), QStringLiteral("Remove coding Human rights by Aigerim"));

    // All of Bakyt's: the quote stays with Aigerim's; then all of hers: it goes.
    ASSERT_TRUE(removeCoderCodings(*p, quote, bakyt).ok());
    EXPECT_TRUE(p->quote(quote).has_value());
    EXPECT_TRUE(codingCountsByCode(*p, bakyt).isEmpty());
    ASSERT_TRUE(removeCoderCodings(*p, quote, aigerim).ok());
    EXPECT_FALSE(p->quote(quote).has_value());

    // Each removal is one step back.
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(p->undo().ok());
    EXPECT_EQ(codingCountsByCode(*p), (QHash<Id, int>{{rights, 2}, {medical, 1}}));
    EXPECT_FALSE(removeCoderCodings(*p, quote, Id(9999)).ok());
}
