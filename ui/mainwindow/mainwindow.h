#pragma once
// The workbench window: document list and codebook docks, the quick-tagging
// strip over the document view, analysis tabs at the bottom, menus with
// undo/redo named after the operation, and a start page when no project is
// open. Per-project widgets are built when a project opens and dropped
// before it closes.

#include "project/integrity.h"
#include "project/project.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace crosscut::ui {

class CodebookPanel;
class CoderStatus;
class CodingController;
class DocumentListPanel;
class DocumentView;
class ExportActions;
class HubActions;
class SessionActions;
class InteropActions;
class QuickTagStrip;
class StartPage;
class TeamActions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Errors go to a message box when interactive, else to lastError() and
    // the status bar (tests and screenshots run without anyone to click OK).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }
    bool isInteractive() const { return m_interactive; }

    // Asks for the password of an encrypted project (again after a wrong
    // one); cancelling leaves the open project as it was.
    bool openProject(const QString &path);
    // Opens with a key already known (a new encrypted clone); errors as above.
    bool openWithKey(const QString &path, const ProjectKey &key);
    // The key the open project was opened with (empty for a plain one).
    const ProjectKey &projectKey() const { return m_projectKey; }
    // File → Encrypt project… and Change password…: close the project,
    // re-write the file, reopen it with the new key.
    bool encryptCurrentProject();
    bool changePassword();
    QAction *encryptAction() const { return m_encrypt; }
    QAction *changePasswordAction() const { return m_changePassword; }
    QWidget *lockIndicator() const { return m_lock; }
    bool newProject(const QString &path, const QString &codebookTemplate);
    void closeProject();
    bool importDocuments(const QStringList &paths);
    void showDocument(Id document);
    // Opens the document and selects [start, end) (code points).
    void openQuoteSpan(Id document, qint64 start, qint64 end);
    // Opens the last project, or shows the start page.
    void restoreSession();
    static QString demoProjectPath();

    Project *project() const { return m_project.get(); }
    DocumentView *documentView() const { return m_documentView; }
    CodebookPanel *codebook() const { return m_codebook; }
    CodingController *coding() const { return m_coding; }
    QuickTagStrip *quickTags() const { return m_quickTags; }
    DocumentListPanel *documentList() const { return m_documentList; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    InteropActions *interopActions() const { return m_interopActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    SessionActions *sessionActions() const { return m_sessionActions; }
    TeamActions *teamActions() const { return m_teamActions; }
    HubActions *hubActions() const { return m_hubActions; }
    // Opens the quick pick; returns the code applied, if any.
    std::optional<Id> quickPick();
    // Tools → Check project integrity: the report, shown in a box when
    // interactive.
    IntegrityReport checkProject();
    // Makes the analysis dock tall enough for every row of the matrix on
    // the current tab, up to half the window (run when a project opens).
    void fitAnalysisDock();

Q_SIGNALS:
    void projectOpened(crosscut::Project *project);
    void projectClosing();
    // The current coder was changed (settings or status bar).
    void coderChanged(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void buildWorkspace();
    void addAnalysisTabs();
    void updateTitle();
    void updateUndoActions();
    void updateStatus();
    void updateRecentMenu();
    void applyFontSize();
    void showError(const QString &message);
    // Takes over an opened project: the workspace, recent list and signals.
    void adoptProject(std::unique_ptr<Project> project, const QString &path, const ProjectKey &key);
    void updateEncryptionActions();
    // The intersectional template in the interface language (English when it does not ship in it).
    static QString interfaceTemplate();
    void chooseAndCreate(const QString &codebookTemplate);
    void chooseAndOpen();
    void chooseAndImport();
    void openDemo();
    void editSettings();
    // Asks who is coding once, if no name was ever chosen.
    void askCoderOnce();
    void setCoder(const QString &name);
    // Undo or redo, then show the text it changed.
    void replay(bool undoing);

    std::unique_ptr<Project> m_project;
    // The key the open project was opened with, in memory only (wiped when
    // it goes): Change password… checks the current one against it, and a
    // failed re-write reopens the project with it.
    ProjectKey m_projectKey;
    bool m_interactive = true;
    QString m_lastError;

    QStackedWidget *m_center;
    StartPage *m_startPage;
    QWidget *m_workspace = nullptr;
    DocumentView *m_documentView = nullptr;
    CodingController *m_coding = nullptr;
    QuickTagStrip *m_quickTags = nullptr;
    CodebookPanel *m_codebook = nullptr;
    DocumentListPanel *m_documentList = nullptr;
    QTabWidget *m_bottomTabs = nullptr;

    QDockWidget *m_documentsDock;
    QDockWidget *m_codebookDock;
    QDockWidget *m_bottomDock;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_codesMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    // The start page stands alone; the docks come back, as the user left
    // them, with a project.
    void showDocks(bool withProject);

    QHash<QDockWidget *, bool> m_dockWanted;
    InteropActions *m_interopActions = nullptr;
    ExportActions *m_exportActions = nullptr;
    SessionActions *m_sessionActions = nullptr;
    TeamActions *m_teamActions = nullptr;
    HubActions *m_hubActions = nullptr;
    QList<QAction *> m_projectActions;  // enabled only with a project open
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_encrypt = nullptr;
    QAction *m_changePassword = nullptr;
    QWidget *m_lock;
    QLabel *m_counts;
    CoderStatus *m_coderStatus;
    QTimer *m_statusTimer;
};

}  // namespace crosscut::ui
