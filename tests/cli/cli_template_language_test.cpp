// The intersectional template in the alliance's languages: the same codes
// with the same guids (so projects begun in two languages merge code by
// code), names in the language asked for.
#include "codebook/codebooktemplate.h"
#include "support/testsupport.h"

#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Shape {
    QString parentGuid;
    bool dimension = false;
    bool bipolar = false;
    QString color;
    QString name;
};

// guid → where the code sits and what it is, name included.
QHash<QString, Shape> codesByGuid(const QString &path)
{
    auto project = openProject(path);
    QHash<Id, QString> guidOf;
    const QList<Code> codes = project->codes();
    for (const Code &c : codes)
        guidOf.insert(c.id, c.guid);
    QHash<QString, Shape> shapes;
    for (const Code &c : codes)
        shapes.insert(c.guid, {c.parentId ? guidOf.value(*c.parentId) : QString(), c.isDimension, c.isBipolar,
                               c.color, c.name});
    return shapes;
}

QString initProject(const TempDir &dir, const QString &language)
{
    const QString path = dir.path(QStringLiteral("p-%1.crosscut").arg(language));
    QStringList args = {QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")};
    if (!language.isEmpty())
        args << QStringLiteral("--template-language") << language;
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return path;
}

}  // namespace

TEST(TemplateLanguages, EveryLanguageHasTheEnglishCodesGuidsAndShape)
{
    TempDir dir;
    const QHash<QString, Shape> english = codesByGuid(initProject(dir, QString()));
    ASSERT_EQ(english.size(), 45);
    EXPECT_FALSE(english.contains(QString()));  // every code has its fixed guid
    for (const QString &language : codebook::intersectionalTemplateLanguages()) {
        const QHash<QString, Shape> other = codesByGuid(initProject(dir, language));
        ASSERT_EQ(other.size(), english.size()) << language.toStdString();
        int renamed = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            ASSERT_TRUE(other.contains(it.key())) << language.toStdString() << ": no " << it->name.toStdString();
            const Shape &o = other.value(it.key());
            EXPECT_EQ(o.parentGuid, it->parentGuid) << language.toStdString() << " " << it->name.toStdString();
            EXPECT_EQ(o.dimension, it->dimension);
            EXPECT_EQ(o.bipolar, it->bipolar);
            EXPECT_EQ(o.color, it->color);
            EXPECT_FALSE(o.name.contains(u'/'));  // a path separator
            renamed += o.name != it->name ? 1 : 0;
        }
        if (language != QLatin1String("en")) {
            EXPECT_GT(renamed, 35) << language.toStdString() << ": names not translated";
        }
    }
}

TEST(TemplateLanguages, UkrainianProjectHasUkrainianNamesAndTheEnglishGuids)
{
    TempDir dir;
    const QString en = initProject(dir, QString());
    const QString uk = initProject(dir, QStringLiteral("uk"));
    const CliResult tree = runCli({QStringLiteral("codebook"), uk});
    ASSERT_EQ(tree.exitCode, 0);
    EXPECT_TRUE(tree.out.contains(QStringLiteral("Лідерство"))) << tree.out.toStdString();
    EXPECT_TRUE(tree.out.contains(QStringLiteral("Під керівництвом ключових груп")));
    EXPECT_FALSE(tree.out.contains(QStringLiteral("Leadership")));
    const auto enCodes = codesByGuid(en), ukCodes = codesByGuid(uk);
    for (auto it = enCodes.cbegin(); it != enCodes.cend(); ++it)
        if (it->name == QLatin1String("Leadership")) {
            EXPECT_EQ(ukCodes.value(it.key()).name, QStringLiteral("Лідерство"));
        }
}

TEST(TemplateLanguages, TheSameTemplateInAnotherLanguageAddsNoCodes)
{
    TempDir dir;
    const QString path = initProject(dir, QString());
    {
        auto project = openProject(path);
        ASSERT_TRUE(codebook::applyTemplate(*project, QStringLiteral("intersectional-ur")).ok());
        EXPECT_EQ(project->codes().size(), 45);  // found by guid, not duplicated under Urdu names
    }
    EXPECT_EQ(codesByGuid(path).size(), 45);
}

TEST(TemplateLanguages, AnUnknownLanguageOrAnotherTemplateIsAUsageError)
{
    TempDir dir;
    const CliResult unknown = runCli({QStringLiteral("init"), dir.path(QStringLiteral("a.crosscut")), QStringLiteral("--template"),
                                      QStringLiteral("intersectional"), QStringLiteral("--template-language"),
                                      QStringLiteral("de")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("uk"))) << unknown.err.toStdString();
    const CliResult empty = runCli({QStringLiteral("init"), dir.path(QStringLiteral("b.crosscut")), QStringLiteral("--template"),
                                    QStringLiteral("empty"), QStringLiteral("--template-language"), QStringLiteral("uk")});
    EXPECT_NE(empty.exitCode, 0);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("a.crosscut"))));
}
