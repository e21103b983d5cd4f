#pragma once
// The PDF reader of crosscut and crosscut-cli: poppler-qt6 opens the file and
// lists each page's words with their boxes; core/import/pdflayout assembles
// the text. Kept out of core because poppler-qt6 links QtGui.

#include "import/pdflayout.h"

namespace crosscut::pdf {

// The words of every page of `path`. Refuses, naming `what`, a file poppler
// cannot open or that needs a password.
Result<QList<import::PdfPage>> readPdfPages(const QString &path, const QString &what);

// Installs readPdfPages as core's PdfReader (call once at program start).
void installPdfReader();

}  // namespace crosscut::pdf
