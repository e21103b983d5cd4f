// Markdown, DOCX, ODT, SRT and WebVTT read into text and speaker turns.
#include "import/documentreader.h"
#include "import/markdowntext.h"
#include "import/subtitles.h"
#include "importtestfiles.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {
QString turnText(const NewDocument &doc, qsizetype i)
{
    return codePointSlice(doc.text, doc.turns[i].start, doc.turns[i].end);
}
}  // namespace

TEST(Formats, MarkdownIsReducedToItsText)
{
    const QString md = QStringLiteral(
        "# Site visit: Nairobi #\n\n"
        "Notes by **the team**, with *emphasis*, _more_, ~~gone~~ and `code`.\n"
        "- A [drop-in centre](https://example.org) for sex workers\n"
        "2. ![logo](logo.png) Peer educators\n"
        "> Quoted \\*not emphasis\\* snake_case_name\n"
        "---\n"
        "Setext heading\n"
        "==============\n");
    EXPECT_EQ(import::markdownToText(md),
              QStringLiteral("Site visit: Nairobi\n\n"
                             "Notes by the team, with emphasis, more, gone and code.\n"
                             "A drop-in centre for sex workers\n"
                             "logo Peer educators\n"
                             "Quoted *not emphasis* snake_case_name\n"
                             "Setext heading"));
}

TEST(Formats, MarkdownTranscriptKeepsSpeakers)
{
    TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("fg.md"),
                                       QString::fromUtf8("## Focus group\n\n**Moderator:** Hello 😀\n\n**Ana:** Hi\n\n"
                                                         "**Moderator:** Bye\n")
                                           .toUtf8());
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    ASSERT_EQ(doc->turns.size(), 3);
    EXPECT_EQ(doc->turns[0].speaker, QStringLiteral("Moderator"));
    EXPECT_EQ(turnText(*doc, 0), QString::fromUtf8("Hello 😀"));
    EXPECT_EQ(doc->name, QStringLiteral("fg"));
}

TEST(Formats, DocxParagraphsOnePerLine)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("interview 3.docx"));
    ASSERT_TRUE(writeDocx(path, {QStringLiteral("Interviewer: How & why?"), QString::fromUtf8("Respondent: Мы 😀 вместе <всегда>."),
                                 QStringLiteral("Interviewer: Thanks.")}));
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    EXPECT_EQ(doc->name, QStringLiteral("interview 3"));
    EXPECT_EQ(doc->text, QString::fromUtf8("Interviewer: How & why?\nRespondent: Мы 😀 вместе <всегда>.\nInterviewer: Thanks."));
    ASSERT_EQ(doc->turns.size(), 3);
    EXPECT_EQ(turnText(*doc, 1), QString::fromUtf8("Мы 😀 вместе <всегда>."));
    EXPECT_EQ(doc->kind, DocumentKind::Interview);
}

TEST(Formats, DocxTabsBreaksRevisionsAndTextBoxes)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("tracked.docx"));
    const QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Role</w:t><w:br/><w:t>next line</w:t></w:r></w:p>"
        "<w:p><w:del><w:r><w:delText>removed </w:delText></w:r></w:del><w:ins><w:r><w:t>kept</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p>"
        "</w:txbxContent></w:r><w:r><w:t>after</w:t></w:r></w:p>"
        "</w:body></w:document>";
    ASSERT_TRUE(writeZip(path, {{QStringLiteral("word/document.xml"), xml}}));
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Name\tRole\nnext line\nboxed\nkept and after"));
}

TEST(Formats, OdtParagraphsWithCollapsedSpaces)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.odt"));
    ASSERT_TRUE(writeOdt(path, {QStringLiteral("Visit  to the clinic"), QString::fromUtf8("नमस्ते और ہم")}));
    auto doc = import::readDocument(path, DocumentKind::Notes);
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    EXPECT_EQ(doc->text, QString::fromUtf8("Visit  to the clinic\nनमस्ते और ہم"));
    EXPECT_EQ(doc->kind, DocumentKind::Notes);
    EXPECT_TRUE(doc->turns.isEmpty());
}

