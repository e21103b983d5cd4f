// crosscut-cli matrix: DESIGN.md's conceptual-model matrix (see analysis/matrix.h).
#include "analysis/matrix.h"
#include "cli/command.h"
#include "export/atomicfile.h"
#include "export/tableformats.h"
#include "export/xlsxexport.h"
#include "privacy/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

int runMatrix(Context &ctx)
{
    using namespace analysis;
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md")
        && format != QLatin1String("xlsx"))
        return ctx.usage(QStringLiteral("--format must be csv, json, md or xlsx"));
    const bool xlsx = format == QLatin1String("xlsx");
    if (xlsx && !ctx.args.has(QStringLiteral("--out")))
        return ctx.usage(QStringLiteral("--format xlsx needs --out FILE.xlsx"));
    if (!ctx.args.has(QStringLiteral("--rows")) || !ctx.args.has(QStringLiteral("--cols")))
        return ctx.usage(QStringLiteral("matrix needs --rows SPEC and --cols SPEC"));

    MatrixRequest request;
    auto rows = AxisSpec::parse(ctx.args.value(QStringLiteral("--rows")));
    if (!rows)
        return ctx.usage(QStringLiteral("--rows: ") + rows.message());
    auto cols = AxisSpec::parse(ctx.args.value(QStringLiteral("--cols")));
    if (!cols)
        return ctx.usage(QStringLiteral("--cols: ") + cols.message());
    request.rows = *rows;
    request.columns = *cols;
    const auto unit = unitFromString(ctx.args.value(QStringLiteral("--unit"), QStringLiteral("quotes")));
    if (!unit)
        return ctx.usage(QStringLiteral("--unit must be quotes, documents or cases"));
    request.unit = *unit;
    const auto normalization = normalizationFromString(ctx.args.value(QStringLiteral("--normalize"), QStringLiteral("none")));
    if (!normalization)
        return ctx.usage(QStringLiteral("--normalize must be none, row, col or total"));
    request.normalization = *normalization;
    request.filter.coders = ctx.args.options.value(QStringLiteral("--coder"));
    request.filter.documents = ctx.args.options.value(QStringLiteral("--doc"));
    for (const QString &w : ctx.args.options.value(QStringLiteral("--where"))) {
        auto condition = AttributeCondition::parse(w);
        if (!condition)
            return ctx.usage(QStringLiteral("--where: ") + condition.message());
        request.filter.where.append(*condition);
    }
    request.collectQuotes = xlsx;  // the workbook's drill-down sheet

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    // --redact: cases by role labels, names in document labels and quotes
    // replaced, an identifying attribute refused as an axis, the watermark.
    const privacy::Redaction redaction =
        ctx.args.has(QStringLiteral("--redact")) ? privacy::Redaction::fromProject(*project) : privacy::Redaction();
    if (redaction.enabled()) {
        for (const AxisSpec *axis : {&request.rows, &request.columns}) {
            if (axis->kind != AxisSpec::Kind::Attribute)
                continue;
            if (axis->scope ? redaction.isIdentifying(*axis->scope, axis->attribute) : redaction.isIdentifyingName(axis->attribute))
                return ctx.fail(ErrorKind::Invalid, QStringLiteral("attribute \"%1\" is marked identifying; a redacted matrix "
                                                                   "cannot show its values")
                                                        .arg(axis->attribute));
        }
    }
    auto matrix = computeMatrix(*project, request);
    if (!matrix)
        return ctx.fail(matrix.error());
    if (redaction.enabled()) {
        for (auto [labels, kind] : {std::pair{&matrix->rows, request.rows.kind}, std::pair{&matrix->columns, request.columns.kind}}) {
            for (Label &label : *labels) {
                if (kind == AxisSpec::Kind::Cases && label.id)
                    label.text = redaction.caseLabel(*label.id);
                else if (kind == AxisSpec::Kind::Documents)
                    label.text = redaction.redactText(label.text);
            }
        }
    }

    if (xlsx) {
        // Workbook: the matrix as asked, the raw counts when normalised, and
        // the quotes behind every cell.
        exporting::XlsxWorkbook workbook;
        workbook.title = matrix->rowTitle + QStringLiteral(" × ") + matrix->columnTitle;
        if (redaction.enabled())
            workbook.watermark = privacy::watermark();
        QHash<Id, privacy::RedactedText> redactedDocuments;
        const bool normalised = request.normalization != Normalization::None;
        workbook.tables.append(matrix->toTable(normalised));
        if (normalised)
            workbook.tables.append(matrix->toTable(false));
        for (int r = 0; r < matrix->rows.size(); ++r) {
            for (int c = 0; c < matrix->columns.size(); ++c) {
                auto quotes = quoteExcerpts(*project, matrix->quoteIds.value(r).value(c), 0);
                if (!quotes)
                    return ctx.fail(quotes.error());
                for (const auto &q : *quotes) {
                    QString text = q.text;
                    if (redaction.enabled()) {
                        if (!redactedDocuments.contains(q.documentId))
                            redactedDocuments.insert(q.documentId, redaction.redact(project->documentText(q.documentId)));
                        text = redactedDocuments[q.documentId].slice(q.start, q.end);
                    }
                    workbook.quotes.append({matrix->rows.at(r).text + QStringLiteral(" × ") + matrix->columns.at(c).text,
                                            redaction.redactText(q.documentName), q.start, q.end,
                                            redaction.speakerLabel(q.speaker), text, q.codes, q.coders});
                }
            }
        }
        if (Status s = exporting::writeXlsx(ctx.args.value(QStringLiteral("--out")), workbook); !s)
            return ctx.fail(s.error());
        return Ok;
    }

    QByteArray data;
    if (format == QLatin1String("json")) {
        QJsonObject json = exporting::matrixToJson(*matrix);
        if (redaction.enabled())
            json.insert(QStringLiteral("watermark"), privacy::watermark());
        data = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    } else {
        const Table table = matrix->toTable(true);
        if (redaction.enabled())
            data = format == QLatin1String("csv") ? QByteArrayLiteral("Redacted export\r\n") : QByteArrayLiteral("**Redacted export**\n\n");
        data += format == QLatin1String("csv") ? exporting::tableToCsv(table) : exporting::tableToMarkdown(table).toUtf8();
    }
    return ctx.emitResult(data);
}

}  // namespace crosscut::cli
