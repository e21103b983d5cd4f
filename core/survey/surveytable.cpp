#include "survey/surveytable.h"

#include "import/importlimits.h"
#include "import/textdecoding.h"
#include "util/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace crosscut::survey {

namespace {

Error csvError(const QString &fileName, const QString &message)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("%1 %2").arg(fileName, message));
}

}  // namespace

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString SurveyTable::location(int row, int column) const
{
    const int line = row < 0 ? 1 : rows.value(row).line;
    if (format == Format::Xlsx)
        return QStringLiteral("%1 %2!%3%4").arg(fileName, sheetName, columnLetters(column)).arg(line);
    return QStringLiteral("%1 line %2").arg(fileName).arg(line);
}

QString SurveyTable::rowLocation(int row) const { return location(row, 0); }

Result<SurveyTable> readSurveyCsv(const QByteArray &raw, const QString &fileName)
{
    if (raw.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty: a survey needs a header row").arg(fileName));
    QByteArray bytes = raw;
    if (import::isValidUtf8(bytes) && bytes.contains('\0'))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds binary data, not the text of a CSV survey").arg(fileName));
    if (!import::isValidUtf8(bytes)) {  // Excel's "CSV" in a legacy code page or UTF-16
        auto decoded = import::decodeText(bytes, fileName);
        if (!decoded)
            return decoded.error();
        bytes = decoded->text.toUtf8();
    }
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    csv::Reader reader(bytes);
    reader.setSeparator(csv::detectSeparator(QByteArrayView(bytes.constData() + bom, bytes.size() - bom)));

    SurveyTable table;
    table.format = SurveyTable::Format::Csv;
    table.fileName = fileName;
    csv::Row row;
    auto first = reader.next(row);
    if (!first)
        return csvError(fileName, first.message());
    if (!*first)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty: a survey needs a header row").arg(fileName));
    if (row.line != 1)
        return csvError(fileName, QStringLiteral("line %1: the header row must be the first line").arg(row.line));
    QHash<QString, int> seen;
    for (int c = 0; c < row.fields.size(); ++c) {
        QString header = row.fields[c].simplified();
        if (header.isEmpty())
            header = QStringLiteral("Column %1").arg(columnLetters(c));
        if (const auto it = seen.constFind(header); it != seen.cend())
            return csvError(fileName, QStringLiteral("line 1: columns %1 and %2 are both named \"%3\"")
                                          .arg(columnLetters(*it), columnLetters(c), header));
        seen.insert(header, c);
        table.headers.append(header);
    }
    const qsizetype width = table.headers.size();
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            return csvError(fileName, more.message());
        if (!*more)
            break;
        if (row.fields.size() != width)
            return csvError(fileName, QStringLiteral("line %1: %2 fields where the header has %3")
                                          .arg(row.line)
                                          .arg(row.fields.size())
                                          .arg(width));
        bool empty = true;
        for (QString &f : row.fields) {
            f = f.trimmed();
            empty = empty && f.isEmpty();
        }
        if (!empty)
            table.rows.append({row.line, row.fields});
    }
    return table;
}

Result<SurveyTable> readSurveyTable(const QString &path)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > import::kMaxImportFileBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is larger than %2 MiB, the largest survey Crosscut reads")
                                                 .arg(fileName)
                                                 .arg(import::kMaxImportFileBytes / (1024 * 1024)));
    const QByteArray magic = file.peek(4);
    const QString suffix = info.suffix().toLower();
    if (magic == QByteArrayLiteral("PK\x03\x04")) {
        file.close();
        return readSurveyXlsx(path);
    }
    if (suffix == QLatin1String("xlsx"))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is not a valid XLSX file: it is not a zip archive").arg(fileName));
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt"))
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("%1 is not a survey Crosscut reads: give a .csv or .xlsx file").arg(fileName));
    return readSurveyCsv(file.readAll(), fileName);
}

}  // namespace crosscut::survey
