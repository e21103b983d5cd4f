#pragma once
// The question every export of an encrypted project asks before it writes a
// file that is not encrypted.

#include <QString>

class QWidget;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

// True when the export may go ahead: the project is not encrypted, or the
// user said yes to writing `path` unencrypted.
bool confirmPlainExport(QWidget *parent, Project *project, const QString &title, const QString &path);

}  // namespace crosscut::ui
