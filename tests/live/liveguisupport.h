#pragma once
// Helpers for the capture-window tests: the one QApplication, typing any
// text as key events, and keys sent where a user's keys go (the focus
// widget of the active window), so a test sees focus bugs a user would.

#include <QString>
#include <Qt>

class QWidget;

namespace crosscut::test {

// The QApplication of the test binary (created on first use).
void ensureApp();

// Types text into `widget` one code point per key event (QTest::keyClicks
// takes Latin-1 only); a surrogate pair travels in one event.
void typeText(QWidget *widget, const QString &text);

// The widget that has keyboard focus now (fails the test when none has).
QWidget *focused();
// Types text / presses a key wherever keyboard focus is.
void typeIntoFocus(const QString &text);
void pressInFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

}  // namespace crosscut::test
