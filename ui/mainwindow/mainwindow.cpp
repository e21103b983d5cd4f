#include "mainwindow/mainwindow.h"

#include "codebook/codebookmodel.h"
#include "codebook/codebookpanel.h"
#include "codebook/codebooktemplate.h"
#include "coding/codingcontroller.h"
#include "coding/quickpick.h"
#include "coding/quicktagstrip.h"
#include "document/documentview.h"
#include "import/documentreader.h"
#include "live/livesession.h"
#include "live/utteranceactions.h"
#include "mainwindow/sessionactions.h"
#include "mainwindow/documentlistmodel.h"
#include "mainwindow/documentlistpanel.h"
#include "mainwindow/exportactions.h"
#include "mainwindow/interopactions.h"
#include "mainwindow/startpage.h"
#include "mainwindow/teamactions.h"
#include "survey/surveyactions.h"
#include "hub/hubactions.h"
#include "privacy/pseudonymisedialog.h"
#include "privacy/passworddialog.h"
#include "project/encryption.h"
#include "settings/appsettings.h"
#include "settings/coderdialog.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "widgets/scriptfonts.h"

#if __has_include("retrieval/retrievalpanel.h")
#include "retrieval/retrievalpanel.h"
#endif
#if __has_include("matrix/matrixpanel.h")
#include "matrix/matrixpanel.h"
#endif
#if __has_include("charts/chartspanel.h")
#include "charts/chartspanel.h"
#endif
#if __has_include("search/searchpanel.h")
#include "search/searchpanel.h"
#endif
#if __has_include("kwic/kwicpanel.h")
#include "kwic/kwicpanel.h"
#endif
#if __has_include("memos/memospanel.h")
#include "memos/memospanel.h"
#endif
#if __has_include("framework/frameworkpanel.h")
#include "framework/frameworkpanel.h"
#endif
#if __has_include("cases/casespanel.h")
#include "cases/casespanel.h"
#endif
#if __has_include("words/wordspanel.h")
#include "words/wordspanel.h"
#endif
#if __has_include("agreement/agreementactions.h")
#include "agreement/agreementactions.h"
#endif
#if __has_include("portraits/portraitpanel.h")
#include "portraits/portraitpanel.h"
#endif
#if __has_include("relations/relationspanel.h")
#include "relations/relationspanel.h"
#endif
#if __has_include("network/networkpanel.h")
#include "network/networkpanel.h"
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace crosscut::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_center(new QStackedWidget(this)), m_startPage(new StartPage(this)),
      m_documentsDock(new QDockWidget(tr("Documents"), this)), m_codebookDock(new QDockWidget(tr("Codebook"), this)),
      m_bottomDock(new QDockWidget(tr("Analysis"), this)), m_lock(new QWidget(this)), m_counts(new QLabel(this)), m_coderStatus(new CoderStatus(this)),
      m_statusTimer(new QTimer(this))
{
    installScriptFonts();  // Urdu shaped by a font that joins it, in every widget
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/crosscut.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_center->addWidget(m_startPage);
    setCentralWidget(m_center);
    {
        // The lock: shown while the open project is encrypted.
        m_lock->setObjectName(QStringLiteral("encryptedIndicator"));
        auto *lockLayout = new QHBoxLayout(m_lock);
        lockLayout->setContentsMargins(0, 0, 0, 0);
        lockLayout->setSpacing(4);
        auto *icon = new QLabel(m_lock);
        icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(16, 16));
        lockLayout->addWidget(icon);
        lockLayout->addWidget(new QLabel(tr("Encrypted"), m_lock));
        m_lock->setToolTip(tr("This project is encrypted: it opens only with its password or key file"));
        m_lock->hide();
    }
    statusBar()->addPermanentWidget(m_lock);
    statusBar()->addPermanentWidget(m_coderStatus);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_coderStatus, &CoderStatus::coderChosen, this, &MainWindow::setCoder);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(150);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    createDocks();
    createMenus();
    connect(m_startPage, &StartPage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::newFromTemplateRequested, this,
            [this] { chooseAndCreate(interfaceTemplate()); });
    connect(m_startPage, &StartPage::newEmptyRequested, this, [this] { chooseAndCreate(QStringLiteral("empty")); });
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_startPage, &StartPage::openRecentRequested, this, [this](const QString &path) { openProject(path); });
    resize(1280, 820);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    closeProject();
}

