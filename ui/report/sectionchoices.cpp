#include "report/sectionchoices.h"

#include <QCoreApplication>

namespace crosscut::ui {

namespace {
QString label(const char *text) { return QCoreApplication::translate("crosscut::ui::ReportDialog", text); }
}  // namespace

QList<SectionChoice> sectionChoices()
{
    using render::ReportSection;
    return {
        {ReportSection::Summary, QStringLiteral("summary"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Summary"))},
        {ReportSection::Methods, QStringLiteral("methods"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Methods"))},
        {ReportSection::Matrices, QStringLiteral("matrices"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Matrices"))},
        {ReportSection::Charts, QStringLiteral("charts"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Charts"))},
        {ReportSection::Quotes, QStringLiteral("quotes"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Representative quotes"))},
        {ReportSection::Profiles, QStringLiteral("profiles"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Positional profiles"))},
        {ReportSection::Network, QStringLiteral("network"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Collaboration network"))},
        {ReportSection::Agreement, QStringLiteral("agreement"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Inter-coder agreement"))},
        {ReportSection::Framework, QStringLiteral("framework"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Framework matrix"))},
        {ReportSection::Codebook, QStringLiteral("codebook"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Codebook"))},
        {ReportSection::Appendix, QStringLiteral("appendix"), label(QT_TRANSLATE_NOOP("crosscut::ui::ReportDialog", "Appendix (profile tables)"))},
    };
}

std::optional<render::ReportSection> sectionFromKey(const QString &key)
{
    for (const SectionChoice &choice : sectionChoices())
        if (choice.key == key)
            return choice.section;
    return std::nullopt;
}

QString sectionKey(render::ReportSection section)
{
    for (const SectionChoice &choice : sectionChoices())
        if (choice.section == section)
            return choice.key;
    return {};
}

}  // namespace crosscut::ui
