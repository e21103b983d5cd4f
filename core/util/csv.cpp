#include "util/csv.h"

#include <QStringDecoder>

namespace crosscut::csv {

namespace {

Result<QString> decodeField(const QByteArray &bytes, int line)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorKind::Invalid, QStringLiteral("line %1: not valid UTF-8").arg(line));
    return s;
}

}  // namespace

Reader::Reader(QByteArray utf8) : m_owned(std::move(utf8)), m_data(m_owned.constData()), m_size(m_owned.size())
{
    if (m_size >= 3 && QByteArrayView(m_data, 3) == QByteArrayView("\xEF\xBB\xBF"))
        m_pos = 3;
}

Reader::Reader(QFile *file, const char *data, qint64 size) : m_file(file), m_data(data), m_size(size)
{
    if (m_size >= 3 && QByteArrayView(m_data, 3) == QByteArrayView("\xEF\xBB\xBF"))
        m_pos = 3;
}

Reader::~Reader() = default;

Result<std::unique_ptr<Reader>> Reader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!file->open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("%1: cannot read: %2").arg(path, file->errorString()));
    const qint64 size = file->size();
    if (size == 0)
        return std::unique_ptr<Reader>(new Reader(QByteArray()));
    const uchar *mapped = file->map(0, size);
    if (!mapped)  // not mappable (a pipe, say): read it instead
        return std::unique_ptr<Reader>(new Reader(file->readAll()));
    return std::unique_ptr<Reader>(new Reader(file.release(), reinterpret_cast<const char *>(mapped), size));
}

Result<bool> Reader::next(Row &row)
{
    while (m_pos < m_size) {
        row.line = m_line;
        row.fields.clear();
        QByteArray field;
        bool inQuotes = false;
        bool quoted = false;
        int quoteLine = 0;
        bool endOfRecord = false;
        while (m_pos < m_size && !endOfRecord) {
            const char c = m_data[m_pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (m_pos < m_size && m_data[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
                quoteLine = m_line;
            } else if (c == m_separator || c == '\r' || c == '\n') {
                auto decoded = decodeField(field, row.line);
                if (!decoded)
                    return decoded.error();
                row.fields.append(std::move(decoded).value());
                field.clear();
                quoted = false;
                if (c != m_separator) {
                    if (c == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
                        ++m_pos;
                    ++m_line;
                    endOfRecord = true;
                }
            } else {
                field.append(c);
            }
        }
        if (inQuotes)
            return makeError(ErrorKind::Invalid, QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine));
        if (!endOfRecord) {  // last record without a line break
            auto decoded = decodeField(field, row.line);
            if (!decoded)
                return decoded.error();
            row.fields.append(std::move(decoded).value());
        }
        if (row.fields.size() == 1 && row.fields.first().isEmpty() && !quoted)
            continue;  // blank line
        return true;
    }
    return false;
}

Result<QList<Row>> parse(const QByteArray &utf8, char separator)
{
    Reader reader(utf8);
    reader.setSeparator(separator);
    QList<Row> rows;
    Row row;
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            return rows;
        rows.append(row);
    }
}

Result<QList<Row>> readFile(const QString &path)
{
    auto reader = Reader::open(path);
    if (!reader)
        return reader.error();
    QList<Row> rows;
    Row row;
    for (;;) {
        auto more = (*reader)->next(row);
        if (!more)
            return makeError(more.error().kind, QStringLiteral("%1: %2").arg(path, more.message()));
        if (!*more)
            return rows;
        rows.append(row);
    }
}

char detectSeparator(QByteArrayView utf8)
{
    qsizetype commas = 0, semicolons = 0;
    bool inQuotes = false;
    for (const char c : utf8) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

QString escapeField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString formatRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(escapeField(f));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

}  // namespace crosscut::csv
