#pragma once
// Settling two coders' disagreements into a consensus coder. Each decision is
// one undoable operation that writes the settled coding to the consensus
// coder and records the decision (table adjudication), so progress survives
// a restart and agreement between each coder and the consensus can be
// computed afterwards like any other pair.

#include "team/disagreements.h"

#include <QList>
#include <QString>

#include <optional>

namespace crosscut::team {

inline const QString kDefaultConsensusCoder = QStringLiteral("Consensus");

enum class Decision {
    AcceptA,     // the consensus codes A's segments
    AcceptB,     // B's segments
    AcceptBoth,  // both sides' codings (together they cover the stretch)
    Edit,        // the spans the adjudicator gives
    Reject,      // nothing is coded; the stretch is settled as not this code
};

QString decisionName(Decision decision);  // "accept-a", "accept-b", "accept-both", "edit", "reject"

struct Adjudication {
    QString coderA;
    QString coderB;
    Id code = 0;
    QString consensus = kDefaultConsensusCoder;
};

struct SettledDecision {
    Id id = 0;
    Id document = 0;
    Span span;          // the disagreement's stretch
    Decision decision = Decision::Reject;
    QList<Span> coded;  // what the consensus coder was given
    QString decidedAt;
};

// Writes one decision. Edit needs non-empty spans inside the document; the
// others ignore `edited`. Deciding a stretch again replaces the earlier
// decision (its consensus codings go). One operation.
Status settle(Project &project, const Adjudication &context, const Disagreement &disagreement, Decision decision,
              const QList<Span> &edited = {});

// Codes every stretch both coders coded alike for the consensus coder (one
// operation; a no-op for those already there). Returns how many it added.
Result<int> adoptAgreed(Project &project, const Adjudication &context, const QList<Id> &documents = {});

// The decisions recorded for this pair, code and consensus coder.
QList<SettledDecision> decisions(Project &project, const Adjudication &context);

// n of m: the current disagreements of the pair on the code, and how many of
// them carry a decision.
struct Progress {
    int settled = 0;
    int total = 0;
};
Result<Progress> progress(Project &project, const Adjudication &context, const QList<Id> &documents = {});

}  // namespace crosscut::team
