#include "coding/quicktagstrip.h"

#include "coding/codingcontroller.h"
#include "document/documentview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace crosscut::ui {

QuickTagStrip::QuickTagStrip(Project *project, CodingController *controller, DocumentView *view, QWidget *parent)
    : QWidget(parent), m_project(project), m_controller(controller), m_view(view), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("quickTagStrip"));
    m_grid->setContentsMargins(4, 2, 4, 2);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    rebuild();
    connect(m_project, &Project::changed, this, [this](const ChangeList &changes) {
        if (changes.reset || changes.touches(QStringLiteral("code")))
            rebuild();
        else if (changes.touches(QStringLiteral("coding")))
            refreshState();
    });
    connect(m_view, &DocumentView::currentQuoteChanged, this, &QuickTagStrip::refreshState);
}

void QuickTagStrip::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_buttons.clear();
    const QList<Code> codes = m_project->codes();
    int slot = 0;
    const int perRow = 3;
    for (const Code &dimension : codes) {
        if (!dimension.isDimension)
            continue;
        auto *group = new QWidget(this);
        auto *row = new QHBoxLayout(group);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        auto *label = new QLabel(dimension.name + u':', group);
        label->setToolTip(dimension.description);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        row->addWidget(label);
        for (const Code &value : codes) {
            if (value.parentId != dimension.id)
                continue;
            auto *button = new QToolButton(group);
            button->setText(value.name);
            button->setCheckable(true);
            button->setAutoRaise(false);
            button->setToolTip(value.description.isEmpty() ? value.name : value.description);
            button->setObjectName(QStringLiteral("tag-%1").arg(value.id));
            // The code's colour as a thin bar under the name.
            button->setStyleSheet(QStringLiteral("QToolButton { border-bottom: 3px solid %1; padding: 1px 4px; }"
                                                 "QToolButton:checked { background: %1; color: %2; }")
                                      .arg(value.color, QColor(value.color).lightnessF() > 0.6 ? QStringLiteral("black")
                                                                                               : QStringLiteral("white")));
            const Id id = value.id;
            connect(button, &QToolButton::clicked, this, [this, id] {
                (void)m_controller->tagDimensionValue(id);
                refreshState();
            });
            row->addWidget(button);
            m_buttons.insert(value.id, button);
        }
        row->addStretch();
        m_grid->addWidget(group, slot / perRow, slot % perRow);
        ++slot;
    }
    setVisible(slot > 0);
    refreshState();
}

void QuickTagStrip::refreshState()
{
    QList<Id> carried;
    const std::optional<Id> quote = m_view->currentQuote();
    if (quote)
        for (const Coding &c : m_project->codings(*quote))
            carried.append(c.codeId);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(carried.contains(it.key()));
}

}  // namespace crosscut::ui
