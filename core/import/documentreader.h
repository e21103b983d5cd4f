#pragma once
// Reads a file into a document ready to store, choosing the reader by
// extension (and, for text, by content), and imports many files as one
// operation.

#include "project/project.h"
#include "util/result.h"

#include <QStringList>

namespace crosscut::import {

// Extensions readDocument accepts, lower case without the dot.
const QStringList &supportedExtensions();

// Reads `path`: .txt/.text (any common encoding), .md/.markdown, .docx,
// .odt, .srt, .vtt, .pdf (its text layer, through the installed PdfReader;
// pages become "p. N" turns when there are no speakers, and otherwise cut the
// speaker turns at page ends). `kind` empty chooses: focus-group when the transcript has
// three or more distinct speakers, otherwise interview. Refuses, naming the
// file, a missing, empty, binary or undecodable file and an unknown extension.
Result<NewDocument> readDocument(const QString &path, const QString &kind = {});

// Reads every file, then stores them all in one transaction: all or none.
// A document is named after its file's base name; a name already in the
// project (or used twice in `paths`) is an error naming the file.
Result<QList<Id>> importFiles(Project &project, const QStringList &paths, const QString &kind = {});

}  // namespace crosscut::import
