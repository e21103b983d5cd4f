#include "agreement/agreementexport.h"

#include "agreement/disagreementmodel.h"
#include "export/atomicfile.h"
#include "export/xlsxexport.h"
#include "project/project.h"

#include <QCoreApplication>

// The workbook's words are translated in the context "AgreementExport"
// (QCoreApplication::translate with that literal, which lupdate reads).

namespace crosscut::ui::agreement {

namespace {

QList<analysis::Label> labels(const QStringList &texts)
{
    QList<analysis::Label> out;
    for (const QString &t : texts)
        out.append({t, {}, {}});
    return out;
}

analysis::Table countsTable(const QString &title, const QList<team::CodeAgreement> &codes)
{
    analysis::Table t;
    t.title = title;
    t.rowHeader = QCoreApplication::translate("AgreementExport", "Code");
    t.format = analysis::NumberFormat::Count;
    t.note = QCoreApplication::translate("AgreementExport", "Code points coded");
    t.columns = labels({QCoreApplication::translate("AgreementExport", "A"),
                        QCoreApplication::translate("AgreementExport", "B"),
                        QCoreApplication::translate("AgreementExport", "Both"),
                        QCoreApplication::translate("AgreementExport", "All")});
    for (const team::CodeAgreement &c : codes) {
        t.rows.append({c.path, c.code, {}});
        t.cells.append({double(c.a), double(c.b), double(c.both), double(c.total)});
    }
    return t;
}

analysis::Table measuresTable(const QString &title, const QList<team::CodeAgreement> &codes)
{
    analysis::Table t;
    t.title = title;
    t.rowHeader = QCoreApplication::translate("AgreementExport", "Code");
    t.format = analysis::NumberFormat::Coefficient;
    t.note = QCoreApplication::translate("AgreementExport",
                                         "Percent agreement as a share (0–1), Cohen's kappa, Krippendorff's unitized "
                                         "alpha; — where undefined");
    t.columns = labels({QCoreApplication::translate("AgreementExport", "Percent agreement"),
                        QCoreApplication::translate("AgreementExport", "Kappa"),
                        QCoreApplication::translate("AgreementExport", "Alpha")});
    for (const team::CodeAgreement &c : codes) {
        t.rows.append({c.path, c.code, {}});
        t.cells.append(QList<double>{c.percent.value_or(0), c.kappa.value_or(0), c.alpha.value_or(0)});
        t.undefined.append(QList<bool>{!c.percent, !c.kappa, !c.alpha});
    }
    return t;
}

analysis::Table dimensionsTable(const QString &title, const QList<team::DimensionAgreement> &dimensions)
{
    analysis::Table t;
    t.title = title;
    t.rowHeader = QCoreApplication::translate("AgreementExport", "Dimension");
    t.format = analysis::NumberFormat::Coefficient;
    t.note = QCoreApplication::translate("AgreementExport",
                                         "Krippendorff's cu-alpha over the dimension's values; — where undefined");
    t.columns = labels({QCoreApplication::translate("AgreementExport", "cu-alpha")});
    for (const team::DimensionAgreement &d : dimensions) {
        t.rows.append({d.name, d.dimension, {}});
        t.cells.append(QList<double>{d.cuAlpha.value_or(0)});
        t.undefined.append(QList<bool>{!d.cuAlpha});
    }
    return t;
}

QString spansText(const QList<team::Span> &spans)
{
    QStringList parts;
    for (const team::Span &s : spans)
        parts << QString::number(s.start) + QStringLiteral("–") + QString::number(s.end);
    return parts.join(QStringLiteral(", "));
}

double codedLength(const QList<team::Span> &spans)
{
    qint64 n = 0;
    for (const team::Span &s : spans)
        n += s.end - s.start;
    return double(n);
}

bool isXlsx(const QString &path) { return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive); }

Status checkSuffix(const QString &path)
{
    const Result<QString> format = exporting::formatFromSuffix(path, {QStringLiteral("csv"), QStringLiteral("xlsx")});
    return format ? Status() : Status(format.error());
}

}  // namespace

Status exportAgreement(const team::AgreementReport &report, const QString &path)
{
    if (Status s = checkSuffix(path); !s)
        return s;
    if (!isXlsx(path))
        return exporting::writeAtomically(path, team::agreementCsv(report));
    const QString coders = report.coders.join(QStringLiteral(", "));
    exporting::XlsxWorkbook book;
    book.title = QCoreApplication::translate("AgreementExport", "Inter-coder agreement: %1").arg(coders);
    book.about << QCoreApplication::translate("AgreementExport",
                                              "Counted in code points; each document is its own continuum.")
               << QCoreApplication::translate("AgreementExport", "Coders: %1").arg(coders)
               << QCoreApplication::translate("AgreementExport", "Documents counted: %n", nullptr,
                                              int(report.documents.size()));
    if (report.pairs.size() > 1)
        book.tables << measuresTable(QCoreApplication::translate("AgreementExport", "Mean agreement"), report.meanCodes)
                    << dimensionsTable(QCoreApplication::translate("AgreementExport", "Mean dimensions"),
                                       report.meanDimensions);
    const QString codePoints = QCoreApplication::translate("AgreementExport", " (code points)");
    const QString dimensions = QCoreApplication::translate("AgreementExport", " (dimensions)");
    for (const team::PairAgreement &p : report.pairs) {
        const QString pair = p.coderA + QStringLiteral(" – ") + p.coderB;
        book.tables << measuresTable(pair, p.codes) << countsTable(pair + codePoints, p.codes)
                    << dimensionsTable(pair + dimensions, p.dimensions);
    }
    return exporting::writeXlsx(path, book);
}

Status exportDisagreements(Project &project, const DisagreementExport &what, const QString &path)
{
    if (Status s = checkSuffix(path); !s)
        return s;
    if (!isXlsx(path))
        return exporting::writeAtomically(path, team::disagreementsCsv(project, what.disagreements));
    exporting::XlsxWorkbook book;
    book.title = QCoreApplication::translate("AgreementExport", "Disagreements on %1: %2 and %3")
                     .arg(what.codePath, what.coderA, what.coderB);
    analysis::Table t;
    t.title = QCoreApplication::translate("AgreementExport", "Disagreements");
    t.rowHeader = QCoreApplication::translate("AgreementExport", "Stretch");
    t.format = analysis::NumberFormat::Count;
    t.note = book.title;
    t.columns = labels({QCoreApplication::translate("AgreementExport", "Start"),
                        QCoreApplication::translate("AgreementExport", "End"),
                        QCoreApplication::translate("AgreementExport", "A coded"),
                        QCoreApplication::translate("AgreementExport", "B coded")});
    for (const team::Disagreement &d : what.disagreements) {
        const QString label = d.documentName + QStringLiteral(" · ") + DisagreementModel::kindName(d.kind)
                              + QStringLiteral(" · ") + spansText({d.span});
        t.rows.append({label, d.document, {}});
        t.cells.append({double(d.span.start), double(d.span.end), codedLength(d.a), codedLength(d.b)});
        book.quotes.append({label, d.documentName, d.span.start, d.span.end, QString(),
                            project.documentSlice(d.document, d.span.start, d.span.end), {what.codePath},
                            {what.coderA + QStringLiteral(": ") + spansText(d.a),
                             what.coderB + QStringLiteral(": ") + spansText(d.b)}});
    }
    book.tables << t;
    return exporting::writeXlsx(path, book);
}

}  // namespace crosscut::ui::agreement