TEST(Formats, InvalidZipIsRefusedByName)
{
    TempDir dir;
    for (const char *name : {"fake.docx", "fake.odt"}) {
        const QString path = dir.writeFile(QString::fromLatin1(name), "this is not a zip archive at all");
        auto doc = import::readDocument(path);
        ASSERT_FALSE(doc.ok());
        EXPECT_TRUE(doc.message().contains(QString::fromLatin1(name))) << doc.message().toStdString();
        EXPECT_TRUE(doc.message().contains(QStringLiteral("not a zip archive"))) << doc.message().toStdString();
    }
    const QString noDocument = dir.path(QStringLiteral("empty.docx"));
    ASSERT_TRUE(writeZip(noDocument, {{QStringLiteral("other.xml"), "<a/>"}}));
    auto doc = import::readDocument(noDocument);
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.message().contains(QStringLiteral("word/document.xml")));
}

TEST(Formats, SrtCuesBecomeTimedTurns)
{
    TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("session.srt"),
                                       QString::fromUtf8("1\r\n00:00:01,000 --> 00:00:04,250\r\nModerator: Welcome <i>all</i> 😀\r\n\r\n"
                                                         "2\r\n00:00:05,000 --> 00:01:02,500\r\nWe started\r\nin 2015.\r\n\r\n"
                                                         "3\r\n01:00:00,000 --> 01:00:01,000\r\nAna: Да.\r\n")
                                           .toUtf8());
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    EXPECT_EQ(doc->text, QString::fromUtf8("Moderator: Welcome all 😀\nWe started in 2015.\nAna: Да."));
    ASSERT_EQ(doc->turns.size(), 3);
    EXPECT_EQ(doc->turns[0].speaker, QStringLiteral("Moderator"));
    EXPECT_EQ(turnText(*doc, 0), QString::fromUtf8("Welcome all 😀"));
    EXPECT_EQ(*doc->turns[0].timeStartMs, 1000);
    EXPECT_EQ(*doc->turns[0].timeEndMs, 4250);
    EXPECT_EQ(doc->turns[1].speaker, QString());
    EXPECT_EQ(turnText(*doc, 1), QStringLiteral("We started in 2015."));
    EXPECT_EQ(*doc->turns[1].timeEndMs, 62500);
    EXPECT_EQ(*doc->turns[2].timeStartMs, 3600000);
    EXPECT_EQ(turnText(*doc, 2), QString::fromUtf8("Да."));
}

TEST(Formats, WebVttVoicesAndTimes)
{
    TempDir dir;
    const QString path = dir.writeFile(
        QStringLiteral("live.vtt"),
        QString::fromUtf8("WEBVTT - focus group\n\nNOTE recorded in Kyiv\n\n"
                          "intro\n00:01.500 --> 00:03.000 align:start\n<v Olena>Привіт, <b>усім</b> &amp; 👋</v>\n\n"
                          "00:00:04.000 --> 00:00:06.000\n<v.loud Moderator Ken>Thanks</v>\n\n"
                          "00:00:07.000 --> 00:00:08.000\nOlena: Bye\n")
            .toUtf8());
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    EXPECT_EQ(doc->text, QString::fromUtf8("Olena: Привіт, усім & 👋\nModerator Ken: Thanks\nOlena: Bye"));
    ASSERT_EQ(doc->turns.size(), 3);
    EXPECT_EQ(doc->turns[0].speaker, QStringLiteral("Olena"));
    EXPECT_EQ(turnText(*doc, 0), QString::fromUtf8("Привіт, усім & 👋"));
    EXPECT_EQ(*doc->turns[0].timeStartMs, 1500);
    EXPECT_EQ(*doc->turns[0].timeEndMs, 3000);
    EXPECT_EQ(doc->turns[1].speaker, QStringLiteral("Moderator Ken"));
    EXPECT_EQ(*doc->turns[2].timeStartMs, 7000);
    EXPECT_EQ(doc->turns[2].speaker, QStringLiteral("Olena"));
}

TEST(Formats, BadSubtitlesAreRefused)
{
    TempDir dir;
    auto vtt = import::readDocument(dir.writeFile(QStringLiteral("x.vtt"), "not a vtt\n"));
    ASSERT_FALSE(vtt.ok());
    EXPECT_TRUE(vtt.message().contains(QStringLiteral("x.vtt is not a WebVTT file")));
    auto srt = import::readDocument(dir.writeFile(QStringLiteral("y.srt"), "1\nsoon --> later\nhello\n"));
    ASSERT_FALSE(srt.ok());
    EXPECT_TRUE(srt.message().contains(QStringLiteral("y.srt is not a valid SRT file")));
}
