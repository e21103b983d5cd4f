// crosscut-cli ties and network, run as the real binary on a project file:
// refused tie files leave the project byte for byte as it was; the JSON
// contract; node measures; GraphML read back by igraph; GEXF well formed.
#include "networkfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <igraph.h>

#include <cstdio>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct CliProject : NetworkProject {
    CliResult run(const char *command, QStringList args) const
    {
        args.prepend(path);
        args.prepend(QString::fromLatin1(command));
        return runCli(args);
    }
    void importTies() const
    {
        const CliResult r = run("ties", {QStringLiteral("--from"), tiesCsv});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.out, QStringLiteral("added 10 ties (2 rows were already in the project or repeated a tie)\n"));
    }
    QJsonObject json(QStringList args) const
    {
        const CliResult r = run("network", args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return o;
    }
};

int xmllint(const QString &file)
{
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
    if (!lint.waitForFinished(30000))
        return -1;
    return lint.exitCode();
}

}  // namespace

TEST(NetworkCli, RefusedTieFilesLeaveTheProjectByteIdentical)
{
    CliProject f;
    f.importTies();
    const QByteArray before = readAll(f.path);
    ASSERT_FALSE(before.isEmpty());
    const QList<std::pair<QByteArray, QString>> bad = {
        {"from,to,wave\nA,C,2025\nA,Nobody,2025\n", QStringLiteral("line 3: no case named \"Nobody\"")},
        {"from,to,wave\nA,C,2025\nD,D,2025\n", QStringLiteral("line 3: a tie of \"D\" with itself")},
        {"from,to,wave\nA,C,2025\nA,,2025\n", QStringLiteral("line 3: the to field is empty")},
        {"from;to;wave\nA;C;2025\nB;E\n", QStringLiteral("line 3: expected 3 fields, found 2")},
    };
    for (const auto &[content, message] : bad) {
        SCOPED_TRACE(message.toStdString());
        const QString file = f.dir.writeFile(QStringLiteral("bad.csv"), content);
        const CliResult r = f.run("ties", {QStringLiteral("--from"), file});
        EXPECT_NE(r.exitCode, 0);
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_EQ(readAll(f.path), before);
    }
    // The same file once more adds nothing and is no error.
    const CliResult again = f.run("ties", {QStringLiteral("--from"), f.tiesCsv});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("added 0 ties"))) << again.out.toStdString();
}

TEST(NetworkCli, ListsTiesAsCsvAndUndoesTheImport)
{
    CliProject f;
    f.importTies();
    const CliResult list = f.run("ties", {QStringLiteral("--wave"), QStringLiteral("2022")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, QStringLiteral("from,to,wave,kind\r\nA,B,2022,\r\nA,E,2022,\r\nC,E,2022,\r\nA,F,2022,\r\n"));
    const CliResult undo = runCli({QStringLiteral("undo"), f.path});
    ASSERT_EQ(undo.exitCode, 0) << undo.err.toStdString();
    EXPECT_EQ(f.run("ties", {}).out, QStringLiteral("from,to,wave,kind\r\n"));
}

TEST(NetworkCli, JsonContractPerWave)
{
    CliProject f;
    f.importTies();
    const CliResult raw = f.run("network", {QStringLiteral("--group"), QStringLiteral("case:pop"), QStringLiteral("--wave"),
                                            QStringLiteral("2019")});
    ASSERT_EQ(raw.exitCode, 0) << raw.err.toStdString();
    // The keys in the contract's order.
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\{"wave": "2019", "cases": 7, "ties": 6, "density": [0-9.]+, "groups": \[)"))
                    .match(raw.out)
                    .hasMatch())
        << raw.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(\{"group": "LGBT", "cases": 1, "mean_ties": 1, "cross_ratio": 1, "ei_index": 1\})"))
                    .match(raw.out)
                    .hasMatch())
        << raw.out.toStdString();

    const QJsonObject o = QJsonDocument::fromJson(raw.out.toUtf8()).object();
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("density")).toDouble(), 2.0 / 7.0);
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(groups.size(), 3);
    const QJsonObject pwud = groups[1].toObject();
    EXPECT_EQ(pwud.value(QStringLiteral("group")).toString(), QStringLiteral("PWUD"));
    EXPECT_EQ(pwud.value(QStringLiteral("cases")).toInt(), 2);
    EXPECT_DOUBLE_EQ(pwud.value(QStringLiteral("mean_ties")).toDouble(), 5.0 / 2.0);
    EXPECT_DOUBLE_EQ(pwud.value(QStringLiteral("cross_ratio")).toDouble(), 7.0 / 12.0);
    EXPECT_DOUBLE_EQ(pwud.value(QStringLiteral("ei_index")).toDouble(), 1.0 / 2.0);
    const QJsonObject sw = groups[2].toObject();
    EXPECT_DOUBLE_EQ(sw.value(QStringLiteral("mean_ties")).toDouble(), 4.0 / 3.0);
    EXPECT_DOUBLE_EQ(sw.value(QStringLiteral("cross_ratio")).toDouble(), 1.0 / 3.0);

    // Without --wave: "wave": null and every wave's ties (10, density 10/21).
    const QJsonObject all = f.json({QStringLiteral("--group"), QStringLiteral("case:pop")});
    EXPECT_TRUE(all.value(QStringLiteral("wave")).isNull());
    EXPECT_EQ(all.value(QStringLiteral("ties")).toInt(), 10);
    EXPECT_DOUBLE_EQ(all.value(QStringLiteral("density")).toDouble(), 10.0 / 21.0);
}

