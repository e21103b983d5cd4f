#pragma once
// RFC 4180 CSV: reading with line numbers for error messages, and writing.

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut::csv {

struct Row {
    int line = 0;  // 1-based line on which the record starts (header = 1)
    QStringList fields;
};

// Parses UTF-8 CSV text (a leading BOM is skipped). Fails on an unterminated
// quoted field, naming its line.
Result<QList<Row>> parse(const QByteArray &utf8);
// Reads a file; errors name the file.
Result<QList<Row>> readFile(const QString &path);

QString escapeField(const QString &field);
QString formatRow(const QStringList &fields);  // with trailing CRLF

}  // namespace crosscut::csv
