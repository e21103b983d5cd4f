// Redacted exports (issue 14, item 4), written to real files and read back:
// no speaker name, case name or identifying value in any byte (UTF-8 or
// UTF-16LE, every zip entry), the role labels and the watermark present, the
// non-identifying Country kept; the same exports without redaction do carry
// the names, so these tests can fail.
#include "redactionfixture.h"
#include "reportfixture.h"
#include "support/testsupport.h"

#include "export/codingscsv.h"
#include "interop/refiqda.h"
#include "privacy/redaction.h"
#include "render/projectexport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

class RedactedExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_path = m_dir.path(QStringLiteral("redact.crosscut"));
        m_project = test::createRedactionProject(m_path);
        ASSERT_TRUE(m_project);
    }

    QString write(const QString &format, bool redact, const QString &group = QStringLiteral("Country"))
    {
        const QString file = m_dir.path(QStringLiteral("out-%1-%2.%3").arg(redact ? QStringLiteral("r") : QStringLiteral("n"))
                                            .arg(++m_count)
                                            .arg(format));
        render::ReportOptions options;
        options.redact = redact;
        options.groupAttribute = group;
        Status s = render::exportProjectFile(*m_project, file, format, options);
        EXPECT_TRUE(s.ok()) << format.toStdString() << ": " << s.message().toStdString();
        return file;
    }

    // Plain text of what the file shows (PDF through pdftotext), or its bytes.
    static QString shownText(const QString &file)
    {
        if (!file.endsWith(QLatin1String(".pdf")))
            return QString::fromUtf8(test::exportedBytes(file));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    int m_count = 0;
};

TEST_F(RedactedExport, RedactionLabelsFollowRolesAndFirstAppearance)
{
    const privacy::Redaction r = privacy::Redaction::fromProject(*m_project);
    EXPECT_EQ(r.speakerLabel(QStringLiteral("Айгуль")), test::kInterviewerLabel);
    EXPECT_EQ(r.speakerLabel(QStringLiteral("Ravi")), test::kParticipantLabel);
    EXPECT_EQ(r.redactText(QStringLiteral("Ravi, RAVI and Ravindra met айгуль (Айгуль).")),
              QStringLiteral("Participant 1, Participant 1 and Ravindra met Interviewer 1 (Interviewer 1)."));
    // Letters, marks and digits of any script glue a name into a longer word.
    EXPECT_EQ(r.redactText(QStringLiteral("Ravi2 Raviب Ravï xRavi Raví")), QStringLiteral("Ravi2 Raviب Ravï xRavi Raví"));
    for (const Attribute &a : m_project->attributes())
        EXPECT_EQ(r.isIdentifying(a), a.name == QLatin1String("Phone")) << a.name.toStdString();
    // The same project gives the same labels.
    EXPECT_EQ(privacy::Redaction::fromProject(*m_project).names(), r.names());
}

TEST_F(RedactedExport, PositionsMoveWithTheLabels)
{
    const privacy::Redaction r = privacy::Redaction::fromProject(*m_project);
    const privacy::RedactedText t = r.redact(QStringLiteral("ab Ravi cd 😀 Ravi"));
    EXPECT_EQ(t.text, QStringLiteral("ab Participant 1 cd 😀 Participant 1"));
    EXPECT_EQ(t.mapStart(0), 0);
    EXPECT_EQ(t.mapStart(3), 3);             // the name's start
    EXPECT_EQ(t.mapStart(5), 3);             // inside it: widened
    EXPECT_EQ(t.mapEnd(5), 16);
    EXPECT_EQ(t.mapEnd(7), 16);              // its end
    EXPECT_EQ(t.mapStart(10), 19);           // the emoji: one code point
    EXPECT_EQ(t.slice(8, 10), QStringLiteral("cd"));
    EXPECT_EQ(t.slice(11, 16), QStringLiteral("😀 Participant 1"));
}

TEST_F(RedactedExport, CsvHasNoNames)
{
    const QString plain = write(QStringLiteral("csv"), false);
    EXPECT_FALSE(test::leakedSecret(test::readAll(plain)).isEmpty());
    const QString redacted = write(QStringLiteral("csv"), true);
    const QByteArray bytes = test::readAll(redacted);
    EXPECT_EQ(test::leakedSecret(bytes), QString()) << bytes.toStdString();
    EXPECT_TRUE(bytes.startsWith("Redacted export\r\n")) << bytes.toStdString();
    const QString text = QString::fromUtf8(bytes);
    for (const QString &quote : test::redactedQuoteTexts())
        EXPECT_TRUE(text.contains(quote)) << quote.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("interview-Participant 1")));
}

TEST_F(RedactedExport, ReportsHaveNoNamesInAnyFormat)
{
    for (const QString &format : {QStringLiteral("html"), QStringLiteral("xlsx"), QStringLiteral("odt"), QStringLiteral("docx"), QStringLiteral("pdf")}) {
        SCOPED_TRACE(format.toStdString());
        const QString plain = shownText(write(format, false));
        const QString redactedFile = write(format, true);
        const QString redacted = shownText(redactedFile);
        if (format == QLatin1String("pdf") && plain.isEmpty())
            GTEST_SKIP() << "pdftotext is not installed";
        EXPECT_TRUE(plain.contains(QStringLiteral("Ravi")));
        EXPECT_TRUE(plain.contains(QStringLiteral("Айгуль")));
        EXPECT_EQ(test::leakedSecret(test::exportedBytes(redactedFile)), QString());
        EXPECT_EQ(test::leakedSecret(redacted.toUtf8()), QString());
        EXPECT_TRUE(redacted.contains(privacy::watermark()));
        EXPECT_TRUE(redacted.contains(test::kInterviewerLabel) || redacted.contains(test::kParticipantLabel));
        EXPECT_TRUE(redacted.contains(QStringLiteral("Kyrgyzstan")));  // Country is not identifying
    }
}