MainWindow::~MainWindow()
{
    // Widgets that observe the project go before it.
    closeProject();
}

void MainWindow::createDocks()
{
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_bottomDock})
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
    m_documentsDock->setObjectName(QStringLiteral("documentsDock"));
    m_codebookDock->setObjectName(QStringLiteral("codebookDock"));
    m_bottomDock->setObjectName(QStringLiteral("analysisDock"));
    // QMainWindow does not mirror its dock areas: in a right-to-left
    // interface (Urdu) the documents go on the right, where reading starts.
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    addDockWidget(mirrored ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea, m_documentsDock);
    addDockWidget(mirrored ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, m_codebookDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_bottomDock);
    resizeDocks({m_documentsDock, m_codebookDock}, {250, 290}, Qt::Horizontal);
    resizeDocks({m_bottomDock}, {220}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New project"));
    QAction *newTemplate = newMenu->addAction(tr("From the &intersectional template…"));
    newTemplate->setShortcut(QKeySequence::New);
    connect(newTemplate, &QAction::triggered, this, [this] { chooseAndCreate(interfaceTemplate()); });
    // The same codes (the same guids) named in another language, so that a
    // team working in two languages can merge its projects.
    QMenu *templateLanguages = newMenu->addMenu(tr("Intersectional template in &another language"));
    templateLanguages->setObjectName(QStringLiteral("templateLanguages"));
    for (const QString &language : codebook::intersectionalTemplateLanguages()) {
        QAction *action = templateLanguages->addAction(nativeLanguageName(language) + QStringLiteral("…"));
        action->setData(codebook::intersectionalTemplate(language));
        connect(action, &QAction::triggered, this,
                [this, language] { chooseAndCreate(codebook::intersectionalTemplate(language)); });
    }
    connect(newMenu->addAction(tr("&Empty…")), &QAction::triggered, this,
            [this] { chooseAndCreate(QStringLiteral("empty")); });
    QAction *open = file->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *demo = file->addAction(tr("Open the &demo project"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import documents…"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::chooseAndImport);
    m_projectActions << import;
    (new SurveyActions(this))->addTo(file, m_projectActions);  // found by findChild<SurveyActions *>()
    m_interopActions = new InteropActions(this);
    m_interopActions->addTo(file, m_projectActions);
    m_exportActions = new ExportActions(this);
    m_exportActions->addTo(file, m_projectActions);
    file->addSeparator();
    m_teamActions = new TeamActions(this);
    m_teamActions->addToFile(file, m_projectActions);
    m_hubActions = new HubActions(this);
    m_hubActions->addToFile(file);
    file->addSeparator();
    m_encrypt = file->addAction(tr("&Encrypt project…"));
    m_encrypt->setObjectName(QStringLiteral("encryptProject"));
    m_encrypt->setStatusTip(tr("Encrypts the project file with a password or key file"));
    connect(m_encrypt, &QAction::triggered, this, [this] { (void)encryptCurrentProject(); });
    m_changePassword = file->addAction(tr("Change &password…"));
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    connect(m_changePassword, &QAction::triggered, this, [this] { (void)changePassword(); });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close project"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &MainWindow::closeProject);
    m_projectActions << close;
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undo, &QAction::triggered, this, [this] { replay(true); });
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, this, [this] { replay(false); });
    edit->addSeparator();
    QAction *pick = edit->addAction(tr("Apply &code…"));
    pick->setObjectName(QStringLiteral("quickPick"));
    pick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(pick, &QAction::triggered, this, [this] { quickPick(); });
    m_projectActions << pick;
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::editSettings);

    m_codesMenu = menuBar()->addMenu(tr("&Codes"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *check = m_toolsMenu->addAction(tr("&Check project integrity…"));
    check->setObjectName(QStringLiteral("checkProject"));
    check->setStatusTip(tr("Checks the project file and every quote, coding and text position in it"));
    connect(check, &QAction::triggered, this, [this] { (void)checkProject(); });
    m_projectActions << check;
    QAction *pseudonymise = m_toolsMenu->addAction(tr("&Pseudonymise…"));
    pseudonymise->setObjectName(QStringLiteral("pseudonymise"));
    pseudonymise->setStatusTip(tr("Replaces real names with pseudonyms everywhere in the project, irreversibly"));
    connect(pseudonymise, &QAction::triggered, this, [this] {
        if (!m_project)
            return;
        // An open capture window keeps the roster's names in memory and
        // would write them back with the next utterance.
        if (!live::LiveSession::interruptedSessions(*m_project).isEmpty()) {
            showError(tr("End the live session first: names cannot be pseudonymised while a capture window is open."));
            return;
        }
        PseudonymiseDialog dialog(*m_project, this);
        dialog.setConfirm(m_interactive);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Pseudonymised: %n replacement(s); the history was erased", nullptr,
                                        dialog.summary().textOccurrences),
                                     8000);
    });
    m_projectActions << pseudonymise;
