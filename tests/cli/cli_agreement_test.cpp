// crosscut-cli agreement, run as the real binary on a project file: the JSON
// contract, csv and md, the --codes and --doc filters, errors, and that the
// project is left byte for byte as it was.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// The published unitized-alpha example on Leadership (Provider-led = value 1,
// Key population-led = value 2) in "continuum", and a second document.
struct AgreementProject {
    TempDir dir;
    QString path = dir.path(QStringLiteral("team.crosscut"));

    AgreementProject()
    {
        auto p = createProject(path, QStringLiteral("intersectional"));
        const Id doc = *p->addDocument({QStringLiteral("continuum"), DocumentKind::Interview,
                                        QString::fromUtf8("Мы 😀 ведём это сами!"), {}, {}, false});
        const Id other = *p->addDocument({QStringLiteral("other"), DocumentKind::Interview,
                                          QStringLiteral("The ministry pays for the clinic and we decide."), {}, {}, false});
        const Id provider = *p->resolveCodePath(QStringLiteral("Leadership/Provider-led"));
        const Id kp = *p->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
        const Id rights = *p->resolveCodePath(QStringLiteral("Perspective/Human rights"));
        p->setCurrentCoder(QStringLiteral("Ann"));
        EXPECT_TRUE(p->applyCode(doc, 2, 5, provider).ok());
        EXPECT_TRUE(p->applyCode(doc, 9, 11, provider).ok());
        EXPECT_TRUE(p->applyCode(doc, 12, 20, kp).ok());
        EXPECT_TRUE(p->applyCode(other, 0, 20, rights).ok());
        p->setCurrentCoder(QStringLiteral("Ben"));
        EXPECT_TRUE(p->applyCode(doc, 2, 5, provider).ok());
        EXPECT_TRUE(p->applyCode(doc, 7, 15, kp).ok());
        EXPECT_TRUE(p->applyCode(other, 10, 30, rights).ok());
        p->setCurrentCoder(QStringLiteral("Cem"));
        EXPECT_TRUE(p->applyCode(doc, 2, 5, provider).ok());
    }
    CliResult run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("agreement"));
        return runCli(args);
    }
};

QJsonObject codeEntry(const QJsonArray &codes, const QString &path)
{
    for (const auto &v : codes)
        if (v.toObject().value(QStringLiteral("code")).toString() == path)
            return v.toObject();
    ADD_FAILURE() << "no entry for " << path.toStdString();
    return {};
}

}  // namespace

TEST(AgreementCli, JsonHoldsEveryCodeInCodebookOrderWithTheExactMeasures)
{
    AgreementProject f;
    const CliResult r = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--doc"),
                               QStringLiteral("continuum")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("coders")).toArray(), (QJsonArray{QStringLiteral("Ann"), QStringLiteral("Ben")}));
    EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("code points"));
    EXPECT_FALSE(o.contains(QStringLiteral("pairs")));
    const QJsonArray codes = o.value(QStringLiteral("codes")).toArray();
    ASSERT_EQ(codes.size(), 45);  // the whole intersectional codebook
    EXPECT_EQ(codes.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Perspective"));

    const QJsonObject provider = codeEntry(codes, QStringLiteral("Leadership/Provider-led"));
    EXPECT_EQ(provider.value(QStringLiteral("a")).toInt(), 5);
    EXPECT_EQ(provider.value(QStringLiteral("b")).toInt(), 3);
    EXPECT_EQ(provider.value(QStringLiteral("both")).toInt(), 3);
    EXPECT_DOUBLE_EQ(provider.value(QStringLiteral("alpha")).toDouble(), 1787.0 / 2560.0);
    EXPECT_DOUBLE_EQ(provider.value(QStringLiteral("percent")).toDouble(), 18.0 / 20.0);
    EXPECT_FALSE(provider.contains(QStringLiteral("reason")));
    EXPECT_DOUBLE_EQ(codeEntry(codes, QStringLiteral("Leadership/Key population-led")).value(QStringLiteral("alpha")).toDouble(),
                     11.0 / 192.0);
    // Undefined: null with a reason.
    const QJsonObject rights = codeEntry(codes, QStringLiteral("Perspective/Human rights"));
    EXPECT_TRUE(rights.value(QStringLiteral("alpha")).isNull());
    EXPECT_TRUE(rights.value(QStringLiteral("kappa")).isNull());
    EXPECT_FALSE(rights.value(QStringLiteral("reason")).toString().isEmpty());

    const QJsonArray dimensions = o.value(QStringLiteral("dimensions")).toArray();
    ASSERT_EQ(dimensions.size(), 9);
    QJsonObject leadership;
    for (const auto &d : dimensions)
        if (d.toObject().value(QStringLiteral("dimension")).toString() == QLatin1String("Leadership"))
            leadership = d.toObject();
    EXPECT_DOUBLE_EQ(leadership.value(QStringLiteral("cu_alpha")).toDouble(), 39.0 / 64.0);
    EXPECT_TRUE(dimensions.first().toObject().value(QStringLiteral("cu_alpha")).isNull());
    EXPECT_FALSE(dimensions.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
}

TEST(AgreementCli, CodesAndDocumentFilters)
{
    AgreementProject f;
    const CliResult all = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--codes"),
                                 QStringLiteral("Perspective/Human rights,Leadership")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(all.out.toUtf8()).object();
    const QJsonArray codes = o.value(QStringLiteral("codes")).toArray();
    ASSERT_EQ(codes.size(), 2);  // codebook order
    EXPECT_EQ(codes.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Perspective/Human rights"));
    EXPECT_EQ(codes.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Leadership"));
    EXPECT_EQ(o.value(QStringLiteral("dimensions")).toArray().size(), 1);
    const QJsonObject rights = codes.at(0).toObject();
    EXPECT_EQ(rights.value(QStringLiteral("a")).toInt(), 20);
    EXPECT_EQ(rights.value(QStringLiteral("both")).toInt(), 10);
    EXPECT_TRUE(rights.value(QStringLiteral("kappa")).isDouble());

    // Both documents named: the same as none named; one: its sums only.
    const CliResult both = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--codes"),
                                  QStringLiteral("Perspective/Human rights,Leadership"), QStringLiteral("--doc"),
                                  QStringLiteral("other"), QStringLiteral("--doc"), QStringLiteral("continuum")});
    EXPECT_EQ(both.out, all.out);
    const CliResult one = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--codes"),
                                 QStringLiteral("Perspective/Human rights"), QStringLiteral("--doc"), QStringLiteral("continuum")});
    const QJsonObject none = QJsonDocument::fromJson(one.out.toUtf8()).object().value(QStringLiteral("codes")).toArray().at(0).toObject();
    EXPECT_EQ(none.value(QStringLiteral("a")).toInt(), 0);
    EXPECT_TRUE(none.value(QStringLiteral("alpha")).isNull());
}

