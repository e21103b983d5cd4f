#pragma once
// Group comparisons, in the shape of "average number of ties per key
// population": cases are grouped by a case attribute's value and, per group,
// the average over its cases of a per-case count is reported with the n of
// cases. A case's quotes are the quotes carrying it (see matrix.h).

#include "analysis/matrix.h"
#include "analysis/table.h"

namespace crosscut::analysis {

enum class GroupMeasure {
    QuotesWithCode,  // the case's quotes carrying `code` (or a code below it)
    DistinctCodes,   // distinct codes on the case's quotes, below `code` if given
};

struct GroupComparisonRequest {
    QString groupAttribute;  // a case attribute
    GroupMeasure measure = GroupMeasure::QuotesWithCode;
    QString code;            // required for QuotesWithCode; optional root for DistinctCodes
    Filter filter;
    QList<Id> excludedCases; // cases in no group (a report's interviewers); empty: none
};

struct GroupStat {
    QString group;   // attribute value; "" for cases without one (listed last)
    int cases = 0;   // n
    qint64 total = 0;
    double mean = 0;
    double spread = 0;  // population standard deviation over the group's cases
};

struct GroupComparisonResult {
    QString attribute;
    QString measure;  // human-readable, e.g. "quotes coded Collaboration/Horizontal"
    QList<GroupStat> groups;  // values sorted, then ""

    Table toTable() const;  // groups × (n, mean, spread)
};

Result<GroupComparisonResult> compareGroups(Project &project, const GroupComparisonRequest &request);
Result<GroupComparisonResult> compareGroups(const Snapshot &snapshot, const GroupComparisonRequest &request);

}  // namespace crosscut::analysis
