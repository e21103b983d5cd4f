#pragma once
// Panels in the workbench's background tabs do not recompute on every
// project change: on a project of a million codings a matrix or chart
// recompute costs a second, and applying a code must stay instant. Such a
// panel marks itself stale and refreshes when it is shown again; so does a
// panel of a window still being built, so opening a project computes only
// what is on screen. A stand-alone panel (a test driving it directly)
// refreshes at once.

#include <QWidget>

namespace crosscut::ui {

inline bool deferWhileHidden(const QWidget *panel)
{
    return !panel->isVisible() && (panel->window() != panel || panel->window()->isVisible());
}

}  // namespace crosscut::ui
