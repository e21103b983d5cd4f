#include "memos/memospanel.h"

#include "export/memoexport.h"
#include "memos/memolistmodel.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

using analysis::MemoEntry;
using analysis::MemoKind;

namespace {
constexpr int KindAll = -1;

QString targetName(MemoTarget target)
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

QString shownTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
}  // namespace

MemosPanel::MemosPanel(crosscut::Project *project, QWidget *parent)
    : QWidget(parent),
      m_project(project),
      m_model(new MemoListModel(project, this)),
      m_filter(new QComboBox(this)),
      m_author(new QComboBox(this)),
      m_dates(new QCheckBox(tr("Modified from"), this)),
      m_since(new QDateEdit(this)),
      m_until(new QDateEdit(this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_newKind(new QComboBox(this)),
      m_newTarget(new QComboBox(this)),
      m_about(new QLabel(this)),
      m_title(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_new(new QPushButton(tr("New memo"), this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_delete(new QPushButton(tr("Delete"), this)),
      m_historyButton(new QPushButton(tr("History"), this)),
      m_historyPane(new QWidget(this)),
      m_history(new QListWidget(this)),
      m_historyText(new QPlainTextEdit(this)),
      m_restore(new QPushButton(tr("Restore this version"), this)),
      m_export(new QPushButton(tr("Export…"), this))
{
    m_filter->addItem(tr("All kinds"), KindAll);
    for (MemoKind k : analysis::kAllMemoKinds)
        m_filter->addItem(analysis::memoKindLabel(k), static_cast<int>(k));
    for (MemoTarget t : kAllTargets)
        m_newKind->addItem(targetName(t), static_cast<int>(t));
    m_filter->setToolTip(tr("Show memos of one kind"));
    m_author->setToolTip(tr("Show the memos of one author"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_since->setDate(today.addMonths(-1));
    m_until->setDate(today);
    m_dates->setToolTip(tr("Only memos last changed between these dates (inclusive)"));
    m_search->setPlaceholderText(tr("Search memos…"));
    m_search->setClearButtonEnabled(true);
    m_title->setPlaceholderText(tr("Title"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyButton->setCheckable(true);
    m_historyButton->setToolTip(tr("Earlier versions of this memo, from the operation log"));
    m_historyText->setReadOnly(true);
    m_export->setToolTip(tr("Write the listed memos to an HTML page or a Word document"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemoListModel::ModifiedColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MemoListModel::AttachedColumn, QHeaderView::Stretch);
    const QFontMetrics fm(m_view->font());
    header->resizeSection(MemoListModel::TitleColumn, fm.horizontalAdvance(QLatin1Char('M')) * 16);
    header->resizeSection(MemoListModel::KindColumn, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    header->resizeSection(MemoListModel::AuthorColumn, fm.horizontalAdvance(QLatin1Char('M')) * 7);
    header->resizeSection(MemoListModel::ModifiedColumn, fm.horizontalAdvance(QLatin1Char('M')) * 12);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_author);
    filters->addWidget(m_dates);
    filters->addWidget(m_since);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_until);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_export);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(new QLabel(tr("On:"), this));
    newRow->addWidget(m_newKind);
    newRow->addWidget(m_newTarget, 1);
    newRow->addWidget(m_new);
    leftLayout->addLayout(newRow);

    auto *historyLayout = new QVBoxLayout(m_historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Versions (oldest first):"), this));
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_historyText, 1);
    historyLayout->addWidget(m_restore);
    m_historyPane->setVisible(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_about);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_text, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_historyButton);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_historyPane, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &MemosPanel::applyFilter);
    connect(m_author, &QComboBox::currentIndexChanged, this, &MemosPanel::applyFilter);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        m_until->setEnabled(on);
        applyFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &MemosPanel::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &MemosPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &MemosPanel::applyFilter);
    connect(m_newKind, &QComboBox::currentIndexChanged, this, &MemosPanel::fillTargets);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_shown = index.isValid() ? m_model->entry(index.row()).memoId : std::nullopt;
        showSelected();
    });
    // The table is relisted after changes and filtering: keep the memo in
    // the editor selected, and its unsaved edits.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_shown ? m_model->rowOfMemo(*m_shown) : -1;
        {
            const QSignalBlocker blocker(m_view->selectionModel());
            if (row >= 0)
                m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        if (row < 0 && m_shown && (!m_project || !analysis::memoEntry(*m_project, *m_shown)))
            m_shown.reset();  // deleted (filtered out, it stays in the editor)
        const bool dirty = m_title->text() != m_loadedTitle || m_text->toPlainText() != m_loadedText;
        if (!dirty)
            showSelected();
    });
    connect(m_model, &MemoListModel::authorsChanged, this, &MemosPanel::fillAuthors);
    connect(m_view, &QTableView::activated, this, &MemosPanel::activated);
    connect(m_new, &QPushButton::clicked, this, &MemosPanel::createMemo);
    connect(m_save, &QPushButton::clicked, this, &MemosPanel::saveMemo);
    connect(m_delete, &QPushButton::clicked, this, &MemosPanel::deleteMemo);
    connect(m_historyButton, &QPushButton::toggled, this, [this](bool on) {
        m_historyPane->setVisible(on);
        showHistory();
    });
    connect(m_history, &QListWidget::currentRowChanged, this, &MemosPanel::showVersion);
    connect(m_restore, &QPushButton::clicked, this, &MemosPanel::restoreVersion);
    connect(m_export, &QPushButton::clicked, this, &MemosPanel::exportClicked);
    if (m_project)
        connect(m_project, &Project::changed, this, &MemosPanel::onChanged);
    fillAuthors();
    fillTargets();
    showSelected();
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
                m_newTarget->addItem(m_project->quoteText(*quote).simplified().left(60), quote->id);
        break;
    case MemoTarget::Case:
        for (const Case &c : m_project->cases())
            m_newTarget->addItem(c.name, c.id);
        break;
    }
    m_newTarget->setCurrentIndex(std::max(0, m_newTarget->findData(current)));
}

void MemosPanel::fillAuthors()
{
    const QString current = m_author->currentData().toString();
    const QSignalBlocker blocker(m_author);
    m_author->clear();
    m_author->addItem(tr("All authors"), QString());
    for (const QString &name : m_model->authors())
        m_author->addItem(name, name);
    m_author->setCurrentIndex(std::max(0, m_author->findData(current)));
    if (m_author->currentData().toString() != current)
        applyFilter();
}

void MemosPanel::applyFilter()
{
    analysis::MemoFilter filter;
    if (const int kind = m_filter->currentData().toInt(); kind != KindAll)
        filter.kinds = {static_cast<MemoKind>(kind)};
    filter.author = m_author->currentData().toString();
    if (m_dates->isChecked()) {
        filter.since = m_since->date();
        filter.until = m_until->date();
    }
    filter.search = m_search->text();
    m_model->setFilter(filter);
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

void MemosPanel::reload() { m_model->reload(); }

std::optional<Id> MemosPanel::selectedMemo() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->entry(index.row()).memoId;
}

bool MemosPanel::selectMemo(Id memo)
{
    const int row = m_model->rowOfMemo(memo);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    m_shown = memo;
    showSelected();
    return true;
}

void MemosPanel::showSelected()
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    const MemoEntry *entry = index.isValid() && index.row() < m_model->rowCount() ? &m_model->entry(index.row()) : nullptr;
    if (entry && entry->memoId != m_shown)
        entry = nullptr;
    const bool editable = entry && entry->editable();
    m_save->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_historyButton->setEnabled(editable);
    m_title->setReadOnly(entry && !editable);
    m_text->setReadOnly(entry && !editable);
    if (!entry) {
        m_about->clear();
        showHistory();
        return;
    }
    QString about = analysis::memoKindLabel(entry->kind);
    if (!entry->attachedTo.isEmpty())
        about += QStringLiteral(": ") + entry->attachedTo;
    if (!entry->context.trimmed().isEmpty()) {
        const QString context = entry->context.size() > 400 ? entry->context.left(400) + QStringLiteral("…") : entry->context;
        about += entry->kind == MemoKind::Quote ? QString(QStringLiteral("\n“") + context + QStringLiteral("”"))
                                                : QString(QStringLiteral("\n") + context);
    }
    QStringList by;
    if (!entry->author.isEmpty())
        by << entry->author;
    by << tr("written %1").arg(shownTime(entry->createdAt));
    if (entry->modifiedAt != entry->createdAt)
        by << tr("modified %1").arg(shownTime(entry->modifiedAt));
    if (!editable)
        by << tr("read-only (a live flag without its memo)");
    about += QStringLiteral("\n") + by.join(QStringLiteral(" · "));
    m_about->setText(about);
    m_loadedTitle = entry->title;
    m_loadedText = entry->text;
    m_title->setText(entry->title);
    m_text->setPlainText(entry->text);
    showHistory();
}

