#pragma once
// Records one key combination for a code, as the user presses it
// (Ctrl+Shift+S). Enter and Esc are left to the dialog around it (accept,
// cancel), Backspace or Delete clears, Tab moves on. (QKeySequenceEdit would
// record Enter as the second key of a sequence.)

#include <QKeySequence>
#include <QLineEdit>

namespace crosscut::ui {

class ShortcutEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit ShortcutEdit(QWidget *parent);

    QKeySequence keySequence() const { return m_sequence; }
    void setKeySequence(const QKeySequence &sequence);
    void clearSequence() { setKeySequence({}); }

Q_SIGNALS:
    void keySequenceChanged(const QKeySequence &sequence);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void showSequence();

    QKeySequence m_sequence;
};

}  // namespace crosscut::ui