#if __has_include("agreement/agreementactions.h")
    (new AgreementActions(this))->addTo(m_toolsMenu, m_projectActions);
#endif

    m_sessionActions = new SessionActions(this);
    m_sessionActions->addTo(menuBar()->addMenu(tr("&Session")), m_projectActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_bottomDock}) {
        view->addAction(dock->toggleViewAction());
        m_projectActions << dock->toggleViewAction();  // no empty docks beside the start page
    }
    m_teamActions->addToView(view, m_projectActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&Keyboard coding")), &QAction::triggered, this, [this] {
        QMessageBox::information(
            this, tr("Keyboard coding"),
            tr("Select text, then:\n"
               "• a code's shortcut, or Ctrl+K and type part of its name, Enter\n"
               "• 1–9: the recent codes\n"
               "• click a value in the quick-tagging strip, once per dimension\n"
               "Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.\n"
               "Ctrl+Z undoes, Ctrl+Shift+Z redoes."));
    });
    connect(help->addAction(tr("&About Crosscut")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Crosscut"),
                           tr("<b>Crosscut</b> %1<br>A qualitative coding workbench for intersectional "
                              "programme evaluation.")
                               .arg(QStringLiteral(CROSSCUT_VERSION)));
    });
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : AppSettings::recentProjects())
        connect(m_recentMenu->addAction(path), &QAction::triggered, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 8000);
    if (m_interactive)
        QMessageBox::warning(this, tr("Crosscut"), message);
}

bool MainWindow::openProject(const QString &path)
{
    auto opened = Project::open(path);
    ProjectKey usedKey;
    if (!opened && opened.error().kind == ErrorKind::Encrypted) {
        // The password is asked for until it opens the project or the user
        // gives up; it lives in the dialog and the key only, never in settings.
        PasswordDialog dialog(PasswordDialog::Mode::Open, path, this);
        while (dialog.exec() == QDialog::Accepted) {
            Result<ProjectKey> key = dialog.currentKey();
            if (!key) {
                dialog.setProblem(key.message());
                continue;
            }
            opened = Project::open(path, *key);
            if (opened) {
                usedKey = *key;
                break;
            }
            if (opened.error().kind != ErrorKind::Encrypted)
                break;
            dialog.setProblem(key->isKeyFile() ? tr("This key file does not open the project. Try another.")
                                               : tr("Wrong password. Try again."));
        }
        if (dialog.result() != QDialog::Accepted)
            return false;  // cancelled: nothing changes
    }
    if (!opened) {
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), opened.message()));
        return false;
    }
    adoptProject(std::move(opened).value(), path, usedKey);
    return true;
}

bool MainWindow::openWithKey(const QString &path, const ProjectKey &key)
{
    auto opened = Project::open(path, key);
    if (!opened) {
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), opened.message()));
        return false;
    }
    adoptProject(std::move(opened).value(), path, key);
    return true;
}

