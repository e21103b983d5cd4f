#pragma once
// The limits that keep a hostile or broken import file from exhausting memory
// or time. Every limit is refused with a message naming the file; none of them
// is reached by a real transcript (a 300,000-character interview is ~1 MB).

#include <QtGlobal>

namespace crosscut::import {

// The largest document text is NewDocument::kMaxTextBytes (64 MiB of UTF-8).

// Largest file readDocument reads (plain text, Markdown, SRT, WebVTT, or the
// zip file of a DOCX/ODT).
inline constexpr qint64 kMaxImportFileBytes = qint64(256) * 1024 * 1024;

// What one zip entry (word/document.xml, content.xml) may inflate to, and how
// many times larger than its compressed size it may become once it is past
// kZipRatioFreeBytes. Real documents inflate 3–20×; a zip bomb 1000×.
inline constexpr qint64 kMaxZipEntryBytes = qint64(128) * 1024 * 1024;
inline constexpr qint64 kMaxZipRatio = 200;
inline constexpr qint64 kZipRatioFreeBytes = qint64(4) * 1024 * 1024;

// Longest run of spaces one ODT <text:s text:c="N"/> may stand for.
inline constexpr int kMaxSpaceRun = 1000;

// Cue times beyond 10,000 hours are not a recording.
inline constexpr qint64 kMaxCueHours = 9999;

}  // namespace crosscut::import
