#pragma once
// File → Import REFI-QDA project / codebook: the workbench side of
// core/interop. The actions take their paths as parameters so that tests
// drive them without a file dialog; the menu slots ask for the paths.

#include "interop/refiqda.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace crosscut::ui {

class MainWindow;

class InteropActions : public QObject {
    Q_OBJECT
public:
    explicit InteropActions(MainWindow *window);

    // Adds the import actions to `menu`; those that need an open project go
    // to `projectActions` (enabled only while one is open).
    void addTo(QMenu *menu, QList<QAction *> &projectActions);

    // Creates `destination` (a new .crosscut file) from the .qdpx at
    // `source` through the same core import the CLI uses, shows the summary
    // and opens the new project. On failure nothing is created.
    // When sources' texts are missing from the archive, a question lists them
    // and offers "Import what is there" (the CLI's --skip-missing-sources);
    // without a user to ask (not interactive) the import is refused, naming
    // them.
    bool importProject(const QString &source, const QString &destination);
    // Merges the .qdc codebook into the open project as one undoable step.
    bool importCodebook(const QString &qdcPath);

    // The last summary shown, or error reported (what the dialog said).
    QString lastMessage() const { return m_lastMessage; }

    void chooseAndImportProject();
    void chooseAndImportCodebook();

private:
    void inform(const QString &title, const QString &text);
    void fail(const QString &title, const QString &text);
    // Asks whether to import without the sources listed; false when declined.
    bool confirmWithoutMissing(const QString &source, const QStringList &missing);

    MainWindow *m_window;
    QString m_lastMessage;
};

}  // namespace crosscut::ui
