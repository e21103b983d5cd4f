// Editing, merging and splitting utterances moves every later quote, turn and
// flag with the text.
#include "live/livesession.h"
#include "live/utteranceedit.h"
#include "project/integrity.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Project> project;
    std::unique_ptr<live::LiveSession> session;
    Id code = 0;
    QList<live::Utterance> said;

    Fixture()
    {
        project = createProject(dir.path(QStringLiteral("edit.crosscut")), QStringLiteral("intersectional"));
        code = *project->resolveCodePath(QStringLiteral("Perceived role/Activism"));
        auto s = live::LiveSession::start(*project, {QStringLiteral("Edits"), {}, {}, {}},
                                          {{QStringLiteral("Ana"), {}, {}, {}}, {QStringLiteral("Бек"), {}, {}, {}}}, {});
        session = std::move(s).value();
        said.append(*session->commit(QStringLiteral("Ana"), QStringLiteral("first 🙂 words"), 0, {code}));
        said.append(*session->commit(QStringLiteral("Бек"), QStringLiteral("второй ответ"), 0, {code}));
        said.append(*session->commit(QStringLiteral("Ana"), QStringLiteral("third one"), 0, {code}));
    }
    QString text() { return project->documentText(session->documentId()); }
    QStringList quoteTexts()
    {
        QStringList out;
        for (const Quote &q : project->quotes(session->documentId()))
            out.append(project->quoteText(q));
        return out;
    }
};

}  // namespace

TEST(UtteranceEdit, EditMovesLaterQuotesAndTurns)
{
    Fixture f;
    ASSERT_TRUE(f.session->flag(QStringLiteral("late")).ok());
    ASSERT_TRUE(live::editUtterance(*f.project, f.said[0].turnId, QStringLiteral("the very first 🙂🙂 words")).ok());
    EXPECT_EQ(f.text(), QStringLiteral("Ana: the very first 🙂🙂 words\nБек: второй ответ\nAna: third one\n"));
    EXPECT_EQ(f.quoteTexts(), (QStringList{QStringLiteral("the very first 🙂🙂 words"), QStringLiteral("второй ответ"),
                                           QStringLiteral("third one")}));
    const QList<live::Utterance> u = f.session->utterances();
    ASSERT_EQ(u.size(), 3);
    EXPECT_EQ(u[1].text, QStringLiteral("второй ответ"));
    EXPECT_EQ(u[2].text, QStringLiteral("third one"));
    EXPECT_EQ(f.session->flags()[0].position, f.project->document(f.session->documentId())->length);
    EXPECT_TRUE(checkIntegrity(*f.project).ok());
    ASSERT_TRUE(f.project->undo().ok());
    EXPECT_EQ(f.quoteTexts()[2], QStringLiteral("third one"));
    EXPECT_FALSE(live::editUtterance(*f.project, f.said[0].turnId, QStringLiteral("  ")).ok());
    EXPECT_FALSE(live::editUtterance(*f.project, 99999, QStringLiteral("x")).ok());
}

TEST(UtteranceEdit, MergeAndSplit)
{
    Fixture f;
    ASSERT_TRUE(live::mergeWithNext(*f.project, f.said[0].turnId).ok());
    EXPECT_EQ(f.text(), QStringLiteral("Ana: first 🙂 words второй ответ\nAna: third one\n"));
    EXPECT_EQ(f.quoteTexts(), (QStringList{QStringLiteral("first 🙂 words"), QStringLiteral("второй ответ"),
                                           QStringLiteral("third one")}));
    QList<live::Utterance> u = f.session->utterances();
    ASSERT_EQ(u.size(), 2);
    EXPECT_EQ(u[0].text, QStringLiteral("first 🙂 words второй ответ"));
    EXPECT_EQ(u[0].endMs, f.said[1].endMs);
    EXPECT_FALSE(live::mergeWithNext(*f.project, u[1].turnId).ok());  // the last one

    // Split "first 🙂 words второй ответ" after "first 🙂 words".
    ASSERT_TRUE(live::splitUtterance(*f.project, u[0].turnId, 13).ok());
    EXPECT_EQ(f.text(), QStringLiteral("Ana: first 🙂 words\nAna: второй ответ\nAna: third one\n"));
    u = f.session->utterances();
    ASSERT_EQ(u.size(), 3);
    EXPECT_EQ(u[1].text, QStringLiteral("второй ответ"));
    EXPECT_EQ(u[1].speaker, QStringLiteral("Ana"));
    EXPECT_LE(u[0].endMs, u[1].startMs);
    EXPECT_EQ(f.quoteTexts(), (QStringList{QStringLiteral("first 🙂 words"), QStringLiteral("второй ответ"),
                                           QStringLiteral("third one")}));
    EXPECT_FALSE(live::splitUtterance(*f.project, u[1].turnId, 0).ok());
    EXPECT_FALSE(live::splitUtterance(*f.project, u[1].turnId, 12).ok());
    EXPECT_TRUE(checkIntegrity(*f.project).ok()) << checkIntegrity(*f.project).problems.join(QLatin1Char('\n')).toStdString();
    // Both are single operations.
    ASSERT_TRUE(f.project->undo().ok());
    ASSERT_TRUE(f.project->undo().ok());
    EXPECT_EQ(f.text(), QStringLiteral("Ana: first 🙂 words\nБек: второй ответ\nAna: third one\n"));
    EXPECT_EQ(f.session->utterances().size(), 3);
}
