// The fixture:
//
// Codes (codebook order)
//   Leadership  (dimension, bipolar)
//     Provider-led          axis -1
//     Key population-led    axis +1
//       Peer governance
//   Origin      (dimension)
//     Public sector, Civil society, Private sector (never used: a zero row)
//   Collaboration (thematic)
//     Horizontal, Vertical
//
// Documents (sorted: alpha, beta, gamma)
//   alpha  80 code points (starts with an emoji); turns Ana [0,40), Bo [40,80)
//          → cases Ana and Bo; Country=Kenya; document Level=national
//   beta   60 code points, no turns, belongs to case "Org X"; Country=Nepal;
//          document Level=local
//   gamma  50 code points, no turns, no case; Country=Kenya
// Case attributes: Population Ana=Sex workers, Bo=People who use drugs,
//   Org X=Sex workers; case Level: Bo=regional (so "Level" is ambiguous).
//
// Quotes (coder in brackets)                               cases
//   Q1 alpha [0,20)   Key population-led, Civil society (amina)    Ana
//   Q2 alpha [10,30)  Peer governance, Horizontal (ben)            Ana
//   Q3 alpha [45,60)  Provider-led, Public sector (amina)          Bo
//   Q4 alpha [50,55)  Vertical (amina)                             Bo
//   Q5 beta  [0,30)   Provider-led, Civil society (ben);
//                     Key population-led (amina)                   Org X
//   Q6 beta  [35,50)  Public sector, Horizontal (amina)            Org X
//   Q7 gamma [5,15)   Key population-led (amina)                   —
//   Q8 alpha [32,38)  Key population-led at position 0.5,
//                     Civil society (amina)                        Ana
#include "analysisfixture.h"

#include "project/projectwriter.h"

#include <gtest/gtest.h>

namespace crosscut::test {

namespace {

QString textOf(int length)
{
    QString text = QString::fromUtf8("😀");
    for (int i = 1; i < length; ++i)
        text.append(QLatin1Char(static_cast<char>('a' + i % 26)));
    return text;
}

}  // namespace

AnalysisFixture::AnalysisFixture()
{
    path = dir.path(QStringLiteral("fixture.crosscut"));
    project = createProject(path);
    Project &p = *project;
    auto code = [&p](std::optional<Id> parent, const char *name, bool dimension = false, bool bipolar = false,
                     std::optional<double> axis = std::nullopt) {
        CodeSpec spec;
        spec.name = QString::fromUtf8(name);
        spec.isDimension = dimension;
        spec.isBipolar = bipolar;
        spec.axisPosition = axis;
        auto id = p.addCode(parent, spec);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : Id(0);
    };
    const Id leadership = code(std::nullopt, "Leadership", true, true);
    const Id providerLed = code(leadership, "Provider-led", false, false, -1.0);
    const Id kpLed = code(leadership, "Key population-led", false, false, 1.0);
    const Id peer = code(kpLed, "Peer governance");
    const Id origin = code(std::nullopt, "Origin", true);
    const Id publicSector = code(origin, "Public sector");
    const Id civilSociety = code(origin, "Civil society");
    code(origin, "Private sector");
    const Id collaboration = code(std::nullopt, "Collaboration");
    const Id horizontal = code(collaboration, "Horizontal");
    const Id vertical = code(collaboration, "Vertical");

    NewDocument alphaDoc{QStringLiteral("alpha"), DocumentKind::Interview, textOf(80), {}, {}, true};
    alphaDoc.turns = {{0, 40, QStringLiteral("Ana"), {}, {}}, {40, 80, QStringLiteral("Bo"), {}, {}}};
    const Id alpha = *p.addDocument(alphaDoc);
    const Id beta = *p.addDocument({QStringLiteral("beta"), DocumentKind::Interview, textOf(60), {}, {}, true});
    const Id gamma = *p.addDocument({QStringLiteral("gamma"), DocumentKind::Notes, textOf(50), {}, {}, true});
    const Id orgX = *p.addCase(QStringLiteral("Org X"));
    EXPECT_TRUE(p.addDocumentToCase(beta, orgX).ok());
    const Id ana = p.findCase(QStringLiteral("Ana"))->id;
    const Id bo = p.findCase(QStringLiteral("Bo"))->id;

    auto attr = [&p](AttributeScope scope, Id target, const char *name, const char *value) {
        EXPECT_TRUE(p.setAttribute(scope, target, QString::fromUtf8(name), QString::fromUtf8(value)).ok());
    };
    attr(AttributeScope::Document, alpha, "Country", "Kenya");
    attr(AttributeScope::Document, beta, "Country", "Nepal");
    attr(AttributeScope::Document, gamma, "Country", "Kenya");
    attr(AttributeScope::Document, alpha, "Level", "national");
    attr(AttributeScope::Document, beta, "Level", "local");
    attr(AttributeScope::Case, ana, "Population", "Sex workers");
    attr(AttributeScope::Case, bo, "Population", "People who use drugs");
    attr(AttributeScope::Case, orgX, "Population", "Sex workers");
    attr(AttributeScope::Case, bo, "Level", "regional");

    auto apply = [&](const char *name, const char *coder, Id doc, qint64 start, qint64 end, std::initializer_list<Id> codes) {
        p.setCurrentCoder(QString::fromUtf8(coder));
        for (const Id c : codes) {
            auto q = p.applyCode(doc, start, end, c);
            EXPECT_TRUE(q.ok()) << q.message().toStdString();
            if (q.ok())
                quote.insert(QString::fromUtf8(name), *q);
        }
    };
    apply("Q1", "amina", alpha, 0, 20, {kpLed, civilSociety});
    apply("Q2", "ben", alpha, 10, 30, {peer, horizontal});
    apply("Q3", "amina", alpha, 45, 60, {providerLed, publicSector});
    apply("Q4", "amina", alpha, 50, 55, {vertical});
    apply("Q5", "ben", beta, 0, 30, {providerLed, civilSociety});
    apply("Q5", "amina", beta, 0, 30, {kpLed});
    apply("Q6", "amina", beta, 35, 50, {publicSector, horizontal});
    apply("Q7", "amina", gamma, 5, 15, {kpLed});
    // Q8's Key population-led coding carries an explicit axis position.
    const Status s = p.transact(QStringLiteral("Code Q8"), [&](ProjectWriter &w) -> Status {
        auto coder = w.coderId(QStringLiteral("amina"));
        if (!coder)
            return coder.error();
        auto q = w.findOrInsertQuote(alpha, 32, 38);
        if (!q)
            return q.error();
        quote.insert(QStringLiteral("Q8"), *q);
        if (auto r = w.insertCoding(*q, kpLed, *coder, 0.5); !r)
            return r.error();
        if (auto r = w.insertCoding(*q, civilSociety, *coder); !r)
            return r.error();
        return {};
    });
    EXPECT_TRUE(s.ok()) << s.message().toStdString();
}

QList<Id> AnalysisFixture::quotes(std::initializer_list<const char *> names) const
{
    QList<Id> ids;
    for (const char *n : names)
        ids.append(quote.value(QString::fromUtf8(n)));
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace crosscut::test
