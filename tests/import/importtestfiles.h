#pragma once
// Builders of real import files for the tests: text in legacy encodings
// (through glibc's iconv), and small DOCX/ODT archives written with QuaZip.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

// Readable QString values in test failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace crosscut::test {

// `text` encoded in `charset` ("WINDOWS-1251", "ISO-8859-1", "UTF-16LE" …).
QByteArray encodeAs(const QString &text, const char *charset);

// A zip archive at `path` holding `entries` (name → content).
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);

// Minimal but valid DOCX / ODT files with one paragraph per string.
bool writeDocx(const QString &path, const QStringList &paragraphs);
bool writeOdt(const QString &path, const QStringList &paragraphs);

// Russian, French and mixed-script sample texts.
QString russianSample();
QString frenchSample();

}  // namespace crosscut::test
