#pragma once
// The collaboration measures of several waves as analysis tables, one per
// measure (rows = the groups, columns = the waves), for the bar charts and
// the report's figures: average number of ties per group, average ratio of
// cross-group collaborations, E-I index.

#include "analysis/table.h"
#include "network/network.h"

#include <QList>
#include <QString>

#include <optional>

namespace crosscut::network {

enum class Measure { MeanTies, CrossRatio, EiIndex };

// "mean_ties", "cross_ratio", "ei_index" (the names of measuresJson).
std::optional<Measure> measureFromString(const QString &name);
QString toString(Measure measure);
// A reader's heading: "Average number of ties", …
QString measureTitle(Measure measure);

// The wave's label in a table or a drawing: the wave itself, "(no wave)"
// for ties without one, "All waves" for nullopt.
QString waveLabel(const std::optional<QString> &wave);

// Rows: every group of any wave, in name order, labelled "Group (n=k)"
// (k = its cases in the network; "n=k1, k2" when the waves differ, so a
// small group shows as such). Columns: the waves, in the order given. A
// group absent from a wave, or a ratio without a denominator, is an
// undefined cell (0, shown "—").
analysis::Table measureTable(const QList<NetworkMeasures> &waves, Measure measure, const QString &groupAttribute);

// The network of each wave for the views, the charts and the report: one
// graph per wave asked for, in that order; with no waves given, one per wave
// the ties carry (sorted), or a single "All waves" graph when the ties
// carry none. An unknown wave or kind is an error naming the known ones; an
// unknown group attribute one naming the case attributes (readGraph).
Result<QList<NetworkGraph>> readWaves(Project &project, const QString &groupAttribute, const QStringList &waves = {},
                                      const std::optional<QString> &kind = std::nullopt);

}  // namespace crosscut::network
