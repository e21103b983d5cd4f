#include "privacy/plainexportwarning.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace crosscut::ui {

bool confirmPlainExport(QWidget *parent, Project *project, const QString &title, const QString &path)
{
    if (!project || !project->isEncrypted())
        return true;
    const QString question = QCoreApplication::translate(
        "crosscut::ui::PlainExportWarning",
        "This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. "
        "Export anyway?");
    return QMessageBox::question(parent, title, question.arg(QDir::toNativeSeparators(path)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

}  // namespace crosscut::ui
