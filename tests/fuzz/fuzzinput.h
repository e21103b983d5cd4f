#pragma once
// Shared by the libFuzzer harnesses: the fuzzer's bytes as a file on disk
// (the readers take paths), wrapped into a zip when a format is a zip and the
// bytes are not one already, and the checks every accepted document must pass.

#include "project/project.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace crosscut::fuzz {

// A directory private to this process, made once and removed at exit.
QString scratchDir();

// Writes `data` to scratchDir()/input.EXT and returns the path.
QString writeInput(const uint8_t *data, size_t size, const QString &extension);

// Bytes starting with "PK" are taken as the whole archive; other bytes become
// the entry `entry` of a fresh zip (so the fuzzer reaches the XML readers
// without having to invent zip checksums). Writes the file and returns it.
QString writeZipInput(const uint8_t *data, size_t size, const QString &extension, const QString &entry,
                      const QList<std::pair<QString, QByteArray>> &otherEntries = {});

// Aborts (a finding) when an accepted document breaks what the importers
// promise: text within the size limit, turns inside the text, cue times sane.
void checkDocument(const NewDocument &doc);

}  // namespace crosscut::fuzz