void MainWindow::adoptProject(std::unique_ptr<Project> project, const QString &path, const ProjectKey &key)
{
    closeProject();
    m_project = std::move(project);
    m_projectKey = key;
    // A team project's copy codes as the coder the server knows it by (the
    // project sets it when it opens); elsewhere the name chosen here.
    const QString coder = AppSettings::coderName();
    if (!coder.isEmpty() && !m_project->isHubClone())
        m_project->setCurrentCoder(coder);
    // The recent list keeps the file's path only (never a key, nor anything
    // read from inside the project).
    AppSettings::addRecentProject(path);
    buildWorkspace();
    updateEncryptionActions();
    m_coderStatus->showCoder(m_project->currentCoder());
    if (coder.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::askCoderOnce);  // once the window shows the project
    // A damaged leftover -wal: the frames lost and where the copy was kept.
    for (const QString &warning : m_project->openWarnings())
        showError(warning);
    Q_EMIT projectOpened(m_project.get());
    m_sessionActions->resumeInterrupted();
}

void MainWindow::updateEncryptionActions()
{
    const bool encrypted = m_project && m_project->isEncrypted();
    m_encrypt->setEnabled(m_project && !encrypted);
    m_changePassword->setEnabled(encrypted);
    m_lock->setVisible(encrypted);
}

bool MainWindow::encryptCurrentProject()
{
    if (!m_project || m_project->isEncrypted())
        return false;
    const QString path = m_project->path();
    PasswordDialog dialog(PasswordDialog::Mode::Encrypt, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Result<ProjectKey> key = dialog.newKey();
    if (!key) {
        showError(tr("Cannot encrypt %1: %2").arg(QDir::toNativeSeparators(path), key.message()));
        return false;
    }
    // The file is re-written whole: this window lets go of it first.
    closeProject();
    if (Status s = encryptProject(path, *key); !s) {
        dialog.removeNewKeyFile();
        showError(tr("Cannot encrypt %1: %2").arg(QDir::toNativeSeparators(path), s.message()));
        openWithKey(path, {});  // as it was
        return false;
    }
    if (!openWithKey(path, *key))
        return false;
    statusBar()->showMessage(tr("The project is encrypted."), 8000);
    return true;
}

bool MainWindow::changePassword()
{
    if (!m_project || !m_project->isEncrypted())
        return false;
    const QString path = m_project->path();
    PasswordDialog dialog(PasswordDialog::Mode::ChangePassword, path, this);
    std::optional<ProjectKey> current;
    while (dialog.exec() == QDialog::Accepted) {
        // The current key is checked before the project closes (against the
        // one it was opened with: the file cannot be opened twice).
        Result<ProjectKey> key = dialog.currentKey();
        if (!key) {
            dialog.setProblem(key.message());
            continue;
        }
        if (key->isKeyFile() == m_projectKey.isKeyFile() && key->sqlcipherKey() == m_projectKey.sqlcipherKey()) {
            current = *key;
            break;
        }
        dialog.setProblem(key->isKeyFile() ? tr("This is not the project's key file. Try another.")
                                           : tr("The current password is wrong. Try again."));
    }
    if (!current)
        return false;
    Result<ProjectKey> newKey = dialog.newKey();
    if (!newKey) {
        showError(tr("Cannot change the password: %1").arg(newKey.message()));
        return false;
    }
    closeProject();
    if (Status s = rekeyProject(path, *current, *newKey); !s) {
        dialog.removeNewKeyFile();
        showError(tr("Cannot change the password: %1").arg(s.message()));
        openWithKey(path, *current);  // as it was
        return false;
    }
    if (!openWithKey(path, *newKey))
        return false;
    statusBar()->showMessage(tr("The password is changed."), 8000);
    return true;
}

bool MainWindow::newProject(const QString &path, const QString &codebookTemplate)
{
    if (QFileInfo::exists(path)) {
        showError(tr("%1 exists already; choose a new file name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    {
        auto created = Project::create(path);
        if (!created) {
            showError(tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), created.message()));
            return false;
        }
        if (codebookTemplate != QLatin1String("empty")) {
            if (Status s = codebook::applyTemplate(**created, codebookTemplate); !s) {
                showError(s.message());
                return false;
            }
        }
    }
    return openProject(path);
}

void MainWindow::closeProject()
{
    if (m_project) {
        // Capture windows hold the project: they close (saving their draft) first.
        m_sessionActions->closeCaptureWindows();
        Q_EMIT projectClosing();
    }
    m_center->setCurrentWidget(m_startPage);
    showDocks(false);
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_bottomDock}) {
        delete dock->widget();
        dock->setWidget(nullptr);
    }
    delete m_workspace;
    delete m_coding;
    m_workspace = nullptr;
    m_documentView = nullptr;
    m_quickTags = nullptr;
    m_coding = nullptr;
    m_codebook = nullptr;
    m_documentList = nullptr;
    m_bottomTabs = nullptr;
    m_codesMenu->clear();
    m_project.reset();
    m_projectKey = {};
    m_coderStatus->showCoder({});
    m_startPage->refresh(!demoProjectPath().isEmpty());
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(false);
    updateEncryptionActions();
    updateTitle();
    updateUndoActions();
    updateStatus();
}

