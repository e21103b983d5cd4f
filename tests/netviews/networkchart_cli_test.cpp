// crosscut-cli network-chart as the real binary: a PNG QImage reads, an SVG,
// and bad input refused with a message and no file.
#include "netviewsfixture.h"

#include <QFileInfo>
#include <QImage>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

class NetworkChartCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::NetViewsProject p;
        m_path = m_dir.path(QStringLiteral("cli.crosscut"));
        p.project.reset();
        ASSERT_TRUE(QFile::copy(p.path, m_path));
    }
    test::CliResult run(QStringList extra)
    {
        return test::runCli(QStringList{QStringLiteral("network-chart"), m_path} + extra);
    }
    test::TempDir m_dir;
    QString m_path;
};

TEST_F(NetworkChartCli, DrawsTheGraphOfBothWavesToPng)
{
    const QString out = m_dir.path(QStringLiteral("graph.png"));
    const auto r = run({QStringLiteral("--group"), QStringLiteral("case:Population served"), QStringLiteral("--draw"),
                        QStringLiteral("graph"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1500, 820));  // two waves side by side
    const QString one = m_dir.path(QStringLiteral("endline.png"));
    const auto r2 = run({QStringLiteral("--group"), QStringLiteral("case:Organisation type"), QStringLiteral("--draw"),
                         QStringLiteral("graph"), QStringLiteral("--wave"), QStringLiteral("endline"), QStringLiteral("--out"), one,
                         QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("600")});
    ASSERT_EQ(r2.exitCode, 0) << r2.err.toStdString();
    EXPECT_EQ(QImage(one).size(), QSize(800, 600));
}

TEST_F(NetworkChartCli, DrawsAMeasureAsBarsToSvg)
{
    const QString out = m_dir.path(QStringLiteral("ei.svg"));
    const auto r = run({QStringLiteral("--group"), QStringLiteral("case:Population served"), QStringLiteral("--draw"),
                        QStringLiteral("ei_index"), QStringLiteral("--out"), out, QStringLiteral("--wave"), QStringLiteral("baseline"),
                        QStringLiteral("--wave"), QStringLiteral("endline")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString svg = QString::fromUtf8(test::readAll(out));
    EXPECT_TRUE(svg.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(svg.contains(QStringLiteral("SW (n=2)")));
    EXPECT_TRUE(svg.contains(QStringLiteral("E-I index per Population served")));
}

TEST_F(NetworkChartCli, RefusesBadInputAndWritesNothing)
{
    const QByteArray before = test::readAll(m_path);
    const QString out = m_dir.path(QStringLiteral("bad.png"));
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--group"), QStringLiteral("case:Colour"), QStringLiteral("--draw"), QStringLiteral("graph"), QStringLiteral("--out"), out},
         QStringLiteral("Colour")},
        {{QStringLiteral("--group"), QStringLiteral("case:Population served"), QStringLiteral("--draw"), QStringLiteral("graph"),
          QStringLiteral("--wave"), QStringLiteral("midline"), QStringLiteral("--out"), out},
         QStringLiteral("midline")},
        {{QStringLiteral("--group"), QStringLiteral("case:Population served"), QStringLiteral("--draw"), QStringLiteral("density"),
          QStringLiteral("--out"), out},
         QStringLiteral("--draw")},
        {{QStringLiteral("--group"), QStringLiteral("Population served"), QStringLiteral("--draw"), QStringLiteral("graph"),
          QStringLiteral("--out"), out},
         QStringLiteral("case:")},
    };
    for (const auto &[args, mention] : cases) {
        const auto r = run(args);
        EXPECT_NE(r.exitCode, 0) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(mention)) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << args.join(u' ').toStdString();
    }
    const QString jpg = m_dir.path(QStringLiteral("graph.jpg"));
    const auto r = run({QStringLiteral("--group"), QStringLiteral("case:Population served"), QStringLiteral("--draw"),
                        QStringLiteral("graph"), QStringLiteral("--out"), jpg});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("jpg"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(jpg));
    EXPECT_EQ(test::readAll(m_path), before);
}

}  // namespace
}  // namespace crosscut
