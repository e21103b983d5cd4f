#include "codebook/codebooktemplate.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(Template, IntersectionalHasTheDimensionsOfDesignMd)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("t.crosscut")), QStringLiteral("intersectional"));
    ASSERT_TRUE(p);
    QStringList dimensions;
    QHash<QString, QStringList> values;
    for (const Code &c : p->codes()) {
        if (!c.parentId && c.isDimension)
            dimensions.append(c.name);
        if (c.parentId) {
            auto parent = p->code(*c.parentId);
            if (parent->isDimension)
                values[parent->name].append(c.name);
        }
    }
    EXPECT_EQ(dimensions, QStringList({QStringLiteral("Perspective"), QStringLiteral("Organisation scope"),
                                       QStringLiteral("Origin"), QStringLiteral("Nature of advocacy"),
                                       QStringLiteral("Leadership"), QStringLiteral("Service provided"),
                                       QStringLiteral("Perceived role"), QStringLiteral("Population served"),
                                       QStringLiteral("Organisation type")}));
    EXPECT_EQ(values[QStringLiteral("Leadership")], QStringList({QStringLiteral("Provider-led"), QStringLiteral("Key population-led")}));
    EXPECT_EQ(values[QStringLiteral("Origin")], QStringList({QStringLiteral("Public sector"), QStringLiteral("Civil society")}));
    EXPECT_EQ(values[QStringLiteral("Population served")],
              QStringList({QStringLiteral("People who use drugs"), QStringLiteral("LGBT people"),
                           QStringLiteral("Sex workers"), QStringLiteral("People living with HIV")}));
    EXPECT_TRUE(p->resolveCodePath(QStringLiteral("Collaboration/Challenges/Misreading the \"hats\" partners wear")).ok());
    EXPECT_TRUE(p->resolveCodePath(QStringLiteral("Collaboration/Benefits/Joint advocacy")).ok());
    auto leadership = p->code(*p->resolveCodePath(QStringLiteral("Leadership")));
    EXPECT_TRUE(leadership->isBipolar);
    auto kp = p->code(*p->resolveCodePath(QStringLiteral("Leadership/Key population-led")));
    ASSERT_TRUE(kp->axisPosition);
    EXPECT_DOUBLE_EQ(*kp->axisPosition, 1.0);
}

TEST(Template, ApplyingTwiceDoesNotDuplicate)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("t.crosscut")), QStringLiteral("intersectional"));
    const auto count = p->codes().size();
    ASSERT_TRUE(codebook::applyTemplate(*p, QStringLiteral("intersectional")).ok());
    EXPECT_EQ(p->codes().size(), count);
}

TEST(Template, BadTemplateIsRefusedAndChangesNothing)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("t.crosscut")));
    const QString bad = dir.writeFile(QStringLiteral("bad.json"), "{\"codes\": [ {\"name\": \"A\"}, ");
    Status s = codebook::applyTemplate(*p, bad);
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.message().contains(QStringLiteral("not valid JSON")));
    const QString noName = dir.writeFile(QStringLiteral("noname.json"), "{\"codes\": [ {\"name\": \"A\"}, {\"color\": \"#fff\"} ]}");
    EXPECT_FALSE(codebook::applyTemplate(*p, noName).ok());
    EXPECT_EQ(p->codes().size(), 0);
    EXPECT_FALSE(codebook::applyTemplate(*p, QStringLiteral("no-such-template")).ok());
}
