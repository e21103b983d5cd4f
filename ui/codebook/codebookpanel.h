#pragma once
// The codebook dock: the code tree with its editing actions (create,
// rename, describe, memo, recolour, shortcut, merge, delete). Double-click
// on a code asks the coding controller to apply it.

#include "project/project.h"

#include <QWidget>

class QTreeView;
class QAction;
class QTimer;

namespace crosscut::ui {

class CodebookModel;

class CodebookPanel : public QWidget {
    Q_OBJECT
public:
    CodebookPanel(Project *project, QWidget *parent);

    CodebookModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    std::optional<Id> selectedCode() const;
    void selectCode(Id code);
    QList<QAction *> editActions() const;

    // The editing steps, also used by the menus and tests.
    void newCode(bool asChild);
    void deleteCode(Id code, bool confirm = true);
    void mergeCode(Id from);
    void recolorCode(Id code);
    void editShortcut(Id code);
    void editDescription(Id code);
    void editMemo(Id code);

Q_SIGNALS:
    void applyRequested(crosscut::Id code);
    void error(const QString &message);

private:
    void report(const Status &status);
    void updateActions();
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Project *m_project;
    CodebookModel *m_model;
    QTreeView *m_tree;
    QTimer *m_fitTimer;
    QAction *m_new;
    QAction *m_newChild;
    QAction *m_rename;
    QAction *m_describe;
    QAction *m_memo;
    QAction *m_newMemo;  // always another memo (the memo manager lists them all)
    QAction *m_color;
    QAction *m_shortcut;
    QAction *m_merge;
    QAction *m_delete;
};

}  // namespace crosscut::ui
