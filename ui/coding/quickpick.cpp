#include "coding/quickpick.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

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
        m_codes.append({code.id, code.name, project->codePath(code.id), QIcon(swatch)});
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

int QuickPick::rank(const QString &name, const QString &path, const QString &filter)
{
    if (!matches(path, filter))
        return -1;
    const QString typed = filter.simplified();
    if (typed.isEmpty())
        return 4;
    if (name.compare(typed, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.startsWith(typed, Qt::CaseInsensitive))
        return 1;
    bool contains = false;
    for (qsizetype at = name.indexOf(typed, 0, Qt::CaseInsensitive); at >= 0;
         at = name.indexOf(typed, at + 1, Qt::CaseInsensitive)) {
        contains = true;
        if (!name.at(at - 1).isLetterOrNumber())
            return 2;
    }
    return contains ? 3 : 4;
}

void QuickPick::refilter()
{
    const QString filter = m_filter->text();
    QList<std::pair<int, qsizetype>> shown;  // (rank, codebook index)
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        const int r = rank(m_codes[i].name, m_codes[i].path, filter);
        if (r >= 0)
            shown.append({r, i});
    }
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_list->clear();
    for (const auto &[r, i] : shown) {
        auto *item = new QListWidgetItem(m_codes[i].swatch, m_codes[i].path, m_list);
        item->setData(Qt::UserRole, m_codes[i].id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

std::optional<Id> QuickPick::chosenCode() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(Qt::UserRole).toLongLong();
}

}  // namespace crosscut::ui
