#include "export/xlsxexport.h"

#include "export/atomicfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <type_traits>

#include <algorithm>

namespace crosscut::exporting {

namespace {

// libxlsxwriter is loaded at run time with RTLD_DEEPBIND: it reaches the
// system minizip through symbols (zipOpen3 …) that QuaZip, linked into the
// same program for REFI-QDA archives, also exports with a different ABI.
// Linked normally, whichever library loads first captures the other's calls
// and the program crashes; bound deeply, libxlsxwriter keeps its own minizip.
struct XlsxApi {
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_set_properties) workbook_set_properties = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
    decltype(&::format_set_font_color) format_set_font_color = nullptr;
    decltype(&::format_set_border) format_set_border = nullptr;
    decltype(&::format_set_text_wrap) format_set_text_wrap = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::format_set_font_size) format_set_font_size = nullptr;
    decltype(&::format_set_italic) format_set_italic = nullptr;
    decltype(&::format_set_align) format_set_align = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_blank) worksheet_write_blank = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
    decltype(&::worksheet_set_header) worksheet_set_header = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    QString error;
};

const XlsxApi &xlsxApi()
{
    static const XlsxApi api = [] {
        XlsxApi a;
        void *lib = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!lib)
            lib = dlopen("libxlsxwriter.so", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!lib) {
            a.error = QStringLiteral("XLSX export needs libxlsxwriter: %1").arg(QString::fromLocal8Bit(dlerror()));
            return a;
        }
        bool ok = true;
        auto bind = [&ok, lib](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
            ok = ok && fn != nullptr;
        };
        bind(a.workbook_new_opt, "workbook_new_opt");
        bind(a.workbook_set_properties, "workbook_set_properties");
        bind(a.workbook_add_format, "workbook_add_format");
        bind(a.format_set_bold, "format_set_bold");
        bind(a.format_set_bg_color, "format_set_bg_color");
        bind(a.format_set_font_color, "format_set_font_color");
        bind(a.format_set_border, "format_set_border");
        bind(a.format_set_text_wrap, "format_set_text_wrap");
        bind(a.format_set_num_format, "format_set_num_format");
        bind(a.format_set_font_size, "format_set_font_size");
        bind(a.format_set_italic, "format_set_italic");
        bind(a.format_set_align, "format_set_align");
        bind(a.workbook_add_worksheet, "workbook_add_worksheet");
        bind(a.worksheet_write_string, "worksheet_write_string");
        bind(a.worksheet_write_blank, "worksheet_write_blank");
        bind(a.worksheet_write_number, "worksheet_write_number");
        bind(a.worksheet_set_column, "worksheet_set_column");
        bind(a.worksheet_freeze_panes, "worksheet_freeze_panes");
        bind(a.worksheet_autofilter, "worksheet_autofilter");
        bind(a.worksheet_set_header, "worksheet_set_header");
        bind(a.workbook_close, "workbook_close");
        bind(a.lxw_strerror, "lxw_strerror");
        if (!ok)
            a.error = QStringLiteral("the installed libxlsxwriter lacks a function Crosscut needs");
        return a;
    }();
    return api;
}

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
    lxw_format *gap = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.header = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_bold(f.header);
    xlsxApi().format_set_bg_color(f.header, kHeaderFill);
    xlsxApi().format_set_font_color(f.header, kHeaderText);
    xlsxApi().format_set_border(f.header, LXW_BORDER_THIN);
    xlsxApi().format_set_text_wrap(f.header);
    f.label = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_bold(f.label);
    xlsxApi().format_set_border(f.label, LXW_BORDER_THIN);
    f.count = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_num_format(f.count, "0");
    xlsxApi().format_set_border(f.count, LXW_BORDER_THIN);
    f.percent = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_num_format(f.percent, "0.0%");
    xlsxApi().format_set_border(f.percent, LXW_BORDER_THIN);
    f.coefficient = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_num_format(f.coefficient, "0.000");
    xlsxApi().format_set_border(f.coefficient, LXW_BORDER_THIN);
    f.decimal = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_num_format(f.decimal, "0.00");
    xlsxApi().format_set_border(f.decimal, LXW_BORDER_THIN);
    f.title = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_bold(f.title);
    xlsxApi().format_set_font_size(f.title, 14);
    f.note = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_italic(f.note);
    f.wrap = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_text_wrap(f.wrap);
    xlsxApi().format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.gap = xlsxApi().workbook_add_format(wb);
    xlsxApi().format_set_bg_color(f.gap, 0xEEEEEE);
    xlsxApi().format_set_border(f.gap, LXW_BORDER_THIN);
    return f;
}

