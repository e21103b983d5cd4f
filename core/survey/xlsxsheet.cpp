// readSurveyXlsx: the first worksheet of an XLSX workbook (SpreadsheetML,
// ECMA-376 part 1 §18), read with QuaZip and QXmlStreamReader through
// import/zipentry.h, which refuses zip bombs.
#include "survey/surveytable.h"

#include "import/zipentry.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTime>
#include <QXmlStreamReader>

#include <quazip.h>

#include <cmath>
#include <functional>

namespace crosscut::survey {

namespace {

const QString kFormat = QStringLiteral("XLSX");

enum class NumberKind { Plain, Date, Time };

struct Workbook {
    QString fileName;
    QString path;
    QSet<QString> entries;
    QStringList sharedStrings;
    QList<NumberKind> styles;  // per cellXfs index
    bool date1904 = false;
    QString sheetName;
    QString sheetEntry;
};

Error damaged(const Workbook &book, const QString &entry, const QXmlStreamReader &xml)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: %2 line %3: %4")
                                             .arg(book.fileName, entry)
                                             .arg(xml.lineNumber())
                                             .arg(xml.errorString()));
}

// Runs `onElement` on every start element of an entry; it may read further.
Status readEntry(Workbook &book, const QString &entry,
                 const std::function<Status(QXmlStreamReader &)> &onElement,
                 const std::function<Status(QXmlStreamReader &)> &onEnd = {})
{
    import::ZipEntryStream stream;
    if (Status s = stream.open(book.path, entry, kFormat); !s)
        return s;
    QXmlStreamReader xml(&stream);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (Status s = onElement(xml); !s)
                return s;
        } else if (xml.isEndElement() && onEnd) {
            if (Status s = onEnd(xml); !s)
                return s;
        }
    }
    if (stream.failure())
        return *stream.failure();
    if (xml.hasError())
        return damaged(book, entry, xml);
    return stream.finish();
}

// The text of an <si> or <is>: its <t> elements, phonetic runs (<rPh>) left out.
Result<QString> readRichText(QXmlStreamReader &xml, const QString &end)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                return text;
        }
    }
    return makeError(ErrorKind::Invalid, xml.errorString());
}

// A custom number format shows a date when it has day, month or year parts
// once literals ("…", \x) and sections in brackets ([$-409], [Red]) are gone;
// a time when it has only hours, minutes or seconds.
NumberKind classifyFormat(const QString &code)
{
    QString bare;
    bool quoted = false;
    int bracket = 0;
    QString bracketText;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;  // the next character is literal (or a fill / a width)
        } else if (c == u'[') {
            ++bracket;
            bracketText.clear();
        } else if (c == u']') {
            bracket = std::max(0, bracket - 1);
            const QString t = bracketText.toLower();
            if (t == QLatin1String("h") || t == QLatin1String("hh") || t == QLatin1String("m") || t == QLatin1String("mm")
                || t == QLatin1String("s") || t == QLatin1String("ss"))
                bare += u'h';  // elapsed time
        } else if (bracket > 0) {
            bracketText += c;
        } else {
            bare += c.toLower();
        }
    }
    if (bare.contains(u'y') || bare.contains(u'd'))
        return NumberKind::Date;
    if (bare.contains(u'h') || bare.contains(u's'))
        return NumberKind::Time;
    if (bare.contains(u'm'))
        return NumberKind::Date;  // "mmm": a month
    return NumberKind::Plain;
}

NumberKind builtinFormat(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return NumberKind::Time;
    return NumberKind::Plain;
}

