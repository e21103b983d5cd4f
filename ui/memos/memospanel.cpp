#include "memos/memospanel.h"

#include "project/project.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {
constexpr int KindAll = -1;

QString kindName(MemoTarget target)
{
    switch (target) {
    case MemoTarget::Project: return MemosPanel::tr("Project");
    case MemoTarget::Document: return MemosPanel::tr("Document");
    case MemoTarget::Code: return MemosPanel::tr("Code");
    case MemoTarget::Quote: return MemosPanel::tr("Quote");
    case MemoTarget::Case: return MemosPanel::tr("Case");
    }
    return {};
}

const QList<MemoTarget> kAllTargets{MemoTarget::Project, MemoTarget::Document, MemoTarget::Code, MemoTarget::Quote,
                                    MemoTarget::Case};
}  // namespace

MemosPanel::MemosPanel(crosscut::Project *project, QWidget *parent)
    : QWidget(parent),
      m_project(project),
      m_filter(new QComboBox(this)),
      m_list(new QListWidget(this)),
      m_newKind(new QComboBox(this)),
      m_newTarget(new QComboBox(this)),
      m_title(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_new(new QPushButton(tr("New memo"), this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_delete(new QPushButton(tr("Delete"), this))
{
    m_filter->addItem(tr("All memos"), KindAll);
    for (MemoTarget t : kAllTargets) {
        m_filter->addItem(kindName(t), static_cast<int>(t));
        m_newKind->addItem(kindName(t), static_cast<int>(t));
    }
    m_title->setPlaceholderText(tr("Title"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(new QLabel(tr("On:"), this));
    newRow->addWidget(m_newKind);
    newRow->addWidget(m_newTarget, 1);
    leftLayout->addLayout(newRow);
    leftLayout->addWidget(m_new);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &MemosPanel::reload);
    connect(m_newKind, &QComboBox::currentIndexChanged, this, &MemosPanel::fillTargets);
    connect(m_list, &QListWidget::currentRowChanged, this, &MemosPanel::showSelected);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const auto memos = m_project->memos();
        for (const Memo &memo : memos) {
            if (memo.id != item->data(Qt::UserRole).toLongLong() || memo.target != MemoTarget::Quote || !memo.targetId)
                continue;
            if (const auto quote = m_project->quote(*memo.targetId))
                Q_EMIT openQuoteRequested(quote->documentId, quote->start, quote->end);
        }
    });
    connect(m_new, &QPushButton::clicked, this, &MemosPanel::createMemo);
    connect(m_save, &QPushButton::clicked, this, &MemosPanel::saveMemo);
    connect(m_delete, &QPushButton::clicked, this, &MemosPanel::deleteMemo);
    if (m_project)
        connect(m_project, &Project::changed, this, &MemosPanel::onChanged);
    fillTargets();
    reload();
}

void MemosPanel::fillTargets()
{
    const QVariant current = m_newTarget->currentData();
    m_newTarget->clear();
    if (!m_project)
        return;
    switch (static_cast<MemoTarget>(m_newKind->currentData().toInt())) {
    case MemoTarget::Project: m_newTarget->addItem(m_project->name()); break;
    case MemoTarget::Document:
        for (const Document &d : m_project->documents())
            m_newTarget->addItem(d.name, d.id);
        break;
    case MemoTarget::Code:
        for (const Code &c : m_project->codes())
            m_newTarget->addItem(m_project->codePath(c.id), c.id);
        break;
    case MemoTarget::Quote:
        if (m_quoteTarget)
            if (const auto quote = m_project->quote(*m_quoteTarget))
                m_newTarget->addItem(m_project->quoteText(*quote).left(60), quote->id);
        break;
    case MemoTarget::Case:
        for (const Case &c : m_project->cases())
            m_newTarget->addItem(c.name, c.id);
        break;
    }
    m_newTarget->setCurrentIndex(std::max(0, m_newTarget->findData(current)));
}

void MemosPanel::setNewMemoTarget(crosscut::MemoTarget target, std::optional<crosscut::Id> id)
{
    if (target == MemoTarget::Quote)
        m_quoteTarget = id;
    m_newKind->setCurrentIndex(std::max(0, m_newKind->findData(static_cast<int>(target))));
    fillTargets();
    if (id)
        m_newTarget->setCurrentIndex(std::max(0, m_newTarget->findData(*id)));
}

QString MemosPanel::describeTarget(const Memo &memo)
{
    QString what;
    if (memo.targetId) {
        switch (memo.target) {
        case MemoTarget::Document:
            if (const auto d = m_project->document(*memo.targetId))
                what = d->name;
            break;
        case MemoTarget::Code: what = m_project->codePath(*memo.targetId); break;
        case MemoTarget::Quote:
            if (const auto q = m_project->quote(*memo.targetId))
                what = m_project->quoteText(*q).left(40);
            break;
        case MemoTarget::Case:
            for (const Case &c : m_project->cases())
                if (c.id == *memo.targetId)
                    what = c.name;
            break;
        case MemoTarget::Project: break;
        }
    }
    return what.isEmpty() ? kindName(memo.target) : kindName(memo.target) + QStringLiteral(": ") + what;
}

void MemosPanel::reload()
{
    if (!m_project)
        return;
    const std::optional<Id> selected = selectedMemo();
    const int kind = m_filter->currentData().toInt();
    const QList<Memo> memos = kind == KindAll ? m_project->memos() : m_project->memos(static_cast<MemoTarget>(kind));
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Memo &memo : memos) {
        const QString title = memo.title.isEmpty() ? tr("(untitled)") : memo.title;
        auto *item = new QListWidgetItem(title + QStringLiteral(" — ") + describeTarget(memo), m_list);
        item->setData(Qt::UserRole, memo.id);
        item->setToolTip(memo.text.left(400));
    }
    if (!selected || !selectMemo(*selected))
        showSelected();
}

std::optional<Id> MemosPanel::selectedMemo() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(Qt::UserRole).toLongLong();
}