// libxlsxwriter copies every string it is given, so a temporary is enough.
lxw_error writeText(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        return xlsxApi().worksheet_write_blank(ws, row, col, format);
    return xlsxApi().worksheet_write_string(ws, row, col, text.toUtf8().constData(), format);
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
            if (table.isUndefined(r, c)) {  // a share of nothing: a dash, not 0 %
                check(writeText(ws, sheetRow, static_cast<lxw_col_t>(c + 1), QStringLiteral("—"), nullptr));
                continue;
            }
            double value = table.cell(r, c);
            // Percentages are stored 0–100; Excel's percent format expects a fraction.
            if (table.format == analysis::NumberFormat::Percent)
                value /= 100.0;
            check(xlsxApi().worksheet_write_number(ws, sheetRow, static_cast<lxw_col_t>(c + 1), value, numberFormat));
        }
    }
    int labelWidth = std::max(12, static_cast<int>(corner.size()));
    for (const auto &label : table.rows)
        labelWidth = std::max(labelWidth, static_cast<int>(label.text.size()));
    check(xlsxApi().worksheet_set_column(ws, 0, 0, std::min(labelWidth + 2, 60), nullptr));
    if (table.columnCount() > 0)
        check(xlsxApi().worksheet_set_column(ws, 1, static_cast<lxw_col_t>(table.columnCount()), 16, nullptr));
    xlsxApi().worksheet_freeze_panes(ws, headerRow + 1, 1);
    return err;
}

lxw_error writeListSheet(lxw_worksheet *ws, const XlsxTextSheet &sheet, const Formats &f)
{
    lxw_error err = LXW_NO_ERROR;
    auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    const auto columns = static_cast<int>(sheet.header.size());
    for (int c = 0; c < columns; ++c)
        check(writeText(ws, 0, static_cast<lxw_col_t>(c), sheet.header.at(c), f.header));
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (int c = 0; c < columns; ++c) {
            const QString text = cells.value(c);
            bool isNumber = false;
            const qlonglong number = sheet.numberColumns.contains(c) ? text.toLongLong(&isNumber) : 0;
            if (isNumber)
                check(xlsxApi().worksheet_write_number(ws, row, static_cast<lxw_col_t>(c), static_cast<double>(number), nullptr));
            else
                check(writeText(ws, row, static_cast<lxw_col_t>(c), text, f.wrap));
        }
    }
    for (int c = 0; c < columns; ++c)
        check(xlsxApi().worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                             sheet.columnWidths.value(c, 16), nullptr));
    xlsxApi().worksheet_freeze_panes(ws, 1, 0);
    if (columns > 0)
        check(xlsxApi().worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                             static_cast<lxw_col_t>(columns - 1)));
    return err;
}