void MainWindow::buildWorkspace()
{
    Project *project = m_project.get();
    m_workspace = new QWidget(this);
    m_documentView = new DocumentView(project, m_workspace);
    m_documentView->setSnapToWords(AppSettings::snapToWords());
    m_coding = new CodingController(project, m_documentView, this);
    auto *utterances = new UtteranceActions(project, m_documentView, m_workspace);
    utterances->setObjectName(QStringLiteral("utteranceActions"));
    connect(utterances, &UtteranceActions::failed, this, [this](const QString &message) { showError(message); });
    // The strip wraps its dimensions to the width (its height follows), so
    // it sits straight in the layout: no scrollbar hides a dimension.
    m_quickTags = new QuickTagStrip(project, m_coding, m_documentView, m_workspace);
    auto *layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_quickTags);
    layout->addWidget(m_documentView, 1);
    m_center->addWidget(m_workspace);
    m_center->setCurrentWidget(m_workspace);

    m_codebook = new CodebookPanel(project, m_codebookDock);
    m_codebookDock->setWidget(m_codebook);
    m_documentList = new DocumentListPanel(project, m_documentsDock);
    m_documentsDock->setWidget(m_documentList);
    m_bottomTabs = new QTabWidget(m_bottomDock);
    m_bottomTabs->setObjectName(QStringLiteral("analysisTabs"));
    m_bottomDock->setWidget(m_bottomTabs);
    addAnalysisTabs();

    showDocks(true);
    m_coding->installShortcuts(this);
    m_codesMenu->addActions(m_codebook->editActions());
    applyFontSize();

    connect(m_codebook, &CodebookPanel::applyRequested, m_coding, [this](Id code) { (void)m_coding->applyCode(code); });
    connect(m_codebook, &CodebookPanel::error, this, &MainWindow::showError);
    connect(m_codebook->model(), &CodebookModel::spanCoded, m_documentView,
            [this](Id quote, Id) { m_documentView->setCurrentQuote(quote); });
    connect(m_coding, &CodingController::error, this, [this](const QString &message) {
        m_lastError = message;
        statusBar()->showMessage(message, 6000);  // a gesture without a selection is not worth a dialog
    });
    connect(m_documentList, &DocumentListPanel::documentActivated, this, &MainWindow::showDocument);
    connect(project, &Project::changed, this, [this] {
        updateUndoActions();
        m_statusTimer->start();
    });
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(true);
    const QList<Document> docs = project->documents();
    if (!docs.isEmpty())
        m_documentList->selectDocument(docs.first().id);
    updateTitle();
    updateUndoActions();
    updateStatus();
}

IntegrityReport MainWindow::checkProject()
{
    if (!m_project)
        return {};
    const IntegrityReport report = checkIntegrity(*m_project);
    const QString title = tr("Check project integrity");
    if (report.ok()) {
        statusBar()->showMessage(tr("The project is consistent: %n check(s) passed.", nullptr,
                                    static_cast<int>(report.passed.size())), 8000);
        if (m_interactive)
            QMessageBox::information(this, title,
                                     tr("The project is consistent.") + QStringLiteral("\n\n• ")
                                         + report.passed.join(QStringLiteral("\n• ")));
    } else {
        m_lastError = report.problems.join(u'\n');
        if (m_interactive)
            QMessageBox::warning(this, title,
                                 tr("%n problem(s) found. Keep a copy of the file before changing it, and restore "
                                    "from a backup if quotes are damaged.", nullptr,
                                    static_cast<int>(report.problems.size()))
                                     + QStringLiteral("\n\n• ") + report.problems.join(QStringLiteral("\n• ")));
    }
    return report;
}