Status readWorkbook(Workbook &book)
{
    QString sheetRel;
    const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    Status s = readEntry(book, QStringLiteral("xl/workbook.xml"), [&](QXmlStreamReader &xml) -> Status {
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet") && book.sheetName.isEmpty()) {
            book.sheetName = xml.attributes().value(QLatin1String("name")).toString();
            sheetRel = xml.attributes().value(relNs, QLatin1String("id")).toString();
        }
        return {};
    });
    if (!s)
        return s;
    if (book.sheetName.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds no worksheet").arg(book.fileName));
    const QString rels = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (!sheetRel.isEmpty() && book.entries.contains(rels)) {
        s = readEntry(book, rels, [&](QXmlStreamReader &xml) -> Status {
            if (xml.name() == QLatin1String("Relationship") && xml.attributes().value(QLatin1String("Id")) == sheetRel) {
                const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                book.sheetEntry = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            }
            return {};
        });
        if (!s)
            return s;
    }
    if (book.sheetEntry.isEmpty())
        book.sheetEntry = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!book.entries.contains(book.sheetEntry))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is damaged: its first worksheet %2 is missing").arg(book.fileName, book.sheetEntry));
    return {};
}

Status readSharedStrings(Workbook &book)
{
    const QString entry = QStringLiteral("xl/sharedStrings.xml");
    if (!book.entries.contains(entry))
        return {};
    return readEntry(book, entry, [&](QXmlStreamReader &xml) -> Status {
        if (xml.name() != QLatin1String("si"))
            return {};
        auto text = readRichText(xml, QStringLiteral("si"));
        if (!text)
            return damaged(book, entry, xml);
        book.sharedStrings.append(*text);
        return {};
    });
}

Status readStyles(Workbook &book)
{
    const QString entry = QStringLiteral("xl/styles.xml");
    if (!book.entries.contains(entry))
        return {};
    QHash<int, NumberKind> custom;
    bool inCellXfs = false;
    return readEntry(
        book, entry,
        [&](QXmlStreamReader &xml) -> Status {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                custom.insert(a.value(QLatin1String("numFmtId")).toInt(), classifyFormat(a.value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                book.styles.append(custom.contains(id) ? custom.value(id) : builtinFormat(id));
            }
            return {};
        },
        [&](QXmlStreamReader &xml) -> Status {
            if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            return {};
        });
}

QString numberText(double value)
{
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString serialDate(const Workbook &book, double serial)
{
    // The 1900 system counts a 29 February 1900 that never was (Lotus's
    // leap-year bug): from 1 March 1900 on, day 0 is 30 December 1899.
    const qint64 days = static_cast<qint64>(std::floor(serial));
    QDate date;
    if (book.date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else
        date = QDate(1899, 12, 31).addDays(days);
    return date.toString(Qt::ISODate);
}

QString serialTime(double serial)
{
    const double fraction = serial - std::floor(serial);
    const int seconds = static_cast<int>(std::lround(fraction * 86400.0)) % 86400;
    return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
}

// "C7" → column 2, row 7; false when it is no cell reference.
bool parseReference(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

struct SheetRow {
    int number = 0;
    QMap<int, QString> cells;
};

Result<QList<SheetRow>> readSheet(Workbook &book)
{
    QList<SheetRow> rows;
    SheetRow current;
    int lastRow = 0;
    int lastColumn = -1;
    auto cellError = [&](int column, int row, const QString &message) {
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 %2!%3%4: %5").arg(book.fileName, book.sheetName, columnLetters(column)).arg(row).arg(message));
    };
    Status s = readEntry(
        book, book.sheetEntry,
        [&](QXmlStreamReader &xml) -> Status {
            if (xml.name() == QLatin1String("row")) {
                bool ok = false;
                const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
                current = SheetRow{ok && r > 0 ? r : lastRow + 1, {}};
                lastRow = current.number;
                lastColumn = -1;
                return {};
            }
            if (xml.name() != QLatin1String("c"))
                return {};
            const auto a = xml.attributes();
            int column = lastColumn + 1;
            int row = current.number;
            if (a.hasAttribute(QLatin1String("r")) && !parseReference(a.value(QLatin1String("r")), &column, &row))
                return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: a cell is named \"%2\"")
                                                         .arg(book.fileName, a.value(QLatin1String("r")).toString()));
            lastColumn = column;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString v;
            QString inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    if (xml.name() == QLatin1String("v")) {
                        v = xml.readElementText();
                    } else if (xml.name() == QLatin1String("is")) {
                        auto text = readRichText(xml, QStringLiteral("is"));
                        if (!text)
                            return damaged(book, book.sheetEntry, xml);
                        inlineText = *text;
                        hasInline = true;
                    }
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            QString value;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = v.toInt(&ok);
                if (!ok || index < 0 || index >= book.sharedStrings.size())
                    return cellError(column, row, QStringLiteral("shared string %1 does not exist (the file is damaged)").arg(v));
                value = book.sharedStrings.at(index);
            } else if (type == QLatin1String("inlineStr") || hasInline) {
                value = inlineText;
            } else if (type == QLatin1String("b")) {
                value = v.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                value = v;
            } else if (type == QLatin1String("d")) {
                value = v.size() > 10 && v.at(10) == u'T' ? v.left(10) : v;  // a date-time: its date
            } else if (!v.isEmpty()) {
                bool ok = false;
                const double number = v.toDouble(&ok);
                if (!ok)
                    return cellError(column, row, QStringLiteral("\"%1\" is not a number").arg(v));
                const NumberKind kind = book.styles.value(style, NumberKind::Plain);
                value = kind == NumberKind::Date   ? serialDate(book, number)
                        : kind == NumberKind::Time ? serialTime(number)
                                                   : numberText(number);
            }
            value = value.trimmed();
            if (!value.isEmpty())
                current.cells.insert(column, value);
            return {};
        },
        [&](QXmlStreamReader &xml) -> Status {
            if (xml.name() == QLatin1String("row") && !current.cells.isEmpty()) {
                if (!rows.isEmpty() && current.number <= rows.last().number)
                    return makeError(ErrorKind::Invalid,
                                     QStringLiteral("%1 is damaged: row %2 comes after row %3").arg(book.fileName).arg(current.number).arg(rows.last().number));
                rows.append(current);
            }
            return {};
        });
    if (!s)
        return s.error();
    return rows;
}

}  // namespace

