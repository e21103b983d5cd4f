#include "memosfixture.h"

#include "live/fakeclock.h"
#include "live/livesession.h"

#include <gtest/gtest.h>

namespace crosscut::test {

MemosProject::MemosProject()
{
    path = dir.path(QStringLiteral("memos.crosscut"));
    project = createProject(path, QStringLiteral("intersectional"));
    kpLed = project->resolveCodePath(QStringLiteral("Leadership/Key population-led")).value();
    NewDocument a;
    a.name = QStringLiteral("interview-a");
    a.text = QStringLiteral("Мы 🙂 лидеры сообщества. We lead outreach to sex workers.\nThe clinic decides for us.");
    docA = project->addDocument(a).value();
    aigul = project->addCase(QStringLiteral("Айгуль"), QStringLiteral("Peer educator, Bishkek")).value();

    project->setCurrentCoder(QStringLiteral("amina"));
    quote = project->applyCode(docA, 24, 56, kpLed).value();
    projectMemo = project->addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Analysis plan"),
                                   QStringLiteral("Code the leadership dimension first.")).value();
    documentMemo = project->addMemo(MemoTarget::Document, docA, QStringLiteral("Setting"),
                                    QStringLiteral("Recorded in the drop-in centre.")).value();
    caseMemo = project->addMemo(MemoTarget::Case, aigul, QStringLiteral("Айгуль"),
                                QStringLiteral("Лидер сообщества, говорит за всех.")).value();
    project->setCurrentCoder(QStringLiteral("bogdan"));
    codeMemo = project->addMemo(MemoTarget::Code, kpLed, QStringLiteral("Scope <of> the code"),
                                QStringLiteral("Includes peer-led groups & networks.")).value();
    quoteMemo = project->addMemo(MemoTarget::Quote, quote, QStringLiteral("Outreach"),
                                 QStringLiteral("ہم ساتھ ہیں — they speak as STRASSE workers.")).value();

    // A live session with one flag a minute in (also a memo on the session).
    FakeClock clock;
    auto started = live::LiveSession::start(*project,
                                            {QStringLiteral("FGD Bishkek"), QStringLiteral("2026-11-23"),
                                             QStringLiteral("Bishkek"), QStringLiteral("Facilitator A")},
                                            {{QStringLiteral("Ravi"), QStringLiteral("1"), std::nullopt, {}}}, {},
                                            clock.clock());
    EXPECT_TRUE(started.ok()) << started.message().toStdString();
    if (!started)
        return;
    session = (*started)->documentId();
    clock.advance(61'000);
    EXPECT_TRUE((*started)->commit(QStringLiteral("1"), QStringLiteral("We run the clinic ourselves."), 1000).ok());
    auto flag = (*started)->flag(QStringLiteral("ask about funding"));
    EXPECT_TRUE(flag.ok()) << flag.message().toStdString();
}

QVariant MemosProject::scalar(const QString &sql, std::initializer_list<QVariant> params)
{
    const Result<QVariant> value = project->database().scalar(sql, params);
    EXPECT_TRUE(value.ok()) << value.message().toStdString();
    return value.ok() ? *value : QVariant();
}

}  // namespace crosscut::test
