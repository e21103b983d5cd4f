#pragma once
// The memo on one code or quote, written from its context menu: the memo
// already on it is edited (the first, if several), else a new one is
// written (or, from "New memo on this …", always a new one). Stored in the project's memo table, so the Memos tab lists it;
// each save is one undoable operation. Emptying title and text deletes it.

#include "project/project.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace crosscut::ui {

class MemoDialog : public QDialog {
    Q_OBJECT
public:
    // NewMemo always writes another memo ("New memo on this quote…");
    // EditFirst edits the memo already on the target, if any ("Memo…").
    enum class Mode { EditFirst, NewMemo };
    MemoDialog(Project *project, MemoTarget target, Id targetId, QWidget *parent, Mode mode = Mode::EditFirst);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    std::optional<Id> memo() const { return m_memo; }
    // Writes what the dialog holds (nothing when nothing changed).
    Status save();

    // Shows the dialog for the target and saves on OK.
    static Status edit(Project *project, MemoTarget target, Id targetId, QWidget *parent);
    // Shows an empty dialog for a new memo on the target and writes it on OK.
    static Status create(Project *project, MemoTarget target, Id targetId, QWidget *parent);

private:
    Project *m_project;
    MemoTarget m_target;
    Id m_targetId;
    std::optional<Id> m_memo;
    QString m_savedTitle;
    QString m_savedText;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
};

}  // namespace crosscut::ui