void MemosPanel::showHistory()
{
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    m_versions.clear();
    m_historyText->clear();
    m_restore->setEnabled(false);
    if (!m_historyButton->isChecked())
        return;
    if (!m_project || !m_shown)
        return;
    Result<QList<analysis::MemoVersion>> versions = analysis::memoHistory(*m_project, *m_shown);
    if (!versions) {
        m_history->addItem(versions.error().message);
        return;
    }
    m_versions = *versions;
    qsizetype current = -1;
    for (qsizetype i = 0; i < m_versions.size(); ++i)
        if (!m_versions.at(i).undone)
            current = i;
    for (qsizetype i = 0; i < m_versions.size(); ++i) {
        const analysis::MemoVersion &v = m_versions.at(i);
        QString line = shownTime(v.at) + QStringLiteral(" — ") + v.coder + QStringLiteral(" — ") + v.label;
        if (v.undone)
            line += QStringLiteral(" ") + tr("(undone)");
        if (i == current)
            line += QStringLiteral(" ") + tr("(current)");
        auto *item = new QListWidgetItem(line, m_history);
        item->setToolTip(v.title);
    }
    if (m_versions.isEmpty())
        m_history->addItem(tr("The operation log holds no earlier version of this memo."));
}

void MemosPanel::showVersion()
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_versions.size()) {
        m_historyText->clear();
        m_restore->setEnabled(false);
        return;
    }
    const analysis::MemoVersion &v = m_versions.at(row);
    m_historyText->setPlainText(v.title + QStringLiteral("\n\n") + v.text);
    m_restore->setEnabled(m_shown.has_value() && (v.title != m_loadedTitle || v.text != m_loadedText));
}

