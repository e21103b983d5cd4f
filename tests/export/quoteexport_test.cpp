// The quote export (export/quoteexport.h) on a real project on disk: two
// documents with speakers, an English, a Cyrillic and an Urdu quote,
// document and case attributes, a quote memo. The rows carry the right
// attribution, paragraph, cases and attributes; the CSV keeps the old
// columns first; the XLSX is read back with QuaZip, the DOCX with
// python3-docx, the HTML with xmllint's HTML parser.

#include "export/quoteexport.h"

#include "support/docxreadback.h"
#include "support/testsupport.h"
#include "util/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }
qint64 cps(const QString &s) { return s.toUcs4().size(); }

const char *const kEnglish = "We run the clinic ourselves & we decide <together>.";
const char *const kCyrillic = "Мы сами решаем, как работать с сообществом.";
const char *const kUrdu = "ہم اپنی کمیونٹی کے لیے خود بولتے ہیں";

// The text of one zip member, or empty.
QString zipMember(const QString &path, const QString &member)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(member))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct ProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessRun run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}


class QuoteExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = test::createProject(dir.path(QStringLiteral("quotes.crosscut")));
        ASSERT_TRUE(project);
        Project &p = *project;
        auto leadership = p.addCode(std::nullopt, {QStringLiteral("Leadership"), {}, {}, {}, true});
        ASSERT_TRUE(leadership.ok());
        auto kpLed = p.addCode(*leadership, {QStringLiteral("Key population-led")});
        auto silos = p.addCode(std::nullopt, {QStringLiteral("Working in silos")});
        ASSERT_TRUE(kpLed.ok() && silos.ok());

        // 01-kenya: the interviewer's line is paragraph 1, Akinyi's paragraph 2.
        const QString interviewer = QStringLiteral("Interviewer: Tell me about the collective.");
        const QString akinyi = QStringLiteral("Akinyi: ") + u(kEnglish);
        NewDocument kenya;
        kenya.name = QStringLiteral("01-kenya");
        kenya.text = interviewer + QStringLiteral("\n\n") + akinyi + QLatin1Char('\n');
        const qint64 a0 = cps(interviewer) + 2;
        kenya.turns = {{0, cps(interviewer), QStringLiteral("Interviewer"), {}, {}},
                       {a0, a0 + cps(akinyi), QStringLiteral("Akinyi"), {}, {}}};
        auto k = p.addDocument(kenya);
        ASSERT_TRUE(k.ok()) << k.message().toStdString();

        // 02-kyrgyzstan-pakistan: Айгуль (Cyrillic), then Ayesha (Urdu).
        const QString aigul = u("Айгуль: ") + u(kCyrillic);
        const QString ayesha = QStringLiteral("Ayesha: ") + u(kUrdu);
        NewDocument second;
        second.name = QStringLiteral("02-kyrgyzstan-pakistan");
        second.text = aigul + QLatin1Char('\n') + ayesha + QLatin1Char('\n');
        const qint64 y0 = cps(aigul) + 1;
        second.turns = {{0, cps(aigul), u("Айгуль"), {}, {}}, {y0, y0 + cps(ayesha), QStringLiteral("Ayesha"), {}, {}}};
        auto s = p.addDocument(second);
        ASSERT_TRUE(s.ok()) << s.message().toStdString();

        ASSERT_TRUE(p.setAttribute(AttributeScope::Document, *k, QStringLiteral("Country"), QStringLiteral("Kenya")).ok());
        ASSERT_TRUE(p.setAttribute(AttributeScope::Document, *s, QStringLiteral("Country"), QStringLiteral("Kyrgyzstan")).ok());
        const auto akinyiCase = p.findCase(QStringLiteral("Akinyi"));
        const auto ayeshaCase = p.findCase(QStringLiteral("Ayesha"));
        ASSERT_TRUE(akinyiCase && ayeshaCase);
        ASSERT_TRUE(p.setAttribute(AttributeScope::Case, akinyiCase->id, QStringLiteral("Population"), QStringLiteral("Sex workers")).ok());
        ASSERT_TRUE(p.setAttribute(AttributeScope::Case, ayeshaCase->id, QStringLiteral("Population"), u("Transgender people")).ok());
        ASSERT_TRUE(p.setAttribute(AttributeScope::Case, akinyiCase->id, QStringLiteral("Phone"), QStringLiteral("PHONE-7731")).ok());
        for (const Attribute &a : p.attributes()) {
            if (a.name == QLatin1String("Phone")) {
                ASSERT_TRUE(p.setAttributeIdentifying(a.id, true).ok());
            }
        }

        p.setCurrentCoder(QStringLiteral("amina"));
        const qint64 e0 = a0 + cps(QStringLiteral("Akinyi: "));
        auto e = p.applyCode(*k, e0, e0 + cps(u(kEnglish)), *kpLed);
        const qint64 c0 = cps(u("Айгуль: "));
        auto c = p.applyCode(*s, c0, c0 + cps(u(kCyrillic)), *kpLed);
        const qint64 u0 = y0 + cps(QStringLiteral("Ayesha: "));
        auto r = p.applyCode(*s, u0, u0 + cps(u(kUrdu)), *silos);
        ASSERT_TRUE(e.ok() && c.ok() && r.ok());
        english = *e;
        cyrillic = *c;
        urdu = *r;
        englishStart = e0;
        urduStart = u0;
        ASSERT_TRUE(p.addMemo(MemoTarget::Quote, english, QStringLiteral("Leadership"), QStringLiteral("Akinyi speaks for the collective.")).ok());
    }

    exporting::QuoteExport collect(bool redact = false)
    {
        exporting::QuoteExportOptions options;
        options.redact = redact;
        options.title = QStringLiteral("Quotes — test");
        options.summary = QStringLiteral("Akinyi × Key population-led");
        auto quotes = exporting::collectQuoteExport(*project, {english, cyrillic, urdu}, options);
        EXPECT_TRUE(quotes.ok()) << quotes.message().toStdString();
        return quotes.ok() ? *quotes : exporting::QuoteExport();
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
    Id english = 0, cyrillic = 0, urdu = 0;
    qint64 englishStart = 0, urduStart = 0;
};

