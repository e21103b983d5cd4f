#include "coding/quickpick.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace crosscut::ui {

QuickPick::QuickPick(Project *project, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("quickPick"));
    setWindowTitle(tr("Apply code"));
    m_filter->setPlaceholderText(tr("Type to find a code, Enter to apply"));
    m_filter->setClearButtonEnabled(true);
    for (const Code &code : project->codes()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(code.color));
        auto *item = new QListWidgetItem(QIcon(swatch), project->codePath(code.id), m_list);
        item->setData(Qt::UserRole, code.id);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(420, 360);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickPick::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (chosenCode())
            accept();
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Up and Down in the filter move through the list.
    m_filter->installEventFilter(this);
    refilter();
}

bool QuickPick::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool QuickPick::matches(const QString &path, const QString &filter)
{
    const QStringList words = filter.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!path.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

void QuickPick::refilter()
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool show = matches(item->text(), m_filter->text());
        item->setHidden(!show);
        if (show && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

std::optional<Id> QuickPick::chosenCode() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return item->data(Qt::UserRole).toLongLong();
}

}  // namespace crosscut::ui
