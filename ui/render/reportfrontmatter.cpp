// The report's front matter as blocks: the summary page (the generated
// sentences and the key figures) and the methods page (what the report rests
// on: documents, languages, coders, codebook, dates, agreement, who was not
// counted as a case).
#include "render/reportcontent.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace crosscut::render {

namespace {

ReportCell cell(const QString &text, bool numeric = false)
{
    ReportCell c;
    c.text = plainText(text);
    c.numeric = numeric;
    return c;
}

ReportCell headerCell(const QString &text, bool numeric = false)
{
    ReportCell c = cell(text, numeric);
    c.text.first().bold = true;
    return c;
}

ReportHeading heading(int level, const QString &text, const QString &anchor)
{
    ReportHeading h;
    h.level = level;
    h.text = text;
    h.anchor = anchor;
    return h;
}

QString plural(qint64 n, const QString &one, const QString &many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

QString listed(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
}

QString longDate(const QDate &date) { return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy")); }

// "from 3 November 2026 to 12 November 2026", "on 3 November 2026"; empty when unknown.
QString dateRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return {};
    if (first == last)
        return QStringLiteral("on %1").arg(longDate(first));
    return QStringLiteral("from %1 to %2").arg(longDate(first), longDate(last));
}

QString measure(const std::optional<double> &x)
{
    if (!x)
        return QStringLiteral("—");
    return QLocale::c().toString(std::abs(*x) < 0.005 ? 0.0 : *x, 'f', 2);
}

// A two-column table: label, number; header row first.
ReportTable figureTable(const QString &caption, const QString &labelHeader, const QString &numberHeader,
                        const QList<QPair<QString, QString>> &rows)
{
    ReportTable table;
    table.caption = caption;
    table.columnWidths = {3, 1};
    table.rows.append({headerCell(labelHeader), headerCell(numberHeader, true)});
    for (const auto &[label, value] : rows)
        table.rows.append({cell(label), cell(value, true)});
    return table;
}

}  // namespace

QList<ReportBlock> summaryBlocks(const ReportData &data)
{
    QList<ReportBlock> blocks;  // buildReportDocument gives the section its numbered heading
    for (const QString &sentence : data.summary)
        blocks.append(paragraphOf(sentence, ReportParagraph::Style::Lead));

    QList<QPair<QString, QString>> figures;
    QString documents = QString::number(data.documents);
    if (!data.documentCounts.isEmpty())
        documents += QStringLiteral(" (%1)").arg(data.documentCounts.join(QStringLiteral(", ")));
    figures.append({QStringLiteral("Documents"), documents});
    QString cases = QString::number(data.cases);
    if (data.methods.excludedCases > 0)
        cases += QStringLiteral(" (%1 left out by role)").arg(data.methods.excludedCases);
    figures.append({QStringLiteral("Cases"), cases});
    figures.append({QStringLiteral("Quotes"), QString::number(data.quotes)});
    figures.append({QStringLiteral("Codings"), QString::number(data.codings)});
    figures.append({QStringLiteral("Coders"), QString::number(data.methods.coderCodings.size())});
    if (data.matrix.grandTotal > 0)
        figures.append({QStringLiteral("%1 × %2: quotes in its cells").arg(data.matrix.rowTitle, data.matrix.columnTitle),
                        QString::number(data.matrix.grandTotal)});
    ReportTable table = figureTable(QStringLiteral("Key figures"), QStringLiteral("Figure"), QStringLiteral("Value"), figures);
    table.note = QStringLiteral("A quote carrying two values of an axis counts in both cells.");
    blocks.append(table);
    return blocks;
}

QList<ReportBlock> methodsBlocks(const ReportData &data)
{
    const ReportMethods &m = data.methods;
    QList<ReportBlock> blocks;  // buildReportDocument gives the section its numbered heading

    // Documents.
    QString sources = QStringLiteral("The report draws on %1").arg(plural(data.documents, QStringLiteral("document"), QStringLiteral("documents")));
    if (!m.documentsByKind.isEmpty())
        sources += QStringLiteral(": %1").arg(listed(m.documentsByKind));
    sources += QLatin1Char('.');
    if (const QString imported = dateRange(m.firstImport, m.lastImport); !imported.isEmpty())
        sources += QStringLiteral(" They were imported %1.").arg(imported);
    blocks.append(paragraphOf(sources));

    if (!m.documentsByLanguage.isEmpty()) {
        static const QRegularExpression counted(QStringLiteral("^(.*) \\((\\d+)\\)$"));
        QList<QPair<QString, QString>> rows;
        for (const QString &entry : m.documentsByLanguage) {
            const auto match = counted.match(entry);
            rows.append(match.hasMatch() ? qMakePair(match.captured(1), match.captured(2)) : qMakePair(entry, QString()));
        }
        ReportTable table = figureTable(QStringLiteral("Documents by language"), QStringLiteral("Language"),
                                        QStringLiteral("Documents"), rows);
        table.note = QStringLiteral("The document attribute Language where it is set, else the script most of the text is written in; "
                                    "a document in two languages counts under both.");
        blocks.append(table);
    }

    // Coding.
    QString coding = QStringLiteral("The codebook has %1").arg(plural(m.codes, QStringLiteral("code"), QStringLiteral("codes")));
    if (m.dimensions > 0)
        coding += QStringLiteral(", among them %1 whose values the matrices cross")
                      .arg(plural(m.dimensions, QStringLiteral("dimension"), QStringLiteral("dimensions")));
    coding += QLatin1Char('.');
    if (const QString coded = dateRange(m.firstCoding, m.lastCoding); !coded.isEmpty())
        coding += QStringLiteral(" %1 were made %2.").arg(plural(data.codings, QStringLiteral("coding"), QStringLiteral("codings")), coded);
    blocks.append(paragraphOf(coding));
    if (!m.coderCodings.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const auto &[coder, n] : m.coderCodings)
            rows.append({coder, QString::number(n)});
        blocks.append(figureTable(QStringLiteral("Coders"), QStringLiteral("Coder"), QStringLiteral("Codings"), rows));
    }

