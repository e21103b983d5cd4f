#pragma once
// Who is coding. Asked once, when the workbench first opens a project and
// no name has been chosen; kept in the settings (AppSettings::coderName),
// changeable there and from the status bar, where CoderStatus shows it.
// Every coding, memo and operation is recorded under that name.

#include <QDialog>
#include <QToolButton>

class QDialogButtonBox;
class QLineEdit;

namespace crosscut::ui {

class CoderDialog : public QDialog {
    Q_OBJECT
public:
    explicit CoderDialog(QWidget *parent);
    QLineEdit *nameEdit() const { return m_name; }
    QString name() const;

    // Asks for the name and keeps it in the settings; empty when cancelled.
    static QString ask(QWidget *parent);

private:
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

// "Coder: Aigerim" in the status bar; a click changes it.
class CoderStatus : public QToolButton {
    Q_OBJECT
public:
    explicit CoderStatus(QWidget *parent);
    // The name shown (the project's current coder); empty hides it.
    void showCoder(const QString &name);

Q_SIGNALS:
    // A new name was chosen and kept in the settings.
    void coderChosen(const QString &name);
};

}  // namespace crosscut::ui
