// The text layer of PDFs written in the test, imported through poppler: the
// exact text, page turns in code points, speakers, refusals, the CLI, and the
// demo's own report.
#include "pdftestfiles.h"

#include "analysis/matrix.h"
#include "import/documentreader.h"
#include "pdf/pdfreader.h"
#include "privacy/pseudonymise.h"
#include "privacy/redaction.h"
#include "project/projectwriter.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Readable failures: QString printed as UTF-8.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os) { *os << '"' << text.toStdString() << '"'; }
QT_END_NAMESPACE

using namespace crosscut;
using namespace crosscut::test;

namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

class PdfImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        ensureGuiApplication();
        pdf::installPdfReader();
    }
    TempDir dir;
};

// Three pages: Latin, two columns (Cyrillic | Latin), Urdu (QPainter writes
// its glyphs in visual order; a lam-alef ligature it leaves without Unicode,
// so the line has none: the demo report's Urdu quote has one); a header and a
// footer with the page number on every page. Line ends: "coop-" + "erated"
// (joined: "cooperated" occurs on the page) and "peer-" + "led" (kept:
// "peerled" occurs nowhere).
QList<QList<PdfLine>> fieldReport()
{
    auto frame = [](PdfPageBuilder &b, int page) {
        b.lines.append({s("Crosscut field report \u2014 confidential"), 72, 50, false});
        b.lines.append({QStringLiteral("Page %1 of 3").arg(page), 260, 800, false});
    };
    PdfPageBuilder one;
    frame(one, 1);
    one.line(s("The outreach workers met the community leaders in the"))
        .line(s("district office and discussed the cooperation between"))
        .line(s("harm reduction services across the region this spring."))
        .gap()
        .line(s("Partners said the mobile teams and the clinic staff coop-"))
        .line(s("erated closely, and the groups that are described as peer-"))
        .line(s("led kept the referral network open through the winter."))
        .gap()
        .line(s("Everyone cooperated."));
    PdfPageBuilder two;
    frame(two, 2);
    two.line(s("Мы работали вместе с"), 72).line(s("сообществом и обсуждали"), 72).line(s("доступ к услугам."), 72);
    two.y = 110;  // the right column, level with the left one
    two.line(s("The right column holds"), 320).line(s("a second paragraph of"), 320).line(s("the same page."), 320);
    PdfPageBuilder three;
    frame(three, 3);
    three.line(s("ہم نے کمیونٹی کے ساتھ مل کر کام کیا"), 523, true).gap().line(s("Closing remarks in English."));
    return {one.lines, two.lines, three.lines};
}

const QStringList &fieldReportPages()
{
    static const QStringList pages = {
        s("The outreach workers met the community leaders in the district office and discussed the cooperation "
          "between harm reduction services across the region this spring.\n"
          "Partners said the mobile teams and the clinic staff cooperated closely, and the groups that are described "
          "as peer-led kept the referral network open through the winter.\n"
          "Everyone cooperated."),
        s("Мы работали вместе с сообществом и обсуждали доступ к услугам.\n"
          "The right column holds a second paragraph of the same page."),
        s("ہم نے کمیونٹی کے ساتھ مل کر کام کیا\nClosing remarks in English."),
    };
    return pages;
}

// An interview whose respondent's answer runs on to the next page.
QList<QList<PdfLine>> interview()
{
    PdfPageBuilder one;
    one.line(s("Interviewer: How did the partnership start?"))
        .line(s("Respondent: We started with a small group of peer"))
        .line(s("educators and the clinic, and then the network grew"));
    PdfPageBuilder two;
    two.line(s("across three districts.")).line(s("Interviewer: Thank you."));
    return {one.lines, two.lines};
}

std::optional<QString> qpdf() { return QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()
                                           ? std::nullopt
                                           : std::optional(QStandardPaths::findExecutable(QStringLiteral("qpdf"))); }

}  // namespace

