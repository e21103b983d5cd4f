#pragma once
// Small helpers shared by the REFI-QDA importer and exporter.

#include "interop/qdpxarchive.h"
#include "model/entities.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace crosscut::interop {

// GUIDs compare case-insensitively and with or without braces.
QString normalizeGuid(const QString &guid);
bool isGuid(const QString &guid);
// urn:QDA-XML:project:1.0 and its older variants (…:0:4), or no namespace.
bool isQdaNamespace(const QString &uri);
// The archive entry a plainTextPath names: "internal://X.txt", "X.txt" or
// "sources/X.txt", under sources/ or Sources/. Empty when absent.
QString findArchiveEntry(const QdpxArchive &archive, const QString &path);
// UTF-8 (with or without BOM) or UTF-16 with BOM; the BOM is removed.
Result<QString> decodeText(const QByteArray &bytes);
// "#RGB" → "#RRGGBB"; anything that is not a colour → empty.
QString normalizeColor(const QString &color);
AttributeType attributeTypeForVariable(const QString &typeOfVariable);

}  // namespace crosscut::interop
