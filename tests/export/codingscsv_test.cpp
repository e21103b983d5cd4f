// The codings CSV: one row per coding, positions in code points, the quoted
// text exact even after emoji and in right-to-left script; re-read equals it.
#include "support/testsupport.h"

#include "export/codingscsv.h"
#include "project/project.h"
#include "util/csv.h"

#include <gtest/gtest.h>

namespace crosscut {
namespace {

TEST(CodingsCsv, OneRowPerCodingWithExactText)
{
    test::TempDir dir;
    auto project = test::createProject(dir.path(QStringLiteral("p.crosscut")));
    ASSERT_TRUE(project);
    // "👩🏽‍⚕️" is five code points; the quotes after it must not drift.
    const QString text = QStringLiteral("👩🏽‍⚕️ Мы сами решаем.\nہم خود بولتے ہیں۔");
    auto doc = project->addDocument({QStringLiteral("mixed"), QStringLiteral("interview"), text, {}, {}});
    ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
    auto leadership = project->addCode(std::nullopt, {QStringLiteral("Leadership"), {}, {}, {}, true, false, {}});
    auto kp = project->addCode(*leadership, {QStringLiteral("Key population-led"), {}, {}, {}, false, false, {}});
    auto slash = project->addCode(std::nullopt, {QStringLiteral("Rights/justice"), {}, {}, {}, false, false, {}});
    ASSERT_TRUE(kp.ok() && slash.ok());
    project->setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(project->applyCode(*doc, 6, 21, *kp).ok());      // "Мы сами решаем."
    ASSERT_TRUE(project->applyCode(*doc, 22, 39, *slash).ok());  // the Urdu line
    project->setCurrentCoder(QStringLiteral("oleg"));
    ASSERT_TRUE(project->applyCode(*doc, 6, 21, *slash).ok());

    auto bytes = exporting::codingsCsv(*project, true);
    ASSERT_TRUE(bytes.ok()) << bytes.message().toStdString();
    EXPECT_TRUE(bytes->startsWith("\xEF\xBB\xBF"));
    auto rows = csv::parse(*bytes);
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    QList<QStringList> fields;
    for (const auto &row : *rows)
        fields.append(row.fields);
    const QList<QStringList> expected = {
        {QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("code"),
         QStringLiteral("coder")},
        {QStringLiteral("mixed"), QStringLiteral("6"), QStringLiteral("21"), QStringLiteral("Мы сами решаем."),
         QStringLiteral("Leadership/Key population-led"), QStringLiteral("amina")},
        {QStringLiteral("mixed"), QStringLiteral("6"), QStringLiteral("21"), QStringLiteral("Мы сами решаем."),
         QStringLiteral("Rights\\/justice"), QStringLiteral("oleg")},
        {QStringLiteral("mixed"), QStringLiteral("22"), QStringLiteral("39"), QStringLiteral("ہم خود بولتے ہیں۔"),
         QStringLiteral("Rights\\/justice"), QStringLiteral("amina")},
    };
    EXPECT_EQ(fields, expected);

    auto plain = exporting::codingsCsv(*project, false);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->startsWith("document,start,end"));
}

}  // namespace
}  // namespace crosscut
