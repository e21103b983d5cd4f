#include "agreement/agreementlevel.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace crosscut::ui::agreement {

Level levelOf(const std::optional<double> &value)
{
    if (!value)
        return Level::Undefined;
    if (*value < kLowLevel)
        return Level::Low;
    if (*value < kTentativeLevel)
        return Level::Tentative;
    return Level::Good;
}

QColor levelColor(Level level)
{
    switch (level) {
    case Level::Low: return QColor(0xf4, 0xb6, 0xb0);
    case Level::Tentative: return QColor(0xfb, 0xdf, 0x9d);
    case Level::Good: return QColor(0xd5, 0xee, 0xd0);
    case Level::Undefined: break;
    }
    return {};
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Low:
        return QCoreApplication::translate("crosscut::ui::agreement", "Below 0.67: too low to draw conclusions from");
    case Level::Tentative:
        return QCoreApplication::translate("crosscut::ui::agreement", "0.67 to 0.8: tentative conclusions only");
    case Level::Good: return QCoreApplication::translate("crosscut::ui::agreement", "0.8 or above: reliable");
    case Level::Undefined: break;
    }
    return {};
}

QString coefficientText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 3) : undefinedMark();
}

QString percentText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value * 100.0, 'f', 1) + QStringLiteral("%") : undefinedMark();
}

QString undefinedMark() { return QStringLiteral("—"); }

QVariant sortValue(const std::optional<double> &value)
{
    return value ? *value : std::numeric_limits<double>::lowest();
}

}  // namespace crosscut::ui::agreement
