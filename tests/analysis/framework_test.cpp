// The framework matrix (analysis/framework.h) on the fixture project
// (analysisfixture.cpp): its cells against the hand-worked fixture and
// against `crosscut-cli quotes --code --case`, summaries as undoable
// operations with a history, and the CLI and file exports.
#include "analysisfixture.h"

#include "analysis/framework.h"
#include "export/frameworkexport.h"
#include "privacy/pseudonymise.h"
#include "team/handout.h"
#include "team/merge.h"
#include "util/csv.h"

#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

FrameworkRequest request(FrameworkRows rows, const QString &cols)
{
    FrameworkRequest r;
    r.rows = rows;
    r.columns = *AxisSpec::parse(cols);
    return r;
}

int rowOf(const FrameworkResult &f, const QString &name)
{
    for (int i = 0; i < f.rows.size(); ++i)
        if (f.rows[i].text == name)
            return i;
    ADD_FAILURE() << "no row " << name.toStdString();
    return 0;
}

int columnOf(const FrameworkResult &f, const QString &name)
{
    for (int i = 0; i < f.columns.size(); ++i)
        if (f.columns[i].text == name)
            return i;
    ADD_FAILURE() << "no column " << name.toStdString();
    return 0;
}

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

Id caseId(Project &p, const char *name) { return p.findCase(QString::fromUtf8(name))->id; }

}  // namespace

TEST(Framework, CellsHoldTheQuotesOfRowAndCodeWithItsDescendants)
{
    AnalysisFixture f;
    auto fw = computeFramework(*f.project, request(FrameworkRows::Cases, QStringLiteral("dimension:Leadership")));
    ASSERT_TRUE(fw.ok()) << fw.message().toStdString();
    EXPECT_EQ(fw->rowTitle, QStringLiteral("Cases"));
    EXPECT_EQ(fw->columnTitle, QStringLiteral("Leadership"));
    EXPECT_EQ(fw->columns.size(), 2);
    const int ana = rowOf(*fw, QStringLiteral("Ana")), bo = rowOf(*fw, QStringLiteral("Bo")),
              orgX = rowOf(*fw, QStringLiteral("Org X"));
    const int provider = columnOf(*fw, QStringLiteral("Provider-led")), kp = columnOf(*fw, QStringLiteral("Key population-led"));
    // Q2 is coded Peer governance, below Key population-led: it counts there.
    EXPECT_EQ(fw->cell(ana, kp).quoteIds, sorted(f.quotes({"Q1", "Q2", "Q8"})));
    EXPECT_TRUE(fw->cell(ana, provider).isGap());
    EXPECT_EQ(fw->cell(bo, provider).quoteIds, f.quotes({"Q3"}));
    EXPECT_TRUE(fw->cell(bo, kp).isGap());
    EXPECT_EQ(fw->cell(orgX, provider).quoteIds, f.quotes({"Q5"}));
    EXPECT_EQ(fw->cell(orgX, kp).quoteIds, f.quotes({"Q5"}));
    EXPECT_EQ(fw->gapCount(), 2);

    auto docs = computeFramework(*f.project, request(FrameworkRows::Documents, QStringLiteral("codes:Origin/Civil society,Collaboration")));
    ASSERT_TRUE(docs.ok()) << docs.message().toStdString();
    EXPECT_EQ(docs->rows.size(), 3);
    const int alpha = rowOf(*docs, QStringLiteral("alpha")), gamma = rowOf(*docs, QStringLiteral("gamma"));
    EXPECT_EQ(docs->cell(alpha, 0).quoteIds, sorted(f.quotes({"Q1", "Q8"})));
    EXPECT_EQ(docs->cell(alpha, 1).quoteIds, sorted(f.quotes({"Q2", "Q4"})));
    EXPECT_TRUE(docs->cell(gamma, 0).isGap());
}

TEST(Framework, RefusesColumnsThatAreNotCodes)
{
    AnalysisFixture f;
    auto fw = computeFramework(*f.project, request(FrameworkRows::Cases, QStringLiteral("attribute:Country")));
    ASSERT_FALSE(fw.ok());
    EXPECT_TRUE(fw.message().contains(QStringLiteral("codes"))) << fw.message().toStdString();
    auto unknown = computeFramework(*f.project, request(FrameworkRows::Cases, QStringLiteral("dimension:Nope")));
    EXPECT_FALSE(unknown.ok());
}

