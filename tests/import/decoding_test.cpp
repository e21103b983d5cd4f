// Every common encoding of the same text decodes to the same text, and a
// UTF-8 LF file is stored code point for code point.
#include "import/documentreader.h"
#include "import/textdecoding.h"
#include "importtestfiles.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QByteArray withBom(std::initializer_list<unsigned char> bom, const QByteArray &body)
{
    QByteArray out;
    for (unsigned char c : bom)
        out.append(static_cast<char>(c));
    return out + body;
}

}  // namespace

TEST(Decoding, CyrillicInEveryEncodingDecodesToTheSameText)
{
    const QString text = russianSample();
    struct Variant {
        const char *label;
        QByteArray bytes;
    };
    const QList<Variant> variants = {
        {"UTF-8", text.toUtf8()},
        {"UTF-8 with BOM", withBom({0xEF, 0xBB, 0xBF}, text.toUtf8())},
        {"UTF-16LE with BOM", withBom({0xFF, 0xFE}, encodeAs(text, "UTF-16LE"))},
        {"UTF-16BE with BOM", withBom({0xFE, 0xFF}, encodeAs(text, "UTF-16BE"))},
        {"Windows-1251", encodeAs(text, "WINDOWS-1251")},
        {"UTF-16LE without BOM", encodeAs(text, "UTF-16LE")},
        {"UTF-16BE without BOM", encodeAs(text, "UTF-16BE")},
    };
    for (const Variant &v : variants) {
        SCOPED_TRACE(v.label);
        ASSERT_FALSE(v.bytes.isEmpty());
        auto decoded = import::decodeText(v.bytes, QStringLiteral("sample.txt"));
        ASSERT_TRUE(decoded.ok()) << decoded.message().toStdString();
        EXPECT_EQ(decoded->text, text);
    }
    EXPECT_EQ(import::decodeText(encodeAs(text, "WINDOWS-1251"), {})->encoding, QStringLiteral("WINDOWS-1251"));
}

TEST(Decoding, Latin1AndItsUtfFormsDecodeToTheSameText)
{
    const QString text = frenchSample();
    for (const QByteArray &bytes : {encodeAs(text, "ISO-8859-1"), text.toUtf8(),
                                    withBom({0xFF, 0xFE}, encodeAs(text, "UTF-16LE"))}) {
        auto decoded = import::decodeText(bytes, QStringLiteral("sample.txt"));
        ASSERT_TRUE(decoded.ok()) << decoded.message().toStdString();
        EXPECT_EQ(decoded->text, text);
    }
}

