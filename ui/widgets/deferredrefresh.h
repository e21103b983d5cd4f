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

class DeferredPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

protected:
    // True when the panel should wait until shown; it then refreshes itself
    // through refreshStale() once it is.
    bool deferWhileHidden()
    {
        const bool defer = !isVisible() && (window() != this || window()->isVisible());
        m_stale = m_stale || defer;
        return defer;
    }
    // Brings a stale panel up to date: everything it shows, recomputed.
    virtual void refreshStale() = 0;

    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        if (m_stale) {
            m_stale = false;
            refreshStale();
        }
    }

private:
    bool m_stale = false;
};

}  // namespace crosscut::ui
