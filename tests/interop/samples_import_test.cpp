// Every real REFI-QDA sample in ../shared imports, with counts checked against
// the XML (counted here independently) and quote texts computed here from the
// archive's text files with the producing tool's position rule.
#include "interop/refiqda.h"
#include "interoptestsupport.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Selection {
    QString sourceGuid;
    QString guid;
    qint64 start = 0;
    qint64 end = 0;
};

QList<Selection> textSelections(const QByteArray &xml)
{
    QList<Selection> out;
    QXmlStreamReader r(xml);
    QString source;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("TextSource"))
            source = r.attributes().value(QLatin1String("guid")).toString().toLower();
        else if (r.name() == QLatin1String("PlainTextSelection") && !source.isEmpty())
            out.append({source, r.attributes().value(QLatin1String("guid")).toString().toLower(),
                        r.attributes().value(QLatin1String("startPosition")).toLongLong(),
                        r.attributes().value(QLatin1String("endPosition")).toLongLong()});
        else if (r.name() != QLatin1String("PlainTextSelection") && r.name() != QLatin1String("Coding") &&
                 r.name() != QLatin1String("CodeRef") && r.name() != QLatin1String("Description") &&
                 r.name() != QLatin1String("NoteRef"))
            source.clear();
    }
    return out;
}

QString samplePath(const QString &name) { return refiSamplesDir() + QLatin1Char('/') + name; }

#define SKIP_WITHOUT_SHARED()                                                                   \
    if (refiSamplesDir().isEmpty())                                                            \
    GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample tests need it"

int scalar(Project &p, const char *sql)
{
    auto v = p.database().scalar(QString::fromLatin1(sql));
    return v.ok() ? v->toInt() : -1;
}

}  // namespace

TEST(RefiSamples, NvivoWindowsQuotesMatchUtf16CrlfBomRule)
{
    SKIP_WITHOUT_SHARED();
    const QString qdpx = samplePath(QStringLiteral("nvivo-win-12.6_pyqdpx_oltas.qdpx"));
    const QByteArray xml = unzipMember(qdpx, QStringLiteral("project.qde"));
    const QdeCounts counts = countQde(xml);
    ASSERT_EQ(counts.textSelections, 97);

    TempDir dir;
    const QString path = dir.path(QStringLiteral("oltas.crosscut"));
    auto summary = interop::importProject(qdpx, path);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->origin, QStringLiteral("NVivo for Windows 12.6"));
    EXPECT_EQ(summary->codes, counts.codes);
    EXPECT_EQ(summary->sources, counts.textSources);
    EXPECT_EQ(summary->selections, counts.textSelections);
    EXPECT_EQ(summary->users, counts.users);
    EXPECT_TRUE(summary->unsupported.isEmpty()) << summary->toText().toStdString();

    auto project = openProject(path);
    EXPECT_EQ(project->codes().size(), counts.codes);
    ASSERT_EQ(project->documents().size(), 1);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM coding"), counts.textCodings);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM coder"), 2);

    // NVivo's rule, applied here to the raw file: UTF-16 units, BOM not
    // counted, CRLF counted as two; Crosscut shows the text with LF.
    const QByteArray raw = unzipMember(qdpx, QStringLiteral("Sources/56a79789-d535-4fb8-bedd-a915504c54ba.txt"));
    ASSERT_TRUE(raw.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(raw.mid(3));
    ASSERT_TRUE(text.contains(QStringLiteral("\r\n")));
    const Document doc = project->documents().constFirst();
    EXPECT_EQ(project->documentText(doc.id), normalizeLineEndings(text));

    QHash<QString, Quote> byGuid;
    for (const Quote &q : project->quotes())
        byGuid.insert(q.guid.toLower(), q);
    const QList<Selection> selections = textSelections(xml);
    ASSERT_EQ(selections.size(), 97);
    QSet<std::pair<qint64, qint64>> spans;
    int astral = 0;
    for (const Selection &s : selections) {
        spans.insert({s.start, s.end});
        const QString expected = normalizeLineEndings(text.mid(s.start, s.end - s.start));
        const auto it = byGuid.constFind(s.guid);
        if (it == byGuid.cend())
            continue;  // a second selection of a span already imported
        EXPECT_EQ(project->quoteText(*it), expected) << "selection " << s.guid.toStdString();
        if (codePointCount(expected) != expected.size())
            ++astral;
    }
    EXPECT_EQ(project->quotes().size(), spans.size());
    // The sample's point: quotes holding emoji, where units and code points differ.
    EXPECT_GT(astral, 0);
}