TEST_F(PdfImport, TextLayerIsImportedExactlyWithPageTurnsInCodePoints)
{
    const QString path = dir.path(QStringLiteral("field report.pdf"));
    ASSERT_TRUE(writeTestPdf(path, fieldReport()));
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc) << doc.message().toStdString();
    const QStringList &pages = fieldReportPages();
    EXPECT_EQ(doc->text, pages.join(QStringLiteral("\n\n")));
    EXPECT_EQ(doc->name, QStringLiteral("field report"));
    EXPECT_EQ(doc->sourceFile, QStringLiteral("field report.pdf"));
    EXPECT_EQ(doc->kind, DocumentKind::Interview);
    EXPECT_FALSE(doc->casePerSpeaker);  // pages are not people
    ASSERT_EQ(doc->turns.size(), 3);
    qint64 at = 0;
    for (int p = 0; p < 3; ++p) {
        const auto &turn = doc->turns[p];
        EXPECT_EQ(turn.speaker, QStringLiteral("p. %1").arg(p + 1));
        EXPECT_EQ(turn.start, at);
        EXPECT_EQ(turn.end, at + codePointCount(pages[p]));
        EXPECT_EQ(codePointSlice(doc->text, turn.start, turn.end), pages[p]);
        at = turn.end + 2;
    }
    EXPECT_FALSE(doc->text.contains(QStringLiteral("confidential")));
    EXPECT_FALSE(doc->text.contains(QStringLiteral("of 3")));
}

TEST_F(PdfImport, SpeakerPrefixesMakeTurnsCutAtPageEnds)
{
    const QString path = dir.path(QStringLiteral("interview.pdf"));
    ASSERT_TRUE(writeTestPdf(path, interview()));
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc) << doc.message().toStdString();
    const QString page1 = s("Interviewer: How did the partnership start?\n"
                            "Respondent: We started with a small group of peer educators and the clinic, and then the "
                            "network grew");
    const QString page2 = s("across three districts.\nInterviewer: Thank you.");
    ASSERT_EQ(doc->text, page1 + QStringLiteral("\n\n") + page2);
    EXPECT_TRUE(doc->casePerSpeaker);
    ASSERT_EQ(doc->turns.size(), 4);
    auto said = [&](int i) { return codePointSlice(doc->text, doc->turns[i].start, doc->turns[i].end); };
    EXPECT_EQ(doc->turns[0].speaker, QStringLiteral("Interviewer"));
    EXPECT_EQ(said(0), QStringLiteral("How did the partnership start?"));
    EXPECT_EQ(doc->turns[1].speaker, QStringLiteral("Respondent"));
    EXPECT_EQ(doc->turns[1].end, codePointCount(page1));  // cut at the page end
    EXPECT_EQ(doc->turns[2].speaker, QStringLiteral("Respondent"));
    EXPECT_EQ(doc->turns[2].start, codePointCount(page1) + 2);
    EXPECT_EQ(said(2), QStringLiteral("across three districts."));
    EXPECT_EQ(doc->turns[3].speaker, QStringLiteral("Interviewer"));
    EXPECT_EQ(said(3), QStringLiteral("Thank you."));
}

TEST_F(PdfImport, QuotesOfAPdfNameTheirPage)
{
    const QString path = dir.path(QStringLiteral("field report.pdf"));
    ASSERT_TRUE(writeTestPdf(path, fieldReport()));
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    auto ids = import::importFiles(*project, {path});
    ASSERT_TRUE(ids) << ids.message().toStdString();
    EXPECT_TRUE(project->cases().isEmpty());
    const QString text = project->documentText(ids->first());
    const qint64 start = codePointCount(QStringView(text).first(text.indexOf(s("сообществом"))));
    Id quote = 0;
    Status st = project->transact(QStringLiteral("quote"), [&](ProjectWriter &w) -> Status {
        auto q = w.findOrInsertQuote(ids->first(), start, start + 11);
        if (!q)
            return q.error();
        quote = *q;
        return {};
    });
    ASSERT_TRUE(st) << st.message().toStdString();
    auto excerpts = analysis::quoteExcerpts(*project, {quote});
    ASSERT_TRUE(excerpts) << excerpts.message().toStdString();
    EXPECT_EQ(excerpts->first().text, s("сообществом"));
    EXPECT_EQ(excerpts->first().page, QStringLiteral("p. 2"));
    EXPECT_TRUE(excerpts->first().speaker.isEmpty());
}