void MainWindow::fitAnalysisDock()
{
#if __has_include("matrix/matrixpanel.h")
    if (!m_bottomTabs || !m_bottomDock->isVisible() || m_bottomDock->isFloating())
        return;
    auto *matrix = qobject_cast<MatrixPanel *>(m_bottomTabs->currentWidget());
    if (!matrix)
        return;
    const int missing = matrix->missingHeight();
    if (missing <= 0)
        return;
    const int target = std::min(m_bottomDock->height() + missing, height() / 2);
    if (target > m_bottomDock->height())
        resizeDocks({m_bottomDock}, {target}, Qt::Vertical);
#endif
}

void MainWindow::showDocks(bool withProject)
{
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_bottomDock}) {
        if (withProject) {
            dock->setVisible(m_dockWanted.value(dock, true));
        } else {
            if (!m_dockWanted.contains(dock) || dock->widget())
                m_dockWanted.insert(dock, !dock->isHidden());
            dock->hide();
        }
    }
}

void MainWindow::openQuoteSpan(Id document, qint64 start, qint64 end)
{
    if (!m_documentView)
        return;
    showDocument(document);
    m_documentView->selectSpan({start, end});
    m_documentView->ensureCursorVisible();
    m_documentView->setFocus();
}

void MainWindow::addAnalysisTabs()
{
    // The analysis panels live in their own folders of ui/; each is built
    // in when present. Every one observes the project itself.
    Project *project = m_project.get();
    auto openQuote = [this](Id document, qint64 start, qint64 end) { openQuoteSpan(document, start, end); };
#if __has_include("retrieval/retrievalpanel.h")
    auto *retrieval = new RetrievalPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(retrieval, tr("Quotes"));
    connect(retrieval, &RetrievalPanel::openQuoteRequested, this, openQuote);
#endif
#if __has_include("matrix/matrixpanel.h")
    auto *matrix = new MatrixPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(matrix, tr("Matrix"));
    // The conceptual-model matrix is what a project opens on.
    m_bottomTabs->setCurrentWidget(matrix);
    // Once the window is laid out (at start-up, after it is shown).
    QTimer::singleShot(0, this, &MainWindow::fitAnalysisDock);
    QTimer::singleShot(250, this, &MainWindow::fitAnalysisDock);
#if __has_include("retrieval/retrievalpanel.h")
    connect(matrix, &MatrixPanel::showQuotesRequested, retrieval,
            [this, retrieval](const QList<Id> &quotes, const QString &title) {
                retrieval->showQuotes(quotes, title);
                m_bottomTabs->setCurrentWidget(retrieval);
            });
#endif
#endif
#if __has_include("charts/chartspanel.h")
    auto *charts = new ChartsPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(charts, tr("Chart"));
#if __has_include("matrix/matrixpanel.h")
    connect(matrix, &MatrixPanel::requestChanged, charts, &ChartsPanel::setRequest);
#endif
#endif
#if __has_include("search/searchpanel.h")
    auto *search = new SearchPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(search, tr("Search"));
    connect(search, &SearchPanel::openQuoteRequested, this, openQuote);
#endif
#if __has_include("kwic/kwicpanel.h")
    auto *kwic = new KwicPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(kwic, tr("KWIC"));
    connect(kwic, &KwicPanel::openQuoteRequested, this, openQuote);
#endif
#if __has_include("memos/memospanel.h")
    auto *memos = new MemosPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(memos, tr("Memos"));
    connect(memos, &MemosPanel::openQuoteRequested, this, openQuote);
#endif
#if __has_include("framework/frameworkpanel.h")
    auto *framework = new FrameworkPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(framework, tr("Framework"));
    connect(framework, &FrameworkPanel::openQuoteRequested, this, openQuote);
#endif
#if __has_include("cases/casespanel.h")
    auto *cases = new CasesPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(cases, tr("Cases"));
    connect(cases, &CasesPanel::openDocumentRequested, this, &MainWindow::showDocument);
#endif
#if __has_include("words/wordspanel.h")
    // Word frequencies; a double-clicked word opens in the KWIC tab.
    auto *words = new WordsPanel(project, m_bottomTabs);
    words->setObjectName(QStringLiteral("wordsPanel"));
    m_bottomTabs->addTab(words, tr("Words"));
#if __has_include("kwic/kwicpanel.h")
    connect(words, &WordsPanel::kwicRequested, kwic, [this, kwic](const QString &word) {
        kwic->showKeyword(word);
        m_bottomTabs->setCurrentWidget(kwic);
    });
#endif
#endif
#if __has_include("portraits/portraitpanel.h")
    // Document portraits: the current document's strip, or every document's.
    auto *portraits = new PortraitPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(portraits, tr("Portrait"));
    connect(portraits, &PortraitPanel::openQuoteRequested, this, openQuote);
    connect(m_documentList, &DocumentListPanel::documentActivated, portraits, &PortraitPanel::setDocument);
    if (m_documentView && m_documentView->documentId())
        portraits->setDocument(*m_documentView->documentId());
#endif
#if __has_include("relations/relationspanel.h")
    // Code relations: co-occurrence table and network; a cell's quotes go to the Quotes tab.
    auto *relations = new RelationsPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(relations, tr("Code relations"));
#if __has_include("retrieval/retrievalpanel.h")
    connect(relations, &RelationsPanel::showQuotesRequested, retrieval,
            [this, retrieval](const QList<Id> &quotes, const QString &title) {
                retrieval->showQuotes(quotes, title);
                m_bottomTabs->setCurrentWidget(retrieval);
            });
#endif
#endif
#if __has_include("network/networkpanel.h")
    auto *network = new NetworkPanel(project, m_bottomTabs);
    m_bottomTabs->addTab(network, tr("Network"));
    connect(network, &NetworkPanel::openQuoteRequested, this, openQuote);
#endif
    Q_UNUSED(project);
    Q_UNUSED(openQuote);
}