// The framework's cells and `quotes --code PATH --case NAME` (its own SQL)
// must name the same quotes, for every case and every value.
TEST(Framework, CellsAgreeWithTheQuotesCommand)
{
    AnalysisFixture f;
    auto fw = computeFramework(*f.project, request(FrameworkRows::Cases, QStringLiteral("dimension:Origin")));
    ASSERT_TRUE(fw.ok());
    auto docs = computeFramework(*f.project, request(FrameworkRows::Documents, QStringLiteral("dimension:Leadership")));
    ASSERT_TRUE(docs.ok());
    f.project.reset();
    auto idsOf = [](const CliResult &r) {
        QList<Id> ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ids.append(Id(v.toObject().value(QStringLiteral("id")).toInteger()));
        return sorted(ids);
    };
    int compared = 0;
    for (int r = 0; r < fw->rows.size(); ++r)
        for (int c = 0; c < fw->columns.size(); ++c) {
            const CliResult q = runCli({QStringLiteral("quotes"), f.path, QStringLiteral("--code"),
                                        QStringLiteral("Origin/") + fw->columns[c].text, QStringLiteral("--case"),
                                        fw->rows[r].text, QStringLiteral("--format"), QStringLiteral("json")});
            ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
            EXPECT_EQ(idsOf(q), fw->cell(r, c).quoteIds) << fw->rows[r].text.toStdString() << " × "
                                                          << fw->columns[c].text.toStdString();
            compared += fw->cell(r, c).quoteIds.isEmpty() ? 0 : 1;
        }
    EXPECT_GE(compared, 3);
    for (int r = 0; r < docs->rows.size(); ++r)
        for (int c = 0; c < docs->columns.size(); ++c) {
            const CliResult q = runCli({QStringLiteral("quotes"), f.path, QStringLiteral("--code"),
                                        QStringLiteral("Leadership/") + docs->columns[c].text, QStringLiteral("--doc"),
                                        docs->rows[r].text, QStringLiteral("--format"), QStringLiteral("json")});
            ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
            EXPECT_EQ(idsOf(q), docs->cell(r, c).quoteIds);
        }
    const CliResult unknown = runCli({QStringLiteral("quotes"), f.path, QStringLiteral("--case"), QStringLiteral("Nobody")});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nobody")));
}

TEST(Framework, SummaryIsAnUndoableOperationKeyedByRowAndCode)
{
    AnalysisFixture f;
    Project &p = *f.project;
    const Id ana = caseId(p, "Ana");
    const Id kp = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    p.setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, ana, kp, QStringLiteral("Speaks as a peer leader.")).ok());
    EXPECT_EQ(p.undoLabel(), QStringLiteral("Edit summary Ana × Key population-led"));
    p.setCurrentCoder(QStringLiteral("ben"));
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, ana, kp, QStringLiteral("Peer leader, also a board member.")).ok());
    // The same text again writes no operation.
    const QString before = p.undoLabel();
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, ana, kp, QStringLiteral("Peer leader, also a board member.")).ok());
    EXPECT_EQ(p.undoLabel(), before);

    // Another column spec showing the same code shows the same summary.
    auto byCodes = computeFramework(p, request(FrameworkRows::Cases, QStringLiteral("codes:Collaboration,Leadership/Key population-led")));
    ASSERT_TRUE(byCodes.ok());
    const auto &cell = byCodes->cell(rowOf(*byCodes, QStringLiteral("Ana")), 1);
    EXPECT_EQ(cell.summary.text, QStringLiteral("Peer leader, also a board member."));
    EXPECT_EQ(cell.summary.author, QStringLiteral("ben"));
    // A summary on a document row is another cell.
    auto docs = computeFramework(p, request(FrameworkRows::Documents, QStringLiteral("dimension:Leadership")));
    ASSERT_TRUE(docs.ok());
    EXPECT_EQ(docs->summaryCount(), 0);

    // History: newest first, with who and what.
    auto history = summaryHistory(p, FrameworkRows::Cases, ana, kp);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).text, QStringLiteral("Peer leader, also a board member."));
    EXPECT_EQ(history->at(0).author, QStringLiteral("ben"));
    EXPECT_EQ(history->at(1).text, QStringLiteral("Speaks as a peer leader."));
    EXPECT_EQ(history->at(1).author, QStringLiteral("amina"));

    // Clearing is an operation too; undo brings the text back, across a restart.
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, ana, kp, QStringLiteral("   ")).ok());
    EXPECT_EQ(frameworkSummary(p, FrameworkRows::Cases, ana, kp)->text, QString());
    EXPECT_EQ(summaryHistory(p, FrameworkRows::Cases, ana, kp)->size(), 3);
    f.project.reset();
    auto reopened = openProject(f.path);
    ASSERT_TRUE(reopened->undo().ok());
    EXPECT_EQ(frameworkSummary(*reopened, FrameworkRows::Cases, ana, kp)->text, QStringLiteral("Peer leader, also a board member."));
    ASSERT_TRUE(reopened->undo().ok());
    EXPECT_EQ(frameworkSummary(*reopened, FrameworkRows::Cases, ana, kp)->text, QStringLiteral("Speaks as a peer leader."));
    // An undone operation is not part of the history.
    EXPECT_EQ(summaryHistory(*reopened, FrameworkRows::Cases, ana, kp)->size(), 1);
    ASSERT_TRUE(reopened->redo().ok());
    EXPECT_EQ(frameworkSummary(*reopened, FrameworkRows::Cases, ana, kp)->text, QStringLiteral("Peer leader, also a board member."));
}