TEST_F(QuoteExportTest, RowsCarryAttributionPositionCasesMemosAndAttributes)
{
    const exporting::QuoteExport quotes = collect();
    ASSERT_EQ(quotes.rows.size(), 3);
    EXPECT_EQ(quotes.documentAttributes, QStringList{QStringLiteral("Country")});
    EXPECT_EQ(quotes.caseAttributes, (QStringList{QStringLiteral("Population"), QStringLiteral("Phone")}));

    const exporting::QuoteExportRow &e = quotes.rows.at(0);
    EXPECT_EQ(e.text, u(kEnglish));
    EXPECT_EQ(e.document, QStringLiteral("01-kenya"));
    EXPECT_EQ(e.speaker, QStringLiteral("Akinyi"));
    EXPECT_EQ(e.attribution, u("Akinyi · 01-kenya · ¶2"));
    EXPECT_EQ(e.paragraph, 2);
    EXPECT_EQ(e.turn, 2);
    EXPECT_EQ(e.start, englishStart);
    EXPECT_EQ(e.end, englishStart + cps(u(kEnglish)));
    EXPECT_EQ(e.codes, QStringList{QStringLiteral("Leadership/Key population-led")});
    EXPECT_EQ(e.coders, QStringList{QStringLiteral("amina")});
    EXPECT_EQ(e.cases, QStringList{QStringLiteral("Akinyi")});
    EXPECT_EQ(e.memos, QStringList{QStringLiteral("Leadership: Akinyi speaks for the collective.")});
    EXPECT_EQ(e.documentAttributes, QStringList{QStringLiteral("Kenya")});
    EXPECT_EQ(e.caseAttributes, (QStringList{QStringLiteral("Sex workers"), QStringLiteral("PHONE-7731")}));

    const exporting::QuoteExportRow &c = quotes.rows.at(1);
    EXPECT_EQ(c.text, u(kCyrillic));
    EXPECT_EQ(c.attribution, u("Айгуль · 02-kyrgyzstan-pakistan · ¶1"));
    EXPECT_EQ(c.cases, QStringList{u("Айгуль")});
    EXPECT_EQ(c.caseAttributes, (QStringList{QString(), QString()}));

    const exporting::QuoteExportRow &r = quotes.rows.at(2);
    EXPECT_EQ(r.text, u(kUrdu));
    EXPECT_EQ(r.start, urduStart);
    EXPECT_EQ(r.attribution, u("Ayesha · 02-kyrgyzstan-pakistan · ¶2"));
    EXPECT_EQ(r.paragraph, 2);
    EXPECT_EQ(r.documentAttributes, QStringList{QStringLiteral("Kyrgyzstan")});
    EXPECT_EQ(r.caseAttributes.value(0), u("Transgender people"));
    EXPECT_TRUE(r.memos.isEmpty());

    // An unknown quote is an error.
    EXPECT_FALSE(exporting::collectQuoteExport(*project, {english, 999999}, {}).ok());
}

