// The sections about the coding itself: inter-coder agreement, the framework
// matrix of the analysts' summaries, and the codebook.
#include "render/reportsections.h"

#include <cmath>

namespace crosscut::render {

namespace {

const QColor kGrey(0x66, 0x66, 0x66);

QString measure(const std::optional<double> &x)
{
    if (!x)
        return QStringLiteral("—");
    return QString::number(std::abs(*x) < 0.005 ? 0.0 : *x, 'f', 2);
}

// Below 0.67 a code's agreement is too low to draw conclusions from, below
// 0.8 tentative ones only (Krippendorff's conventional thresholds).
ReportCell levelCell(const std::optional<double> &x)
{
    ReportCell cell = numberCell(measure(x));
    if (x && *x < 0.67)
        cell.background = QColor(0xF4, 0xCC, 0xCC);
    else if (x && *x < 0.8)
        cell.background = QColor(0xFC, 0xE5, 0xCD);
    return cell;
}

}  // namespace

QList<ReportBlock> agreementBlocks(const team::AgreementSummary &a)
{
    QList<ReportBlock> blocks;
    ReportParagraph intro;
    intro.text = {run(QStringLiteral("Agreement is counted in characters (Unicode code points), each document on its own, over the "
                                     "documents both coders of a pair coded. ")),
                  run(QStringLiteral("Percent"), true),
                  run(QStringLiteral(" is the share of characters on which the two coders agree (both coded or neither); ")),
                  run(QStringLiteral("kappa"), true), run(QStringLiteral(" is Cohen's kappa per character; ")),
                  run(QStringLiteral("alpha"), true),
                  run(QStringLiteral(" is Krippendorff's unitized alpha (Krippendorff et al. 2016), which also weighs where segments "
                                     "begin and end. Values below 0.67 are shaded red, below 0.80 amber."))};
    blocks.append(intro);
    ReportTable pairs = tableWithHeader({Report::tr("Coders"), Report::tr("Double-coded documents"), Report::tr("Codes used"),
                                         Report::tr("Mean percent"), Report::tr("Mean kappa"), Report::tr("Mean alpha")});
    for (const auto &p : a.pairs)
        pairs.rows.append({textCell(QStringLiteral("%1 × %2").arg(p.coderA, p.coderB)), numberCell(QString::number(p.documents)),
                           numberCell(QString::number(p.codes)), numberCell(measure(p.meanPercent)), levelCell(p.meanKappa),
                           levelCell(p.meanAlpha)});
    pairs.columnWidths = {2, 1, 1, 1, 1, 1};
    blocks.append(pairs);
    blocks.append(subheading(Report::tr("Per code")));
    ReportTable codes = tableWithHeader({Report::tr("Code"), Report::tr("Percent"), Report::tr("Kappa"), Report::tr("Alpha")});
    codes.columnWidths = {4, 1, 1, 1};
    for (const auto &c : a.codes)
        codes.rows.append({textCell(c.path), numberCell(measure(c.percent)), levelCell(c.kappa), levelCell(c.alpha)});
    blocks.append(codes);
    if (!a.dimensions.isEmpty()) {
        blocks.append(subheading(Report::tr("Per dimension")));
        ReportParagraph cu;
        cu.text = plainText(QStringLiteral("cu-alpha compares the values the coders gave where both coded a value of the dimension."));
        blocks.append(cu);
        ReportTable dims = tableWithHeader({Report::tr("Dimension"), Report::tr("cu-alpha"), Report::tr("Note")});
        dims.columnWidths = {2, 1, 3};
        for (const auto &d : a.dimensions)
            dims.rows.append({textCell(d.name), levelCell(d.cuAlpha), textCell(d.reason)});
        blocks.append(dims);
    }
    return blocks;
}

// Cases × codes, each cell the summary and its number of supporting quotes;
// a gap (no quotes, no summary) is shaded.
QList<ReportBlock> frameworkBlocks(const analysis::FrameworkResult &f)
{
    QList<ReportBlock> blocks;
    ReportParagraph intro;
    intro.text = plainText(QStringLiteral("Each cell holds the analysts' summary of what the case says about the code, and in brackets "
                                          "the number of quotes that support it. Shaded cells are gaps: no quote and no summary — "
                                          "places to look into. %1 of %2 cells are summarised; %3 are gaps.")
                               .arg(f.summaryCount())
                               .arg(f.rows.size() * f.columns.size())
                               .arg(f.gapCount()));
    blocks.append(intro);
    QStringList head{f.rowTitle};
    for (const auto &c : f.columns)
        head.append(c.text);
    ReportTable table = tableWithHeader(head);
    for (int r = 0; r < f.rows.size(); ++r) {
        QList<ReportCell> row{textCell(f.rows.at(r).text, true)};
        for (int c = 0; c < f.columns.size(); ++c) {
            const analysis::FrameworkCell &fc = f.cell(r, c);
            ReportCell cell;
            if (fc.isGap()) {
                cell.background = QColor(0xE6, 0xE6, 0xE6);
                cell.text = {run(QStringLiteral("gap"), false, true, QColor(0x80, 0x80, 0x80))};
            } else {
                const qsizetype n = fc.quoteIds.size();
                const ReportRun count =
                    run(QStringLiteral("(%1 %2)").arg(n).arg(n == 1 ? QStringLiteral("quote") : QStringLiteral("quotes")), false, false, kGrey);
                if (fc.summary.text.isEmpty()) {
                    cell.background = QColor(0xFF, 0xF4, 0xD6);
                    cell.text = {run(QStringLiteral("not summarised"), false, true), run(QStringLiteral(" ")), count};
                } else {
                    cell.text = {run(fc.summary.text + QLatin1Char(' ')), count};
                }
            }
            row.append(cell);
        }
        table.rows.append(row);
    }
    blocks.append(table);
    return blocks;
}

QList<ReportBlock> codebookBlocks(const ReportData &data)
{
    ReportTable table = tableWithHeader({QString(), Report::tr("Code"), Report::tr("Description"), Report::tr("Codings")});
    table.columnWidths = {0.25, 3, 4, 1};
    for (const auto &e : data.codebook) {
        ReportCell swatch;
        swatch.background = QColor(e.color).isValid() ? QColor(e.color) : QColor(Qt::white);
        // Em spaces: an indent that neither HTML nor the PDF's layout collapses.
        ReportCell name = textCell(QString(e.depth * 2, QChar(0x2003)) + e.name, e.depth == 0 || e.dimension);
        if (e.dimension)
            name.text.append(run(QStringLiteral(" (dimension)"), false, false, kGrey));
        table.rows.append({swatch, name, textCell(e.description), numberCell(QString::number(e.codings))});
    }
    return {table};
}

}  // namespace crosscut::render
