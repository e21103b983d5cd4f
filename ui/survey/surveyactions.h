#pragma once
// The workbench side of surveys: File → Import survey… (SurveyImportDialog)
// and the Survey tab of the analysis dock (SurveyGridPanel), whose open
// answers open in the document view with the answer selected.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace crosscut::ui {

class MainWindow;
class SurveyGridPanel;

class SurveyActions : public QObject {
    Q_OBJECT
public:
    explicit SurveyActions(MainWindow *window);

    // Adds Import survey… to `menu`; the action goes to `projectActions`.
    void addTo(QMenu *menu, QList<QAction *> &projectActions);
    QAction *importAction() const { return m_import; }

    // Shows the import dialog on `path`; true when a survey was imported
    // (the Survey tab is then shown).
    bool importSurvey(const QString &path);
    void chooseAndImport();
    SurveyGridPanel *grid() const;
    // Brings the Survey tab forward.
    void showGrid();

private:
    void addGrid();

    MainWindow *m_window;
    QAction *m_import = nullptr;
    QPointer<SurveyGridPanel> m_grid;
};

}  // namespace crosscut::ui