void MemosPanel::restoreVersion()
{
    const int row = m_history->currentRow();
    if (!m_shown || row < 0 || row >= m_versions.size())
        return;
    const analysis::MemoVersion v = m_versions.at(row);
    // An ordinary edit: undo brings back the text it replaced.
    report(m_project->updateMemo(*m_shown, v.title, v.text));
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
    const QString text = m_text->toPlainText();
    const Result<Id> memo = m_project->addMemo(target, targetId, title, text);
    if (!memo.ok()) {
        report(memo.error());
        return;
    }
    // Shown even when the filter hides it: the filter is cleared.
    if (m_model->rowOfMemo(*memo) < 0) {
        m_filter->setCurrentIndex(0);
        m_author->setCurrentIndex(0);
        m_dates->setChecked(false);
        m_search->clear();
    }
    m_loadedTitle = title;
    m_loadedText = text;
    selectMemo(*memo);
}

void MemosPanel::saveMemo()
{
    if (!m_shown)
        return;
    const QString title = m_title->text().trimmed();
    const QString text = m_text->toPlainText();
    m_loadedTitle = title;  // the change that follows shows the saved memo
    m_loadedText = text;
    report(m_project->updateMemo(*m_shown, title, text));
}

void MemosPanel::deleteMemo()
{
    if (!m_shown)
        return;
    const Id memo = *m_shown;
    m_shown.reset();
    m_title->clear();
    m_text->clear();
    m_loadedTitle.clear();
    m_loadedText.clear();
    report(m_project->deleteMemo(memo));
}

Status MemosPanel::exportTo(const QString &path)
{
    exporting::MemoExportInfo info;
    info.projectName = m_project ? m_project->name() : QString();
    QStringList summary;
    if (m_filter->currentIndex() > 0)
        summary << m_filter->currentText();
    if (m_author->currentIndex() > 0)
        summary << m_author->currentText();
    if (m_dates->isChecked())
        summary << tr("modified %1 to %2").arg(m_since->date().toString(Qt::ISODate), m_until->date().toString(Qt::ISODate));
    if (!m_search->text().trimmed().isEmpty())
        summary << tr("search “%1”").arg(m_search->text().trimmed());
    info.filterSummary = summary.join(QStringLiteral(" · "));
    return exporting::writeMemos(path, m_model->entries(), info);
}

void MemosPanel::exportClicked()
{
    if (m_project && m_project->isEncrypted()
        && QMessageBox::warning(this, tr("Export memos"),
                                tr("This project is encrypted; the exported file is not. Export anyway?"),
                                QMessageBox::Yes | QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    const QString html = tr("Web page (*.html)");
    const QString docx = tr("Word document (*.docx)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Export memos"), tr("memos.html"), html + QStringLiteral(";;") + docx,
                                                &chosen);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("docx"))
        path += chosen == docx ? QStringLiteral(".docx") : QStringLiteral(".html");
    report(exportTo(path));
}

void MemosPanel::activated(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return;
    const MemoEntry &e = m_model->entry(index.row());
    if ((e.kind == MemoKind::Quote || e.kind == MemoKind::LiveFlag) && e.documentId)
        Q_EMIT openQuoteRequested(*e.documentId, e.start, e.end);
}

void MemosPanel::onChanged(const crosscut::ChangeList &changes)
{
    // The table follows changes itself (MemoListModel); the "On:" choices
    // follow the documents, codes and cases.
    if (changes.reset || changes.touches(QStringLiteral("document")) || changes.touches(QStringLiteral("code"))
        || changes.touches(QStringLiteral("case_")))
        fillTargets();
    if (m_historyButton->isChecked() && (changes.reset || changes.touches(QStringLiteral("memo"))))
        showHistory();
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
