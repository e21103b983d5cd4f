// REFI-QDA export of what independent tools lost (issue #13): the cases that
// own speaker turns (Case/SelectionRef to a selection of each turn), a second
// coder's coding of the same span (one PlainTextSelection per coder), and a
// refusal for missing sources that names them and the option that imports
// the rest. Checked in the XML itself (parsed independently, valid against the
// schema) and by importing the export back.
#include "import/speakerturns.h"
#include "interop/refiqda.h"
#include "interoptestsupport.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kInterview = QStringLiteral(
    "Interviewer: How did the collective start?\n"
    "Akinyi: We started meeting in 2009, twelve of us 👩🏾‍🤝‍👩🏽.\n"
    "Interviewer: And now?\n"
    "Akinyi: Now sex workers lead the whole programme.\n");
const QString kUrdu = QStringLiteral("بلال: ہم نے مل کر کام کیا۔\nInterviewer: شکریہ\n");

struct Selection {
    QString guid;
    qint64 start = 0;
    qint64 end = 0;
    QString user;
    QStringList codingUsers;
};

struct ParsedQde {
    std::map<QString, QStringList> caseSelectionRefs;  // case name → selection guids
    std::map<QString, QList<Selection>> selections;     // source name → selections
};

ParsedQde parse(const QByteArray &xml)
{
    ParsedQde out;
    QXmlStreamReader r(xml);
    QString caseName, sourceName;
    Selection *current = nullptr;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto a = r.attributes();
            if (r.name() == QLatin1String("Case")) {
                caseName = a.value(QStringLiteral("name")).toString();
                out.caseSelectionRefs[caseName];
            } else if (r.name() == QLatin1String("SelectionRef") && !caseName.isEmpty()) {
                out.caseSelectionRefs[caseName].append(a.value(QStringLiteral("targetGUID")).toString());
            } else if (r.name() == QLatin1String("TextSource")) {
                sourceName = a.value(QStringLiteral("name")).toString();
            } else if (r.name() == QLatin1String("PlainTextSelection")) {
                out.selections[sourceName].append({a.value(QStringLiteral("guid")).toString(),
                                                  a.value(QStringLiteral("startPosition")).toLongLong(),
                                                  a.value(QStringLiteral("endPosition")).toLongLong(),
                                                  a.value(QStringLiteral("creatingUser")).toString(), {}});
                current = &out.selections[sourceName].last();
            } else if (r.name() == QLatin1String("Coding") && current) {
                current->codingUsers.append(a.value(QStringLiteral("creatingUser")).toString());
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("Case"))
                caseName.clear();
            else if (r.name() == QLatin1String("PlainTextSelection"))
                current = nullptr;
        }
    }
    return out;
}

// (document, start, end, speaker) of every turn linked to each case, by case name.
std::map<QString, QSet<QString>> caseTurns(Project &p)
{
    std::map<QString, QSet<QString>> out;
    QHash<Id, QString> caseNames;
    for (const Case &c : p.cases())
        caseNames.insert(c.id, c.name);
    for (const Document &d : p.documents())
        for (const SpeakerTurn &t : p.speakerTurns(d.id))
            if (t.caseId)
                out[caseNames.value(*t.caseId)].insert(
                    QStringLiteral("%1|%2|%3|%4").arg(d.name).arg(t.start).arg(t.end).arg(t.speaker));
    return out;
}

class CasesCodersExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        original = createProject(dir.path(QStringLiteral("original.crosscut")));
        for (const auto &[name, text] : {std::pair{QStringLiteral("01-kenya"), kInterview}, std::pair{QStringLiteral("06-lahore"), kUrdu}}) {
            NewDocument d;
            d.name = name;
            d.text = text;
            d.turns = import::findSpeakerTurns(text);
            auto id = original->addDocument(d);
            ASSERT_TRUE(id.ok()) << id.message().toStdString();
            documents.append(*id);
        }
        auto leads = original->addCode(std::nullopt, CodeSpec{QStringLiteral("Community leadership"), QStringLiteral("#aa0000")});
        auto start = original->addCode(std::nullopt, CodeSpec{QStringLiteral("Origin"), QStringLiteral("#0000aa")});
        ASSERT_TRUE(leads.ok() && start.ok());
        original->setCurrentCoder(QStringLiteral("Aigul"));
        // "Now sex workers lead the whole programme." in Akinyi's second turn.
        const qint64 at = codePointCount(kInterview.left(kInterview.indexOf(QStringLiteral("Now sex"))));
        span = {at, at + 41};
        ASSERT_TRUE(original->applyCode(documents[0], span.first, span.second, *leads).ok());
        original->setCurrentCoder(QStringLiteral("Bilal"));
        ASSERT_TRUE(original->applyCode(documents[0], span.first, span.second, *leads).ok());
        ASSERT_TRUE(original->applyCode(documents[0], span.first, span.second, *start).ok());
        ASSERT_TRUE(original->applyCode(documents[1], 6, 20, *leads).ok());
        // A whole-document case besides the speakers' cases.
        auto org = original->addCase(QStringLiteral("Kenya collective"), QString());
        ASSERT_TRUE(org.ok());
        ASSERT_TRUE(original->addDocumentToCase(documents[0], *org).ok());
        qdpx = dir.path(QStringLiteral("out.qdpx"));
        auto exported = interop::exportProject(*original, qdpx);
        ASSERT_TRUE(exported.ok()) << exported.message().toStdString();
        xml = unzipMember(qdpx, QStringLiteral("project.qde"));
    }

    TempDir dir;
    std::unique_ptr<Project> original;
    QList<Id> documents;
    std::pair<qint64, qint64> span;
    QString qdpx;
    QByteArray xml;
};

}  // namespace