TEST_F(QuoteExportTest, CsvKeepsTheOldColumnsFirstAndJsonHasTheSameFields)
{
    const exporting::QuoteExport quotes = collect();
    auto rows = csv::parse(exporting::quotesToCsv(quotes));
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4);
    const QStringList header = rows->at(0).fields;
    EXPECT_EQ(header.mid(0, 6), (QStringList{QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                                              QStringLiteral("text"), QStringLiteral("codes"), QStringLiteral("coders")}));
    const QStringList urduRow = rows->at(3).fields;
    ASSERT_EQ(urduRow.size(), header.size());
    EXPECT_EQ(urduRow.at(3), u(kUrdu));
    EXPECT_EQ(urduRow.at(header.indexOf(QStringLiteral("attribution"))), u("Ayesha · 02-kyrgyzstan-pakistan · ¶2"));
    EXPECT_EQ(urduRow.at(header.indexOf(QStringLiteral("document:Country"))), QStringLiteral("Kyrgyzstan"));
    EXPECT_EQ(urduRow.at(header.indexOf(QStringLiteral("case:Population"))), u("Transgender people"));
    EXPECT_EQ(rows->at(1).fields.at(header.indexOf(QStringLiteral("memos"))), QStringLiteral("Leadership: Akinyi speaks for the collective."));

    const QJsonArray json = QJsonDocument::fromJson(exporting::quotesToJson(quotes)).array();
    ASSERT_EQ(json.size(), 3);
    const QJsonObject first = json.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("paragraph")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("attribution")).toString(), u("Akinyi · 01-kenya · ¶2"));
    EXPECT_EQ(first.value(QStringLiteral("case_attributes")).toObject().value(QStringLiteral("Population")).toString(),
              QStringLiteral("Sex workers"));
    EXPECT_EQ(first.value(QStringLiteral("document_attributes")).toObject().value(QStringLiteral("Country")).toString(),
              QStringLiteral("Kenya"));
}

TEST_F(QuoteExportTest, XlsxIsOneSheetWithFrozenHeaderWrappedQuotesAndAutofilter)
{
    const QString path = dir.path(QStringLiteral("quotes.xlsx"));
    const Status written = exporting::writeQuotes(path, QStringLiteral("xlsx"), collect());
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    const QString workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_EQ(workbook.count(QStringLiteral("<sheet ")), 1) << workbook.toStdString();
    const QString sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"1\""))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("state=\"frozen\"")));
    // Positions as numbers: the English quote's start.
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>%1</v>").arg(englishStart))) << sheet.toStdString();
    EXPECT_TRUE(zipMember(path, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("wrapText=\"1\"")));
    const QString strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const QString &s : {u(kUrdu), u(kCyrillic), u("Ayesha · 02-kyrgyzstan-pakistan · ¶2"), QStringLiteral("Case: Population"),
                             QStringLiteral("Document: Country"), QStringLiteral("Sex workers"), QStringLiteral("Kenya")})
        EXPECT_TRUE(strings.contains(s)) << s.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("&amp; we decide &lt;together&gt;")));
}

TEST_F(QuoteExportTest, DocxHasAHeadingPerCodeAndEachQuoteWithItsAttribution)
{
    const QString path = dir.path(QStringLiteral("quotes.docx"));
    const Status written = exporting::writeQuotes(path, QStringLiteral("docx"), collect(), exporting::QuoteGrouping::Code);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    QString error;
    const QJsonArray paragraphs = test::readDocxBack(path, &error)[QStringLiteral("paragraphs")].toArray();
    ASSERT_FALSE(paragraphs.isEmpty()) << error.toStdString();
    QStringList headings;
    int urduAt = -1;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QJsonObject p = paragraphs.at(i).toObject();
        if (p.value(QStringLiteral("style")).toString() == QLatin1String("Heading 2"))
            headings << p.value(QStringLiteral("text")).toString();
        if (p.value(QStringLiteral("style")).toString() == QLatin1String("Quote") && p.value(QStringLiteral("text")).toString() == u(kUrdu))
            urduAt = i;
    }
    EXPECT_EQ(headings, (QStringList{QStringLiteral("Leadership/Key population-led"), QStringLiteral("Working in silos")}));
    ASSERT_GE(urduAt, 0);
    EXPECT_TRUE(paragraphs.at(urduAt).toObject().value(QStringLiteral("bidi")).toBool());
    ASSERT_LT(urduAt + 2, paragraphs.size());
    const QJsonObject source = paragraphs.at(urduAt + 1).toObject();
    EXPECT_EQ(source.value(QStringLiteral("style")).toString(), QStringLiteral("Quote Source"));
    EXPECT_EQ(source.value(QStringLiteral("text")).toString(), u("— Ayesha · 02-kyrgyzstan-pakistan · ¶2"));
    const QString facts = paragraphs.at(urduAt + 2).toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(facts.contains(QStringLiteral("Country: Kyrgyzstan"))) << facts.toStdString();
    EXPECT_TRUE(facts.contains(u("Population: Transgender people"))) << facts.toStdString();

    // Grouped by document: one heading per document instead.
    const QString byDoc = dir.path(QStringLiteral("bydoc.docx"));
    ASSERT_TRUE(exporting::writeQuotes(byDoc, QStringLiteral("docx"), collect(), exporting::QuoteGrouping::Document).ok());
    const QJsonArray byDocParagraphs = test::readDocxBack(byDoc, &error)[QStringLiteral("paragraphs")].toArray();
    ASSERT_FALSE(byDocParagraphs.isEmpty()) << error.toStdString();
    QStringList docHeadings;
    for (const QJsonValue &v : byDocParagraphs)
        if (v.toObject().value(QStringLiteral("style")).toString() == QLatin1String("Heading 2"))
            docHeadings << v.toObject().value(QStringLiteral("text")).toString();
    EXPECT_EQ(docHeadings, (QStringList{QStringLiteral("01-kenya"), QStringLiteral("02-kyrgyzstan-pakistan")}));
}

