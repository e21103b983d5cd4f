#pragma once
// Markdown to plain text for coding: headings, emphasis, links, images, code
// spans, block quotes and list markers are reduced to their text, one source
// line per text line (so a transcript's speaker prefixes survive).

#include <QString>

namespace crosscut::import {

// `markdown` must already have LF line endings.
QString markdownToText(const QString &markdown);

}  // namespace crosscut::import