TEST_F(CasesCodersExport, TurnLinkedCasesAreSelectionRefsToTheirTurns)
{
    if (!refiSchemaDir().isEmpty()) {
        const QString qde = dir.writeFile(QStringLiteral("project.qde"), xml);
        EXPECT_EQ(xmllintErrors(qde, refiSchemaDir() + QStringLiteral("/Project-mrt2019.xsd")), QString());
    }
    const ParsedQde parsed = parse(xml);
    // Every selection a case points at is in the export, over the turn's span.
    QHash<QString, std::pair<qint64, qint64>> spans;
    for (const auto &[source, list] : parsed.selections)
        for (const Selection &s : list)
            spans.insert(s.guid, {s.start, s.end});
    const QList<SpeakerTurn> turns = original->speakerTurns(documents[0]);
    ASSERT_EQ(turns.size(), 4);
    ASSERT_TRUE(parsed.caseSelectionRefs.count(QStringLiteral("Akinyi")));
    const QStringList akinyi = parsed.caseSelectionRefs.at(QStringLiteral("Akinyi"));
    ASSERT_EQ(akinyi.size(), 2);
    EXPECT_EQ(spans.value(akinyi[0]), std::make_pair(turns[1].start, turns[1].end));
    EXPECT_EQ(spans.value(akinyi[1]), std::make_pair(turns[3].start, turns[3].end));
    // Every case-linked turn of both documents is one SelectionRef of its case.
    qsizetype linked = 0, refs = 0;
    for (const Id d : documents)
        for (const SpeakerTurn &t : original->speakerTurns(d))
            linked += t.caseId.has_value();
    for (const auto &[name, list] : parsed.caseSelectionRefs)
        refs += list.size();
    EXPECT_EQ(refs, linked);
    EXPECT_EQ(parsed.caseSelectionRefs.at(QStringLiteral("Interviewer")).size(), 2);
    // Akinyi's second turn is coded as a whole: the case points at that
    // quote's selection, not at an uncoded copy of the span.
    ASSERT_EQ(std::make_pair(turns[3].start, turns[3].end), span);
    qsizetype atSpan = 0;
    for (const Selection &s : parsed.selections.at(QStringLiteral("01-kenya")))
        if (s.guid == akinyi[1])
            EXPECT_FALSE(s.codingUsers.isEmpty());
        else if (std::make_pair(s.start, s.end) == span)
            ++atSpan;
    EXPECT_EQ(atSpan, 1);  // the second coder's selection only
    EXPECT_EQ(parsed.caseSelectionRefs.at(QStringLiteral("Kenya collective")).size(), 0);  // a SourceRef instead
    EXPECT_TRUE(xml.contains("<SourceRef targetGUID="));

    // Imported back: the same turns linked to the same cases, the whole-document
    // case kept, and the turn selections did not become quotes.
    const QString copyPath = dir.path(QStringLiteral("copy.crosscut"));
    auto summary = interop::importProject(qdpx, copyPath);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_TRUE(summary->unsupported.isEmpty()) << summary->toText().toStdString();
    auto copy = openProject(copyPath);
    EXPECT_EQ(caseTurns(*copy), caseTurns(*original));
    EXPECT_EQ(copy->quotes().size(), original->quotes().size());
    const auto kenya = copy->findCase(QStringLiteral("Kenya collective"));
    ASSERT_TRUE(kenya.has_value());
    EXPECT_EQ(copy->documentCases(copy->findDocument(QStringLiteral("01-kenya"))->id), QList<Id>{kenya->id});
    // The cases feed the matrix as before: quotes by case agree.
    const QStringList args = {QStringLiteral("--rows"), QStringLiteral("cases"), QStringLiteral("--cols"),
                              QStringLiteral("codes:Community leadership,Origin"), QStringLiteral("--format"),
                              QStringLiteral("csv")};
    original.reset();
    copy.reset();
    CliResult before = runCli(QStringList{QStringLiteral("matrix"), dir.path(QStringLiteral("original.crosscut"))} + args);
    CliResult after = runCli(QStringList{QStringLiteral("matrix"), copyPath} + args);
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("Akinyi"))) << before.out.toStdString();
    EXPECT_EQ(after.out, before.out);
}

