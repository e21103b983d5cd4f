#pragma once
// Positional profiles: "identities are not essential but positional". For
// each case, how its quotes (those carrying the case, see matrix.h) spread
// over the values of each dimension; the dimensions where a case speaks from
// more than one value ("hat shifts"), with the quotes that show it; and, for
// bipolar dimensions, the mean and spread of its positions on the axis.
//
// A quote's position on a bipolar dimension is the mean, over its codings of
// that dimension's values (or codes below them), of coding.position when set,
// else the coded value's axis_position; quotes with neither have no position.
// Spread is the population standard deviation of a case's quote positions.
// Per group (a case attribute's value), mean and spread are taken over the
// positioned quotes of the group's cases (a quote counted once per group).

#include "analysis/matrix.h"
#include "analysis/table.h"

namespace crosscut::analysis {

struct ProfilesRequest {
    QString caseName;        // empty = every case
    QString groupAttribute;  // a case attribute for the per-group bipolar summary; may be empty
    Filter filter;
    QList<Id> excludedCases; // cases with no profile and in no group (a report's interviewers); empty: none
};

// One positioned quote of a case on a bipolar dimension (the rule above).
struct QuotePosition {
    Id quoteId = 0;
    double position = 0;
};

struct DimensionProfile {
    Label dimension;
    QList<Label> values;          // the dimension's values, codebook order
    QList<std::optional<double>> axisPositions;  // per value: its axis_position (bipolar poles), if set
    QList<qint64> quoteCounts;    // per value: the case's quotes carrying it
    QList<QList<Id>> quoteIds;    // per value, ascending
    bool hatShift = false;        // more than one value has a quote
    bool bipolar = false;
    int positionedQuotes = 0;     // quotes with a position (bipolar only)
    std::optional<double> mean;   // bipolar only, when positionedQuotes > 0
    std::optional<double> spread;
    QList<QuotePosition> positions;  // bipolar only: each positioned quote, in the case's quote order
};

struct CaseProfile {
    Label caseLabel;
    int quoteCount = 0;  // quotes carrying the case
    QList<DimensionProfile> dimensions;  // every dimension, codebook order
};

struct HatShift {
    Label caseLabel;
    Label dimension;
    QList<Label> values;     // the values it speaks from (≥ 2), codebook order
    QList<Id> quoteIds;      // the quotes carrying those values, ascending
};

struct BipolarGroupSummary {
    Label dimension;
    QString group;           // the attribute value; "" for cases without one
    int cases = 0;           // cases in the group with ≥ 1 positioned quote
    int positionedQuotes = 0;
    double mean = 0;
    double spread = 0;
};

struct ProfilesResult {
    QList<CaseProfile> cases;  // sorted by name
    QList<HatShift> hatShifts;
    QList<BipolarGroupSummary> groups;  // empty without a group attribute

    // Cases × dimension values (columns "Dimension/Value"), quote counts.
    Table distributionTable() const;
    // Cases × bipolar dimensions, mean positions (empty cells = 0, see note).
    Table bipolarTable() const;
};

Result<ProfilesResult> computeProfiles(Project &project, const ProfilesRequest &request);
Result<ProfilesResult> computeProfiles(const Snapshot &snapshot, const ProfilesRequest &request);

}  // namespace crosscut::analysis