void MainWindow::showDocument(Id document)
{
    if (!m_documentView || m_documentView->documentId() == document)
        return;
    m_documentView->showDocument(document);
    m_documentList->selectDocument(document);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Crosscut"));
        return;
    }
    QString title = m_project->name();
    if (m_documentView && m_documentView->documentId())
        if (const auto d = m_project->document(*m_documentView->documentId()))
            title = d->name + QStringLiteral(" — ") + title;
    if (m_project->isEncrypted())
        title = QStringLiteral("🔒 ") + title + tr(" (encrypted)");
    setWindowTitle(title + QStringLiteral(" — Crosscut"));
}

void MainWindow::updateUndoActions()
{
    const bool canUndo = m_project && m_project->canUndo();
    const bool canRedo = m_project && m_project->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(m_project->undoLabel()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(m_project->redoLabel()) : tr("&Redo"));
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_counts->clear();
        return;
    }
    const int documents = m_documentList ? m_documentList->model()->rowCount() : 0;
    const int codes = m_codebook ? int(m_codebook->model()->codes().size()) : 0;
    m_counts->setText(tr("%n document(s)", "", documents) + QStringLiteral(" · ") + tr("%n code(s)", "", codes) +
                      QStringLiteral(" · ") +
                      tr("%n quote(s)", "", m_documentList ? m_documentList->model()->totalQuotes() : 0) +
                      QStringLiteral(" · ") + tr("%n coding(s)", "", m_project->codingCount()));
}

void MainWindow::applyFontSize()
{
    if (!m_documentView)
        return;
    QFont font = QApplication::font();
    const int size = AppSettings::fontSize();
    if (size > 0)
        font.setPointSize(size);
    else
        font.setPointSizeF(font.pointSizeF() * 1.15);  // transcripts read a little larger than the chrome
    m_documentView->setFont(font);
}

