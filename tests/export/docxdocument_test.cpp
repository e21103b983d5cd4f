// DocxDocument written to a real file, unzipped, every XML part checked well
// formed by xmllint, and read back by python3-docx (Debian's python3-docx) as
// Word's own object model sees it: heading styles, table cells, the quote
// style, an Urdu quote marked right-to-left, an embedded picture.

#include "export/docxdocument.h"
#include "support/docxreadback.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using crosscut::exporting::DocxDocument;

namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

// A valid 2 x 1 PNG (made once with ImageMagick, bytes written out here).
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000002000000010802000000"
                               "7b40e85d0000000f4944415478da63f8cfc0f01f0003fe01fec54a4a5c"
                               "0000000049454e44ae426082");
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

}  // namespace

class DocxDocumentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const QString missing = crosscut::test::docxReaderMissing();
        ASSERT_TRUE(missing.isEmpty()) << missing.toStdString();
    }
    QTemporaryDir dir;
};

TEST_F(DocxDocumentTest, ReadsBackInWordsObjectModel)
{
    DocxDocument doc(u("Evaluation report: Alliance"));
    doc.setWatermark(u("Redacted export"));
    doc.heading(1, u("Framework matrix"));
    doc.paragraph(u("Two lines\nof text & <markup>"));
    doc.heading(2, u("Cells"));
    doc.table({u("Case"), u("Leadership"), u("Перспектива")},
              {{u("Akinyi"), u("Led by sex workers (3 quotes)")}, {u("Ravi"), u("—"), u("समुदाय")}});
    doc.quote(u("ہم نے مل کر کام کیا"), u("Speaker · 01-lahore · ¶4"));
    doc.bullet(u("first point"));
    doc.image(tinyPng(), 12.0, u("The network drawing"));
    doc.pageBreak();
    doc.heading(3, u("Appendix 👍"));
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    const auto written = doc.write(path);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();

    // Every XML part is well formed.
    const QString unpacked = dir.filePath(QStringLiteral("x"));
    ASSERT_EQ(run(QStringLiteral("unzip"), {QStringLiteral("-q"), path, QStringLiteral("-d"), unpacked}).exitCode, 0);
    QStringList parts;
    for (const QString &sub : {QStringLiteral(""), QStringLiteral("_rels"), QStringLiteral("word"),
                               QStringLiteral("word/_rels"), QStringLiteral("docProps")})
        for (const QString &f : QDir(unpacked + QLatin1Char('/') + sub).entryList({QStringLiteral("*.xml"), QStringLiteral("*.rels")}, QDir::Files))
            parts << unpacked + QLatin1Char('/') + sub + QLatin1Char('/') + f;
    ASSERT_GE(parts.size(), 9);
    for (const QString &part : parts) {
        const ProcessRun lint = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), part});
        EXPECT_EQ(lint.exitCode, 0) << part.toStdString() << ": " << lint.err.toStdString();
    }
    EXPECT_TRUE(QFile::exists(unpacked + QStringLiteral("/word/media/image1.png")));

    QString error;
    const QJsonObject d = crosscut::test::readDocxBack(path, &error);
    ASSERT_FALSE(d.isEmpty()) << error.toStdString();
    EXPECT_EQ(d[QStringLiteral("title")].toString(), u("Evaluation report: Alliance"));
    EXPECT_EQ(d[QStringLiteral("pictures")].toInt(), 1);
    EXPECT_EQ(d[QStringLiteral("header")].toArray().first().toString(), u("Redacted export"));

    QList<QPair<QString, QString>> paragraphs;  // (style, text) of the non-empty ones
    bool urduIsBidi = false;
    for (const auto &v : d[QStringLiteral("paragraphs")].toArray()) {
        const QJsonObject p = v.toObject();
        if (p[QStringLiteral("text")].toString().trimmed().isEmpty())  // spacers, the page break
            continue;
        paragraphs.append({p[QStringLiteral("style")].toString(), p[QStringLiteral("text")].toString()});
        if (p[QStringLiteral("text")].toString() == u("ہم نے مل کر کام کیا"))
            urduIsBidi = p[QStringLiteral("bidi")].toBool();
    }
    const QList<QPair<QString, QString>> expected = {
        {u("Heading 1"), u("Framework matrix")},
        {u("Normal"), u("Two lines\nof text & <markup>")},
        {u("Heading 2"), u("Cells")},
        {u("Quote"), u("ہم نے مل کر کام کیا")},
        {u("Quote Source"), u("Speaker · 01-lahore · ¶4")},
        {u("List Bullet"), u("first point")},
        {u("Heading 3"), u("Appendix 👍")},
    };
    EXPECT_EQ(paragraphs, expected);
    EXPECT_TRUE(urduIsBidi);

    const QJsonArray tables = d[QStringLiteral("tables")].toArray();
    ASSERT_EQ(tables.size(), 1);
    const QJsonArray rows = tables[0].toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].toArray()[2].toString(), u("Перспектива"));
    EXPECT_EQ(rows[1].toArray()[1].toString(), u("Led by sex workers (3 quotes)"));
    EXPECT_EQ(rows[1].toArray()[2].toString(), QString());  // a short row is padded
    EXPECT_EQ(rows[2].toArray()[2].toString(), u("समुदाय"));
}

TEST_F(DocxDocumentTest, ControlCharactersAndABadImageStillMakeAValidFile)
{
    DocxDocument doc;
    doc.paragraph(u("bell\x07 and a lone surrogate ") + QChar(0xD800));
    doc.image(QByteArray("not a png"), 10.0, u("missing chart"));
    const QString path = dir.filePath(QStringLiteral("odd.docx"));
    ASSERT_TRUE(doc.write(path).ok());
    QString error;
    const QJsonObject d = crosscut::test::readDocxBack(path, &error);
    ASSERT_FALSE(d.isEmpty()) << error.toStdString();
    EXPECT_EQ(d[QStringLiteral("pictures")].toInt(), 0);
    const QJsonArray p = d[QStringLiteral("paragraphs")].toArray();
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p[0].toObject()[QStringLiteral("text")].toString(), u("bell and a lone surrogate \uFFFD"));
    EXPECT_EQ(p[1].toObject()[QStringLiteral("text")].toString(), u("missing chart"));
}

TEST_F(DocxDocumentTest, AnUnwritablePathIsAnErrorAndWritesNothing)
{
    DocxDocument doc;
    doc.paragraph(u("x"));
    const QString path = dir.filePath(QStringLiteral("no/such/folder/out.docx"));
    const auto written = doc.write(path);
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(written.message().isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}