TEST(Framework, BadSummaryTargetsChangeNothing)
{
    AnalysisFixture f;
    Project &p = *f.project;
    const Id kp = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const QString label = p.undoLabel();
    const Status noRow = setFrameworkSummary(p, FrameworkRows::Cases, 9999, kp, QStringLiteral("x"));
    ASSERT_FALSE(noRow.ok());
    EXPECT_TRUE(noRow.message().contains(QStringLiteral("no case with id 9999"))) << noRow.message().toStdString();
    const Status noCode = setFrameworkSummary(p, FrameworkRows::Cases, caseId(p, "Ana"), 9999, QStringLiteral("x"));
    ASSERT_FALSE(noCode.ok());
    EXPECT_EQ(p.undoLabel(), label);
    EXPECT_EQ(p.database().scalar(QStringLiteral("SELECT count(*) FROM framework_summary"))->toInt(), 0);
}

TEST(Framework, DeletingACodeOrDocumentDeletesItsSummariesAndUndoRestoresThem)
{
    AnalysisFixture f;
    Project &p = *f.project;
    const Id kp = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id provider = *p.resolveCodePath(QStringLiteral("Leadership/Provider-led"));
    const Id beta = p.findDocument(QStringLiteral("beta"))->id;
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, caseId(p, "Ana"), kp, QStringLiteral("A")).ok());
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Documents, beta, provider, QStringLiteral("B")).ok());
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Documents, beta, kp, QStringLiteral("C")).ok());
    auto count = [&p] { return p.database().scalar(QStringLiteral("SELECT count(*) FROM framework_summary"))->toInt(); };
    ASSERT_EQ(count(), 3);
    ASSERT_TRUE(p.deleteDocument(beta).ok());
    EXPECT_EQ(count(), 1);
    ASSERT_TRUE(p.undo().ok());
    EXPECT_EQ(count(), 3);
    // Deleting the dimension deletes its values' summaries with them.
    ASSERT_TRUE(p.deleteCode(*p.resolveCodePath(QStringLiteral("Leadership"))).ok());
    EXPECT_EQ(count(), 0);
    ASSERT_TRUE(p.undo().ok());
    EXPECT_EQ(count(), 3);
    // Merging a code into another moves its summaries; a cell that has one
    // already gets the merged text appended.
    ASSERT_TRUE(p.mergeCode(provider, kp).ok());
    EXPECT_EQ(frameworkSummary(p, FrameworkRows::Documents, beta, kp)->text, QStringLiteral("C\n\nB"));
    EXPECT_EQ(count(), 2);
    EXPECT_TRUE(p.database().scalar(QStringLiteral("SELECT count(*) FROM framework_summary WHERE code_id = ?"), {provider})->toInt() == 0);
}