    // Agreement: the overall figure per pair of coders.
    if (!data.agreement.empty()) {
        blocks.append(heading(2, QStringLiteral("Inter-coder agreement"), QStringLiteral("methods-agreement")));
        for (const auto &pair : data.agreement.pairs) {
            ReportParagraph p = paragraphOf(
                QStringLiteral("%1 and %2, over %3 they both coded: mean agreement %4 of code points, Cohen's kappa %5, "
                               "Krippendorff's alpha %6 (means over the %7 either of them used).")
                    .arg(pair.coderA, pair.coderB,
                         plural(pair.documents, QStringLiteral("document"), QStringLiteral("documents")),
                         pair.meanPercent ? QStringLiteral("%1 %").arg(QLocale::c().toString(100.0 * *pair.meanPercent, 'f', 0))
                                          : QStringLiteral("—"),
                         measure(pair.meanKappa), measure(pair.meanAlpha),
                         plural(pair.codes, QStringLiteral("code"), QStringLiteral("codes"))));
            p.bullet = data.agreement.pairs.size() > 1;
            blocks.append(p);
        }
        blocks.append(paragraphOf(QStringLiteral("Agreement counts code points, each document on its own; kappa and alpha above 0.8 are "
                                               "commonly read as good, below 0.67 as too low to draw conclusions from."),
                                ReportParagraph::Style::Note));
    }

    // Who is not a case of the evaluation.
    if (m.excludedCases > 0) {
        const QString roles = m.excludedRoles.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(listed(m.excludedRoles));
        blocks.append(paragraphOf(
            QStringLiteral("%1 left out by role%2: %3 in no case count, group average or profile of this report. "
                           "What they said still counts among the quotes.")
                .arg(m.excludedCases == 1 ? QStringLiteral("1 case is") : QStringLiteral("%1 cases are").arg(m.excludedCases), roles,
                     m.excludedCases == 1 ? QStringLiteral("it is") : QStringLiteral("they are"))));
    }
    return blocks;
}

}  // namespace crosscut::render
