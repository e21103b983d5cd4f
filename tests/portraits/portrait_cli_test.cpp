// crosscut-cli portrait (json, csv, png, svg) and cooccurrence's Jaccard and
// --both, run as the real binary on the fixtures' project files.
#include "portraitfixture.h"

#include "../analysis/analysisfixture.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

TEST(PortraitCli, JsonOfOneDocument)
{
    PortraitFixture f;
    f.project.reset();  // the CLI takes the project's lock
    const CliResult r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--document"), QStringLiteral("one")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray docs = json[QStringLiteral("documents")].toArray();
    ASSERT_EQ(docs.size(), 1);
    const QJsonObject one = docs[0].toObject();
    EXPECT_EQ(one[QStringLiteral("name")].toString(), QStringLiteral("one"));
    EXPECT_EQ(one[QStringLiteral("length")].toInt(), 100);
    EXPECT_EQ(one[QStringLiteral("lanes")].toInt(), 3);
    const QJsonArray segments = one[QStringLiteral("segments")].toArray();
    ASSERT_EQ(segments.size(), 5);
    const QJsonObject third = segments[2].toObject();
    EXPECT_EQ(third[QStringLiteral("start")].toInt(), 10);
    EXPECT_EQ(third[QStringLiteral("end")].toInt(), 30);
    EXPECT_EQ(third[QStringLiteral("code")].toString(), QStringLiteral("B"));
    EXPECT_EQ(third[QStringLiteral("lane")].toInt(), 2);
    EXPECT_EQ(third[QStringLiteral("quote")].toInteger(), f.q2);
}

TEST(PortraitCli, CsvOfEveryDocument)
{
    PortraitFixture f;
    f.project.reset();  // the CLI takes the project's lock
    const CliResult r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7);
    EXPECT_EQ(lines[0], QStringLiteral("document,length,start,end,code,color,coder,lane,quote"));
    EXPECT_EQ(lines[6], QStringLiteral("two,30,5,15,C,#56b4e9,amina,0,%1").arg(f.q5));
}

TEST(PortraitCli, BadInputIsRefusedAndChangesNothing)
{
    PortraitFixture f;
    f.project.reset();  // closed, so the file's bytes are final
    const QByteArray before = readAll(f.path);
    CliResult r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--document"), QStringLiteral("nowhere")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nowhere"))) << r.err.toStdString();
    r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--format"))) << r.err.toStdString();
    r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--out"), f.dir.path(QStringLiteral("p.png")),
                QStringLiteral("--width"), QStringLiteral("12")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("p.png"))));
    EXPECT_EQ(readAll(f.path), before);
}

TEST(PortraitCli, DrawsPngAndSvg)
{
    PortraitFixture f;
    f.project.reset();
    const QString png = f.dir.path(QStringLiteral("one.png"));
    CliResult r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--document"), QStringLiteral("one"),
                          QStringLiteral("--out"), png, QStringLiteral("--width"), QStringLiteral("800")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 800);
    // Code A's own red is drawn somewhere in its strip.
    bool red = false;
    for (int y = 0; y < image.height() && !red; ++y)
        for (int x = 0; x < image.width() && !red; ++x)
            red = image.pixelColor(x, y) == QColor(0xff, 0, 0);
    EXPECT_TRUE(red);
    const QString svg = f.dir.path(QStringLiteral("all.svg"));
    r = runCli({QStringLiteral("portrait"), f.path, QStringLiteral("--out"), svg});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray bytes = readAll(svg);
    EXPECT_TRUE(bytes.contains("<svg"));
    EXPECT_TRUE(bytes.contains("two"));  // the small multiples name every document
}

TEST(CooccurrenceCli, JaccardAndCodedWithBoth)
{
    AnalysisFixture f;
    f.project.reset();
    CliResult r = runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--codes"),
                          QStringLiteral("Leadership/Key population-led,Collaboration/Horizontal"), QStringLiteral("--measure"),
                          QStringLiteral("jaccard"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_DOUBLE_EQ(json[QStringLiteral("jaccard")].toArray()[0].toArray()[1].toDouble(), 1.0 / 3.0);
    EXPECT_EQ(json[QStringLiteral("with_both")].toArray()[0].toArray()[1].toInt(), 2);
    r = runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--codes"),
                QStringLiteral("Leadership/Key population-led,Collaboration/Horizontal"), QStringLiteral("--measure"),
                QStringLiteral("jaccard")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0.333"))) << r.out.toStdString();

    r = runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--both"),
                QStringLiteral("Leadership/Key population-led,Collaboration/Horizontal")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("quote,document,start,end")));
    const QList<Id> ids = f.quotes({"Q1", "Q2"});
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("%1,alpha,0,20,").arg(ids[0]))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("%1,alpha,10,30,").arg(ids[1]))) << lines[2].toStdString();

    r = runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--both"), QStringLiteral("Leadership")});
    EXPECT_EQ(r.exitCode, 2);
}

}  // namespace
}  // namespace crosscut::test
