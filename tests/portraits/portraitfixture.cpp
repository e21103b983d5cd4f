// The fixture:
//
// Codes (codebook order): A (#ff0000); B and C the schema's "no colour
// chosen" grey #888888 (new codes otherwise get a palette colour of their own).
// Documents (sorted): "one" 100 code points (starts with an emoji, so 101
// UTF-16 units), "two" 30 code points.
//
// Codings                          coder
//   q1 one [0,20)   A              amina
//   q1 one [0,20)   B              ben
//   q2 one [10,30)  B              amina
//   q3 one [25,40)  A              amina
//   q4 one [40,50)  A              amina
//   q5 two [5,15)   C              amina
//
// By hand: colours A #ff0000, B palette[0] #e69f00, C palette[1] #56b4e9.
// Lanes of "one", in order (start, longer first, code):
//   (0,20,A) lane 0 → ends 20; (0,20,B) lane 1; (10,30,B) lane 2 (lanes 0
//   and 1 end at 20 > 10); (25,40,A) lane 0 (20 ≤ 25); (40,50,A) lane 0
//   (40 ≤ 40). Three lanes.
// Codelines of "one": A [0,20) [25,50) (touching spans merge), covered 45,
//   3 segments; B [0,30), covered 30, 2 segments.
// With coder ben only: "one" holds (0,20,B) in lane 0, codes = {B} (palette[0]).
#include "portraitfixture.h"

#include <gtest/gtest.h>

namespace crosscut::test {

PortraitFixture::PortraitFixture()
{
    path = dir.path(QStringLiteral("portraits.crosscut"));
    project = createProject(path);
    Project &p = *project;
    auto code = [&p](const char *name) {
        CodeSpec spec;
        spec.name = QString::fromUtf8(name);
        auto id = p.addCode(std::nullopt, spec);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : Id(0);
    };
    a = code("A");
    b = code("B");
    c = code("C");
    EXPECT_TRUE(p.setCodeColor(a, QStringLiteral("#ff0000")).ok());
    EXPECT_TRUE(p.setCodeColor(b, QStringLiteral("#888888")).ok());
    EXPECT_TRUE(p.setCodeColor(c, QStringLiteral("#888888")).ok());
    QString text = QString::fromUtf8("😀");
    for (int i = 1; i < 100; ++i)
        text.append(QLatin1Char(static_cast<char>('a' + i % 26)));
    one = *p.addDocument({QStringLiteral("one"), DocumentKind::Interview, text, {}, {}, true});
    two = *p.addDocument({QStringLiteral("two"), DocumentKind::Interview, text.left(31), {}, {}, true});
    auto apply = [&p](const char *coder, Id doc, qint64 start, qint64 end, Id codeId) {
        p.setCurrentCoder(QString::fromUtf8(coder));
        auto q = p.applyCode(doc, start, end, codeId);
        EXPECT_TRUE(q.ok()) << q.message().toStdString();
        return q.ok() ? *q : Id(0);
    };
    q1 = apply("amina", one, 0, 20, a);
    EXPECT_EQ(apply("ben", one, 0, 20, b), q1);
    q2 = apply("amina", one, 10, 30, b);
    q3 = apply("amina", one, 25, 40, a);
    q4 = apply("amina", one, 40, 50, a);
    q5 = apply("amina", two, 5, 15, c);
}

}  // namespace crosscut::test
