#pragma once
// Memos panel: the memos on the project, its documents, codes, quotes and
// cases — listed (filterable by what they are about), edited, created and
// deleted through Project's memo operations.
//
// Signals for the workbench:
//   openQuoteRequested(documentId, start, end)  a memo on a quote was
//                                               activated (code points).
// Slots the workbench calls:
//   setNewMemoTarget(target, id)  what "New memo" attaches to, e.g. the code
//                                 or quote selected elsewhere.
// The panel refreshes itself on Project::changed (memo and target tables).

#include "model/entities.h"
#include "util/result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class MemosPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemosPanel(crosscut::Project *project, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QComboBox *filterBox() const { return m_filter; }
    QComboBox *newKindBox() const { return m_newKind; }
    QComboBox *newTargetBox() const { return m_newTarget; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    std::optional<Id> selectedMemo() const;
    // Selects the memo's row (and shows it in the editor); false if not listed.
    bool selectMemo(Id memo);

public Q_SLOTS:
    void setNewMemoTarget(crosscut::MemoTarget target, std::optional<crosscut::Id> id);
    void reload();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id documentId, qint64 start, qint64 end);

private:
    void fillTargets();
    void showSelected();
    void createMemo();
    void saveMemo();
    void deleteMemo();
    void onChanged(const crosscut::ChangeList &changes);
    QString describeTarget(const Memo &memo);
    void report(const Status &status);

    Project *m_project;
    QComboBox *m_filter;
    QListWidget *m_list;
    QComboBox *m_newKind;
    QComboBox *m_newTarget;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    std::optional<Id> m_quoteTarget;  // a quote chosen elsewhere (quotes are not listed)
};

}  // namespace crosscut::ui
