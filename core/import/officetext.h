#pragma once
// Paragraph text of word-processor files: DOCX (word/document.xml) and ODT
// (content.xml), read from the zip with QuaZip and parsed with
// QXmlStreamReader. One paragraph per line; tabs and line breaks kept.

#include "util/result.h"

#include <QString>

namespace crosscut::import {

Result<QString> readDocxText(const QString &path);
Result<QString> readOdtText(const QString &path);

}  // namespace crosscut::import
