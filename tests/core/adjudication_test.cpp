// Adjudication: settling two coders' disagreements into a consensus coder,
// one undoable operation per decision, with progress that survives a reopen.
#include "project/project.h"
#include "support/testsupport.h"
#include "team/adjudication.h"
#include "team/agreement.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using team::Decision;
using team::Span;

namespace {

// 100 code points. A codes [0,40), [70,80) and [85,90); B codes [20,60) and
// [70,80): a boundary disagreement over [0,60), one of A's alone at [85,90),
// and [70,80) agreed.
struct TwoCoders {
    TempDir dir;
    QString path = dir.path(QStringLiteral("a.crosscut"));
    std::unique_ptr<Project> p = createProject(path);
    Id doc = 0;
    Id code = 0;
    team::Adjudication context{QStringLiteral("Asel"), QStringLiteral("Bilal"), 0, team::kDefaultConsensusCoder};

    TwoCoders()
    {
        QString text;
        for (int i = 0; i < 100; ++i)
            text += i % 10 == 9 ? QStringLiteral("\n") : QStringLiteral("ж");
        doc = *p->addDocument({QStringLiteral("kyrgyzstan"), DocumentKind::Interview, text, {}, {}, false});
        code = *p->addCode(std::nullopt, {QStringLiteral("Joint advocacy")});
        context.code = code;
        p->setCurrentCoder(QStringLiteral("Asel"));
        for (auto [s, e] : {std::pair{0, 40}, {70, 80}, {85, 90}})
            EXPECT_TRUE(p->applyCode(doc, s, e, code).ok());
        p->setCurrentCoder(QStringLiteral("Bilal"));
        for (auto [s, e] : {std::pair{20, 60}, {70, 80}})
            EXPECT_TRUE(p->applyCode(doc, s, e, code).ok());
    }

    QList<team::Disagreement> disagreements()
    {
        auto c = team::compareCoders(*p, context.coderA, context.coderB, code);
        EXPECT_TRUE(c.ok()) << c.message().toStdString();
        return c ? c->disagreements : QList<team::Disagreement>{};
    }
    team::Disagreement boundary()
    {
        for (const auto &d : disagreements())
            if (d.kind == team::DisagreementKind::Boundary)
                return d;
        ADD_FAILURE() << "no boundary disagreement";
        return {};
    }
    // The consensus coder's coded spans, in order.
    QList<std::pair<qint64, qint64>> consensusSpans()
    {
        QList<std::pair<qint64, qint64>> spans;
        auto stmt = p->database().prepare(QStringLiteral(
            "SELECT q.start, q.end FROM coding c JOIN quote q ON q.id = c.quote_id JOIN coder k ON k.id = c.coder_id "
            "WHERE k.name = 'Consensus' ORDER BY q.start, q.end"));
        while (stmt->next())
            spans.append({stmt->int64(0), stmt->int64(1)});
        return spans;
    }
    team::Progress progress()
    {
        auto pr = team::progress(*p, context);
        EXPECT_TRUE(pr.ok()) << pr.message().toStdString();
        return pr ? *pr : team::Progress{};
    }
};

using Spans = QList<std::pair<qint64, qint64>>;

}  // namespace

TEST(Adjudication, TheFixtureHasTwoDisagreementsAndOneAgreedStretch)
{
    TwoCoders f;
    const auto list = f.disagreements();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].kind, team::DisagreementKind::Boundary);
    EXPECT_EQ(list[0].span, (Span{0, 60}));
    EXPECT_EQ(list[1].kind, team::DisagreementKind::OnlyA);
    EXPECT_EQ(list[1].span, (Span{85, 90}));
    EXPECT_EQ(f.progress().total, 2);
    EXPECT_EQ(f.progress().settled, 0);
}

TEST(Adjudication, AcceptingASideCodesItForTheConsensusAsOneUndoableOperation)
{
    TwoCoders f;
    const int before = int(f.p->history().size());
    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::AcceptA).ok());
    EXPECT_EQ(f.consensusSpans(), (Spans{{0, 40}}));
    EXPECT_EQ(f.progress().settled, 1);
    EXPECT_EQ(f.progress().total, 2);
    EXPECT_EQ(int(f.p->history().size()), before + 1);
    ASSERT_EQ(team::decisions(*f.p, f.context).size(), 1);
    EXPECT_EQ(team::decisions(*f.p, f.context)[0].decision, Decision::AcceptA);

    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_TRUE(f.consensusSpans().isEmpty());
    EXPECT_EQ(f.progress().settled, 0);
    EXPECT_TRUE(team::decisions(*f.p, f.context).isEmpty());
    ASSERT_TRUE(f.p->redo().ok());
    EXPECT_EQ(f.consensusSpans(), (Spans{{0, 40}}));
    EXPECT_EQ(f.progress().settled, 1);
}

