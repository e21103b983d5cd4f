// crosscut-cli commands of the foundation, run as the real binary.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Offsets below are counted by hand in code points.
const char *const kMixedText =
    "Olena: Ми працюємо з людьми 😀 щодня.\n"          // Ukrainian with an emoji
    "Rahim: ہم مل کر کام کرتے ہیں\n"                   // Urdu, right to left
    "Asha: हम साथ काम करते हैं 👨\u200d👩\u200d👧 e\u0301!\n";  // Devanagari, ZWJ family, combining mark

QString addMixedDocument(const QString &projectPath)
{
    auto p = openProject(projectPath);
    NewDocument d{QStringLiteral("mixed"), DocumentKind::FocusGroup, QString::fromUtf8(kMixedText), {}, {}, true};
    auto id = p->addDocument(d);
    EXPECT_TRUE(id.ok());
    return QString::fromUtf8(kMixedText);
}

QString slice(const QString &text, int start, int end)
{
    const auto ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

}  // namespace

TEST(Cli, InitWithTemplatePrintsCodebookJson)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    auto r = runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto cb = runCli({QStringLiteral("codebook"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(cb.exitCode, 0) << cb.err.toStdString();
    const QJsonArray top = QJsonDocument::fromJson(cb.out.toUtf8()).array();
    ASSERT_EQ(top.size(), 10);  // nine dimensions and the collaboration themes
    const QJsonObject leadership = top.at(4).toObject();
    EXPECT_EQ(leadership.value(QStringLiteral("name")).toString(), QStringLiteral("Leadership"));
    EXPECT_EQ(leadership.value(QStringLiteral("path")).toString(), QStringLiteral("Leadership"));
    EXPECT_TRUE(leadership.value(QStringLiteral("dimension")).toBool());
    EXPECT_TRUE(leadership.value(QStringLiteral("color")).toString().startsWith(QLatin1Char('#')));
    const QJsonArray values = leadership.value(QStringLiteral("children")).toArray();
    ASSERT_EQ(values.size(), 2);
    EXPECT_EQ(values.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("Leadership/Key population-led"));
    EXPECT_FALSE(top.at(9).toObject().value(QStringLiteral("dimension")).toBool());

    auto tree = runCli({QStringLiteral("codebook"), path});
    EXPECT_TRUE(tree.out.contains(QStringLiteral("  Key population-led\n")));
}

TEST(Cli, CodeAndQuotesRoundTripCodePointsExactly)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    const QString text = addMixedDocument(path);
    struct Span {
        int start, end;
        const char *code;
    };
    // "людьми 😀" (emoji inside), the whole Urdu clause, the ZWJ family, e + combining acute.
    const QList<Span> spans = {{21, 29, "Population served/People who use drugs"},
                               {44, 65, "Leadership/Key population-led"},
                               {92, 97, "Collaboration/Benefits/Joint advocacy"},
                               {98, 100, "Perspective/Mixed"}};
    for (const Span &s : spans) {
        auto r = runCli({QStringLiteral("code"), path, QStringLiteral("--doc"), QStringLiteral("mixed"), QStringLiteral("--start"),
                         QString::number(s.start), QStringLiteral("--end"), QString::number(s.end), QStringLiteral("--code"),
                         QString::fromUtf8(s.code), QStringLiteral("--coder"), QStringLiteral("ana")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    auto q = runCli({QStringLiteral("quotes"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
    const QJsonArray quotes = QJsonDocument::fromJson(q.out.toUtf8()).array();
    ASSERT_EQ(quotes.size(), spans.size());
    for (int i = 0; i < spans.size(); ++i) {
        const QJsonObject o = quotes.at(i).toObject();
        EXPECT_EQ(o.value(QStringLiteral("document")).toString(), QStringLiteral("mixed"));
        EXPECT_EQ(o.value(QStringLiteral("start")).toInt(), spans[i].start);
        EXPECT_EQ(o.value(QStringLiteral("end")).toInt(), spans[i].end);
        EXPECT_EQ(o.value(QStringLiteral("text")).toString(), slice(text, spans[i].start, spans[i].end));
        EXPECT_EQ(o.value(QStringLiteral("codes")).toArray().at(0).toString(), QString::fromUtf8(spans[i].code));
        EXPECT_EQ(o.value(QStringLiteral("coders")).toArray().at(0).toString(), QStringLiteral("ana"));
    }
    EXPECT_EQ(quotes.at(0).toObject().value(QStringLiteral("text")).toString(), QString::fromUtf8("людьми 😀"));
    EXPECT_EQ(quotes.at(2).toObject().value(QStringLiteral("text")).toString(), QString::fromUtf8("👨\u200d👩\u200d👧"));
    EXPECT_EQ(quotes.at(3).toObject().value(QStringLiteral("text")).toString(), QString::fromUtf8("e\u0301"));

    // Filtering by a dimension includes its values.
    auto lead = runCli({QStringLiteral("quotes"), path, QStringLiteral("--code"), QStringLiteral("Leadership"),
                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(QJsonDocument::fromJson(lead.out.toUtf8()).array().size(), 1);
}

TEST(Cli, CodeFromCsvGroupsRowsIntoQuotesAndIgnoresRepeats)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    addMixedDocument(path);
    const QString csvPath = dir.writeFile(QStringLiteral("c.csv"),
                                          "document,start,end,code,coder\n"
                                          "mixed,0,5,Leadership/Provider-led,ana\n"
                                          "mixed,0,5,Origin/Civil society,ana\n"
                                          "mixed,0,5,Origin/Civil society,ana\n"
                                          "mixed,0,5,Origin/Civil society,ben\n"
                                          "\"mixed\",44,65,\"Nature of advocacy/Rights\",ben\r\n");
    auto r = runCli({QStringLiteral("code"), path, QStringLiteral("--from"), csvPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 4 codings and 2 quotes from 5 rows"))) << r.out.toStdString();
    // Loading the same file again is a no-op.
    r = runCli({QStringLiteral("code"), path, QStringLiteral("--from"), csvPath});
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 0 codings and 0 quotes"))) << r.out.toStdString();
    auto p = openProject(path);
    EXPECT_EQ(p->quotes().size(), 2);
    EXPECT_EQ(p->codingCount(), 4);
}

TEST(Cli, CheckReportsConsistentProject)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    auto r = runCli({QStringLiteral("check"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("project is consistent")));
}

TEST(Cli, CheckFindsQuoteOutsideDocument)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    {
        auto p = createProject(path);
        auto doc = p->addDocument({QStringLiteral("d"), DocumentKind::Interview, QStringLiteral("short text"), {}, {}, true});
        auto code = p->addCode(std::nullopt, CodeSpec{QStringLiteral("C")});
        ASSERT_TRUE(p->applyCode(*doc, 0, 5, *code).ok());
        // Damage the file behind Crosscut's back, as a buggy tool might.
        ASSERT_TRUE(p->database().exec(QStringLiteral("UPDATE quote SET end = 99")).ok());
    }
    auto r = runCli({QStringLiteral("check"), path});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("lies outside \"d\""))) << r.out.toStdString();
}

TEST(Cli, UndoAndRedoFromTheCommandLine)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    addMixedDocument(path);
    ASSERT_EQ(runCli({QStringLiteral("code"), path, QStringLiteral("--doc"), QStringLiteral("mixed"), QStringLiteral("--start"),
                      QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("5"), QStringLiteral("--code"),
                      QStringLiteral("Leadership/Provider-led")})
                  .exitCode,
              0);
    auto u = runCli({QStringLiteral("undo"), path});
    ASSERT_EQ(u.exitCode, 0) << u.err.toStdString();
    EXPECT_TRUE(u.out.contains(QStringLiteral("undone: Code with Provider-led")));
    EXPECT_EQ(openProject(path)->codingCount(), 0);
    ASSERT_EQ(runCli({QStringLiteral("redo"), path}).exitCode, 0);
    EXPECT_EQ(openProject(path)->codingCount(), 1);
    auto h = runCli({QStringLiteral("history"), path});
    EXPECT_TRUE(h.out.contains(QStringLiteral("Code with Provider-led")));
}
