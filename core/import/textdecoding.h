#pragma once
// Turns the bytes of a text file into text: BOMs first (UTF-8, UTF-16 LE/BE,
// UTF-32), UTF-16 without BOM (NULs all on one side), then strict UTF-8, then uchardet's guess decoded with iconv for
// legacy code pages (Windows-1251, KOI8-R, Latin-1 …).

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace crosscut::import {

struct DecodedText {
    QString text;
    QString encoding;  // e.g. "UTF-8", "UTF-16LE", "WINDOWS-1251"
};

// `what` names the file in error messages. Refuses empty input, binary data
// (NUL bytes outside UTF-16/32) and bytes no known encoding explains.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &what);

// Strict UTF-8 check: true when every byte sequence is well-formed UTF-8.
bool isValidUtf8(const QByteArray &bytes);

}  // namespace crosscut::import
