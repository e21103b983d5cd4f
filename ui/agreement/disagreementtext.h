#pragma once
// The two sides of a disagreement as rich text for the list: the stretch
// with a little context either side (grey), and in each side the parts that
// coder coded in bold and underlined, so that where A and B differ shows
// at a glance. Long stretches keep their beginning and end.

#include "team/disagreements.h"

#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::ui::agreement {

struct DisagreementText {
    QString sideA;  // HTML
    QString sideB;  // HTML
    QString plain;  // the stretch's text, for tooltips
};

inline constexpr qint64 kContextCodePoints = 24;
inline constexpr qint64 kStretchShown = 260;  // longer stretches lose their middle

DisagreementText disagreementText(Project &project, const team::Disagreement &disagreement);

// Rich text of the code points [0, length) of `text` (a stretch), the
// parts inside `coded` (relative to the stretch) bold and underlined.
QString markedStretch(const QString &text, const QList<team::Span> &coded);

}  // namespace crosscut::ui::agreement
