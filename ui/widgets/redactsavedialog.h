#pragma once
// The save dialog of every export that can be redacted: Qt's own file dialog
// (a platform dialog cannot carry extra widgets) with a "Redact names and
// identifying attributes" checkbox, object name "redactCheckBox".

#include <QString>

class QWidget;

namespace crosscut::ui {

// The chosen path, or empty when cancelled. *redact gives the checkbox's
// first state and receives its last one (unchanged when cancelled).
QString getRedactableSaveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                                  bool *redact);

}  // namespace crosscut::ui