// Page turns name no one: redaction and pseudonymisation leave "p. 2" alone.
TEST_F(PdfImport, PageTurnsAreNotPeople)
{
    const QString path = dir.path(QStringLiteral("field report.pdf"));
    ASSERT_TRUE(writeTestPdf(path, fieldReport()));
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    ASSERT_TRUE(import::importFiles(*project, {path}));
    const privacy::Redaction redaction = privacy::Redaction::fromProject(*project);
    EXPECT_TRUE(redaction.names().isEmpty()) << redaction.names().join(u',').toStdString();
    EXPECT_EQ(redaction.redactText(QStringLiteral("see p. 2")), QStringLiteral("see p. 2"));
    for (const privacy::NameCandidate &c : privacy::proposedNames(*project))
        ADD_FAILURE() << "proposed as a name: " << c.name.toStdString();
}

TEST_F(PdfImport, RefusesAPdfWithoutTextLayer)
{
    const QString path = dir.path(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(writeImageOnlyPdf(path));
    auto doc = import::readDocument(path);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.message().startsWith(
        QStringLiteral("scan.pdf has no text layer (a scanned image): run OCR first (for example ocrmypdf")))
        << doc.message().toStdString();
}

TEST_F(PdfImport, RefusesAnEncryptedPdf)
{
    const auto tool = qpdf();
    if (!tool)
        GTEST_SKIP() << "qpdf is not installed (installer/install-deps.sh installs it): no encrypted PDF can be made";
    const QString plain = dir.path(QStringLiteral("plain.pdf"));
    ASSERT_TRUE(writeTestPdf(plain, interview()));
    const QString locked = dir.path(QStringLiteral("locked.pdf"));
    QProcess p;
    p.start(*tool, {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"), QStringLiteral("256"),
                    QStringLiteral("--"), plain, locked});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    auto doc = import::readDocument(locked);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.message().startsWith(QStringLiteral("locked.pdf is encrypted: it opens only with its password")))
        << doc.message().toStdString();
    // Encrypted with an owner password only (printing or copying
    // restricted): it opens without a password, and its text is imported.
    const QString restricted = dir.path(QStringLiteral("restricted.pdf"));
    p.start(*tool, {QStringLiteral("--encrypt"), QString(), QStringLiteral("owner"), QStringLiteral("256"),
                    QStringLiteral("--extract=n"), QStringLiteral("--"), plain, restricted});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    doc = import::readDocument(restricted);
    ASSERT_TRUE(doc) << doc.message().toStdString();
    EXPECT_TRUE(doc->text.startsWith(QStringLiteral("Interviewer: How did the partnership start?")));
}

TEST_F(PdfImport, RefusesTruncatedAndFakePdfs)
{
    const QString good = dir.path(QStringLiteral("good.pdf"));
    ASSERT_TRUE(writeTestPdf(good, fieldReport()));
    const QByteArray bytes = readAll(good);
    const QString cut = dir.writeFile(QStringLiteral("cut.pdf"), bytes.first(bytes.size() * 6 / 10));
    auto doc = import::readDocument(cut);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.message().startsWith(QStringLiteral("cut.pdf is not a readable PDF (it is cut off before its end)")))
        << doc.message().toStdString();
    const QString fake = dir.writeFile(QStringLiteral("fake.pdf"), "Interviewer: this is text, not a PDF\n");
    doc = import::readDocument(fake);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.message().startsWith(QStringLiteral("fake.pdf is not a readable PDF (no PDF header)")))
        << doc.message().toStdString();
    // A damaged body behind an intact header and end.
    QByteArray broken = bytes;
    for (qsizetype i = 20; i < broken.size() - 40; ++i)
        broken[i] = 'x';
    const QString mangled = dir.writeFile(QStringLiteral("mangled.pdf"), broken);
    doc = import::readDocument(mangled);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.message().startsWith(QStringLiteral("mangled.pdf is not a readable PDF"))) << doc.message().toStdString();
}

