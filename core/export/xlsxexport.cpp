#include "export/xlsxexport.h"

#include "export/atomicfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace crosscut::exporting {

namespace {

constexpr lxw_color_t kHeaderFill = 0x1F3A5F;
constexpr lxw_color_t kHeaderText = 0xFFFFFF;

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *label = nullptr;
    lxw_format *count = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *coefficient = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *title = nullptr;
    lxw_format *note = nullptr;
    lxw_format *wrap = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, kHeaderFill);
    format_set_font_color(f.header, kHeaderText);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.label = workbook_add_format(wb);
    format_set_bold(f.label);
    format_set_border(f.label, LXW_BORDER_THIN);
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "0");
    format_set_border(f.count, LXW_BORDER_THIN);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    format_set_border(f.percent, LXW_BORDER_THIN);
    f.coefficient = workbook_add_format(wb);
    format_set_num_format(f.coefficient, "0.000");
    format_set_border(f.coefficient, LXW_BORDER_THIN);
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.00");
    format_set_border(f.decimal, LXW_BORDER_THIN);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.note = workbook_add_format(wb);
    format_set_italic(f.note);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// libxlsxwriter copies every string it is given, so a temporary is enough.
lxw_error writeText(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        return worksheet_write_blank(ws, row, col, format);
    return worksheet_write_string(ws, row, col, text.toUtf8().constData(), format);
}

lxw_error writeTable(lxw_worksheet *ws, const analysis::Table &table, const Formats &f)
{
    lxw_error err = LXW_NO_ERROR;
    auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    lxw_row_t row = 0;
    if (!table.title.isEmpty())
        check(writeText(ws, row++, 0, table.title, f.title));
    if (!table.note.isEmpty())
        check(writeText(ws, row++, 0, table.note, f.note));
    if (row > 0)
        ++row;
    const lxw_row_t headerRow = row;
    QString corner = table.rowHeader;
    if (!table.columnHeader.isEmpty())
        corner = corner.isEmpty() ? table.columnHeader : corner + QStringLiteral(" \\ ") + table.columnHeader;
    check(writeText(ws, headerRow, 0, corner, f.header));
    for (int c = 0; c < table.columnCount(); ++c)
        check(writeText(ws, headerRow, static_cast<lxw_col_t>(c + 1), table.columns.at(c).text, f.header));
    lxw_format *numberFormat = f.count;
    switch (table.format) {
    case analysis::NumberFormat::Count: numberFormat = f.count; break;
    case analysis::NumberFormat::Percent: numberFormat = f.percent; break;
    case analysis::NumberFormat::Coefficient: numberFormat = f.coefficient; break;
    case analysis::NumberFormat::Decimal: numberFormat = f.decimal; break;
    }
    for (int r = 0; r < table.rowCount(); ++r) {
        const auto sheetRow = static_cast<lxw_row_t>(headerRow + 1 + r);
        check(writeText(ws, sheetRow, 0, table.rows.at(r).text, f.label));
        for (int c = 0; c < table.columnCount(); ++c) {
            double value = table.cell(r, c);
            // Percentages are stored 0–100; Excel's percent format expects a fraction.
            if (table.format == analysis::NumberFormat::Percent)
                value /= 100.0;
            check(worksheet_write_number(ws, sheetRow, static_cast<lxw_col_t>(c + 1), value, numberFormat));
        }
    }
    int labelWidth = std::max(12, static_cast<int>(corner.size()));
    for (const auto &label : table.rows)
        labelWidth = std::max(labelWidth, static_cast<int>(label.text.size()));
    check(worksheet_set_column(ws, 0, 0, std::min(labelWidth + 2, 60), nullptr));
    if (table.columnCount() > 0)
        check(worksheet_set_column(ws, 1, static_cast<lxw_col_t>(table.columnCount()), 16, nullptr));
    worksheet_freeze_panes(ws, headerRow + 1, 1);
    return err;
}