std::optional<Id> MainWindow::quickPick()
{
    if (!m_project)
        return std::nullopt;
    QuickPick dialog(m_project.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const std::optional<Id> code = dialog.chosenCode();
    if (code)
        (void)m_coding->applyCode(*code);
    return code;
}

bool MainWindow::importDocuments(const QStringList &paths)
{
    if (!m_project || paths.isEmpty())
        return false;
    const Result<QList<Id>> ids = import::importFiles(*m_project, paths);
    if (!ids) {
        showError(tr("Nothing was imported: %1").arg(ids.message()));
        return false;
    }
    statusBar()->showMessage(tr("Imported %n document(s).", "", int(ids->size())), 5000);
    if (!ids->isEmpty())
        showDocument(ids->first());
    return true;
}

QString MainWindow::interfaceTemplate()
{
    const QString name = codebook::intersectionalTemplate(installedLanguage());
    return name.isEmpty() ? QStringLiteral("intersectional") : name;
}

void MainWindow::chooseAndCreate(const QString &codebookTemplate)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), QDir::homePath(),
                                                      tr("Crosscut projects (*.crosscut)"));
    if (path.isEmpty())
        return;
    newProject(path.endsWith(QLatin1String(".crosscut")) ? path : path + QStringLiteral(".crosscut"), codebookTemplate);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QDir::homePath(),
                                                      tr("Crosscut projects (*.crosscut);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseAndImport()
{
    QStringList patterns;
    for (const QString &ext : import::supportedExtensions())
        patterns << QStringLiteral("*.") + ext;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import documents"), QDir::homePath(), tr("Transcripts (%1)").arg(patterns.join(u' ')));
    importDocuments(paths);
}

QString MainWindow::demoProjectPath()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("CROSSCUT_DEMO_PROJECT");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
#ifdef CROSSCUT_DEMO_PROJECT
    candidates << QStringLiteral(CROSSCUT_DEMO_PROJECT);
#endif
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/crosscut/demo.crosscut")
               << QCoreApplication::applicationDirPath() + QStringLiteral("/../resources/demo/demo.crosscut");
    for (const QString &c : std::as_const(candidates))
        if (QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    return {};
}

void MainWindow::openDemo()
{
    const QString demo = demoProjectPath();
    if (demo.isEmpty()) {
        showError(tr("The demo project is not installed."));
        return;
    }
    // Work on a copy so the installed demo stays pristine.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString copy = dir + QStringLiteral("/demo.crosscut");
    if (!QFileInfo::exists(copy) && !QFile::copy(demo, copy)) {
        showError(tr("Cannot copy the demo project to %1.").arg(QDir::toNativeSeparators(copy)));
        return;
    }
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::WriteOwner);
    openProject(copy);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    applyFontSize();
    if (m_documentView)
        m_documentView->setSnapToWords(AppSettings::snapToWords());
    if (!AppSettings::coderName().isEmpty())
        setCoder(AppSettings::coderName());
}

void MainWindow::askCoderOnce()
{
    // Not while a test or a screenshot drives the window, nor once chosen.
    if (!m_interactive || !m_project || !AppSettings::coderName().isEmpty())
        return;
    const QString name = CoderDialog::ask(this);
    if (!name.isEmpty())
        setCoder(name);
}

void MainWindow::setCoder(const QString &name)
{
    if (!m_project)
        return;
    if (m_project->isHubClone() && name != m_project->currentCoder()) {
        showError(tr("This is a copy of a team project: it codes as %1, the coder the team server knows it by.")
                      .arg(m_project->currentCoder()));
        return;
    }
    m_project->setCurrentCoder(name);
    m_coderStatus->showCoder(name);
    Q_EMIT coderChanged(name);
}

void MainWindow::replay(bool undoing)
{
    if (!m_project)
        return;
    const QString label = undoing ? m_project->undoLabel() : m_project->redoLabel();
    if (Status s = undoing ? m_project->undo() : m_project->redo(); !s) {
        showError(s.message());
        return;
    }
    if (const std::optional<DocumentSpan> span = m_project->replayedSpan())
        openQuoteSpan(span->document, span->start, span->end);
    statusBar()->showMessage(undoing ? tr("Undone: %1").arg(label) : tr("Redone: %1").arg(label), 5000);
}

void MainWindow::restoreSession()
{
    const QStringList recent = AppSettings::recentProjects();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        const bool interactive = m_interactive;
        m_interactive = false;  // a stale recent entry falls back to the start page quietly
        openProject(recent.first());
        m_interactive = interactive;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_project)
        showDocks(true);  // the layout saved is the workbench's, not the start page's
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    closeProject();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".crosscut"))) {
        openProject(paths.first());
    } else if (m_project) {
        importDocuments(paths);
    }
    event->acceptProposedAction();
}

}  // namespace crosscut::ui
