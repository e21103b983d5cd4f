#pragma once
// Coder copies: a copy of a master project for one coder, with the codebook
// and chosen documents, keeping every guid (so the copy merges back).

#include "storage/projectkey.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::team {

struct HandoutOptions {
    QString coder;            // the coder the copy is for (its current coder)
    QString outPath;          // the new project; an existing file is refused
    QStringList documents;    // names; empty: every document
    bool blind = false;       // leave out every other coder's codings and memos
    ProjectKey outKey;        // empty: a plain copy; else encrypted with it
};

struct HandoutReport {
    int documents = 0;
    int codes = 0;
    int quotes = 0;
    int codings = 0;
    int memos = 0;
};

// Writes the copy atomically (a temporary beside it, renamed at the end): a
// failure leaves no file. The master is not changed.
Result<HandoutReport> handout(Project &master, const HandoutOptions &options);

// The coder a blind copy was made for (project_info 'blind_coder'), kept by
// every later merge into it: the GUI then shows only that coder's work.
std::optional<QString> blindCoder(Project &project);

}  // namespace crosscut::team