TEST(Framework, HandedOutAndMergedBackLikeMemos)
{
    AnalysisFixture f;
    Project &p = *f.project;
    const Id kp = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id ana = caseId(p, "Ana");
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, ana, kp, QStringLiteral("Master's words")).ok());
    team::HandoutOptions options;
    options.coder = QStringLiteral("ben");
    options.outPath = f.dir.path(QStringLiteral("ben.crosscut"));
    options.outKey = testKey();
    ASSERT_TRUE(team::handout(p, options).ok());
    {
        auto copy = openProject(options.outPath);
        const Id copyAna = copy->findCase(QStringLiteral("Ana"))->id;
        const Id copyKp = *copy->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
        EXPECT_EQ(frameworkSummary(*copy, FrameworkRows::Cases, copyAna, copyKp)->text, QStringLiteral("Master's words"));
        copy->setCurrentCoder(QStringLiteral("ben"));
        const Id copyBo = copy->findCase(QStringLiteral("Bo"))->id;
        ASSERT_TRUE(setFrameworkSummary(*copy, FrameworkRows::Cases, copyBo, copyKp, QStringLiteral("Ben's gap note")).ok());
    }
    auto merged = team::mergeProjects(p, {team::MergeSource{options.outPath, testKey()}});
    ASSERT_TRUE(merged.ok()) << merged.message().toStdString();
    EXPECT_EQ(merged->summaries, 1);
    EXPECT_EQ(frameworkSummary(p, FrameworkRows::Cases, caseId(p, "Bo"), kp)->text, QStringLiteral("Ben's gap note"));
    EXPECT_EQ(frameworkSummary(p, FrameworkRows::Cases, caseId(p, "Bo"), kp)->author, QStringLiteral("ben"));
    EXPECT_EQ(frameworkSummary(p, FrameworkRows::Cases, ana, kp)->text, QStringLiteral("Master's words"));
}

TEST(Framework, CliPrintsSetsAndExports)
{
    AnalysisFixture f;
    f.project.reset();
    const CliResult set = runCli({QStringLiteral("framework-summary"), f.path, QStringLiteral("--rows"), QStringLiteral("cases"),
                                  QStringLiteral("--row"), QStringLiteral("Ana"), QStringLiteral("--code"),
                                  QStringLiteral("Leadership/Key population-led"), QStringLiteral("--text"),
                                  QStringLiteral("Peer leader, \"hats\" shift"), QStringLiteral("--coder"), QStringLiteral("amina")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const CliResult csv = runCli({QStringLiteral("framework"), f.path, QStringLiteral("--rows"), QStringLiteral("cases"),
                                  QStringLiteral("--cols"), QStringLiteral("dimension:Leadership")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    auto rows = csv::parse(csv.out.toUtf8());
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4);  // header + Ana, Bo, Org X
    EXPECT_EQ(rows->at(0).fields, (QStringList{QStringLiteral("Cases"), QStringLiteral("Provider-led"), QStringLiteral("Key population-led")}));
    EXPECT_EQ(rows->at(1).fields, (QStringList{QStringLiteral("Ana"), QString(), QStringLiteral("Peer leader, \"hats\" shift (3 quotes)")}));
    EXPECT_EQ(rows->at(2).fields, (QStringList{QStringLiteral("Bo"), QStringLiteral("(1 quote)"), QString()}));

    const CliResult md = runCli({QStringLiteral("framework"), f.path, QStringLiteral("--cols"), QStringLiteral("dimension:Leadership"),
                                 QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(md.exitCode, 0);
    EXPECT_TRUE(md.out.contains(QStringLiteral("| Bo | (1 quote) | — |"))) << md.out.toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("2 gaps")));

    const CliResult history = runCli({QStringLiteral("framework-summary"), f.path, QStringLiteral("--row"), QStringLiteral("Ana"),
                                      QStringLiteral("--code"), QStringLiteral("Leadership/Key population-led"),
                                      QStringLiteral("--history")});
    ASSERT_EQ(history.exitCode, 0);
    EXPECT_TRUE(history.out.contains(QStringLiteral("\tamina\tPeer leader"))) << history.out.toStdString();

    const QString xlsx = f.dir.path(QStringLiteral("framework.xlsx"));
    const CliResult x = runCli({QStringLiteral("framework"), f.path, QStringLiteral("--cols"), QStringLiteral("dimension:Leadership"),
                                QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    ASSERT_EQ(x.exitCode, 0) << x.err.toStdString();
    EXPECT_TRUE(readAll(xlsx).startsWith("PK"));

    // Bad input: a clear message, nothing written.
    const QByteArray bytes = readAll(f.path);
    const CliResult badCols = runCli({QStringLiteral("framework"), f.path, QStringLiteral("--cols"), QStringLiteral("documents")});
    EXPECT_EQ(badCols.exitCode, 2);
    EXPECT_TRUE(badCols.err.contains(QStringLiteral("codes")));
    const CliResult badRow = runCli({QStringLiteral("framework-summary"), f.path, QStringLiteral("--row"), QStringLiteral("Nobody"),
                                     QStringLiteral("--code"), QStringLiteral("Leadership"), QStringLiteral("--text"), QStringLiteral("x")});
    EXPECT_EQ(badRow.exitCode, 3);
    EXPECT_TRUE(badRow.err.contains(QStringLiteral("Nobody")));
    EXPECT_EQ(readAll(f.path), bytes);
}

// The Word export read back by Debian's python3-docx: the table of
// summaries (gaps as —) and, per row, the cells with their quotes.
TEST(Framework, DocxHoldsTheSummaryTableAndTheQuotes)
{
    AnalysisFixture f;
    Project &p = *f.project;
    const Id kp = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, caseId(p, "Ana"), kp, QStringLiteral("Peer leader")).ok());
    auto fw = computeFramework(p, request(FrameworkRows::Cases, QStringLiteral("dimension:Leadership")));
    ASSERT_TRUE(fw.ok());
    const QString path = f.dir.path(QStringLiteral("framework.docx"));
    ASSERT_TRUE(exporting::writeFramework(p, *fw, path).ok());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import docx, json, sys\n"
                                 "d = docx.Document(sys.argv[1])\n"
                                 "print(json.dumps({'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],"
                                 " 'quotes': [p.text for p in d.paragraphs if p.style.name == 'Quote']}, ensure_ascii=False))"),
                  path});
    ASSERT_TRUE(python.waitForFinished(60000));
    const QByteArray out = python.readAllStandardOutput();
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QJsonArray table = o.value(QStringLiteral("tables")).toArray().at(0).toArray();
    ASSERT_EQ(table.size(), 4);
    EXPECT_EQ(table.at(0).toArray().at(2).toString(), QStringLiteral("Key population-led"));
    EXPECT_EQ(table.at(1).toArray().at(0).toString(), QStringLiteral("Ana"));
    EXPECT_EQ(table.at(1).toArray().at(1).toString(), QStringLiteral("—"));
    EXPECT_EQ(table.at(1).toArray().at(2).toString(), QStringLiteral("Peer leader (3 quotes)"));
    // Ana's three quotes, Bo's one, Org X's one in each of two cells.
    EXPECT_EQ(o.value(QStringLiteral("quotes")).toArray().size(), 3 + 1 + 2);
    // A suffix the export does not know is refused and writes nothing.
    const QString odd = f.dir.path(QStringLiteral("framework.pdf"));
    EXPECT_FALSE(exporting::writeFramework(p, *fw, odd).ok());
    EXPECT_FALSE(QFile::exists(odd));
}