TEST(Decoding, RefusesEmptyBinaryAndUndecodableBytes)
{
    auto empty = import::decodeText({}, QStringLiteral("e.txt"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.message().contains(QStringLiteral("e.txt is empty")));

    auto bomOnly = import::decodeText(withBom({0xEF, 0xBB, 0xBF}, {}), QStringLiteral("b.txt"));
    ASSERT_FALSE(bomOnly.ok());
    EXPECT_TRUE(bomOnly.message().contains(QStringLiteral("b.txt is empty")));

    auto binary = import::decodeText(QByteArray("PK\x03\x04\x00\x00text", 10), QStringLiteral("x.txt"));
    ASSERT_FALSE(binary.ok());
    EXPECT_TRUE(binary.message().contains(QStringLiteral("x.txt is a binary file")));

    // A UTF-16 BOM followed by a lone high surrogate is not UTF-16.
    auto badUtf16 = import::decodeText(withBom({0xFF, 0xFE}, QByteArray("A\x00\x00\xD8", 4)), QStringLiteral("u.txt"));
    ASSERT_FALSE(badUtf16.ok());
    EXPECT_TRUE(badUtf16.message().contains(QStringLiteral("u.txt cannot be decoded")));

    // Control bytes without NULs: not text in any encoding.
    auto control = import::decodeText(QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\xff\xfe\x80"),
                                      QStringLiteral("c.txt"));
    ASSERT_FALSE(control.ok());
    EXPECT_TRUE(control.message().contains(QStringLiteral("c.txt cannot be decoded")));
}

TEST(Decoding, Utf8LfFileIsStoredCodePointForCodePoint)
{
    // Emoji, a ZWJ family, the rainbow flag, skin tones, e + combining acute,
    // Devanagari, right-to-left Urdu, Cyrillic.
    const QString text = QString::fromUtf8(
        "Facilitator: Welcome 😀 everyone.\n"
        "Aigerim: Our family 👨‍👩‍👧 came under the 🏳️‍🌈 flag; 👍🏽 to the outreach workers.\n"
        "Rohan: Cafe\xCC\x81 meetings: नमस्ते, हम साथ काम करते हैं।\n"
        "Aigerim: ہم مل کر کام کرتے ہیں۔ Мы работаем вместе.\n");
    TempDir dir;
    const QString file = dir.writeFile(QStringLiteral("multiscript.txt"), text.toUtf8());
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    auto ids = import::importFiles(*project, {file});
    ASSERT_TRUE(ids.ok()) << ids.message().toStdString();
    const QString stored = project->documentText(ids->first());
    EXPECT_EQ(stored, text);
    EXPECT_EQ(project->document(ids->first())->length, codePointCount(text));

    // Offsets computed on the file's code points (as Python's str would)
    // select the same text from the project.
    const std::u32string u32 = text.toStdU32String();
    const auto find = [&](const char *needle) {
        return static_cast<qint64>(u32.find(QString::fromUtf8(needle).toStdU32String()));
    };
    for (const char *needle : {"👨‍👩‍👧", "🏳️‍🌈", "👍🏽", "Cafe\xCC\x81", "नमस्ते", "ہم مل کر", "Мы работаем"}) {
        const qint64 start = find(needle);
        const qint64 end = start + static_cast<qint64>(QString::fromUtf8(needle).toStdU32String().size());
        auto quote = project->applyCode(ids->first(), start, end,
                                        *project->addCode(std::nullopt, {QString::fromUtf8(needle)}));
        ASSERT_TRUE(quote.ok()) << quote.message().toStdString();
        EXPECT_EQ(project->quoteText(*project->quote(*quote)), QString::fromUtf8(needle));
    }
    // Three speakers: a focus group, one case per speaker.
    EXPECT_EQ(project->document(ids->first())->kind, DocumentKind::FocusGroup);
    EXPECT_EQ(project->cases().size(), 3);
    const QList<SpeakerTurn> turns = project->speakerTurns(ids->first());
    ASSERT_EQ(turns.size(), 4);
    EXPECT_EQ(codePointSlice(stored, turns[1].start, turns[1].end),
              QString::fromUtf8("Our family 👨‍👩‍👧 came under the 🏳️‍🌈 flag; 👍🏽 to the outreach workers."));
    EXPECT_EQ(turns[3].speaker, QStringLiteral("Aigerim"));
    EXPECT_EQ(turns[1].caseId, turns[3].caseId);
}

TEST(Decoding, CrlfFileIsStoredWithLfAndQuotesMatchTheNormalisedFile)
{
    const QString lf = QString::fromUtf8("Interviewer: Привет 😀\nRespondent: नमस्ते\r\n? ok\nInterviewer: bye 👋\n");
    QString crlf = lf;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    crlf.replace(QStringLiteral("\r\r\n"), QStringLiteral("\r\n"));
    const QString normalised = normalizeLineEndings(crlf);
    EXPECT_FALSE(normalised.contains(u'\r'));
    TempDir dir;
    const QString file = dir.writeFile(QStringLiteral("crlf.txt"), crlf.toUtf8());
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    auto ids = import::importFiles(*project, {file});
    ASSERT_TRUE(ids.ok()) << ids.message().toStdString();
    const QString stored = project->documentText(ids->first());
    EXPECT_EQ(stored, normalised);
    // Turns were computed on the normalised text.
    const QList<SpeakerTurn> turns = project->speakerTurns(ids->first());
    ASSERT_EQ(turns.size(), 3);
    EXPECT_EQ(codePointSlice(stored, turns[0].start, turns[0].end), QString::fromUtf8("Привет 😀"));
    EXPECT_EQ(codePointSlice(stored, turns[1].start, turns[1].end), QString::fromUtf8("नमस्ते\n? ok"));
    EXPECT_EQ(codePointSlice(stored, turns[2].start, turns[2].end), QString::fromUtf8("bye 👋"));
    const Id code = *project->addCode(std::nullopt, {QStringLiteral("Greeting")});
    for (const SpeakerTurn &t : turns) {
        auto quote = project->applyCode(ids->first(), t.start, t.end, code);
        ASSERT_TRUE(quote.ok());
        EXPECT_EQ(project->quoteText(*project->quote(*quote)), codePointSlice(normalised, t.start, t.end));
    }
}