bool MemosPanel::selectMemo(Id memo)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == memo) {
            m_list->setCurrentRow(i);
            showSelected();
            return true;
        }
    }
    return false;
}

void MemosPanel::showSelected()
{
    const std::optional<Id> id = selectedMemo();
    m_save->setEnabled(id.has_value());
    m_delete->setEnabled(id.has_value());
    if (!id)
        return;
    for (const Memo &memo : m_project->memos()) {
        if (memo.id == *id) {
            m_title->setText(memo.title);
            m_text->setPlainText(memo.text);
            return;
        }
    }
}

void MemosPanel::createMemo()
{
    const auto target = static_cast<MemoTarget>(m_newKind->currentData().toInt());
    std::optional<Id> targetId;
    if (target != MemoTarget::Project) {
        if (!m_newTarget->currentData().isValid()) {
            report(makeError(ErrorKind::Invalid, tr("Choose what the memo is about.")));
            return;
        }
        targetId = m_newTarget->currentData().toLongLong();
    }
    const QString title = m_title->text().trimmed().isEmpty() ? tr("New memo") : m_title->text().trimmed();
    const Result<Id> memo = m_project->addMemo(target, targetId, title, m_text->toPlainText());
    if (!memo.ok()) {
        report(memo.error());
        return;
    }
    reload();
    selectMemo(*memo);
}

void MemosPanel::saveMemo()
{
    if (const std::optional<Id> id = selectedMemo())
        report(m_project->updateMemo(*id, m_title->text().trimmed(), m_text->toPlainText()));
}

void MemosPanel::deleteMemo()
{
    if (const std::optional<Id> id = selectedMemo()) {
        report(m_project->deleteMemo(*id));
        m_title->clear();
        m_text->clear();
    }
}

void MemosPanel::onChanged(const crosscut::ChangeList &changes)
{
    const bool targets = changes.reset || changes.touches(QStringLiteral("document")) || changes.touches(QStringLiteral("code"))
        || changes.touches(QStringLiteral("case_"));
    if (targets)
        fillTargets();
    if (targets || changes.touches(QStringLiteral("memo")) || changes.touches(QStringLiteral("quote")))
        reload();
}

void MemosPanel::report(const Status &status)
{
    if (status.ok())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Memos"), status.message(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace crosscut::ui
