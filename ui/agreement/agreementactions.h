#pragma once
// Tools → Agreement…: opens the agreement view (AgreementView) in a dock
// of the workbench, tabbed with the analysis dock, for the open project.
// The view goes when the project closes; double-clicking a disagreement
// shows its span in the document view.

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace crosscut::ui {

class AgreementView;
class MainWindow;

class AgreementActions : public QObject {
    Q_OBJECT
public:
    explicit AgreementActions(MainWindow *window);

    // Adds Agreement… to `menu` (Tools); the action goes to `projectActions`.
    void addTo(QMenu *menu, QList<QAction *> &projectActions);

    // Opens (or raises) the view; nullptr without a project.
    AgreementView *show();
    AgreementView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    QAction *action() const { return m_action; }

private:
    void drop();

    MainWindow *m_window;
    QAction *m_action = nullptr;
    QDockWidget *m_dock = nullptr;
    AgreementView *m_view = nullptr;
};

}  // namespace crosscut::ui
