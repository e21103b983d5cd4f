// The report's "Positional profiles" drawn (reportcontent.h): the dot plots
// of the bipolar dimensions, the case × dimension grid and the hat shifts.
#include "render/profilerenderer.h"
#include "render/reportcontent.h"

#include <QCoreApplication>

namespace crosscut::render {

namespace {

constexpr double kFigureMm = 170;

// Called as ReportProfiles::tr so that lupdate files the strings under this context.
struct ReportProfiles {
    static QString tr(const char *text) { return QCoreApplication::translate("crosscut::render::ReportProfiles", text); }
};

ReportHeading heading(const QString &text, const QString &anchor)
{
    ReportHeading h;
    h.level = 2;
    h.text = text;
    h.anchor = anchor;
    return h;
}

QString rangeText(const analysis::ProfilesResult &profiles, CaseRange range)
{
    return ReportProfiles::tr("cases %1\u2013%2 of %3").arg(range.first + 1).arg(range.first + range.count).arg(profiles.cases.size());
}

QList<ReportBlock> dotBlocks(const analysis::ProfilesResult &profiles)
{
    QList<ReportBlock> out;
    out.append(heading(ReportProfiles::tr("Positions on the bipolar dimensions"), QStringLiteral("profiles-positions")));
    const QList<int> drawn = positionedDimensions(profiles);
    if (drawn.isEmpty()) {
        out.append(paragraphOf(ReportProfiles::tr("No quote has a position on a bipolar dimension: code quotes with the values of a "
                                "bipolar dimension (Provider-led \u2194 Key population-led, …) to see where each case "
                                "speaks from.")));
        return out;
    }
    out.append(paragraphOf(
        ReportProfiles::tr("Each row is a case; each dot is one of its quotes, placed on the axis between the dimension's two poles "
           "(the quote's position, or the position of the value it is coded with). Dots at the same place are "
           "spread up and down a little. The diamond is the case's mean position, the line below it one standard "
           "deviation either side: a long line means the case speaks from both ends of the axis. The number after "
           "a case's name counts its positioned quotes.")));
    QStringList empty;
    for (const int d : bipolarDimensions(profiles))
        if (!drawn.contains(d))
            empty.append(profiles.cases.first().dimensions[d].dimension.text);
    const QList<CaseRange> ranges = splitRange(static_cast<int>(profiles.cases.size()), kCasesPerImage);
    for (const int d : drawn) {
        const QString name = profiles.cases.first().dimensions[d].dimension.text;
        for (const CaseRange &range : ranges) {
            ReportFigure figure;
            figure.image = dotPlotImage(profiles, {DotPanel{d, range}}, 2.0);
            figure.widthMm = kFigureMm;
            figure.alt = ReportProfiles::tr("Dot plot of the cases' quote positions on %1").arg(name);
            figure.caption = ranges.size() > 1 ? ReportProfiles::tr("%1: quote positions per case (%2)").arg(name, rangeText(profiles, range))
                                               : ReportProfiles::tr("%1: quote positions per case").arg(name);
            out.append(figure);
        }
    }
    if (!empty.isEmpty())
        out.append(paragraphOf(ReportProfiles::tr("No quote is positioned on: %1.").arg(empty.join(QStringLiteral(", "))),
                             ReportParagraph::Style::Note));
    return out;
}

QList<ReportBlock> gridBlocks(const analysis::ProfilesResult &profiles)
{
    QList<ReportBlock> out;
    out.append(heading(ReportProfiles::tr("Values each case speaks from"), QStringLiteral("profiles-grid")));
    out.append(paragraphOf(
        ReportProfiles::tr("Rows are cases, columns dimensions. A cell holds a chip for each value of the dimension the case's "
           "quotes carry, in the value's code colour, with the number of those quotes. An outlined cell is a hat "
           "shift: the case speaks from more than one value of that dimension in different quotes.")));
    QList<int> all;
    if (!profiles.cases.isEmpty())
        for (qsizetype d = 0; d < profiles.cases.first().dimensions.size(); ++d)
            all.append(static_cast<int>(d));
    const QList<CaseRange> columnRuns = splitRange(static_cast<int>(all.size()), kDimensionsPerImage);
    const QList<CaseRange> ranges = splitRange(static_cast<int>(profiles.cases.size()), kCasesPerImage);
    const bool several = columnRuns.size() * ranges.size() > 1;
    for (const CaseRange &columns : columnRuns) {
        const QList<int> dims = all.mid(columns.first, columns.count);
        QStringList names;
        for (const int d : dims)
            names.append(profiles.cases.first().dimensions[d].dimension.text);
        for (const CaseRange &range : ranges) {
            ReportFigure figure;
            figure.image = gridImage(profiles, range, dims, 2.0);
            figure.widthMm = kFigureMm;
            figure.alt = ReportProfiles::tr("Grid of the values each case speaks from on %1").arg(names.join(QStringLiteral(", ")));
            figure.caption = several ? ReportProfiles::tr("%1 (%2)").arg(names.join(QStringLiteral(", ")), rangeText(profiles, range))
                                     : names.join(QStringLiteral(", "));
            out.append(figure);
        }
    }
    return out;
}

QList<ReportBlock> hatShiftBlocks(const analysis::ProfilesResult &profiles)
{
    QList<ReportBlock> out;
    out.append(heading(ReportProfiles::tr("Hat shifts"), QStringLiteral("profiles-hat-shifts")));
    if (profiles.hatShifts.isEmpty()) {
        out.append(paragraphOf(ReportProfiles::tr("No case speaks from more than one value of a dimension.")));
        return out;
    }
    // One bullet per case, its dimensions one after the other: with 45
    // partners a bullet per shift would run over pages.
    QList<QPair<QString, QStringList>> byCase;  // case, its shifts in order
    for (const analysis::HatShift &shift : profiles.hatShifts) {
        QStringList values;
        for (const analysis::Label &v : shift.values)
            values.append(v.text);
        const int quotes = static_cast<int>(shift.quoteIds.size());
        const QString what = QStringLiteral("%1 \u2014 %2 ").arg(shift.dimension.text, values.join(QStringLiteral(", ")))
                             + (quotes == 1 ? ReportProfiles::tr("(1 quote)") : ReportProfiles::tr("(%1 quotes)").arg(quotes));
        if (byCase.isEmpty() || byCase.last().first != shift.caseLabel.text)
            byCase.append({shift.caseLabel.text, {}});
        byCase.last().second.append(what);
    }
    out.append(paragraphOf(ReportProfiles::tr("Where a case speaks from more than one value of a dimension (%1 hat shifts, %2 cases):")
                             .arg(profiles.hatShifts.size())
                             .arg(byCase.size())));
    for (const auto &[who, shifts] : std::as_const(byCase)) {
        ReportParagraph p;
        p.bullet = true;
        ReportRun name;
        name.text = who + QStringLiteral(": ");
        name.bold = true;
        ReportRun what;
        what.text = shifts.join(QStringLiteral("; "));
        p.text = {name, what};
        out.append(p);
    }
    return out;
}

}  // namespace

QList<ReportBlock> profileBlocks(const ReportData &data)
{
    const analysis::ProfilesResult &profiles = data.profiles;
    if (profiles.cases.isEmpty())
        return {paragraphOf(ReportProfiles::tr("The project has no cases: link documents or speakers to cases to see positional profiles."))};
    QList<ReportBlock> out = dotBlocks(profiles);
    out += gridBlocks(profiles);
    out += hatShiftBlocks(profiles);
    return out;
}

}  // namespace crosscut::render
