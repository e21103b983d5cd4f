#pragma once
// Markdown to plain text for coding, parsed by md4c (CommonMark, linear time:
// no input makes it slow). Headings, emphasis, links, images, code spans,
// block quotes and list markers are reduced to their text, which stays on
// its source line (so a transcript's speaker prefixes survive); blank lines
// stay, lines of markup only (rules, fences, underlines) go.

#include <QString>

namespace crosscut::import {

// `markdown` must already have LF line endings.
QString markdownToText(const QString &markdown);

}  // namespace crosscut::import
