#pragma once
// How an agreement measure reads in the GUI: its text ("0.167", "60.0%", or
// "—" when undefined), the colour of its level (below 0.67 red, below 0.8
// amber, else a light green) and the number a column sorts by (an
// undefined measure sorts below every defined one).

#include <QColor>
#include <QString>
#include <QVariant>

#include <optional>

namespace crosscut::ui::agreement {

inline constexpr double kLowLevel = 0.67;
inline constexpr double kTentativeLevel = 0.8;

enum class Level { Undefined, Low, Tentative, Good };

Level levelOf(const std::optional<double> &value);
QColor levelColor(Level level);
// For a tooltip: "below 0.67: too low to rely on" and the like.
QString levelText(Level level);

QString coefficientText(const std::optional<double> &value);  // 3 decimals
QString percentText(const std::optional<double> &value);      // a fraction shown as a percentage
QString undefinedMark();                                      // "—"
QVariant sortValue(const std::optional<double> &value);

}  // namespace crosscut::ui::agreement
