// importFiles: all files in one operation, or nothing; every refusal names
// the file and leaves the project file unchanged byte for byte.
#include "import/documentreader.h"
#include "importtestfiles.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(ImportFiles, ManyFilesAreOneUndoableOperation)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    const QString a = dir.writeFile(QStringLiteral("a.txt"), "Interviewer: one\nRespondent: two\nInterviewer: three\n");
    const QString b = dir.writeFile(QStringLiteral("b.md"), "# B\n\ntext");
    const QString c = dir.path(QStringLiteral("c.docx"));
    ASSERT_TRUE(writeDocx(c, {QStringLiteral("word")}));
    auto ids = import::importFiles(*project, {a, b, c});
    ASSERT_TRUE(ids.ok()) << ids.message().toStdString();
    EXPECT_EQ(ids->size(), 3);
    EXPECT_EQ(project->documents().size(), 3);
    EXPECT_EQ(project->cases().size(), 2);
    EXPECT_EQ(project->history().size(), 1);
    EXPECT_EQ(project->document(ids->at(0))->sourceFile, QStringLiteral("a.txt"));
    ASSERT_TRUE(project->undo().ok());
    EXPECT_TRUE(project->documents().isEmpty());
    EXPECT_TRUE(project->cases().isEmpty());
}

TEST(ImportFiles, RefusalsNameTheFileAndChangeNothing)
{
    TempDir dir;
    const QString projectPath = dir.path(QStringLiteral("p.crosscut"));
    {
        auto project = createProject(projectPath);
        ASSERT_TRUE(import::importFiles(*project, {dir.writeFile(QStringLiteral("existing.txt"), "hello")}).ok());
    }
    const QString good = dir.writeFile(QStringLiteral("good.txt"), "fine text");
    struct Case {
        QStringList files;
        QString message;
    };
    const QList<Case> cases = {
        {{good, dir.writeFile(QStringLiteral("empty.txt"), {})}, QStringLiteral("empty.txt is empty")},
        {{good, dir.writeFile(QStringLiteral("blank.txt"), " \n\n ")}, QStringLiteral("blank.txt is empty")},
        {{good, dir.writeFile(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16))},
         QStringLiteral("photo.txt is a binary file")},
        {{good, dir.writeFile(QStringLiteral("bad16.txt"), QByteArray("\xff\xfe\x41\x00\x00\xd8", 6))},
         QStringLiteral("bad16.txt cannot be decoded")},
        {{good, dir.path(QStringLiteral("missing.txt"))}, QStringLiteral("missing.txt does not exist")},
        {{good, dir.writeFile(QStringLiteral("sheet.xlsx"), "x")}, QStringLiteral("sheet.xlsx: unknown file type \".xlsx\"")},
        {{good, dir.writeFile(QStringLiteral("broken.docx"), "x")}, QStringLiteral("broken.docx is not a valid DOCX file")},
        {{good, dir.writeFile(QStringLiteral("existing.md"), "again")}, QStringLiteral("already has a document named \"existing\"")},
        {{good, dir.writeFile(QStringLiteral("good.md"), "twin")}, QStringLiteral("would both become the document \"good\"")},
    };
    const QByteArray before = readAll(projectPath);
    for (const Case &c : cases) {
        SCOPED_TRACE(c.message.toStdString());
        {
            auto project = openProject(projectPath);
            ASSERT_TRUE(project);
            auto ids = import::importFiles(*project, c.files);
            ASSERT_FALSE(ids.ok());
            EXPECT_TRUE(ids.message().contains(c.message)) << ids.message().toStdString();
            EXPECT_EQ(project->documents().size(), 1);
            EXPECT_EQ(project->history().size(), 1);
        }
        EXPECT_EQ(readAll(projectPath), before);
    }
}

TEST(ImportFiles, KindIsChosenFromSpeakersUnlessGiven)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    const QString two = dir.writeFile(QStringLiteral("two.txt"), "Interviewer: a\nAna: b\nInterviewer: c\n");
    const QString three = dir.writeFile(QStringLiteral("three.txt"), "Moderator: a\nAna: b\nBo: c\nModerator: d\n");
    const QString notes = dir.writeFile(QStringLiteral("notes.txt"), "Just notes.\n");
    auto ids = import::importFiles(*project, {two, three, notes});
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(project->document(ids->at(0))->kind, DocumentKind::Interview);
    EXPECT_EQ(project->document(ids->at(1))->kind, DocumentKind::FocusGroup);
    EXPECT_EQ(project->document(ids->at(2))->kind, DocumentKind::Interview);
    const QString other = dir.writeFile(QStringLiteral("other.txt"), "Moderator: a\nAna: b\nBo: c\nModerator: d\n");
    auto given = import::importFiles(*project, {other}, DocumentKind::Notes);
    ASSERT_TRUE(given.ok());
    EXPECT_EQ(project->document(given->first())->kind, DocumentKind::Notes);
    auto bad = import::importFiles(*project, {dir.writeFile(QStringLiteral("z.txt"), "z")}, QStringLiteral("podcast"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.message().contains(QStringLiteral("unknown document kind")));
}
