#pragma once
// The report's sections as the dialog offers them: a stable key for the
// settings and a translated label. Kept here rather than calling
// render::toString(ReportSection) so the dialog does not depend on when that
// lands; the keys are the CLI's names.

#include "render/reportdata.h"

#include <QList>
#include <QString>

#include <optional>

namespace crosscut::ui {

struct SectionChoice {
    render::ReportSection section;
    QString key;    // "summary", "methods", …
    QString label;  // translated
};

// Every section, in the order of the report.
QList<SectionChoice> sectionChoices();
std::optional<render::ReportSection> sectionFromKey(const QString &key);
QString sectionKey(render::ReportSection section);

}  // namespace crosscut::ui
