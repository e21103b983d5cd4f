#pragma once
// The memo manager (Memos tab): every memo in one table — on the project, a
// document, a code, a quote, a case, and the live sessions' flags — with
// sortable columns (title, kind, attached to, author, modified), a filter row
// (kind, author, date range of the last change, search), the editor beside
// it showing what the memo is attached to and its context, the memo's
// history from the operation log (restoring a version is an ordinary,
// undoable edit) and Export… to HTML or DOCX (by the file's suffix) of the
// memos listed. Reads through core (analysis/memolist.h), writes through
// Project's memo operations.
//
// Signals for the workbench:
//   openQuoteRequested(documentId, start, end)  a memo on a quote (or a
//                                               flag) was activated (code points).
// Slots the workbench calls:
//   setNewMemoTarget(target, id)  what "New memo" attaches to, e.g. the code
//                                 or quote selected elsewhere.

#include "analysis/memolist.h"
#include "model/entities.h"
#include "util/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class MemoListModel;

class MemosPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemosPanel(crosscut::Project *project, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    MemoListModel *model() const { return m_model; }
    QComboBox *filterBox() const { return m_filter; }  // kind: all, or one kind
    QComboBox *authorBox() const { return m_author; }
    QCheckBox *dateCheck() const { return m_dates; }
    QDateEdit *sinceEdit() const { return m_since; }
    QDateEdit *untilEdit() const { return m_until; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *newKindBox() const { return m_newKind; }
    QComboBox *newTargetBox() const { return m_newTarget; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *aboutLabel() const { return m_about; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *historyButton() const { return m_historyButton; }
    QListWidget *historyList() const { return m_history; }
    QPlainTextEdit *historyPreview() const { return m_historyText; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *exportButton() const { return m_export; }

    std::optional<Id> selectedMemo() const;
    // Selects the memo's row (and shows it in the editor); false if not listed.
    bool selectMemo(Id memo);
    // Writes the listed memos to path (.html or .docx; see export/memoexport.h).
    Status exportTo(const QString &path);

public Q_SLOTS:
    void setNewMemoTarget(crosscut::MemoTarget target, std::optional<crosscut::Id> id);
    void reload();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id documentId, qint64 start, qint64 end);

private:
    void fillTargets();
    void fillAuthors();
    void applyFilter();
    void showSelected();
    void showHistory();
    void showVersion();
    void restoreVersion();
    void createMemo();
    void saveMemo();
    void deleteMemo();
    void exportClicked();
    void activated(const QModelIndex &index);
    void onChanged(const crosscut::ChangeList &changes);
    void report(const Status &status);

    Project *m_project;
    MemoListModel *m_model;
    QComboBox *m_filter;
    QComboBox *m_author;
    QCheckBox *m_dates;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_newKind;
    QComboBox *m_newTarget;
    QLabel *m_about;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_historyButton;
    QWidget *m_historyPane;
    QListWidget *m_history;
    QPlainTextEdit *m_historyText;
    QPushButton *m_restore;
    QPushButton *m_export;
    std::optional<Id> m_shown;        // the memo in the editor
    QString m_loadedTitle;            // what the editor was filled with (unsaved edits differ)
    QString m_loadedText;
    QList<analysis::MemoVersion> m_versions;  // of m_shown, as the history list shows them
    std::optional<Id> m_quoteTarget;  // a quote chosen elsewhere (quotes are not listed)
};

}  // namespace crosscut::ui
