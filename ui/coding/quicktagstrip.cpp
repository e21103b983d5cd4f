#include "coding/quicktagstrip.h"
#include "widgets/scriptfonts.h"

#include "coding/codingcontroller.h"
#include "document/documentview.h"
#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace crosscut::ui {

QuickTagStrip::QuickTagStrip(Project *project, CodingController *controller, DocumentView *view, QWidget *parent)
    : QWidget(parent), m_project(project), m_controller(controller), m_view(view), m_flow(new FlowLayout(this, 3, 3))
{
    setObjectName(QStringLiteral("quickTagStrip"));
    m_flow->setContentsMargins(4, 3, 4, 3);
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
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_buttons.clear();
    const QList<Code> codes = m_project->codes();
    int slot = 0;
    for (const Code &dimension : codes) {
        if (!dimension.isDimension)
            continue;
        // The dimension's name travels with its first value; the other
        // values wrap like words, so the strip packs into few rows.
        auto *head = new QWidget(this);
        auto *row = new QHBoxLayout(head);
        row->setContentsMargins(slot > 0 ? 10 : 0, 0, 0, 0);
        row->setSpacing(3);
        auto *label = new QLabel(dimension.name + u':', head);
        label->setToolTip(dimension.description);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        row->addWidget(label);
        bool first = true;
        for (const Code &value : codes) {
            if (value.parentId != dimension.id)
                continue;
            auto *button = new QToolButton(first ? head : this);
            button->setText(value.name);
            button->setCheckable(true);
            button->setAutoRaise(false);
            button->setToolTip(value.description.isEmpty() ? value.name : value.description);
            button->setObjectName(QStringLiteral("tag-%1").arg(value.id));
            // The code's colour as a thin bar under the name.
            button->setStyleSheet(QStringLiteral("QToolButton { border-bottom: 3px solid %1; padding: 0px 4px; %3 }"
                                                 "QToolButton:checked { background: %1; color: %2; }")
                                      .arg(value.color, QColor(value.color).lightnessF() > 0.6 ? QStringLiteral("black")
                                                                                               : QStringLiteral("white"),
                                           scriptFontsCss()));
            // Compact rows: the transcript below keeps its height on a laptop.
            button->setFixedHeight(button->fontMetrics().height() + 9);
            const Id id = value.id;
            connect(button, &QToolButton::clicked, this, [this, id] {
                (void)m_controller->tagDimensionValue(id);
                refreshState();
            });
            if (first)
                row->addWidget(button);
            else
                m_flow->addWidget(button);
            if (first)
                m_flow->addWidget(head);
            first = false;
            m_buttons.insert(value.id, button);
        }
        if (first)  // a dimension without values yet
            m_flow->addWidget(head);
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
