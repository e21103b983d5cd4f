#pragma once
// Asks for the key that applies one code: a single combination with Ctrl,
// Alt or Meta, or a function key. Enter accepts, Esc cancels, Backspace
// clears. A key taken by a menu command is refused with a message; one
// taken by another code is named, and moves to this code on OK.

#include "project/project.h"

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QDialogButtonBox;
class QLabel;

namespace crosscut::ui {

class ShortcutEdit;

class ShortcutDialog : public QDialog {
    Q_OBJECT
public:
    // `reserved`: the window's own shortcuts, with the command each runs.
    ShortcutDialog(Project *project, Id code, QHash<QKeySequence, QString> reserved, QWidget *parent);

    ShortcutEdit *edit() const { return m_edit; }
    QLabel *message() const { return m_message; }
    // The shortcut as stored ("Ctrl+Shift+S"); empty: none.
    QString shortcut() const;
    // Why the key pressed cannot be this code's shortcut; empty when it can.
    QString problem() const { return m_problem; }

private:
    void check();

    Project *m_project;
    Id m_code;
    QHash<QKeySequence, QString> m_reserved;
    ShortcutEdit *m_edit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

}  // namespace crosscut::ui