lxw_error writeQuotes(lxw_worksheet *ws, const QList<XlsxQuoteRow> &quotes, const Formats &f)
{
    lxw_error err = LXW_NO_ERROR;
    auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    const QStringList headers = {QStringLiteral("Cell"),    QStringLiteral("Document"), QStringLiteral("Start"),
                                 QStringLiteral("End"),     QStringLiteral("Speaker"),  QStringLiteral("Quote"),
                                 QStringLiteral("Codes"),   QStringLiteral("Coders")};
    for (int c = 0; c < headers.size(); ++c)
        check(writeText(ws, 0, static_cast<lxw_col_t>(c), headers.at(c), f.header));
    lxw_row_t row = 1;
    for (const auto &q : quotes) {
        check(writeText(ws, row, 0, q.cell, f.wrap));
        check(writeText(ws, row, 1, q.document, f.wrap));
        check(worksheet_write_number(ws, row, 2, static_cast<double>(q.start), nullptr));
        check(worksheet_write_number(ws, row, 3, static_cast<double>(q.end), nullptr));
        check(writeText(ws, row, 4, q.speaker, f.wrap));
        check(writeText(ws, row, 5, q.text, f.wrap));
        check(writeText(ws, row, 6, q.codes.join(QStringLiteral("; ")), f.wrap));
        check(writeText(ws, row, 7, q.coders.join(QStringLiteral("; ")), f.wrap));
        ++row;
    }
    check(worksheet_set_column(ws, 0, 0, 30, nullptr));
    check(worksheet_set_column(ws, 1, 1, 24, nullptr));
    check(worksheet_set_column(ws, 2, 3, 8, nullptr));
    check(worksheet_set_column(ws, 4, 4, 14, nullptr));
    check(worksheet_set_column(ws, 5, 5, 80, nullptr));
    check(worksheet_set_column(ws, 6, 7, 30, nullptr));
    worksheet_freeze_panes(ws, 1, 0);
    if (!quotes.isEmpty())
        check(worksheet_autofilter(ws, 0, 0, row - 1, 7));
    return err;
}

}  // namespace

QString xlsxSheetName(const QString &wanted, const QStringList &taken)
{
    QString base;
    for (const QChar ch : wanted) {
        if (QStringLiteral("[]:*?/\\").contains(ch))
            base += QLatin1Char('-');
        else
            base += ch;
    }
    base = base.trimmed();
    // Excel forbids a leading or trailing apostrophe.
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base = base.left(31);
    auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.begin(), taken.end(),
                           [&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - static_cast<int>(suffix.size())) + suffix;
    }
    return name;
}

Status writeXlsx(const QString &path, const XlsxWorkbook &workbook)
{
    if (auto check = checkWritableTarget(path); !check)
        return check;
    // libxlsxwriter writes straight to a file name: build the workbook in a
    // private temporary folder, then move the bytes into place atomically.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorKind::Io, QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString tempPath = scratch.filePath(QStringLiteral("export.xlsx"));
    const QByteArray tempDir = QFile::encodeName(scratch.path());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tempDir.constData());
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(tempPath).constData(), &options);
    if (!wb)
        return makeError(ErrorKind::Io, QStringLiteral("cannot start the XLSX workbook for %1").arg(path));

    const QByteArray titleUtf8 = workbook.title.toUtf8();
    const QByteArray creator = QByteArrayLiteral("Crosscut");
    lxw_doc_properties properties = {};
    properties.title = const_cast<char *>(titleUtf8.constData());
    properties.author = const_cast<char *>(creator.constData());
    workbook_set_properties(wb, &properties);

    const Formats formats = makeFormats(wb);
    QStringList taken;
    lxw_error err = LXW_NO_ERROR;
    auto addSheet = [&](const QString &wanted) -> lxw_worksheet * {
        const QString name = xlsxSheetName(wanted, taken);
        taken.append(name);
        return workbook_add_worksheet(wb, name.toUtf8().constData());
    };
    if (!workbook.about.isEmpty()) {
        lxw_worksheet *ws = addSheet(QStringLiteral("About"));
        if (ws) {
            writeText(ws, 0, 0, workbook.title, formats.title);
            for (int i = 0; i < workbook.about.size(); ++i)
                writeText(ws, static_cast<lxw_row_t>(i + 2), 0, workbook.about.at(i), nullptr);
            worksheet_set_column(ws, 0, 0, 90, nullptr);
        }
    }
    for (int i = 0; i < workbook.tables.size() && err == LXW_NO_ERROR; ++i) {
        const auto &table = workbook.tables.at(i);
        lxw_worksheet *ws = addSheet(table.title.isEmpty() ? QStringLiteral("Table %1").arg(i + 1) : table.title);
        err = ws ? writeTable(ws, table, formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    if (err == LXW_NO_ERROR && !workbook.quotes.isEmpty()) {
        lxw_worksheet *ws = addSheet(QStringLiteral("Quotes"));
        err = ws ? writeQuotes(ws, workbook.quotes, formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const lxw_error closeErr = workbook_close(wb);  // frees wb whatever happens
    if (err == LXW_NO_ERROR)
        err = closeErr;
    if (err != LXW_NO_ERROR)
        return makeError(ErrorKind::Io,
                         QStringLiteral("cannot write the XLSX workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
    QFile built(tempPath);
    if (!built.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read back the XLSX workbook: %1").arg(built.errorString()));
    return writeAtomically(path, built.readAll());
}

}  // namespace crosscut::exporting
