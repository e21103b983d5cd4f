#pragma once
// Helpers for the REFI-QDA tests: reading archives and XML independently of
// the importer, building archives, validating with xmllint.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace crosscut::test {

// The samples directory in ../shared, or empty when absent.
QString refiSamplesDir();
QString refiSchemaDir();
// One member of a zip archive, read with the `unzip` tool (not the importer's code).
QByteArray unzipMember(const QString &archive, const QString &member);
QStringList zipMembers(const QString &archive);
// Writes a zip with exactly these entry names and contents.
void writeRawZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);
// Runs `xmllint --noout --schema`; returns the empty string when valid, else its output.
QString xmllintErrors(const QString &xmlFile, const QString &schema);

// Counts over a QDA-XML document, by element local name, parsed with QXmlStreamReader.
struct QdeCounts {
    int codes = 0;
    int textSources = 0;
    int textSelections = 0;  // PlainTextSelection directly in a TextSource
    int textCodings = 0;     // Coding inside those selections
    int users = 0;
    int sets = 0;
    int notes = 0;
};
QdeCounts countQde(const QByteArray &xml);

}  // namespace crosscut::test