Result<SurveyTable> readSurveyXlsx(const QString &path)
{
    Workbook book;
    book.path = path;
    book.fileName = QFileInfo(path).fileName();
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 is not a valid XLSX file: it is not a zip archive").arg(book.fileName));
        const QStringList names = zip.getFileNameList();
        book.entries = QSet<QString>(names.cbegin(), names.cend());
        zip.close();
    }
    if (!book.entries.contains(QStringLiteral("xl/workbook.xml")))
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("%1 is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)").arg(book.fileName));
    for (auto step : {&readWorkbook, &readSharedStrings, &readStyles})
        if (Status s = step(book); !s)
            return s.error();
    auto rows = readSheet(book);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1: the worksheet %2 is empty; a survey needs a header row").arg(book.fileName, book.sheetName));

    SurveyTable table;
    table.format = SurveyTable::Format::Xlsx;
    table.fileName = book.fileName;
    table.sheetName = book.sheetName;
    const SheetRow &header = rows->first();
    const int width = header.cells.lastKey() + 1;
    QHash<QString, int> seen;
    for (int c = 0; c < width; ++c) {
        QString name = header.cells.value(c).simplified();
        if (name.isEmpty())
            name = QStringLiteral("Column %1").arg(columnLetters(c));
        if (const auto it = seen.constFind(name); it != seen.cend())
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 %2!%3%4: columns %5 and %3 are both named \"%6\"")
                                                     .arg(book.fileName, book.sheetName, columnLetters(c))
                                                     .arg(header.number)
                                                     .arg(columnLetters(*it), name));
        seen.insert(name, c);
        table.headers.append(name);
    }
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const SheetRow &row = rows->at(r);
        if (row.cells.lastKey() >= width)
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 %2!%3%4: a value in a column without a header")
                                                     .arg(book.fileName, book.sheetName, columnLetters(row.cells.lastKey()))
                                                     .arg(row.number));
        QStringList cells;
        cells.reserve(width);
        for (int c = 0; c < width; ++c)
            cells.append(row.cells.value(c));
        table.rows.append({row.number, cells});
    }
    return table;
}

}  // namespace crosscut::survey
