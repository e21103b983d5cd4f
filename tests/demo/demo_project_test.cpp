// The demo project that resources/demo builds with crosscut-cli: nine
// fictional transcripts in several scripts, coded by two coders along the
// intersectional template. These tests read the built project (a copy, so
// that parallel tests do not contend for its lock) and compare it with the
// sources it was built from.
#include "support/testsupport.h"

#include "text/codepoints.h"
#include "util/csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

const QString kDemoProject = QStringLiteral(CROSSCUT_DEMO_PROJECT);
const QString kSources = QStringLiteral(CROSSCUT_DEMO_SOURCES);

class DemoProject : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFileInfo::exists(kDemoProject)) << "build the demo target first: " << kDemoProject.toStdString();
        m_copy = m_dir.path(QStringLiteral("demo.crosscut"));
        ASSERT_TRUE(QFile::copy(kDemoProject, m_copy));
        QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
    }

    std::unique_ptr<Project> open() { return test::openProject(m_copy); }

    static QString sourceText(const QString &document)
    {
        QFile f(kSources + QStringLiteral("/texts/") + document + QStringLiteral(".txt"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    static bool containsScript(const QString &text, char32_t first, char32_t last)
    {
        for (char32_t c : text.toUcs4())
            if (c >= first && c <= last)
                return true;
        return false;
    }

    test::TempDir m_dir;
    QString m_copy;
};

TEST_F(DemoProject, HoldsEightInterviewsAndOneFocusGroupWithTheirSpeakers)
{
    auto project = open();
    ASSERT_TRUE(project);
    const QList<Document> documents = project->documents();
    ASSERT_EQ(documents.size(), 9);
    int interviews = 0, focusGroups = 0;
    for (const Document &doc : documents) {
        QSet<QString> speakers;
        for (const SpeakerTurn &turn : project->speakerTurns(doc.id))
            speakers.insert(turn.speaker);
        if (doc.kind == DocumentKind::Interview) {
            ++interviews;
            EXPECT_EQ(speakers.size(), 2) << doc.name.toStdString();
            EXPECT_TRUE(speakers.contains(QStringLiteral("Interviewer"))) << doc.name.toStdString();
        } else if (doc.kind == DocumentKind::FocusGroup) {
            ++focusGroups;
            EXPECT_EQ(speakers, (QSet<QString>{QStringLiteral("Facilitator"), QStringLiteral("Nino"), QStringLiteral("Dmytro"),
                                               QStringLiteral("Aigul"), QStringLiteral("Wanjiru"), QStringLiteral("Imran")}));
        }
    }
    EXPECT_EQ(interviews, 8);
    EXPECT_EQ(focusGroups, 1);
    // One case per speaker, with the attributes of cases.csv.
    const auto nargis = project->findCase(QStringLiteral("Nargis"));
    ASSERT_TRUE(nargis);
    EXPECT_EQ(project->attributeValues(AttributeScope::Case, nargis->id).value(QStringLiteral("Country")),
              QStringLiteral("Pakistan"));
}

TEST_F(DemoProject, StoresEachTextCodePointForCodePointAsWritten)
{
    auto project = open();
    ASSERT_TRUE(project);
    for (const Document &doc : project->documents()) {
        const QString source = sourceText(doc.name);
        ASSERT_FALSE(source.isEmpty()) << doc.name.toStdString();
        EXPECT_EQ(project->documentText(doc.id), source) << doc.name.toStdString();
        EXPECT_EQ(doc.length, codePointCount(source)) << doc.name.toStdString();
    }
}

TEST_F(DemoProject, IsMultilingual)
{
    auto project = open();
    ASSERT_TRUE(project);
    QSet<QString> cyrillic, arabicScript, devanagari, emoji;
    for (const Document &doc : project->documents()) {
        const QString text = project->documentText(doc.id);
        if (containsScript(text, 0x0400, 0x04FF))
            cyrillic.insert(doc.name);
        if (containsScript(text, 0x0600, 0x06FF))
            arabicScript.insert(doc.name);
        if (containsScript(text, 0x0900, 0x097F))
            devanagari.insert(doc.name);
        if (containsScript(text, 0x1F300, 0x1FAFF))
            emoji.insert(doc.name);
    }
    EXPECT_TRUE(arabicScript.contains(QStringLiteral("06-pakistan-khwaja-sira")));  // Urdu
    EXPECT_TRUE(arabicScript.contains(QStringLiteral("09-focus-group-regional-partners")));
    EXPECT_TRUE(cyrillic.contains(QStringLiteral("02-kyrgyzstan-aids-centre")));  // Russian
    EXPECT_TRUE(cyrillic.contains(QStringLiteral("03-ukraine-plhiv-network")));  // Ukrainian
    EXPECT_TRUE(devanagari.contains(QStringLiteral("05-nepal-lgbt-national")));  // Nepali
    EXPECT_GE(emoji.size(), 2);
}

TEST_F(DemoProject, EveryQuoteIsNonEmptyAndInsideItsDocument)
{
    auto project = open();
    ASSERT_TRUE(project);
    int quotes = 0;
    for (const Document &doc : project->documents()) {
        for (const Quote &q : project->quotes(doc.id)) {
            ++quotes;
            EXPECT_GE(q.start, 0);
            EXPECT_LT(q.start, q.end);
            EXPECT_LE(q.end, doc.length);
            EXPECT_FALSE(project->quoteText(q).trimmed().isEmpty()) << doc.name.toStdString() << " " << q.start;
            EXPECT_FALSE(project->codings(q.id).isEmpty());
        }
    }
    EXPECT_GE(quotes, 120);
}

// What `quotes --format json` prints is exactly the phrase generate_codings.py
// located, with every code each coder gave it.
TEST_F(DemoProject, QuotesAreTheIntendedPhrasesWithTheirCodesAndCoders)
{
    auto rows = csv::readFile(kSources + QStringLiteral("/codings.csv"));
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    ASSERT_GT(rows->size(), 1);
    ASSERT_EQ(rows->first().fields,
              (QStringList{QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("code"),
                           QStringLiteral("coder"), QStringLiteral("text")}));

    const test::CliResult result = test::runCli({QStringLiteral("quotes"), m_copy, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray quotes = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_FALSE(quotes.isEmpty());
    struct Listed {
        QString text;
        QStringList codes;
        QStringList coders;
    };
    QHash<QString, Listed> byKey;
    auto key = [](const QString &doc, qint64 start, qint64 end) -> QString {
        return doc + QLatin1Char('|') + QString::number(start) + QLatin1Char('|') + QString::number(end);
    };
    for (const QJsonValue &v : quotes) {
        const QJsonObject o = v.toObject();
        QStringList codes, coders;
        for (const QJsonValue &c : o.value(QStringLiteral("codes")).toArray())
            codes.append(c.toString());
        for (const QJsonValue &c : o.value(QStringLiteral("coders")).toArray())
            coders.append(c.toString());
        byKey.insert(key(o.value(QStringLiteral("document")).toString(), o.value(QStringLiteral("start")).toInteger(),
                         o.value(QStringLiteral("end")).toInteger()),
                     Listed{o.value(QStringLiteral("text")).toString(), codes, coders});
    }

    QSet<QString> csvQuotes;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList &f = rows->at(i).fields;
        ASSERT_EQ(f.size(), 6) << "codings.csv line " << rows->at(i).line;
        const QString k = key(f[0], f[1].toLongLong(), f[2].toLongLong());
        csvQuotes.insert(k);
        const auto listed = byKey.constFind(k);
        ASSERT_NE(listed, byKey.cend()) << "no quote for codings.csv line " << rows->at(i).line;
        EXPECT_EQ(listed->text, f[5]) << "codings.csv line " << rows->at(i).line;
        EXPECT_TRUE(listed->codes.contains(f[3])) << f[3].toStdString();
        EXPECT_TRUE(listed->coders.contains(f[4])) << f[4].toStdString();
    }
    EXPECT_EQ(csvQuotes.size(), byKey.size());  // no quote the CSV did not ask for

    auto project = open();
    ASSERT_TRUE(project);
    EXPECT_EQ(project->codingCount(), rows->size() - 1);
    QStringList coderNames;
    for (const Coder &c : project->coders())
        if (project->database()
                .scalar(QStringLiteral("SELECT count(*) FROM coding WHERE coder_id = ?"), {c.id})
                ->toLongLong()
            > 0)
            coderNames.append(c.name);
    coderNames.sort();
    EXPECT_EQ(coderNames, (QStringList{QStringLiteral("Leila"), QStringLiteral("Tomas")}));
}

// The demo should make every part of the conceptual model show up in a matrix.
TEST_F(DemoProject, UsesEveryValueOfEveryDimensionAndEveryCollaborationTheme)
{
    auto project = open();
    ASSERT_TRUE(project);
    int dimensions = 0;
    for (const Code &code : project->codes()) {
        if (code.isDimension && !code.parentId)
            ++dimensions;
        const bool leaf = project->codeDescendants(code.id).size() == 1;
        if (leaf) {
            EXPECT_GT(project->codingCount(code.id), 0) << project->codePath(code.id).toStdString();
        }
    }
    EXPECT_EQ(dimensions, 9);
}

TEST_F(DemoProject, LeadershipByPopulationServedHasNoEmptyCell)
{
    const test::CliResult result =
        test::runCli({QStringLiteral("matrix"), m_copy, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                      QStringLiteral("--cols"), QStringLiteral("dimension:Population served"), QStringLiteral("--format"),
                      QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject matrix = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray cells = matrix.value(QStringLiteral("cells")).toArray();
    ASSERT_EQ(cells.size(), 2);
    for (const QJsonValue &row : cells) {
        ASSERT_EQ(row.toArray().size(), 4);
        for (const QJsonValue &cell : row.toArray())
            EXPECT_GT(cell.toDouble(), 0);
    }
}

TEST_F(DemoProject, PassesTheIntegrityCheck)
{
    const test::CliResult result = test::runCli({QStringLiteral("check"), m_copy});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("project is consistent"))) << result.out.toStdString();
}

}  // namespace
}  // namespace crosscut
