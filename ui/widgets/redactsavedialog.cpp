#include "widgets/redactsavedialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>

namespace crosscut::ui {

QString getRedactableSaveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                                  bool *redact)
{
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.selectFile(suggested);
    auto *box = new QCheckBox(QCoreApplication::translate("RedactSaveDialog", "Redact names and identifying attributes"), &dialog);
    box->setObjectName(QStringLiteral("redactCheckBox"));
    box->setToolTip(QCoreApplication::translate(
        "RedactSaveDialog", "Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are "
                            "replaced inside quotes, attributes marked identifying are left out, and the file says "
                            "\"Redacted export\" at its top."));
    box->setChecked(redact && *redact);
    box->setVisible(redact != nullptr);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(box, grid->rowCount(), 0, 1, grid->columnCount());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (redact)
        *redact = box->isChecked();
    return dialog.selectedFiles().constFirst();
}

}  // namespace crosscut::ui