TEST(NetworkCli, NullWhenAGroupHasNoTie)
{
    CliProject f;
    // Only C-D of wave 2019: LGBT {E} and SW {A, B, G} have no tie.
    const QString file = f.dir.writeFile(QStringLiteral("one.csv"), "from,to,wave\nC,D,2019\n");
    ASSERT_EQ(f.run("ties", {QStringLiteral("--from"), file}).exitCode, 0);
    const CliResult raw = f.run("network", {QStringLiteral("--group"), QStringLiteral("case:pop")});
    ASSERT_EQ(raw.exitCode, 0) << raw.err.toStdString();
    EXPECT_TRUE(raw.out.contains(QStringLiteral(R"({"group": "SW", "cases": 3, "mean_ties": 0, "cross_ratio": null, "ei_index": null})")))
        << raw.out.toStdString();
    // PWUD {C, D}: both ties inside: ratio 0, E-I (0 - 1) / 1 = -1.
    EXPECT_TRUE(raw.out.contains(QStringLiteral(R"({"group": "PWUD", "cases": 2, "mean_ties": 1, "cross_ratio": 0, "ei_index": -1})")))
        << raw.out.toStdString();
}

TEST(NetworkCli, CsvMarkdownAndNodes)
{
    CliProject f;
    f.importTies();
    const QStringList base{QStringLiteral("--group"), QStringLiteral("case:pop"), QStringLiteral("--wave"), QStringLiteral("2022")};
    const CliResult csv = f.run("network", base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("wave,group,cases,mean_ties,cross_ratio,ei_index,network_cases,network_ties,density"));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("2022,PWUD,2,0.5,1,1,7,4,"))) << lines[2].toStdString();

    const CliResult md = f.run("network", base + QStringList{QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(md.exitCode, 0);
    EXPECT_TRUE(md.out.contains(QStringLiteral("| SW | 3 | 1.33 | 0.333 | 0.333 |"))) << md.out.toStdString();

    const CliResult nodes = f.run("network", QStringList{QStringLiteral("--group"), QStringLiteral("case:pop"), QStringLiteral("--wave"),
                                                         QStringLiteral("2019"), QStringLiteral("--nodes")});
    ASSERT_EQ(nodes.exitCode, 0) << nodes.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(nodes.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 7);
    EXPECT_EQ(rows[3].toObject().value(QStringLiteral("case")).toString(), QStringLiteral("D"));
    EXPECT_EQ(rows[3].toObject().value(QStringLiteral("degree")).toInt(), 3);
    EXPECT_DOUBLE_EQ(rows[3].toObject().value(QStringLiteral("betweenness")).toDouble(), 6.0);
    EXPECT_TRUE(rows[5].toObject().value(QStringLiteral("group")).isNull());  // F
    EXPECT_EQ(rows[6].toObject().value(QStringLiteral("component")).toInt(), 2);  // G, alone
}

TEST(NetworkCli, UsageAndLookupErrors)
{
    CliProject f;
    f.importTies();
    const CliResult noPrefix = f.run("network", {QStringLiteral("--group"), QStringLiteral("pop")});
    EXPECT_EQ(noPrefix.exitCode, 2);
    EXPECT_TRUE(noPrefix.err.contains(QStringLiteral("case:"))) << noPrefix.err.toStdString();
    EXPECT_EQ(f.run("network", {}).exitCode, 2);
    const CliResult wave = f.run("network", {QStringLiteral("--group"), QStringLiteral("case:pop"), QStringLiteral("--wave"),
                                             QStringLiteral("2020")});
    EXPECT_EQ(wave.exitCode, 3);
    EXPECT_TRUE(wave.err.contains(QStringLiteral("waves: 2019, 2022"))) << wave.err.toStdString();
    const CliResult attribute = f.run("network", {QStringLiteral("--group"), QStringLiteral("case:Population")});
    EXPECT_EQ(attribute.exitCode, 3);
    EXPECT_EQ(f.run("network", {QStringLiteral("--format"), QStringLiteral("graphml")}).exitCode, 2);  // no --out
}

TEST(NetworkCli, GraphMLIsReadBackByIgraphWithNamesAttributesWavesAndKinds)
{
    CliProject f;
    f.importTies();
    const QString out = f.dir.path(QStringLiteral("net.graphml"));
    const CliResult r = f.run("network", {QStringLiteral("--group"), QStringLiteral("case:pop"), QStringLiteral("--wave"),
                                          QStringLiteral("2019"), QStringLiteral("--format"), QStringLiteral("graphml"),
                                          QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(xmllint(out), 0);

    igraph_set_attribute_table(&igraph_cattribute_table);
    FILE *file = std::fopen(QFile::encodeName(out).constData(), "r");
    ASSERT_NE(file, nullptr);
    igraph_t graph;
    const igraph_error_t rc = igraph_read_graph_graphml(&graph, file, 0);
    std::fclose(file);
    ASSERT_EQ(rc, IGRAPH_SUCCESS);
    EXPECT_FALSE(igraph_is_directed(&graph));
    EXPECT_EQ(igraph_vcount(&graph), 7);
    EXPECT_EQ(igraph_ecount(&graph), 6);
    EXPECT_STREQ(VAS(&graph, "name", 0), "A");
    EXPECT_STREQ(VAS(&graph, "group", 0), "SW");
    EXPECT_STREQ(VAS(&graph, "pop", 2), "PWUD");       // C: every case attribute
    EXPECT_STREQ(VAS(&graph, "country", 5), "Kenya");  // F
    EXPECT_STREQ(VAS(&graph, "pop", 5), "");           // F has none
    EXPECT_STREQ(EAS(&graph, "wave", 0), "2019");
    // A-D is an edge between vertices 0 and 3.
    igraph_integer_t edge = -1;
    EXPECT_EQ(igraph_get_eid(&graph, &edge, 0, 3, IGRAPH_UNDIRECTED, false), IGRAPH_SUCCESS);
    EXPECT_GE(edge, 0);
    igraph_destroy(&graph);
    igraph_set_attribute_table(nullptr);
}

TEST(NetworkCli, GexfIsWellFormedWithEveryNodeAndEdge)
{
    CliProject f;
    f.importTies();
    const QString out = f.dir.path(QStringLiteral("net.gexf"));
    const CliResult r = f.run("network", {QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(xmllint(out), 0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int nodes = 0, edges = 0;
    QStringList labels;
    QStringList waves;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("node")) {
            ++nodes;
            labels.append(xml.attributes().value(QStringLiteral("label")).toString());
        } else if (xml.name() == QLatin1String("edge")) {
            ++edges;
        } else if (xml.name() == QLatin1String("attvalue") && xml.attributes().value(QStringLiteral("for")) == QLatin1String("wave")) {
            waves.append(xml.attributes().value(QStringLiteral("value")).toString());
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    // Without --group: the cases with ties (A-F); G (a value but no tie) and
    // H are not in it. Every wave: 10 edges.
    EXPECT_EQ(nodes, 6);
    EXPECT_EQ(labels, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                   QStringLiteral("E"), QStringLiteral("F")}));
    EXPECT_EQ(edges, 10);
    EXPECT_EQ(waves.count(QStringLiteral("2022")), 4);
}