TEST_F(PdfImport, ARefusedFileImportsNothing)
{
    const QString good = dir.path(QStringLiteral("good.pdf"));
    ASSERT_TRUE(writeTestPdf(good, fieldReport()));
    const QString scan = dir.path(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(writeImageOnlyPdf(scan));
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    auto ids = import::importFiles(*project, {good, scan});
    ASSERT_FALSE(ids);
    EXPECT_TRUE(ids.message().contains(QStringLiteral("scan.pdf has no text layer"))) << ids.message().toStdString();
    EXPECT_TRUE(project->documents().isEmpty());
    EXPECT_TRUE(project->cases().isEmpty());
}

TEST_F(PdfImport, CliImportsAPdfAndSearchFindsItsText)
{
    const QString pdf = dir.path(QStringLiteral("field report.pdf"));
    ASSERT_TRUE(writeTestPdf(pdf, fieldReport()));
    const QString project = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
    auto r = runCli({QStringLiteral("import"), project, pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const qsizetype length = codePointCount(fieldReportPages().join(QStringLiteral("\n\n")));
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("imported field report (interview, %1 code points, 3 pages)").arg(length));
    r = runCli({QStringLiteral("search"), project, s("\"cooperated closely\""), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1) << r.out.toStdString();
    const qint64 start = hits[0].toObject()[QStringLiteral("start")].toInteger();
    EXPECT_EQ(start, codePointCount(QStringView(fieldReportPages()[0]).first(fieldReportPages()[0].indexOf(s("cooperated closely")))));

    // A refused file on the command line: by name, non-zero, nothing imported.
    const QString scan = dir.path(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(writeImageOnlyPdf(scan));
    const QString project2 = dir.path(QStringLiteral("q.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), project2}).exitCode, 0);
    r = runCli({QStringLiteral("import"), project2, pdf, scan});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("scan.pdf has no text layer (a scanned image): run OCR first"))) << r.err.toStdString();
    EXPECT_TRUE(openProject(project2)->documents().isEmpty());
}

// The demo's own evaluation report, written by crosscut-cli report and
// imported back: every quote the report cites (followed by "— speaker ·
// document · ¶n") is found by search in the imported report.
TEST_F(PdfImport, DemoReportImportsWithItsQuotesFindable)
{
    const QString demo = dir.path(QStringLiteral("demo.crosscut"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CROSSCUT_DEMO_PROJECT), demo)) << "build the demo target first";
    QFile::setPermissions(demo, QFile::ReadOwner | QFile::WriteOwner);
    const QString pdf = dir.path(QStringLiteral("demo report.pdf"));
    auto r = runCli({QStringLiteral("report"), demo, QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString project = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
    r = runCli({QStringLiteral("import"), project, pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    r = runCli({QStringLiteral("quotes"), demo, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QList<QPair<QString, QString>> quotes;  // document, text
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject q = v.toObject();
        quotes.append({q[QStringLiteral("document")].toString(), q[QStringLiteral("text")].toString().simplified()});
    }
    auto imported = openProject(project);
    ASSERT_EQ(imported->documents().size(), 1);
    const QString text = imported->documentText(imported->documents().first().id).simplified();
    imported.reset();
    int checked = 0;
    for (const auto &[document, quote] : quotes) {
        // A quote the report cites: its text, then its attribution naming its document.
        bool cited = false;
        for (qsizetype at = text.indexOf(quote); at >= 0 && !cited; at = text.indexOf(quote, at + 1)) {
            const QString after = text.mid(at + quote.size(), 160);
            cited = after.startsWith(QStringLiteral(" \u2014 ")) && after.left(after.indexOf(QStringLiteral("\u00B6")) + 1).contains(
                                                                        QStringLiteral(" \u00B7 ") + document + QStringLiteral(" \u00B7 \u00B6"));
        }
        if (!cited)
            continue;
        const QString phrase = u'"' + QString(quote).replace(u'"', QStringLiteral("\"\"")) + u'"';
        auto hits = runCli({QStringLiteral("search"), project, phrase, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(hits.exitCode, 0) << hits.err.toStdString();
        EXPECT_FALSE(QJsonDocument::fromJson(hits.out.toUtf8()).array().isEmpty()) << quote.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 10) << "the report cites too few quotes: " << text.left(2000).toStdString();
}
