// crosscut-cli quotes in every format, run as the real binary: what each
// format holds, --out refusals that leave no file, and --redact leaking no
// secret of the redaction fixture in XLSX, DOCX or HTML.
#include "render/redactionfixture.h"
#include "support/testsupport.h"
#include "util/csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

// python3-docx's paragraphs of a .docx, "style|text" per line.
QString docxParagraphs(const QString &path)
{
    QProcess p;
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import docx,sys\nfor p in docx.Document(sys.argv[1]).paragraphs: print(p.style.name + '|' + p.text)"),
                     path});
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

class CliQuotes : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("quotes.crosscut"));
        auto project = test::createRedactionProject(m_path);
        ASSERT_TRUE(project);
        // A quote memo naming a participant: redacted like every other text.
        const QList<Quote> quotes = project->quotes();
        ASSERT_FALSE(quotes.isEmpty());
        ASSERT_TRUE(project->addMemo(MemoTarget::Quote, quotes.first().id, QStringLiteral("Follow-up"),
                                     QStringLiteral("Ask Ravi about the outreach."))
                        .ok());
    }

    test::CliResult quotes(const QStringList &more)
    {
        return test::runCli(QStringList{QStringLiteral("quotes"), m_path} + more);
    }

    test::TempDir m_dir;
    QString m_path;
};

