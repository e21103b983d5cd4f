#pragma once
// Panels in the workbench's background tabs do not recompute on every
// project change: on a project of a million codings a matrix or chart
// recompute costs a second, and applying a code must stay instant. Such a
// panel marks itself stale and refreshes when it is shown again. A panel
// that is not part of a shown window (a dialog being built, a test driving
// it directly) keeps refreshing at once.

#include <QWidget>

namespace crosscut::ui {

inline bool deferWhileHidden(const QWidget *panel)
{
    return panel->window()->isVisible() && !panel->isVisible();
}

}  // namespace crosscut::ui
