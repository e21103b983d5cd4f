#pragma once
// The report's "Collaboration network" section (issue #17): the measures of
// every wave by a case attribute, a generated summary of the key figures,
// the drawing (the waves side by side) and the three measure tables.

#include "network/measuretable.h"
#include "network/network.h"
#include "render/networkrenderer.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace crosscut {
class Project;
}
namespace crosscut::privacy {
class Redaction;
}

namespace crosscut::render {

struct NetworkReport {
    QString groupAttribute;
    QList<network::NetworkMeasures> waves;  // one per wave (or one "All waves")
    QList<network::Measure> measures;       // the order of `tables`
    QList<analysis::Table> tables;          // per measure: groups × waves
    analysis::Table totals;                 // per wave: cases, ties, mean ties, density, share of cross-group ties
    NetworkScene scene;                     // the waves side by side
    QString summary;                        // the key figures in sentences
};

// nullopt when the project has no ties. `group` is the --network-group of
// the report (an unknown attribute is an error); empty: `fallbackGroup` when
// it is a case attribute, else the first case attribute (not an identifying
// one in a redacted report). Redacted: cases drawn by their role labels.
Result<std::optional<NetworkReport>> collectNetworkReport(Project &project, const QString &group, const QString &fallbackGroup,
                                                          const privacy::Redaction &redaction);

// The summary sentences from the measures (exposed for tests).
QString networkSummary(const QList<network::NetworkMeasures> &waves, const QList<double> &crossShares, const QString &groupAttribute);

}  // namespace crosscut::render