// A version-1 file upgrades to version 9: the table, its guid trigger and
// indexes exist, and a summary written there gets a guid and can be undone.
TEST(Framework, OldProjectUpgradesToTheSummaryTable)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.crosscut"));
    ASSERT_TRUE(QFile::copy(fixture(QStringLiteral("schema/v1.crosscut")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // The fixture is a plain file (also in the encrypted run of this suite).
    auto opened = Project::open(path);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    std::unique_ptr<Project> project = std::move(opened).value();
    sql::Database &db = project->database();
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 9);
    for (const char *name : {"framework_summary", "guid_framework_summary", "framework_summary_by_guid",
                             "operation_change_framework_summary"})
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {QString::fromLatin1(name)})->toInt(), 1)
            << name;
    const Id ravi = project->findCase(QStringLiteral("Ravi"))->id;
    const Id code = project->codes().first().id;
    ASSERT_TRUE(setFrameworkSummary(*project, FrameworkRows::Cases, ravi, code, QStringLiteral("Upgraded")).ok());
    EXPECT_FALSE(db.scalar(QStringLiteral("SELECT guid FROM framework_summary"))->toString().isEmpty());
    ASSERT_TRUE(project->undo().ok());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM framework_summary"))->toInt(), 0);
}

// Summaries are analysts' words about real people: pseudonymising the
// project replaces the names in them too.
TEST(Framework, PseudonymisingReplacesNamesInSummaries)
{
    AnalysisFixture f;
    Project &p = *f.project;
    const Id kp = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    ASSERT_TRUE(setFrameworkSummary(p, FrameworkRows::Cases, caseId(p, "Ana"), kp,
                                    QStringLiteral("Ana speaks for Org X's peers."))
                    .ok());
    privacy::NameList list{{QStringLiteral("Ana"), QStringLiteral("Participant 1"), 0}};
    auto valid = privacy::validateNames(list);
    ASSERT_TRUE(valid.ok()) << valid.message().toStdString();
    auto done = privacy::pseudonymise(p, *valid);
    ASSERT_TRUE(done.ok()) << done.message().toStdString();
    const Id participant = caseId(p, "Participant 1");
    EXPECT_EQ(frameworkSummary(p, FrameworkRows::Cases, participant, kp)->text,
              QStringLiteral("Participant 1 speaks for Org X's peers."));
}