TEST_F(CliQuotes, EveryFormatHoldsTheQuotesWithTheirAttribution)
{
    // CSV on stdout: the old columns first, then the new ones.
    auto r = quotes({});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto rows = csv::parse(r.out.toUtf8());
    ASSERT_TRUE(rows.ok());
    ASSERT_GE(rows->size(), 3);
    const QStringList header = rows->at(0).fields;
    EXPECT_EQ(header.mid(0, 6), (QStringList{QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                                              QStringLiteral("text"), QStringLiteral("codes"), QStringLiteral("coders")}));
    EXPECT_TRUE(header.contains(QStringLiteral("attribution")));
    EXPECT_TRUE(header.contains(QStringLiteral("case:Country")));
    EXPECT_TRUE(r.out.contains(u("Айгуль · interview-Ravi · ¶1"))) << r.out.toStdString();

    // HTML on stdout, grouped by document.
    r = quotes({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--group-by"), QStringLiteral("document")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("<h2 dir=\"auto\">interview-Ravi")));
    EXPECT_TRUE(r.out.contains(u("<blockquote dir=\"auto\">Здравствуйте, Ravi. Расскажите о работе.</blockquote>")));

    // XLSX and DOCX to --out.
    const QString xlsx = m_dir.path(QStringLiteral("q.xlsx"));
    r = quotes({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx,
                QStringLiteral("--code"), QStringLiteral("Population served")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const QByteArray xlsxBytes = test::exportedBytes(xlsx);
    EXPECT_TRUE(xlsxBytes.contains(u("Здравствуйте, Ravi. Расскажите о работе.").toUtf8()));
    EXPECT_TRUE(xlsxBytes.contains("<autoFilter"));

    const QString docx = m_dir.path(QStringLiteral("q.docx"));
    r = quotes({QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), docx,
                QStringLiteral("--code"), QStringLiteral("Leadership")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString paragraphs = docxParagraphs(docx);
    EXPECT_TRUE(paragraphs.contains(QStringLiteral("Heading 2|Leadership\n"))) << paragraphs.toStdString();
    EXPECT_TRUE(paragraphs.contains(u("Quote|Айгуль, we run the outreach ourselves.")))
        << paragraphs.toStdString();
    EXPECT_TRUE(paragraphs.contains(QStringLiteral("Quote Source|— Ravi · interview-Ravi · ¶2"))) << paragraphs.toStdString();

    // JSON keeps its keys and adds the new ones.
    r = quotes({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--case"), QStringLiteral("Ravi")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(json.size(), 2);  // Ravi's turn holds the quote and the name inside it
    for (const QJsonValue &v : json) {
        EXPECT_EQ(v[QStringLiteral("speaker")].toString(), QStringLiteral("Ravi"));
        EXPECT_EQ(v[QStringLiteral("cases")].toArray(), QJsonArray{QStringLiteral("Ravi")});
        EXPECT_EQ(v[QStringLiteral("case_attributes")][QStringLiteral("Country")].toString(), QStringLiteral("Kyrgyzstan"));
        EXPECT_EQ(v[QStringLiteral("turn")].toInt(), 2);
    }
}

TEST_F(CliQuotes, OutRefusalsLeaveNoFile)
{
    const QByteArray before = test::readAll(m_path);
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("docx")}) {
        auto r = quotes({QStringLiteral("--format"), format});
        EXPECT_EQ(r.exitCode, 2) << format.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--out"))) << r.err.toStdString();
    }
    const QString missing = m_dir.path(QStringLiteral("missing/q.xlsx"));
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("docx"), QStringLiteral("html"), QStringLiteral("csv")}) {
        auto r = quotes({QStringLiteral("--format"), format, QStringLiteral("--out"), missing});
        EXPECT_NE(r.exitCode, 0) << format.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_FALSE(QFileInfo::exists(m_dir.path(QStringLiteral("missing"))));
    // A folder as the target, an unknown format, a grouping a format has not.
    auto r = quotes({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), m_dir.path(QString())});
    EXPECT_NE(r.exitCode, 0);
    const QString pdf = m_dir.path(QStringLiteral("q.pdf"));
    r = quotes({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(pdf));
    const QString csvOut = m_dir.path(QStringLiteral("q.csv"));
    r = quotes({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--group-by"), QStringLiteral("code"),
                QStringLiteral("--out"), csvOut});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(csvOut));
    r = quotes({QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--group-by"), QStringLiteral("speaker"),
                QStringLiteral("--out"), m_dir.path(QStringLiteral("q.docx"))});
    EXPECT_EQ(r.exitCode, 2);
    // An unknown code is reported and nothing is written.
    const QString xlsx = m_dir.path(QStringLiteral("nocode.xlsx"));
    r = quotes({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx, QStringLiteral("--code"),
                QStringLiteral("No such code")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(xlsx));
    EXPECT_EQ(QDir(m_dir.path(QString())).entryList(QDir::Files | QDir::NoDotAndDotDot).filter(QStringLiteral("q.")), QStringList());
    EXPECT_EQ(test::readAll(m_path), before);
}

TEST_F(CliQuotes, RedactedXlsxDocxAndHtmlLeakNoSecret)
{
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("docx"), QStringLiteral("html")}) {
        const QString out = m_dir.path(QStringLiteral("redacted.") + format);
        auto r = quotes({QStringLiteral("--format"), format, QStringLiteral("--out"), out, QStringLiteral("--redact")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QByteArray bytes = test::exportedBytes(out);
        EXPECT_EQ(test::leakedSecret(bytes), QString()) << format.toStdString();
        EXPECT_TRUE(bytes.contains(test::kInterviewerLabel.toUtf8())) << format.toStdString();
        EXPECT_TRUE(bytes.contains(test::kParticipantLabel.toUtf8())) << format.toStdString();
        EXPECT_TRUE(bytes.contains("Redacted export")) << format.toStdString();
        EXPECT_TRUE(bytes.contains("Kyrgyzstan")) << format.toStdString();  // a non-identifying attribute stays

        // The same export unredacted does hold the names (the check can fail).
        const QString plain = m_dir.path(QStringLiteral("plain.") + format);
        r = quotes({QStringLiteral("--format"), format, QStringLiteral("--out"), plain});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_FALSE(test::leakedSecret(test::exportedBytes(plain)).isEmpty()) << format.toStdString();
    }
}

}  // namespace
}  // namespace crosscut
