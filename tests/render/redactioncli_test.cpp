// crosscut-cli --redact on every export, and attributes --identifying, run
// as the real binary on a real project file.
#include "redactionfixture.h"
#include "reportfixture.h"
#include "support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

class RedactionCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_path = m_dir.path(QStringLiteral("cli.crosscut"));
        ASSERT_TRUE(test::createRedactionProject(m_path, false));  // Phone unmarked: the CLI marks it
    }

    test::TempDir m_dir;
    QString m_path;
};

TEST_F(RedactionCli, IdentifyingRoundTrip)
{
    auto r = test::runCli({QStringLiteral("attributes"), m_path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Phone,case,text,no"))) << r.out.toStdString();

    r = test::runCli({QStringLiteral("attributes"), m_path, QStringLiteral("--identifying"), QStringLiteral("Phone"),
                      QStringLiteral("--scope"), QStringLiteral("case")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli({QStringLiteral("attributes"), m_path});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Phone,case,text,yes"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Country,case,text,no"))) << r.out.toStdString();

    // Undoable: one operation.
    r = test::runCli({QStringLiteral("undo"), m_path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli({QStringLiteral("attributes"), m_path});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Phone,case,text,no"))) << r.out.toStdString();

    r = test::runCli({QStringLiteral("attributes"), m_path, QStringLiteral("--identifying"), QStringLiteral("Phone,Country")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli({QStringLiteral("attributes"), m_path, QStringLiteral("--not-identifying"), QStringLiteral("Country")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli({QStringLiteral("attributes"), m_path});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Phone,case,text,yes")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Country,case,text,no")));
}

TEST_F(RedactionCli, BadAttributeNameChangesNothing)
{
    // Let every write settle into the file so that its bytes can be compared.
    ASSERT_EQ(test::runCli({QStringLiteral("check"), m_path}).exitCode, 0);
    const QString wal = m_path + QStringLiteral("-wal");
    const QByteArray before = test::readAll(m_path);
    const QByteArray walBefore = QFile::exists(wal) ? test::readAll(wal) : QByteArray();
    for (const QStringList &args : {QStringList{QStringLiteral("--identifying"), QStringLiteral("Phone,Telephone")},
                                    QStringList{QStringLiteral("--identifying"), QStringLiteral("Phone"), QStringLiteral("--scope"),
                                                QStringLiteral("document")},
                                    QStringList{QStringLiteral("--identifying"), QStringLiteral("Phone"), QStringLiteral("--scope"),
                                                QStringLiteral("village")}}) {
        const auto r = test::runCli(QStringList{QStringLiteral("attributes"), m_path} + args);
        EXPECT_NE(r.exitCode, 0) << args.join(u' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    const auto r = test::runCli({QStringLiteral("attributes"), m_path, QStringLiteral("--identifying"), QStringLiteral("Phone,Telephone")});
    EXPECT_TRUE(r.err.contains(QStringLiteral("no attribute named \"Telephone\""))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was changed"))) << r.err.toStdString();
    EXPECT_EQ(test::readAll(m_path), before);
    EXPECT_EQ(QFile::exists(wal) ? test::readAll(wal) : QByteArray(), walBefore);
    EXPECT_TRUE(test::runCli({QStringLiteral("attributes"), m_path}).out.contains(QStringLiteral("Phone,case,text,no")));
}

TEST_F(RedactionCli, RedactAcceptedOnEveryExport)
{
    ASSERT_EQ(test::runCli({QStringLiteral("attributes"), m_path, QStringLiteral("--identifying"), QStringLiteral("Phone")}).exitCode, 0);
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"), QStringLiteral("odt"),
                                  QStringLiteral("pdf"), QStringLiteral("qdpx")}) {
        SCOPED_TRACE(format.toStdString());
        const QString plain = m_dir.path(QStringLiteral("plain.") + format);
        const QString redacted = m_dir.path(QStringLiteral("redacted.") + format);
        auto r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), format, QStringLiteral("--out"), plain});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), format, QStringLiteral("--out"), redacted,
                          QStringLiteral("--redact")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(test::leakedSecret(test::exportedBytes(redacted)), QString());
        if (format != QLatin1String("pdf")) {  // PDF text is compressed: see RedactedExport for it read back
            EXPECT_FALSE(test::leakedSecret(test::exportedBytes(plain)).isEmpty());
            EXPECT_TRUE(test::exportedBytes(redacted).contains("Redacted export"));
        }
    }
    // qdc holds the codebook only; --redact is accepted.
    EXPECT_EQ(test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("qdc"), QStringLiteral("--out"),
                            m_dir.path(QStringLiteral("codebook.qdc")), QStringLiteral("--redact")})
                  .exitCode,
              0);
    const QString report = m_dir.path(QStringLiteral("report.html"));
    auto r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), report, QStringLiteral("--redact"),
                           QStringLiteral("--group"), QStringLiteral("Country")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray html = test::readAll(report);
    EXPECT_EQ(test::leakedSecret(html), QString());
    EXPECT_TRUE(html.contains("Redacted export"));
    EXPECT_TRUE(html.contains("Kyrgyzstan"));

    r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), report, QStringLiteral("--redact"),
                      QStringLiteral("--group"), QStringLiteral("Phone")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("identifying"))) << r.err.toStdString();

    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        r = test::runCli({QStringLiteral("quotes"), m_path, QStringLiteral("--format"), format, QStringLiteral("--redact")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(test::leakedSecret(r.out.toUtf8()), QString()) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(test::kInterviewerLabel));
        EXPECT_TRUE(r.out.contains(QStringLiteral("Redacted export")));
        r = test::runCli({QStringLiteral("quotes"), m_path, QStringLiteral("--format"), format});
        EXPECT_FALSE(test::leakedSecret(r.out.toUtf8()).isEmpty());
    }
}

}  // namespace
}  // namespace crosscut

namespace crosscut {
namespace {

TEST_F(RedactionCli, RedactedMatrixInEveryFormat)
{
    ASSERT_EQ(test::runCli({QStringLiteral("attributes"), m_path, QStringLiteral("--identifying"), QStringLiteral("Phone")}).exitCode, 0);
    for (const QString &format : {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")}) {
        SCOPED_TRACE(format.toStdString());
        const QString out = m_dir.path(QStringLiteral("matrix.") + format);
        QStringList args = {QStringLiteral("matrix"), m_path, QStringLiteral("--rows"), QStringLiteral("cases"), QStringLiteral("--cols"),
                            QStringLiteral("dimension:Leadership"), QStringLiteral("--format"), format, QStringLiteral("--out"), out};
        auto r = test::runCli(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_FALSE(test::leakedSecret(test::exportedBytes(out)).isEmpty());
        r = test::runCli(args << QStringLiteral("--redact"));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QByteArray bytes = test::exportedBytes(out);
        EXPECT_EQ(test::leakedSecret(bytes), QString());
        EXPECT_TRUE(bytes.contains("Redacted export"));
        EXPECT_TRUE(bytes.contains(test::kInterviewerLabel.toUtf8()));
    }
    const auto r = test::runCli({QStringLiteral("matrix"), m_path, QStringLiteral("--rows"), QStringLiteral("attribute:Phone"),
                                 QStringLiteral("--cols"), QStringLiteral("dimension:Leadership"), QStringLiteral("--redact")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("identifying"))) << r.err.toStdString();
    EXPECT_EQ(test::leakedSecret(r.out.toUtf8()), QString());
}

}  // namespace
}  // namespace crosscut