TEST_F(CasesCodersExport, EachCoderOfASpanHasASelectionOfTheirOwn)
{
    const ParsedQde parsed = parse(xml);
    QList<Selection> same;
    for (const Selection &s : parsed.selections.at(QStringLiteral("01-kenya")))
        if (s.start == span.first && s.end == span.second)
            same.append(s);
    ASSERT_EQ(same.size(), 2);
    EXPECT_NE(same[0].user, same[1].user);
    EXPECT_NE(same[0].guid, same[1].guid);
    for (const Selection &s : same) {
        ASSERT_FALSE(s.codingUsers.isEmpty());
        for (const QString &u : s.codingUsers)
            EXPECT_EQ(u, s.user) << "a selection carries only its own coder's codings";
    }
    EXPECT_EQ(same[0].codingUsers.size() + same[1].codingUsers.size(), 3);

    // Imported back: one quote, three codings by the two coders.
    const QString copyPath = dir.path(QStringLiteral("copy.crosscut"));
    auto summary = interop::importProject(qdpx, copyPath);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    auto copy = openProject(copyPath);
    const Id doc = copy->findDocument(QStringLiteral("01-kenya"))->id;
    QList<Quote> quotes;
    for (const Quote &q : copy->quotes(doc))
        if (q.start == span.first && q.end == span.second)
            quotes.append(q);
    ASSERT_EQ(quotes.size(), 1);
    QSet<QString> codings;
    for (const Coding &c : copy->codings(quotes[0].id))
        for (const Coder &k : copy->coders())
            if (k.id == c.coderId)
                codings.insert(copy->codePath(c.codeId) + QLatin1Char('|') + k.name);
    EXPECT_EQ(codings, (QSet<QString>{QStringLiteral("Community leadership|Aigul"), QStringLiteral("Community leadership|Bilal"),
                                      QStringLiteral("Origin|Bilal")}));
}

TEST_F(CasesCodersExport, MissingSourcesAreNamedWithTheOptionThatImportsTheRest)
{
    // The same archive without the Kenya text file.
    QList<std::pair<QString, QByteArray>> entries;
    QString dropped;
    for (const QString &member : zipMembers(qdpx)) {
        const QByteArray bytes = unzipMember(qdpx, member);
        if (member.startsWith(QLatin1String("sources/")) && QString::fromUtf8(bytes).startsWith(QLatin1String("Interviewer: How"))) {
            dropped = member;
            continue;
        }
        entries.append({member, bytes});
    }
    ASSERT_FALSE(dropped.isEmpty());
    const QString broken = dir.path(QStringLiteral("broken.qdpx"));
    writeRawZip(broken, entries);

    const QString path = dir.path(QStringLiteral("refused.crosscut"));
    auto refused = interop::importProject(broken, path);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("\"01-kenya\""))) << refused.message().toStdString();
    EXPECT_TRUE(refused.message().contains(QStringLiteral("--skip-missing-sources"))) << refused.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));

    auto missing = interop::missingSources(broken);
    ASSERT_TRUE(missing.ok()) << missing.message().toStdString();
    ASSERT_EQ(missing->size(), 1);
    EXPECT_TRUE(missing->first().contains(QStringLiteral("01-kenya")));
    auto none = interop::missingSources(qdpx);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());

    interop::ImportOptions skip;
    skip.skipMissingSources = true;
    auto summary = interop::importProject(broken, path, skip);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    auto copy = openProject(path);
    ASSERT_EQ(copy->documents().size(), 1);
    EXPECT_EQ(copy->documents().first().name, QStringLiteral("06-lahore"));
    // Akinyi's turns were in the missing source: reported, not invented.
    EXPECT_GT(summary->unsupported.value(QStringLiteral("Case member selection outside the imported text sources")), 0)
        << summary->toText().toStdString();
}

TEST_F(CasesCodersExport, TurnSelectionsCanBeLeftOutForToolsThatReadNoCaseLinks)
{
    original.reset();
    const QString lean = dir.path(QStringLiteral("lean.qdpx"));
    CliResult r = runCli({QStringLiteral("export"), dir.path(QStringLiteral("original.crosscut")), QStringLiteral("--format"),
                          QStringLiteral("qdpx"), QStringLiteral("--out"), lean, QStringLiteral("--no-turn-selections")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const ParsedQde parsed = parse(unzipMember(lean, QStringLiteral("project.qde")));
    for (const auto &[name, refs] : parsed.caseSelectionRefs)
        EXPECT_TRUE(refs.isEmpty()) << name.toStdString();
    for (const auto &[source, list] : parsed.selections)
        for (const Selection &s : list)
            EXPECT_FALSE(s.codingUsers.isEmpty()) << "an uncoded selection in " << source.toStdString();
    // The whole-document case is still there.
    EXPECT_TRUE(unzipMember(lean, QStringLiteral("project.qde")).contains("<SourceRef targetGUID="));
}
