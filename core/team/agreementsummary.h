#pragma once
// Inter-coder agreement as a report's methods section states it: for every
// pair of coders who coded the same documents, the agreement over those
// double-coded documents only (a split corpus is not a disagreement), and per
// code the mean over the pairs.

#include "team/agreement.h"

namespace crosscut::team {

struct PairSummary {
    QString coderA;
    QString coderB;
    int documents = 0;  // documents both coded
    int codes = 0;      // codes either of them used there
    std::optional<double> meanPercent;
    std::optional<double> meanKappa;
    std::optional<double> meanAlpha;
};

struct AgreementSummary {
    QList<PairSummary> pairs;          // pairs with at least one double-coded document
    QList<CodeAgreement> codes;        // codes used by a pair, means over the pairs (a, b, both summed)
    QList<DimensionAgreement> dimensions;
    bool empty() const { return pairs.isEmpty(); }
};

// The documents in which both coders have at least one coding.
QList<Id> doubleCodedDocuments(Project &project, Id coderA, Id coderB);

// Over every coder with a coding; empty when no two coders share a document.
Result<AgreementSummary> summariseAgreement(Project &project);

}  // namespace crosscut::team
