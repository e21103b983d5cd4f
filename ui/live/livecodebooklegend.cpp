#include "live/livecodebooklegend.h"

#include <QColor>
#include <QGridLayout>
#include <QLabel>

namespace crosscut::ui {

LiveCodebookLegend::LiveCodebookLegend(Project *project, const QList<live::CodeKey> &keys, QWidget *parent)
    : QWidget(parent), m_project(project)
{
    setObjectName(QStringLiteral("liveCodebookLegend"));
    // Keys in key order, grouped by the dimension (parent) of their code.
    for (const live::CodeKey &k : keys) {
        const auto code = m_project->code(k.codeId);
        if (!code)
            continue;
        QString group = tr("Other codes");
        if (code->parentId)
            if (const auto parentCode = m_project->code(*code->parentId))
                group = parentCode->name;
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return g.name == group; });
        if (it == m_groups.end())
            m_groups.append({group, {k}});
        else
            it->keys.append(k);
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    if (m_groups.isEmpty()) {
        auto *none = new QLabel(tr("No live codebook: code in the workbench after the session."), this);
        grid->addWidget(none, 0, 0);
        return;
    }
    // Two columns of dimensions keep it to a few lines at 1366 px.
    const int columns = m_groups.size() > 4 ? 2 : 1;
    for (int i = 0; i < m_groups.size(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        grid->addWidget(label, i / columns, i % columns);
        m_labels.append(label);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    render();
}

void LiveCodebookLegend::setPending(const QList<Id> &codes)
{
    if (codes == m_pending)
        return;
    m_pending = codes;
    render();
}

void LiveCodebookLegend::render()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        const Group &g = m_groups[i];
        QStringList parts;
        for (const live::CodeKey &k : g.keys) {
            const auto code = m_project->code(k.codeId);
            if (!code)
                continue;
            const QColor color(code->color);
            const QString fg = color.lightnessF() > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
            QString name = code->name.toHtmlEscaped();
            if (m_pending.contains(k.codeId))
                name = QStringLiteral("<u><b>%1</b></u>").arg(name);
            parts.append(QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>&nbsp;%4")
                             .arg(color.name(), fg, k.key.toHtmlEscaped(), name));
        }
        m_labels[i]->setText(QStringLiteral("<b>%1</b>&nbsp; %2").arg(g.name.toHtmlEscaped(), parts.join(QStringLiteral("&nbsp;&nbsp; "))));
    }
}

QString LiveCodebookLegend::legendText() const
{
    QStringList lines;
    for (const Group &g : m_groups) {
        QStringList parts;
        for (const live::CodeKey &k : g.keys)
            if (const auto code = m_project->code(k.codeId))
                parts.append(k.key + QLatin1Char(' ') + code->name);
        lines.append(g.name + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace crosscut::ui
