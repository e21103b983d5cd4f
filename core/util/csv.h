#pragma once
// RFC 4180 CSV: streaming reading with line numbers for error messages, and
// writing. Input is UTF-8 (a leading BOM is skipped).

#include "util/result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace crosscut::csv {

struct Row {
    int line = 0;  // 1-based line on which the record starts (header = 1)
    QStringList fields;
};

// Reads records one at a time from memory-mapped (or owned) bytes, so that a
// file of a million rows is never held as strings all at once.
class Reader {
public:
    // Opens and maps a file; errors name the file.
    static Result<std::unique_ptr<Reader>> open(const QString &path);
    explicit Reader(QByteArray utf8);
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    ~Reader();

    // The next non-blank record, false at the end. On malformed input
    // returns an error naming the line.
    Result<bool> next(Row &row);
    // The field separator: ',' (RFC 4180, the default) or ';' (what a
    // spreadsheet writes where the decimal mark is a comma).
    void setSeparator(char separator) { m_separator = separator; }

private:
    Reader(QFile *file, const char *data, qint64 size);
    std::unique_ptr<QFile> m_file;
    QByteArray m_owned;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    int m_line = 1;
    char m_separator = ',';
};

// ';' when the header line (up to its first line break outside quotes) holds
// more semicolons than commas outside quotes, else ','.
char detectSeparator(QByteArrayView utf8);

// Parses a whole text (for small inputs).
Result<QList<Row>> parse(const QByteArray &utf8, char separator = ',');
Result<QList<Row>> readFile(const QString &path);

QString escapeField(const QString &field);
QString formatRow(const QStringList &fields);  // with trailing CRLF

}  // namespace crosscut::csv