TEST(RefiSamples, MaxqdaSourcesCodesAndSets)
{
    SKIP_WITHOUT_SHARED();
    const QString qdpx = samplePath(QStringLiteral("maxqda-24.7_paper_themes_ICLS.qdpx"));
    const QByteArray xml = unzipMember(qdpx, QStringLiteral("project.qde"));
    const QdeCounts counts = countQde(xml);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("maxqda.crosscut"));
    auto summary = interop::importProject(qdpx, path);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->codes, counts.codes);
    EXPECT_EQ(counts.codes, 307);
    EXPECT_EQ(summary->sources, 10);
    EXPECT_EQ(summary->sets, counts.sets);
    EXPECT_EQ(summary->selections, 0);
    auto project = openProject(path);
    EXPECT_EQ(project->codes().size(), 307);
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM set_member"), 10);
    // Long descriptions and colours arrive intact.
    auto code = project->resolveCodePath(QStringLiteral("Additional Themes and Ideas/THEME - Affinity Spaces (Gee)"));
    ASSERT_TRUE(code.ok()) << code.message().toStdString();
    EXPECT_EQ(project->code(*code)->description, QStringLiteral("Apply this code when a study uses Gee's concept of affinity spaces."));
    EXPECT_EQ(project->code(*code)->color, QStringLiteral("#ef8256"));
    auto doc = project->findDocument(QStringLiteral("ICLS 2024 3-10"));
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(project->documentText(doc->id),
              normalizeLineEndings(QString::fromUtf8(unzipMember(qdpx, QStringLiteral("sources/C5E4C960-5296-4FDE-8C63-DEABA4E17F92.txt")))));
}

TEST(RefiSamples, NvivoMacDeepCodeTreeAndStrayRootFile)
{
    SKIP_WITHOUT_SHARED();
    const QString qdpx = samplePath(QStringLiteral("nvivo-mac-15.0_qc_nvivo_project.qdpx"));
    ASSERT_TRUE(zipMembers(qdpx).contains(QStringLiteral("sources/.root")));
    const QdeCounts counts = countQde(unzipMember(qdpx, QStringLiteral("project.qde")));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("nvivomac.crosscut"));
    auto summary = interop::importProject(qdpx, path);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->codes, 262);
    EXPECT_EQ(summary->codes, counts.codes);
    EXPECT_EQ(summary->sources, 2);
    auto project = openProject(path);
    EXPECT_EQ(project->codes().size(), 262);
    int maxDepth = 0;
    for (const Code &c : project->codes())
        maxDepth = std::max(maxDepth, static_cast<int>(project->codePath(c.id).count(QLatin1Char('/'))) + 1);
    EXPECT_EQ(maxDepth, 7);
}

TEST(RefiSamples, AtlasWindowsUsersAndNestedCodes)
{
    SKIP_WITHOUT_SHARED();
    TempDir dir;
    {
        const QString path = dir.path(QStringLiteral("target.crosscut"));
        auto summary = interop::importProject(samplePath(QStringLiteral("atlasti-win-23.2_ponte_target-atlas-project.qdpx")), path);
        ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
        EXPECT_EQ(summary->users, 2);
        EXPECT_EQ(summary->codes, 3);
        auto project = openProject(path);
        EXPECT_TRUE(project->resolveCodePath(QStringLiteral("Commits/2022-05-10T02:05:59Z 19e4dce")).ok());
        EXPECT_EQ(project->coders().size(), 2);
    }
    {
        const QString path = dir.path(QStringLiteral("blank.crosscut"));
        auto summary = interop::importProject(samplePath(QStringLiteral("atlasti-win-23.2_ponte_blank-atlas-project.qdpx")), path);
        ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
        EXPECT_EQ(summary->users, 2);
        EXPECT_EQ(summary->codes, 0);
        EXPECT_TRUE(QFileInfo::exists(path));
    }
}

