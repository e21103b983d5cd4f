#pragma once
// File → Export: the evaluation report, a REFI-QDA project or codebook, the
// codings as CSV — written by render::exportProjectFile, the function
// `crosscut-cli export` calls, so the GUI and the CLI write the same files.
// The actions take the target path so tests need no file dialog. The save
// dialog has a "Redact names and identifying attributes" checkbox
// (privacy/redaction.h); its state is kept for the next export. The
// evaluation report has its own dialog (report/reportdialog.h) whose choices
// are remembered per project (report/reportsettings.h).

#include "render/reportdata.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace crosscut::ui {

class MainWindow;

class ExportActions : public QObject {
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

    // Adds the Export submenu to `menu`; its actions go to `projectActions`.
    void addTo(QMenu *menu, QList<QAction *> &projectActions);

    // The report format comes from the suffix (.pdf, .odt, .html, .xlsx);
    // rows, columns and quotes per cell are the CLI report's defaults.
    bool exportReport(const QString &path);
    // With the report dialog's options; options.redact decides redaction.
    bool exportReport(const QString &path, const render::ReportOptions &options);
    // File → Export → Evaluation report…: the report dialog, filled with the
    // choices last used for this project; OK writes the report.
    void chooseAndExportReport();
    bool exportRefiProject(const QString &path);
    bool exportCodebook(const QString &path);
    bool exportCodingsCsv(const QString &path);

    // Whether the next export is redacted (the dialog's checkbox sets it).
    void setRedact(bool redact) { m_redact = redact; }
    bool redact() const { return m_redact; }

    // The last error reported, empty after a success.
    QString lastError() const { return m_lastError; }

private:
    bool write(const QString &path, const QString &format, const render::ReportOptions &options);
    // Message boxes go on top of the report dialog when it is open.
    QWidget *messageParent() const;
    void chooseAndExport(const QString &caption, const QString &filter, const QString &suffix,
                         bool (ExportActions::*action)(const QString &), bool canRedact);

    MainWindow *m_window;
    QString m_lastError;
    bool m_redact = false;
};

}  // namespace crosscut::ui
