#pragma once
// Export of the agreement view: the report as CSV (core's agreementCsv, the
// file `crosscut-cli agreement --format csv` writes) or as an XLSX workbook
// (code points and measures per pair and the mean, the dimensions' cu-alpha);
// the disagreements as CSV (core's disagreementsCsv) or XLSX (a table of the
// stretches and a sheet of their text). The format comes from the suffix;
// files are written atomically.

#include "team/agreement.h"
#include "team/disagreements.h"
#include "util/result.h"

#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::ui::agreement {

Status exportAgreement(const team::AgreementReport &report, const QString &path);

struct DisagreementExport {
    QString coderA;
    QString coderB;
    QString codePath;
    QList<team::Disagreement> disagreements;
};
Status exportDisagreements(Project &project, const DisagreementExport &what, const QString &path);

}  // namespace crosscut::ui::agreement