TEST(AgreementCli, CsvAndMarkdown)
{
    AgreementProject f;
    const CliResult csv = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--codes"), QStringLiteral("Leadership,Leadership/Provider-led"),
                                 QStringLiteral("--doc"), QStringLiteral("continuum")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("coder_a,coder_b,code,dimension,a,b,both,total,percent,kappa,alpha,cu_alpha,reason"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("Ann,Ben,Leadership,true,"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",0.609375,"))) << lines[1].toStdString();  // cu-alpha = 39/64
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("Ann,Ben,Leadership/Provider-led,false,5,3,3,20,0.9,")))
        << lines[2].toStdString();

    const CliResult md = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben,Cem"), QStringLiteral("--format"),
                                QStringLiteral("md"), QStringLiteral("--codes"), QStringLiteral("Leadership/Provider-led")});
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("## Ann (A) and Ben (B)")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("## Ben (A) and Cem (B)")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("## Mean over the pairs")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("| Leadership/Provider-led | 5 | 3 | 3 |")));

    // More than two coders in JSON: the pairs, and the means on top.
    const CliResult three = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben,Cem"), QStringLiteral("--codes"),
                                   QStringLiteral("Leadership/Provider-led")});
    const QJsonObject o = QJsonDocument::fromJson(three.out.toUtf8()).object();
    const QJsonArray pairs = o.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 3);
    EXPECT_EQ(pairs.at(2).toObject().value(QStringLiteral("coders")).toArray(), (QJsonArray{QStringLiteral("Ben"), QStringLiteral("Cem")}));
    double sum = 0;
    for (const auto &p : pairs)
        sum += p.toObject().value(QStringLiteral("codes")).toArray().at(0).toObject().value(QStringLiteral("kappa")).toDouble();
    EXPECT_NEAR(o.value(QStringLiteral("codes")).toArray().at(0).toObject().value(QStringLiteral("kappa")).toDouble(), sum / 3, 1e-12);
}

TEST(AgreementCli, UnknownNamesAndUsageErrors)
{
    AgreementProject f;
    const CliResult coder = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Zed")});
    EXPECT_EQ(coder.exitCode, 3);
    EXPECT_TRUE(coder.err.contains(QStringLiteral("no coder \"Zed\""))) << coder.err.toStdString();
    EXPECT_TRUE(coder.out.isEmpty());
    const CliResult code = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--codes"), QStringLiteral("Nope")});
    EXPECT_EQ(code.exitCode, 3);
    EXPECT_TRUE(code.err.contains(QStringLiteral("Nope"))) << code.err.toStdString();
    const CliResult doc = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--doc"), QStringLiteral("nowhere")});
    EXPECT_EQ(doc.exitCode, 3);
    EXPECT_TRUE(doc.err.contains(QStringLiteral("nowhere"))) << doc.err.toStdString();
    EXPECT_EQ(f.run({QStringLiteral("--coders"), QStringLiteral("Ann")}).exitCode, 2);
    EXPECT_EQ(f.run({}).exitCode, 2);
    EXPECT_EQ(f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
}

TEST(AgreementCli, WritesNothingToTheProject)
{
    AgreementProject f;
    const QByteArray before = readAll(f.path);
    ASSERT_FALSE(before.isEmpty());
    const QString out = f.dir.path(QStringLiteral("agreement.json"));
    const CliResult r = f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben,Cem"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(readAll(out)).isObject());
    (void)f.run({QStringLiteral("--coders"), QStringLiteral("Ann,Ben"), QStringLiteral("--format"), QStringLiteral("md")});
    EXPECT_EQ(readAll(f.path), before);
}
