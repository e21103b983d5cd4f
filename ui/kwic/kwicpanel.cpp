#include "kwic/kwicpanel.h"

#include "project/project.h"
#include "search/autocode.h"
#include "search/hitfeed.h"
#include "search/kwic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

// The left context is cut on its far (left) side, so that the words next to
// the keyword stay visible.
class LeftContextDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

// A context cell laid out in one direction as a whole: U+2067 (RLI) or
// U+2066 (LRI) … U+2069 (PDI) keep its words in the order the hit's script
// reads, whichever script the cell starts with.
QString isolated(const QString &text, bool rtl)
{
    return (rtl ? QChar(0x2067) : QChar(0x2066)) + text + QChar(0x2069);
}

}  // namespace

KwicPanel::KwicPanel(crosscut::Project *project, QWidget *parent)
    : QWidget(parent),
      m_project(project),
      m_query(new QLineEdit(this)),
      m_wholeWord(new QCheckBox(tr("Whole words only"), this)),
      m_width(new QSpinBox(this)),
      m_runButton(new QPushButton(tr("Show in context"), this)),
      m_table(new QTableView(this)),
      m_model(new QStandardItemModel(0, 4, this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_code(new QComboBox(this)),
      m_codeButton(new QPushButton(tr("Code sentences"), this)),
      m_status(new QLabel(this)),
      m_feed(new HitFeed(this))
{
    m_query->setPlaceholderText(tr("A word or phrase (advoca finds advocacy, advocates …)"));
    m_width->setRange(5, 500);
    m_width->setValue(40);
    m_width->setSuffix(tr(" characters"));
    m_width->setToolTip(tr("Context shown either side of each hit"));
    m_model->setHorizontalHeaderLabels({tr("Left context"), tr("Keyword"), tr("Right context"), tr("Document")});
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setItemDelegateForColumn(LeftColumn, new LeftContextDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KeywordColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RightColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DocumentColumn, QHeaderView::Interactive);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_wholeWord);
    top->addWidget(new QLabel(tr("Context"), this));
    top->addWidget(m_width);
    top->addWidget(m_runButton);
    auto *coding = new QHBoxLayout;
    coding->addWidget(m_status, 1);
    coding->addWidget(new QLabel(tr("Code the selected hits' sentences with"), this));
    coding->addWidget(m_code, 1);
    coding->addWidget(m_codeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(coding);

    connect(m_query, &QLineEdit::returnPressed, this, &KwicPanel::run);
    connect(m_runButton, &QPushButton::clicked, this, &KwicPanel::run);
    connect(m_codeButton, &QPushButton::clicked, this, &KwicPanel::codeSelected);
    connect(m_feed, &HitFeed::hitsArrived, this, &KwicPanel::addHits);
    connect(m_feed, &HitFeed::finished, this, &KwicPanel::updateStatus);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const search::SearchHit *hit = hitAt(index.row()))
            Q_EMIT openQuoteRequested(hit->documentId, hit->start, hit->end);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KwicPanel::updateStatus);
    if (m_project)
        connect(m_project, &Project::changed, this, &KwicPanel::onChanged);
    fillCodes();
    updateStatus();
}

bool KwicPanel::searching() const
{
    return m_feed->running();
}

QString KwicPanel::statusText() const
{
    return m_status->text();
}

const search::SearchHit *KwicPanel::hitAt(int row) const
{
    const QModelIndex index = m_sorted->index(row, 0);
    if (!index.isValid())
        return nullptr;
    const int i = index.data(HitIndexRole).toInt();
    return i >= 0 && i < m_hits.size() ? &m_hits[i] : nullptr;
}

void KwicPanel::showKeyword(const QString &word)
{
    m_query->setText(word);
    run();
}

void KwicPanel::run()
{
    m_feed->stop();
    m_model->removeRows(0, m_model->rowCount());
    m_hits.clear();
    m_error.clear();
    const QString phrase = m_query->text().trimmed();
    if (!phrase.isEmpty() && m_project) {
        const Status started =
            m_feed->start(m_project, search::kwicQuery(phrase, m_wholeWord->isChecked(), m_width->value()));
        if (!started)
            m_error = started.message();
    }
    updateStatus();
}

void KwicPanel::addHits(const QList<search::SearchHit> &hits)
{
    // Rows are added unsorted and sorted once per batch.
    m_sorted->setDynamicSortFilter(false);
    const QFont keywordFont = [this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }();
    for (const search::SearchHit &hit : hits) {
        const int index = static_cast<int>(m_hits.size());
        m_hits.append(hit);
        // A hit in a right-to-left script reads leftwards: what follows it
        // stands on its left.
        const bool rtl = hit.text.isRightToLeft();
        const QString &leftText = rtl ? hit.after : hit.before;
        const QString &rightText = rtl ? hit.before : hit.after;
        auto *left = new QStandardItem(isolated(leftText, rtl));
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        left->setData(rtl ? search::rightSortKey(hit) : search::leftSortKey(hit), SortRole);
        left->setData(index, HitIndexRole);
        left->setToolTip(leftText);
        auto *keyword = new QStandardItem(hit.text);
        keyword->setTextAlignment(Qt::AlignCenter);
        keyword->setFont(keywordFont);
        keyword->setData(hit.text.toCaseFolded(), SortRole);
        auto *right = new QStandardItem(isolated(rightText, rtl));
        right->setData(rtl ? search::leftSortKey(hit) : search::rightSortKey(hit), SortRole);
        right->setToolTip(rightText);
        auto *document = new QStandardItem(hit.documentName);
        document->setData(index, SortRole);  // document order, then position
        m_model->appendRow({left, keyword, right, document});
    }
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                   m_table->horizontalHeader()->sortIndicatorOrder());
    updateStatus();
}

void KwicPanel::fillCodes()
{
    const QVariant current = m_code->currentData();
    m_code->clear();
    if (!m_project)
        return;
    for (const Code &code : m_project->codes())
        m_code->addItem(m_project->codePath(code.id), code.id);
    m_code->setCurrentIndex(std::max(0, m_code->findData(current)));
}

void KwicPanel::updateStatus()
{
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    m_codeButton->setEnabled(selected > 0 && m_code->count() > 0 && !searching());
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    if (m_query->text().trimmed().isEmpty()) {
        m_status->setText(tr("Type a word or phrase and press Enter."));
        return;
    }
    const int n = static_cast<int>(m_hits.size());
    QString text = searching() ? tr("%n hit(s) so far …", nullptr, n) : tr("%n hit(s)", nullptr, n);
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    m_status->setText(text);
}

int KwicPanel::codeSelected()
{
    if (!m_project || !m_code->currentData().isValid())
        return 0;
    QList<search::SearchHit> chosen;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const search::SearchHit *hit = hitAt(row.row()))
            chosen.append(*hit);
    if (chosen.isEmpty()) {
        m_status->setText(tr("Select the hits to code."));
        return 0;
    }
    const Result<int> coded = search::autoCode(*m_project, chosen, m_code->currentData().toLongLong(),
                                               static_cast<int>(search::Expand::Sentence));
    if (!coded.ok()) {
        m_status->setText(coded.message());
        return 0;
    }
    m_status->setText(tr("%n new coding(s) with %1", nullptr, *coded).arg(m_code->currentText()));
    return *coded;
}

void KwicPanel::onChanged(const crosscut::ChangeList &changes)
{
    if (changes.reset || changes.touches(QStringLiteral("code")))
        fillCodes();
    if ((changes.reset || changes.touches(QStringLiteral("document"))) && !m_query->text().trimmed().isEmpty())
        run();
}

}  // namespace crosscut::ui
