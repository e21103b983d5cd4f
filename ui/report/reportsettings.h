#pragma once
// The report dialog's last choices, remembered per project in QSettings.
//
// Keyed by the project file's canonical path, not its guid: team copies
// and pseudonymised copies of one project share its guid, yet each lives
// in its own folder and wants its report beside itself, with its own
// choices (a copy for a partner may be redacted while the master is not).
// The path is hashed into the key, so the settings file holds no folder
// names of its own (the recent-projects list already names the file).

#include "render/reportdata.h"

#include <QString>

#include <optional>

namespace crosscut::ui {

struct ReportChoices {
    render::ReportOptions options;
    QString path;  // the report file
};

class ReportSettings {
public:
    // The choices last written for the project at `projectPath`, if any.
    static std::optional<ReportChoices> load(const QString &projectPath);
    // For an encrypted project only what holds nothing from inside it or
    // typed about it is kept (the file, format, sections, quotes per cell,
    // redaction): settings are not encrypted, and titles, code, attribute and
    // role names can say what the project is about.
    static void save(const QString &projectPath, const ReportChoices &choices, bool encrypted);
    // The QSettings group of a project: "reportDialog/<SHA-1 of its canonical path>".
    static QString group(const QString &projectPath);
};

}  // namespace crosscut::ui