TEST_F(RedactedExport, ReportByCasesShowsRoleLabels)
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("cases.html"));
    render::ReportOptions options;
    options.redact = true;
    options.rows = QStringLiteral("cases");
    options.columns = QStringLiteral("dimension:Leadership");
    ASSERT_TRUE(render::exportReport(*m_project, file, QStringLiteral("html"), options).ok());
    const QString html = QString::fromUtf8(test::readAll(file));
    EXPECT_EQ(test::leakedSecret(html.toUtf8()), QString());
    EXPECT_TRUE(html.contains(test::kInterviewerLabel));
    EXPECT_TRUE(html.contains(test::kParticipantLabel));
    // The html starts with the watermark, before the title page.
    EXPECT_LT(html.indexOf(privacy::watermark()), html.indexOf(QStringLiteral("margin-top:120px")));
}

TEST_F(RedactedExport, IdentifyingAttributeCannotBeAnAxisOrGroup)
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("phone.html"));
    render::ReportOptions options;
    options.redact = true;
    options.rows = QStringLiteral("attribute:Phone");
    options.columns = QStringLiteral("dimension:Leadership");
    Status s = render::exportReport(*m_project, file, QStringLiteral("html"), options);
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.message().contains(QStringLiteral("identifying"))) << s.message().toStdString();
    options.rows.clear();
    options.groupAttribute = QStringLiteral("Phone");
    EXPECT_FALSE(render::exportReport(*m_project, file, QStringLiteral("html"), options).ok());
    EXPECT_FALSE(QFile::exists(file));
    options.redact = false;  // unredacted, the same report is fine
    EXPECT_TRUE(render::exportReport(*m_project, file, QStringLiteral("html"), options).ok());
}

TEST_F(RedactedExport, QdpxIsRedactedAndEverySelectionMatchesItsText)
{
    const QString plain = write(QStringLiteral("qdpx"), false);
    EXPECT_FALSE(test::leakedSecret(test::exportedBytes(plain)).isEmpty());
    const QString file = write(QStringLiteral("qdpx"), true);
    const QByteArray all = test::exportedBytes(file);
    EXPECT_EQ(test::leakedSecret(all), QString());
    EXPECT_FALSE(all.contains("Phone"));
    EXPECT_TRUE(all.contains("Kyrgyzstan"));
    EXPECT_TRUE(all.contains("Redacted export"));
    EXPECT_TRUE(all.contains("Мой номер [redacted]."));  // the Phone value said in the transcript

    QuaZip zip(file);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    auto entry = [&zip](const QString &name) {
        EXPECT_TRUE(zip.setCurrentFile(name)) << name.toStdString();
        QuaZipFile f(&zip);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray qde = entry(QStringLiteral("project.qde"));
    ASSERT_TRUE(qde.trimmed().endsWith("</Project>")) << qde.right(200).toStdString();
    QXmlStreamReader xml(qde);
    QStringList selections, caseNames;
    QString source, coded;
    QStringList descriptions;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("TextSource")) {
            source = QString::fromUtf8(entry(QStringLiteral("sources/") + a.value(QStringLiteral("plainTextPath")).mid(11).toString()));
        } else if (xml.name() == QLatin1String("PlainTextSelection")) {
            const QList<uint> cps = source.toUcs4();
            const qint64 start = a.value(QStringLiteral("startPosition")).toLongLong();
            const qint64 end = a.value(QStringLiteral("endPosition")).toLongLong();
            ASSERT_LE(end, cps.size());
            const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + start, end - start);
            // The quotes are the coded selections (a case's speaker turns
            // are uncoded ones, checked by their names below).
            coded = slice;
            EXPECT_TRUE(slice.startsWith(a.value(QStringLiteral("name")).toString().left(20))) << slice.toStdString();
        } else if (xml.name() == QLatin1String("Coding") && !coded.isNull()) {
            selections.append(coded);
            coded = QString();
        } else if (xml.name() == QLatin1String("Case")) {
            caseNames.append(a.value(QStringLiteral("name")).toString());
        } else if (xml.name() == QLatin1String("Description")) {
            descriptions.append(xml.readElementText());
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    selections.sort();
    QStringList expected = test::redactedQuoteTexts();
    expected.sort();
    EXPECT_EQ(selections, expected);
    caseNames.sort();
    EXPECT_EQ(caseNames, (QStringList{test::kInterviewerLabel, test::kParticipantLabel}));
    EXPECT_TRUE(std::any_of(descriptions.cbegin(), descriptions.cend(),
                            [](const QString &d) { return d.startsWith(privacy::watermark()); }));
}

TEST_F(RedactedExport, UnmarkedPhoneIsExported)
{
    // Marking is what keeps the value out: an unmarked Phone is exported.
    test::TempDir dir;
    auto project = test::createRedactionProject(dir.path(QStringLiteral("unmarked.crosscut")), false);
    ASSERT_TRUE(project);
    const QString file = dir.path(QStringLiteral("unmarked.qdpx"));
    render::ReportOptions options;
    options.redact = true;
    ASSERT_TRUE(render::exportProjectFile(*project, file, QStringLiteral("qdpx"), options).ok());
    EXPECT_TRUE(test::exportedBytes(file).contains("PHONE-MARKER-7731"));
}

}  // namespace
}  // namespace crosscut
