#include "codebook/shortcutedit.h"

#include <QKeyEvent>

namespace crosscut::ui {

namespace {

constexpr Qt::KeyboardModifiers kRecorded = Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier;

bool isModifierKey(int key)
{
    return key == Qt::Key_Control || key == Qt::Key_Shift || key == Qt::Key_Alt || key == Qt::Key_Meta ||
           key == Qt::Key_AltGr || key == Qt::Key_Super_L || key == Qt::Key_Super_R || key == Qt::Key_unknown;
}

// The keys that act on the dialog or the field instead of being recorded.
bool isControlKey(const QKeyEvent *event)
{
    if ((event->modifiers() & kRecorded) != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return true;
    default:
        return false;
    }
}

}  // namespace

ShortcutEdit::ShortcutEdit(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("shortcutEdit"));
    setReadOnly(true);  // typed keys are recorded, never inserted
    setPlaceholderText(tr("Press a key combination"));
    setClearButtonEnabled(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAttribute(Qt::WA_InputMethodEnabled, false);
}

void ShortcutEdit::setKeySequence(const QKeySequence &sequence)
{
    // Only the first combination: one key press applies a code.
    const QKeySequence one = sequence.isEmpty() ? QKeySequence() : QKeySequence(sequence[0]);
    const bool changed = one != m_sequence;
    m_sequence = one;
    showSequence();
    if (changed)
        Q_EMIT keySequenceChanged(m_sequence);
}

void ShortcutEdit::showSequence() { setText(m_sequence.toString(QKeySequence::NativeText)); }

bool ShortcutEdit::event(QEvent *event)
{
    // Keys that are some window's shortcut reach the field first, so that
    // they can be recorded instead of triggering it.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isControlKey(key)) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void ShortcutEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (isControlKey(event)) {
        if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
            clearSequence();
            event->accept();
            return;
        }
        event->ignore();  // Enter, Esc, Tab: the dialog's
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & kRecorded;
    if (isModifierKey(key)) {
        // Show what is held so far, "Ctrl+Shift+".
        QString held;
        if (modifiers & Qt::MetaModifier)
            held += QStringLiteral("Meta+");
        if (modifiers & Qt::ControlModifier)
            held += QStringLiteral("Ctrl+");
        if (modifiers & Qt::AltModifier)
            held += QStringLiteral("Alt+");
        if (modifiers & Qt::ShiftModifier)
            held += QStringLiteral("Shift+");
        setText(held);
        event->accept();
        return;
    }
    setKeySequence(QKeySequence(QKeyCombination(modifiers, Qt::Key(key))));
    event->accept();
}

void ShortcutEdit::keyReleaseEvent(QKeyEvent *event)
{
    // Modifiers let go without a key: back to what was recorded.
    if (isModifierKey(event->key()))
        showSequence();
    QLineEdit::keyReleaseEvent(event);
}

}  // namespace crosscut::ui
