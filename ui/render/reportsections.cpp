// The report's section names, as --leave-out spells them.
#include "render/reportdata.h"

#include <array>
#include <utility>

namespace crosscut::render {

namespace {

constexpr std::array<std::pair<ReportSection, const char *>, 11> kSections{{
    {ReportSection::Summary, "summary"},
    {ReportSection::Methods, "methods"},
    {ReportSection::Matrices, "matrices"},
    {ReportSection::Charts, "charts"},
    {ReportSection::Quotes, "quotes"},
    {ReportSection::Profiles, "profiles"},
    {ReportSection::Network, "network"},
    {ReportSection::Agreement, "agreement"},
    {ReportSection::Framework, "framework"},
    {ReportSection::Codebook, "codebook"},
    {ReportSection::Appendix, "appendix"},
}};

}  // namespace

QString toString(ReportSection section)
{
    for (const auto &[s, name] : kSections)
        if (s == section)
            return QString::fromLatin1(name);
    return {};
}

std::optional<ReportSection> reportSectionFromString(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto &[s, n] : kSections)
        if (wanted == QLatin1String(n))
            return s;
    return std::nullopt;
}

QList<ReportSection> allReportSections()
{
    QList<ReportSection> out;
    for (const auto &[s, name] : kSections)
        out.append(s);
    return out;
}

}  // namespace crosscut::render
