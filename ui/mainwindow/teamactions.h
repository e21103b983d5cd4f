#pragma once
// Team coding in the workbench: View → Coders (whose codings the views
// show, CoderFilter), File → Merge project… (team::mergeProjects, one
// undoable operation, its report in a dialog) and File → Hand out a coder
// copy… (team::handout). The merge and the hand-out take their inputs as
// arguments too, so tests need no file dialog.

#include "coders/coderfilter.h"
#include "team/handout.h"
#include "team/merge.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace crosscut::ui {

class CodersMenu;
class MainWindow;

class TeamActions : public QObject {
    Q_OBJECT
public:
    explicit TeamActions(MainWindow *window);

    // Adds Merge project… and Hand out a coder copy… to `file`, Coders to
    // `view`; all enabled only with a project (they go to `projectActions`).
    void addToFile(QMenu *file, QList<QAction *> &projectActions);
    void addToView(QMenu *view, QList<QAction *> &projectActions);

    // The open project's filter (null without a project).
    CoderFilter *coderFilter() const { return m_filter; }
    CodersMenu *codersMenu() const { return m_codersMenu; }
    QAction *mergeAction() const { return m_merge; }
    QAction *handoutAction() const { return m_handout; }

    // Asks for the files and options, the password of each encrypted one,
    // merges them and shows the report.
    void chooseAndMerge();
    // Merges, asking the password of each encrypted file; an error goes to
    // lastError() (and a message box when the window is interactive).
    std::optional<team::MergeReport> merge(const QStringList &paths, const team::MergeOptions &options);
    // The hand-out dialog, then the copy.
    void chooseAndHandout();
    bool handout(const team::HandoutOptions &options);

    // The last error in words, empty after a success.
    QString lastError() const { return m_lastError; }

private:
    void projectOpened();
    void projectClosing();
    void fail(const QString &message);
    // The key of an encrypted copy (after `problem`, a wrong one); nullopt
    // when cancelled.
    std::optional<ProjectKey> askKey(const QString &path, const QString &problem);

    MainWindow *m_window;
    QPointer<CoderFilter> m_filter;
    CodersMenu *m_codersMenu = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_handout = nullptr;
    QString m_lastError;
};

}  // namespace crosscut::ui
