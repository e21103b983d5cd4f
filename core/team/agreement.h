#pragma once
// Inter-coder agreement, counted in code points (DESIGN.md, Agreement; the
// exact definitions are those of the team-coding issue). Each document is its
// own continuum; sums run over the selected documents. A coder's segments for
// a code are the union of that coder's quotes coded with the code or a code
// below it, with overlapping or touching quotes merged.
//
//   percent = (both coded + neither coded) / all code points
//   kappa   = Cohen's kappa per code point
//   alpha   = Krippendorff's unitized alpha (Krippendorff et al. 2016) on the
//             two-category continuum {uncoded, code}
//   cu_alpha (per dimension) = the same family's cu-alpha over the values
//
// A measure that is undefined is nullopt, with the reason in words.

#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::team {

struct AgreementOptions {
    QStringList coders;     // two or more coder names, in the order reported
    QList<Id> codes;        // empty: every code of the codebook
    QList<Id> documents;    // empty: every document
};

struct CodeAgreement {
    Id code = 0;
    QString path;           // codebook path ("Leadership/Key population-led")
    bool isDimension = false;
    qint64 a = 0;           // code points coder A coded
    qint64 b = 0;           // code points coder B coded
    qint64 both = 0;        // code points both coded
    qint64 total = 0;       // all code points of the selected documents
    std::optional<double> percent;
    std::optional<double> kappa;
    std::optional<double> alpha;
    QString reason;         // why a measure is nullopt; empty when all are defined
};

struct DimensionAgreement {
    Id dimension = 0;
    QString name;           // the dimension's path
    std::optional<double> cuAlpha;
    QString reason;         // why cuAlpha is nullopt
};

struct PairAgreement {
    QString coderA;
    QString coderB;
    QList<CodeAgreement> codes;            // codebook order
    QList<DimensionAgreement> dimensions;  // codebook order
};

struct AgreementReport {
    QStringList coders;
    QList<Id> documents;                   // the documents counted
    QList<PairAgreement> pairs;            // every pair (i < j in coders' order)
    // The mean over the pairs per code and per dimension (a measure's mean
    // over the pairs where it is defined; nullopt when it is defined in none).
    // With two coders, the one pair's figures. In the means, a, b and both
    // are the pairs' means rounded to whole code points, and a reason names
    // the pairs whose measure is undefined.
    QList<CodeAgreement> meanCodes;
    QList<DimensionAgreement> meanDimensions;
};

// Unknown coder, unknown code or document, fewer than two coders: an error
// naming it. Reads only; changes nothing.
Result<AgreementReport> computeAgreement(Project &project, const AgreementOptions &options);

// Serialisations for `crosscut-cli agreement` and the GUI's export.
// json: {"coders": [..], "unit": "code points", "codes": [{"code": PATH, "a": n,
//        "b": n, "both": n, "percent": x, "kappa": x, "alpha": x}, ...],
//        "dimensions": [{"dimension": NAME, "cu_alpha": x|null, "reason": ...}]}
// (more than two coders: also "pairs": [{"coders": [A, B], "codes": [...],
//  "dimensions": [...]}], and the top-level lists hold the means)
QByteArray agreementJson(const AgreementReport &report);
QByteArray agreementCsv(const AgreementReport &report);
QByteArray agreementMarkdown(const AgreementReport &report);

}  // namespace crosscut::team
