#include "coders/codersmenu.h"

#include "coders/coderfilter.h"

#include <QActionGroup>
#include <QPixmap>

namespace crosscut::ui {

CodersMenu::CodersMenu(QWidget *parent)
    : QMenu(tr("C&oders"), parent), m_group(new QActionGroup(this)), m_all(addAction(tr("&All coders"))),
      m_mine(addAction(tr("Only &mine"))), m_one(addMenu(tr("&One coder"))), m_compare(nullptr)
{
    setObjectName(QStringLiteral("codersMenu"));
    setToolTipsVisible(true);
    m_one->setObjectName(QStringLiteral("oneCoderMenu"));
    m_one->setToolTipsVisible(true);
    addSeparator();
    m_compare = addAction(tr("&Compare coders"));
    m_all->setObjectName(QStringLiteral("codersAll"));
    m_mine->setObjectName(QStringLiteral("codersMine"));
    m_compare->setObjectName(QStringLiteral("codersCompare"));
    m_all->setStatusTip(tr("Shows every coder's codings"));
    m_mine->setStatusTip(tr("Shows only the codings of the current coder"));
    m_compare->setStatusTip(tr("Shows every coder's codings side by side, in a colour per coder"));
    m_group->setExclusive(true);
    for (QAction *a : {m_all, m_mine, m_compare}) {
        a->setCheckable(true);
        m_group->addAction(a);
    }
    connect(m_all, &QAction::triggered, this, [this] {
        if (m_filter)
            m_filter->setView(CoderView::All);
    });
    connect(m_mine, &QAction::triggered, this, [this] {
        if (m_filter)
            m_filter->setView(CoderView::Mine);
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        if (m_filter)
            m_filter->setView(CoderView::Compare);
    });
    setFilter(nullptr);
}

void CodersMenu::setFilter(CoderFilter *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter) {
        connect(m_filter, &CoderFilter::codersChanged, this, &CodersMenu::rebuildCoders);
        connect(m_filter, &CoderFilter::changed, this, &CodersMenu::syncState);
    }
    rebuildCoders();
}

QAction *CodersMenu::coderAction(const QString &coder) const
{
    for (QAction *a : m_coderActions)
        if (a->data().toString() == coder)
            return a;
    return nullptr;
}

void CodersMenu::rebuildCoders()
{
    for (QAction *a : std::as_const(m_coderActions)) {
        m_group->removeAction(a);
        delete a;
    }
    m_coderActions.clear();
    if (m_filter) {
        for (const Coder &c : m_filter->coders()) {
            QPixmap swatch(12, 12);
            swatch.fill(m_filter->colorOf(c.id));
            QAction *a = m_one->addAction(QIcon(swatch), c.name);
            a->setData(c.name);
            a->setCheckable(true);
            m_group->addAction(a);
            connect(a, &QAction::triggered, this, [this, name = c.name] {
                if (m_filter)
                    m_filter->setView(CoderView::One, name);
            });
            m_coderActions.append(a);
        }
    }
    if (m_coderActions.isEmpty()) {
        QAction *none = m_one->addAction(tr("No coder has coded yet"));
        none->setEnabled(false);
        m_coderActions.append(none);
    }
    syncState();
}

void CodersMenu::syncState()
{
    const std::optional<QString> blind = m_filter ? m_filter->blindCoder() : std::nullopt;
    const QString why =
        blind ? tr("This is a blind copy for %1: only %1's codings are shown.").arg(*blind) : QString();
    for (QAction *a : m_group->actions()) {
        const bool isBlindCoder = blind && a->data().toString() == *blind;
        a->setEnabled(m_filter && (!blind || isBlindCoder) && (a->isCheckable()));
        a->setToolTip(blind && !isBlindCoder ? why : QString());
    }
    m_one->setToolTip(why);
    if (!m_filter)
        return;
    QAction *checked = m_all;
    if (blind) {
        checked = coderAction(*blind);
    } else {
        switch (m_filter->view()) {
        case CoderView::All: checked = m_all; break;
        case CoderView::Mine: checked = m_mine; break;
        case CoderView::Compare: checked = m_compare; break;
        case CoderView::One: checked = coderAction(m_filter->chosenCoder()); break;
        }
    }
    if (checked)
        checked->setChecked(true);
    else if (QAction *on = m_group->checkedAction())
        on->setChecked(false);
}

}  // namespace crosscut::ui