lxw_error writeTextSheet(lxw_worksheet *ws, const XlsxTextSheet &sheet, const Formats &f)
{
    if (sheet.list)
        return writeListSheet(ws, sheet, f);
    lxw_error err = LXW_NO_ERROR;
    auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    for (int c = 0; c < sheet.header.size(); ++c)
        check(writeText(ws, 0, static_cast<lxw_col_t>(c), sheet.header.at(c), f.header));
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        for (int c = 0; c < std::max(cells.size(), sheet.header.size()); ++c) {
            const QString text = cells.value(c);
            lxw_format *format = c == 0 ? f.label : text.isEmpty() ? f.gap : f.wrap;
            check(writeText(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), text, format));
        }
    }
    check(xlsxApi().worksheet_set_column(ws, 0, 0, 24, nullptr));
    if (sheet.header.size() > 1)
        check(xlsxApi().worksheet_set_column(ws, 1, static_cast<lxw_col_t>(sheet.header.size() - 1), 45, nullptr));
    xlsxApi().worksheet_freeze_panes(ws, 1, 1);
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
        check(xlsxApi().worksheet_write_number(ws, row, 2, static_cast<double>(q.start), nullptr));
        check(xlsxApi().worksheet_write_number(ws, row, 3, static_cast<double>(q.end), nullptr));
        check(writeText(ws, row, 4, q.speaker, f.wrap));
        check(writeText(ws, row, 5, q.text, f.wrap));
        check(writeText(ws, row, 6, q.codes.join(QStringLiteral("; ")), f.wrap));
        check(writeText(ws, row, 7, q.coders.join(QStringLiteral("; ")), f.wrap));
        ++row;
    }
    check(xlsxApi().worksheet_set_column(ws, 0, 0, 30, nullptr));
    check(xlsxApi().worksheet_set_column(ws, 1, 1, 24, nullptr));
    check(xlsxApi().worksheet_set_column(ws, 2, 3, 8, nullptr));
    check(xlsxApi().worksheet_set_column(ws, 4, 4, 14, nullptr));
    check(xlsxApi().worksheet_set_column(ws, 5, 5, 80, nullptr));
    check(xlsxApi().worksheet_set_column(ws, 6, 7, 30, nullptr));
    xlsxApi().worksheet_freeze_panes(ws, 1, 0);
    if (!quotes.isEmpty())
        check(xlsxApi().worksheet_autofilter(ws, 0, 0, row - 1, 7));
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
    if (!xlsxApi().error.isEmpty())
        return makeError(ErrorKind::Unsupported, xlsxApi().error);
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
    lxw_workbook *wb = xlsxApi().workbook_new_opt(QFile::encodeName(tempPath).constData(), &options);
    if (!wb)
        return makeError(ErrorKind::Io, QStringLiteral("cannot start the XLSX workbook for %1").arg(path));

    const QByteArray titleUtf8 = workbook.title.toUtf8();
    const QByteArray creator = QByteArrayLiteral("Crosscut");
    lxw_doc_properties properties = {};
    properties.title = const_cast<char *>(titleUtf8.constData());
    properties.author = const_cast<char *>(creator.constData());
    xlsxApi().workbook_set_properties(wb, &properties);

    const Formats formats = makeFormats(wb);
    QStringList taken;
    lxw_error err = LXW_NO_ERROR;
    auto addSheet = [&](const QString &wanted) -> lxw_worksheet * {
        const QString name = xlsxSheetName(wanted, taken);
        taken.append(name);
        lxw_worksheet *ws = xlsxApi().workbook_add_worksheet(wb, name.toUtf8().constData());
        // The watermark as every sheet's printed header (centred).
        if (ws && !workbook.watermark.isEmpty())
            xlsxApi().worksheet_set_header(ws, (QStringLiteral("&C") + QString(workbook.watermark).replace(QLatin1Char('&'), QStringLiteral("&&"))).toUtf8().constData());
        return ws;
    };
    if (!workbook.about.isEmpty() || !workbook.watermark.isEmpty()) {
        lxw_worksheet *ws = addSheet(QStringLiteral("About"));
        if (ws) {
            // A watermarked workbook says so on its first line.
            const lxw_row_t first = workbook.watermark.isEmpty() ? 0 : 1;
            if (first)
                writeText(ws, 0, 0, workbook.watermark, formats.title);
            writeText(ws, first, 0, workbook.title, formats.title);
            for (int i = 0; i < workbook.about.size(); ++i)
                writeText(ws, static_cast<lxw_row_t>(first + i + 2), 0, workbook.about.at(i), nullptr);
            xlsxApi().worksheet_set_column(ws, 0, 0, 90, nullptr);
        }
    }
    auto writeTextSheets = [&] {
        for (int i = 0; i < workbook.textSheets.size() && err == LXW_NO_ERROR; ++i) {
            const auto &sheet = workbook.textSheets.at(i);
            lxw_worksheet *ws = addSheet(sheet.title.isEmpty() ? QStringLiteral("Sheet %1").arg(i + 1) : sheet.title);
            err = ws ? writeTextSheet(ws, sheet, formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
    };
    if (workbook.textSheetsFirst)
        writeTextSheets();
    for (int i = 0; i < workbook.tables.size() && err == LXW_NO_ERROR; ++i) {
        const auto &table = workbook.tables.at(i);
        lxw_worksheet *ws = addSheet(table.title.isEmpty() ? QStringLiteral("Table %1").arg(i + 1) : table.title);
        err = ws ? writeTable(ws, table, formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    if (!workbook.textSheetsFirst)
        writeTextSheets();
    if (err == LXW_NO_ERROR && !workbook.quotes.isEmpty()) {
        lxw_worksheet *ws = addSheet(QStringLiteral("Quotes"));
        err = ws ? writeQuotes(ws, workbook.quotes, formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const lxw_error closeErr = xlsxApi().workbook_close(wb);  // frees wb whatever happens
    if (err == LXW_NO_ERROR)
        err = closeErr;
    if (err != LXW_NO_ERROR)
        return makeError(ErrorKind::Io,
                         QStringLiteral("cannot write the XLSX workbook %1: %2").arg(path, QString::fromUtf8(xlsxApi().lxw_strerror(err))));
    QFile built(tempPath);
    if (!built.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read back the XLSX workbook: %1").arg(built.errorString()));
    return writeAtomically(path, built.readAll());
}

}  // namespace crosscut::exporting