TEST_F(QuoteExportTest, HtmlParsesEscapesAndMarksDirection)
{
    const QString path = dir.path(QStringLiteral("quotes.html"));
    ASSERT_TRUE(exporting::writeQuotes(path, QStringLiteral("html"), collect()).ok());
    const ProcessRun lint = run(QStringLiteral("xmllint"), {QStringLiteral("--html"), QStringLiteral("--noout"), path});
    EXPECT_EQ(lint.exitCode, 0) << lint.err.toStdString();
    EXPECT_TRUE(lint.err.isEmpty()) << lint.err.toStdString();
    const QString html = QString::fromUtf8(test::readAll(path));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("ourselves &amp; we decide &lt;together&gt;.")));
    EXPECT_FALSE(html.contains(QStringLiteral("<together>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<blockquote dir=\"auto\">") + u(kUrdu) + QStringLiteral("</blockquote>")));
    EXPECT_TRUE(html.contains(u("— Ayesha · 02-kyrgyzstan-pakistan · ¶2")));
    EXPECT_TRUE(html.contains(QStringLiteral("Memo: Leadership: Akinyi speaks for the collective.")));
    // Self-contained: nothing fetched from elsewhere.
    EXPECT_FALSE(html.contains(QStringLiteral("src=")));
    EXPECT_FALSE(html.contains(QStringLiteral("<link")));
}

TEST_F(QuoteExportTest, RedactedRowsReplaceNamesAndLeaveOutIdentifyingAttributes)
{
    const exporting::QuoteExport quotes = collect(true);
    EXPECT_EQ(quotes.caseAttributes, QStringList{QStringLiteral("Population")});
    EXPECT_FALSE(quotes.watermark.isEmpty());
    const QByteArray csvBytes = exporting::quotesToCsv(quotes);
    const QByteArray html = exporting::quotesToHtml(quotes, exporting::QuoteGrouping::Document);
    for (const QByteArray &bytes : {csvBytes, html, exporting::quotesToJson(quotes)})
        for (const QString &secret : {QStringLiteral("Akinyi"), u("Айгуль"), QStringLiteral("Ayesha"), QStringLiteral("PHONE-7731")})
            EXPECT_FALSE(bytes.contains(secret.toUtf8())) << secret.toStdString();
    EXPECT_TRUE(quotes.rows.at(0).attribution.startsWith(QStringLiteral("Participant")));
    EXPECT_TRUE(quotes.rows.at(0).memos.value(0).contains(QStringLiteral("Participant")));
    EXPECT_TRUE(csvBytes.startsWith(quotes.watermark.toUtf8()));
}

TEST_F(QuoteExportTest, BadFormatOrPathIsRefusedAndWritesNothing)
{
    const exporting::QuoteExport quotes = collect();
    const QString missing = dir.path(QStringLiteral("no/such/folder/quotes.xlsx"));
    for (const QString &format : exporting::quoteExportFormats())
        EXPECT_FALSE(exporting::writeQuotes(missing, format, quotes).ok()) << format.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("no"))));
    const QString pdf = dir.path(QStringLiteral("quotes.pdf"));
    const Status refused = exporting::writeQuotes(pdf, QStringLiteral("pdf"), quotes);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("XLSX"))) << refused.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

}  // namespace
}  // namespace crosscut