TEST(RefiSamples, AtlasMacSpecExampleMissingSourcesRefusedThenSkipped)
{
    SKIP_WITHOUT_SHARED();
    const QString qdpx = samplePath(QStringLiteral("atlasti-mac-8.4_spec-example2_sky-loom_TestProject.qdpx"));
    const QByteArray xml = unzipMember(qdpx, QStringLiteral("Project.qde"));  // not project.qde
    const QdeCounts counts = countQde(xml);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("atlas.crosscut"));
    auto refused = interop::importProject(qdpx, path);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("missing from the archive"))) << refused.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));

    interop::ImportOptions options;
    options.skipMissingSources = true;
    auto summary = interop::importProject(qdpx, path, options);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->codes, counts.codes);
    EXPECT_EQ(counts.codes, 14);
    EXPECT_EQ(summary->users, 3);
    EXPECT_EQ(summary->sources, 0);
    EXPECT_EQ(summary->sets, counts.sets);
    EXPECT_EQ(summary->memos, counts.notes);  // two project notes
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("TextSource without its text file")), counts.textSources);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("PlainTextSelection in a missing source")), counts.textSelections);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("PictureSource")), 1);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("PDFSource")), 2);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("AudioSource")), 1);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("VideoSource")), 2);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("PDFSelection")), 4);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("PictureSelection")), 1);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("VideoSelection")), 2);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("Graph")), 1);
    EXPECT_EQ(summary->unsupported.value(QStringLiteral("Link")), 1);
    auto project = openProject(path);
    // "Coke::diet Coke" is a flat name in ATLAS.ti; a code set keeps its members.
    EXPECT_TRUE(project->resolveCodePath(QStringLiteral("Coke::diet Coke")).ok());
    EXPECT_EQ(scalar(*project, "SELECT count(*) FROM set_member m JOIN set_ s ON s.id = m.set_id WHERE s.name = 'Feelings'"), 6);
    EXPECT_EQ(project->memos(MemoTarget::Project).size(), 2);
}

TEST(RefiSamples, SpecExampleSelectionCountsCodePointsEndExclusive)
{
    // Annex A.2's quote "Oh, that was great. See you tomorrow? Eleven thirty. Mm."
    // has start 139 and end 195 (56 code points): rebuilt here with a text of
    // our own that puts those words at exactly that place, after CRLF lines.
    QString prefix;
    while (codePointCount(prefix) < 139 - 2)
        prefix += QStringLiteral("Лінія ");
    prefix = codePointSlice(prefix, 0, 137) + QStringLiteral("\r\n");
    const QString quote = QStringLiteral("Oh, that was great. See you tomorrow? Eleven thirty. Mm.");
    ASSERT_EQ(codePointCount(quote), 56);
    const QString text = prefix + quote + QStringLiteral("\r\nend");
    const QByteArray qde =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" origin=\"ATLAS.ti 8.4.0\">"
        "<Users><User guid=\"AD68FBE7-E1EE-4A82-A279-23CC698C89EB\" name=\"F\"/></Users>"
        "<CodeBook><Codes><Code guid=\"D299EFAE-5779-46DC-9827-A3D1A5D544BC\" name=\"diet\" isCodable=\"true\" color=\"#F0A\"/></Codes></CodeBook>"
        "<Sources><TextSource guid=\"57C6099B-934F-4C86-90F2-CC6C2F2A3CC3\" name=\"Break\" plainTextPath=\"57C6099B.txt\">"
        "<PlainTextSelection guid=\"4191294A-E287-4510-95B0-69BCE4638E56\" startPosition=\"139\" endPosition=\"195\" "
        "creatingUser=\"AD68FBE7-E1EE-4A82-A279-23CC698C89EB\"><Coding guid=\"445A6AEC-1400-4502-919D-0867832FF211\">"
        "<CodeRef targetGUID=\"D299EFAE-5779-46DC-9827-A3D1A5D544BC\"/></Coding></PlainTextSelection>"
        "</TextSource></Sources></Project>";
    TempDir dir;
    const QString qdpx = dir.path(QStringLiteral("spec.qdpx"));
    // plainTextPath without internal://, folder spelt Sources/.
    writeRawZip(qdpx, {{QStringLiteral("project.qde"), qde}, {QStringLiteral("Sources/57C6099B.txt"), text.toUtf8()}});
    const QString path = dir.path(QStringLiteral("spec.crosscut"));
    auto summary = interop::importProject(qdpx, path);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    auto project = openProject(path);
    ASSERT_EQ(project->quotes().size(), 1);
    EXPECT_EQ(project->quoteText(project->quotes().constFirst()), quote);
    EXPECT_EQ(project->code(*project->resolveCodePath(QStringLiteral("diet")))->color, QStringLiteral("#ff00aa"));
}
