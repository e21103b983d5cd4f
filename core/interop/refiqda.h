#pragma once
// REFI-QDA interchange (QDA-XML 1.0 / REFI-QDA 1.5): import .qdpx projects
// and .qdc codebooks written by NVivo, MAXQDA, ATLAS.ti, Taguette …, and
// export schema-valid ones. Archives and XML are untrusted input.

#include "project/project.h"
#include "util/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace crosscut::privacy {
class Redaction;
}

namespace crosscut::interop {

struct ImportSummary {
    QString origin;  // the producing tool, from the `origin` attribute
    int users = 0;
    int codes = 0;
    int sources = 0;  // text sources imported as documents
    int selections = 0;  // PlainTextSelections imported as quotes
    int codings = 0;
    int memos = 0;
    int cases = 0;
    int sets = 0;
    int attributes = 0;  // attribute values set on documents and cases
    // Parts Crosscut does not import, by kind ("PictureSource" → 1, …).
    QMap<QString, int> unsupported;
    // Codebook import: codes that matched an existing code by name path but
    // differ (colour, description), and other non-fatal notes.
    QStringList conflicts;
    QStringList warnings;

    // Human-readable multi-line summary, as the CLI prints it.
    QString toText() const;
};

struct ImportOptions {
    // Caps on what the archive may inflate to (zip bombs) and its entry count.
    qint64 maxUncompressedBytes = qint64(2) * 1024 * 1024 * 1024;
    int maxEntries = 50000;
    // A text source whose text file is missing from the archive fails the
    // import unless this is set; then it is skipped and reported.
    bool skipMissingSources = false;
};

// Creates the project at `projectPath` from the .qdpx archive. The whole
// import is one transaction; on any failure no project file is left behind.
Result<ImportSummary> importProject(const QString &qdpxPath, const QString &projectPath);
Result<ImportSummary> importProject(const QString &qdpxPath, const QString &projectPath, const ImportOptions &options);
// The text sources of the .qdpx whose text cannot be read (a text file
// missing from the archive, or rich text only), one sentence each naming the
// source; empty when every source can be read. Reads, never writes: what a
// "Import what is there" question lists.
Result<QStringList> missingSources(const QString &qdpxPath);

// Merges the codebook (.qdc) into `project` by name path: existing codes are
// kept (differences are reported as conflicts), new codes are added. One
// transaction; on failure nothing changes.
Result<ImportSummary> importCodebook(Project &project, const QString &qdcPath);

// Writes the project as a .qdpx archive (project.qde valid against
// Project-mrt2019.xsd, UTF-8 sources under sources/). GUIDs are stable across
// exports of the same project.
//
// With an enabled redaction (privacy/redaction.h) the archive is redacted:
// cases are named by their role labels and lose their descriptions,
// identifying attributes are left out (variables and values), names inside
// the source texts, document names, quote names, memos and set names are
// replaced by role labels, and the project description is the watermark.
// The sources are the redacted texts, so every PlainTextSelection's
// positions are recomputed into them (a quote cutting a name covers its
// whole label).
// Speaker turns linked to a case are written as uncoded selections the case
// points at (Case/SelectionRef); with caseTurnSelections false they are left
// out (QualCoder, which reads no case links, shows each as an empty
// annotation).
struct ExportOptions {
    bool caseTurnSelections = true;
};
Status exportProject(Project &project, const QString &qdpxPath, const privacy::Redaction *redaction = nullptr,
                     const ExportOptions &options = {});

// Writes the code tree as a .qdc file valid against Codebook.xsd.
Status exportCodebook(Project &project, const QString &qdcPath);

}  // namespace crosscut::interop
