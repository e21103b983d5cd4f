// crosscut-cli report: the evaluation report as PDF, DOCX, ODT, HTML or XLSX.
#include "export/atomicfile.h"
#include "render/projectexport.h"
#include "render/rendercommands.h"
#include "render/reportwriter.h"

#include "project/project.h"

#include <algorithm>

namespace crosscut::render {

namespace {

// Splits --matrix "ROWS | COLS [| UNIT [| NORM]]" at the bars that are not
// written "\|" (a bar inside a name); an axis spec has no other use for "|".
Result<ReportMatrixSpec> parseMatrixFlag(const QString &text)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('|')) {
            parts.last() += QLatin1Char('|');
            ++i;
        } else if (text.at(i) == QLatin1Char('|')) {
            parts.append(QString());
        } else {
            parts.last() += text.at(i);
        }
    }
    for (QString &part : parts)
        part = part.trimmed();
    if (parts.size() < 2 || parts.size() > 4 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("--matrix \"%1\": give \"ROWS | COLS [| UNIT [| NORM]]\", "
                                                            "e.g. \"attribute:Country | dimension:Leadership\"")
                                                 .arg(text));
    ReportMatrixSpec spec;
    spec.rows = parts.at(0);
    spec.columns = parts.at(1);
    for (const auto &[i, where] : {std::pair{0, "rows"}, std::pair{1, "columns"}})
        if (auto axis = analysis::AxisSpec::parse(parts.at(i)); !axis)
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("--matrix \"%1\": %2: %3").arg(text, QString::fromLatin1(where), axis.message()));
    if (parts.size() > 2 && !parts.at(2).isEmpty()) {
        if (!analysis::unitFromString(parts.at(2)))
            return makeError(ErrorKind::Invalid, QStringLiteral("--matrix \"%1\": unknown unit \"%2\": quotes, documents or cases")
                                                     .arg(text, parts.at(2)));
        spec.unit = parts.at(2);
    }
    if (parts.size() > 3 && !parts.at(3).isEmpty()) {
        if (!analysis::normalizationFromString(parts.at(3)))
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("--matrix \"%1\": unknown normalisation \"%2\": none, row, col or total").arg(text, parts.at(3)));
        spec.normalisation = parts.at(3);
    }
    return spec;
}

// A comma-separated list, each item trimmed, empty items dropped.
QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

// Reads the report options shared by `report` and `export`; returns an exit
// code on bad input.
std::optional<int> reportOptions(cli::Context &ctx, ReportOptions &options)
{
    options.rows = ctx.args.value(QStringLiteral("--rows"));
    options.columns = ctx.args.value(QStringLiteral("--cols"));
    options.title = ctx.args.value(QStringLiteral("--title"));
    options.groupAttribute = ctx.args.value(QStringLiteral("--group"));
    options.redact = ctx.args.has(QStringLiteral("--redact"));
    options.networkGroup = ctx.args.value(QStringLiteral("--network-group"));
    options.frameworkColumns = ctx.args.value(QStringLiteral("--framework"));
    if (ctx.args.has(QStringLiteral("--quotes-per-cell"))) {
        bool ok = false;
        options.quotesPerCell = ctx.args.value(QStringLiteral("--quotes-per-cell")).toInt(&ok);
        if (!ok || options.quotesPerCell < 0 || options.quotesPerCell > 1000)
            return ctx.usage(QStringLiteral("--quotes-per-cell must be a whole number from 0 to 1000"));
    }
    options.subtitle = ctx.args.value(QStringLiteral("--subtitle"));
    options.organisation = ctx.args.value(QStringLiteral("--organisation"));
    options.author = ctx.args.value(QStringLiteral("--author"));
    for (const QString &text : ctx.args.options.value(QStringLiteral("--matrix"))) {
        auto spec = parseMatrixFlag(text);
        if (!spec)
            return ctx.usage(spec.message());
        options.moreMatrices.append(*spec);
    }
    for (const QString &leaveOut : ctx.args.options.value(QStringLiteral("--leave-out"))) {
        for (const QString &name : commaList(leaveOut)) {
            const auto section = reportSectionFromString(name);
            if (!section) {
                QStringList names;
                for (const ReportSection s : allReportSections())
                    names.append(toString(s));
                return ctx.usage(QStringLiteral("--leave-out: unknown section \"%1\" (sections: %2)").arg(name, names.join(QStringLiteral(", "))));
            }
            if (!options.leftOut.contains(*section))
                options.leftOut.append(*section);
        }
    }
    if (ctx.args.has(QStringLiteral("--role-attribute"))) {
        options.roleAttribute = ctx.args.value(QStringLiteral("--role-attribute")).trimmed();
        if (options.roleAttribute.isEmpty())
            return ctx.usage(QStringLiteral("--role-attribute needs a case attribute's name"));
    }
    if (ctx.args.has(QStringLiteral("--exclude-roles")))
        options.excludedRoles = commaList(ctx.args.value(QStringLiteral("--exclude-roles")));
    return std::nullopt;
}

}  // namespace

int writeReportCommand(cli::Context &ctx, const QString &out, const QString &format)
{
    ReportOptions options;
    if (auto exit = reportOptions(ctx, options))
        return *exit;
    // Fail on an unwritable target before opening the project.
    if (auto check = exporting::checkWritableTarget(out); !check)
        return ctx.fail(check.error());
    int exitCode = cli::Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    // The default Role may be missing from a project; a role attribute asked for by name may not.
    if (ctx.args.has(QStringLiteral("--role-attribute"))) {
        const auto attributes = project->attributes(AttributeScope::Case);
        if (std::none_of(attributes.begin(), attributes.end(), [&options](const Attribute &a) { return a.name == options.roleAttribute; }))
            return ctx.usage(QStringLiteral("--role-attribute: the project has no case attribute \"%1\"").arg(options.roleAttribute));
    }
    if (project->isEncrypted())
        ctx.err << "crosscut-cli: warning: " << ctx.args.positional.value(0) << " is encrypted, but " << out
                << " is not: anyone who can read that file can read what it holds\n";
    if (Status written = exportReport(*project, out, format, options); !written)
        return ctx.fail(written.error());
    return cli::Ok;
}

int runReport(cli::Context &ctx)
{
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("report needs --out FILE.pdf|.docx|.odt|.html|.xlsx"));
    auto format = exporting::formatFromSuffix(out, reportFormats());
    if (!format)
        return ctx.fail(format.error());
    return writeReportCommand(ctx, out, *format);
}

}  // namespace crosscut::render