TEST(Adjudication, DecidingAgainReplacesTheEarlierDecision)
{
    TwoCoders f;
    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::AcceptA).ok());
    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::AcceptB).ok());
    EXPECT_EQ(f.consensusSpans(), (Spans{{20, 60}}));
    ASSERT_EQ(team::decisions(*f.p, f.context).size(), 1);
    EXPECT_EQ(team::decisions(*f.p, f.context)[0].decision, Decision::AcceptB);
    EXPECT_EQ(team::decisions(*f.p, f.context)[0].coded, (QList<Span>{{20, 60}}));

    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::AcceptBoth).ok());
    EXPECT_EQ(f.consensusSpans(), (Spans{{0, 40}, {20, 60}}));

    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::Edit, {{5, 55}}).ok());
    EXPECT_EQ(f.consensusSpans(), (Spans{{5, 55}}));
    // The consensus quote is the consensus coder's own.
    auto creator = f.p->database().scalar(QStringLiteral(
        "SELECT k.name FROM quote q JOIN coder k ON k.id = q.creator_id WHERE q.start = 5 AND q.end = 55"));
    EXPECT_EQ(creator->toString(), QStringLiteral("Consensus"));

    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::Reject).ok());
    EXPECT_TRUE(f.consensusSpans().isEmpty());
    EXPECT_EQ(f.progress().settled, 1);
    // The coders' own work is untouched by all of it.
    EXPECT_EQ(f.p->database().scalar(QStringLiteral("SELECT count(*) FROM quote WHERE start = 5"))->toInt(), 0);
    EXPECT_EQ(f.p->codingCount(f.code), 5);
}

TEST(Adjudication, AdoptingAgreedStretchesThenSettlingAllGivesAConsensusEqualToTheAcceptedSide)
{
    TwoCoders f;
    auto adopted = team::adoptAgreed(*f.p, f.context);
    ASSERT_TRUE(adopted.ok()) << adopted.message().toStdString();
    EXPECT_EQ(*adopted, 1);
    EXPECT_EQ(f.consensusSpans(), (Spans{{70, 80}}));
    auto again = team::adoptAgreed(*f.p, f.context);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);  // nothing new, and no empty operation
    EXPECT_EQ(f.p->undoLabel().contains(QStringLiteral("Adopt")), true);

    for (const auto &d : f.disagreements())
        ASSERT_TRUE(team::settle(*f.p, f.context, d, Decision::AcceptA).ok());
    EXPECT_EQ(f.progress().settled, 2);
    EXPECT_EQ(f.progress().total, 2);

    // Agreement between A and the consensus is now perfect, B's is not.
    team::AgreementOptions options;
    options.coders = {QStringLiteral("Asel"), QStringLiteral("Consensus"), QStringLiteral("Bilal")};
    options.codes = {f.code};
    auto report = team::computeAgreement(*f.p, options);
    ASSERT_TRUE(report.ok()) << report.message().toStdString();
    ASSERT_EQ(report->pairs.size(), 3);
    const auto &withConsensus = report->pairs[0];  // Asel × Consensus
    EXPECT_EQ(withConsensus.coderB, QStringLiteral("Consensus"));
    ASSERT_EQ(withConsensus.codes.size(), 1);
    EXPECT_EQ(withConsensus.codes[0].a, withConsensus.codes[0].both);
    EXPECT_EQ(withConsensus.codes[0].b, withConsensus.codes[0].both);
    ASSERT_TRUE(withConsensus.codes[0].kappa.has_value());
    EXPECT_DOUBLE_EQ(*withConsensus.codes[0].kappa, 1.0);
    const auto &bilal = report->pairs[2];  // Consensus × Bilal
    ASSERT_TRUE(bilal.codes[0].kappa.has_value());
    EXPECT_LT(*bilal.codes[0].kappa, 1.0);
}

TEST(Adjudication, DecisionsSurviveAReopen)
{
    TwoCoders f;
    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::AcceptBoth).ok());
    f.p.reset();
    auto reopened = openProject(f.path);
    ASSERT_TRUE(reopened);
    f.p = std::move(reopened);
    EXPECT_EQ(f.progress().settled, 1);
    ASSERT_EQ(team::decisions(*f.p, f.context).size(), 1);
    EXPECT_EQ(team::decisions(*f.p, f.context)[0].span, (Span{0, 60}));
}

TEST(Adjudication, BadRequestsAreRefusedAndChangeNothing)
{
    TwoCoders f;
    const int before = int(f.p->history().size());
    auto context = f.context;
    context.coderB = QStringLiteral("Nobody");
    Status s = team::settle(*f.p, context, f.boundary(), Decision::AcceptA);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.message().contains(QStringLiteral("Nobody"))) << s.message().toStdString();

    context = f.context;
    context.consensus = QStringLiteral("Asel");
    EXPECT_FALSE(team::settle(*f.p, context, f.boundary(), Decision::AcceptA).ok());

    EXPECT_FALSE(team::settle(*f.p, f.context, f.boundary(), Decision::Edit).ok());            // no span
    EXPECT_FALSE(team::settle(*f.p, f.context, f.boundary(), Decision::Edit, {{50, 500}}).ok());  // past the end
    EXPECT_FALSE(team::settle(*f.p, f.context, f.boundary(), Decision::Edit, {{30, 30}}).ok());   // empty

    EXPECT_EQ(int(f.p->history().size()), before);
    EXPECT_TRUE(f.consensusSpans().isEmpty());
    EXPECT_FALSE(f.p->findCoder(QStringLiteral("Consensus")).has_value());
}

TEST(Adjudication, DeletingTheDocumentTakesItsDecisionsAndUndoBringsThemBack)
{
    TwoCoders f;
    ASSERT_TRUE(team::settle(*f.p, f.context, f.boundary(), Decision::Reject).ok());
    ASSERT_TRUE(f.p->deleteDocument(f.doc).ok());
    EXPECT_EQ(f.p->database().scalar(QStringLiteral("SELECT count(*) FROM adjudication"))->toInt(), 0);
    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_EQ(f.p->database().scalar(QStringLiteral("SELECT count(*) FROM adjudication"))->toInt(), 1);
    EXPECT_EQ(f.progress().settled, 1);
}
