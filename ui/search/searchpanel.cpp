#include "search/searchpanel.h"

#include "project/project.h"
#include "search/autocode.h"
#include "search/hitfeed.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

SearchPanel::SearchPanel(crosscut::Project *project, QWidget *parent)
    : QWidget(parent),
      m_project(project),
      m_query(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("Search"), this)),
      m_results(new QTableWidget(this)),
      m_code(new QComboBox(this)),
      m_expand(new QComboBox(this)),
      m_codeButton(new QPushButton(tr("Code checked hits"), this)),
      m_checkAll(new QPushButton(tr("Check all"), this)),
      m_status(new QLabel(this)),
      m_feed(new HitFeed(this))
{
    m_query->setPlaceholderText(tr("Words, \"phrases\", prefix*, AND, OR, NOT"));
    m_expand->addItem(tr("the hit"), static_cast<int>(search::Expand::Hit));
    m_expand->addItem(tr("its sentence"), static_cast<int>(search::Expand::Sentence));
    m_expand->addItem(tr("its paragraph"), static_cast<int>(search::Expand::Paragraph));
    m_results->setColumnCount(4);
    m_results->setHorizontalHeaderLabels({tr("Document"), tr("Before"), tr("Hit"), tr("After")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_searchButton);
    auto *coding = new QHBoxLayout;
    coding->addWidget(m_checkAll);
    coding->addStretch();
    coding->addWidget(new QLabel(tr("Code"), this));
    coding->addWidget(m_expand);
    coding->addWidget(new QLabel(tr("with"), this));
    coding->addWidget(m_code, 1);
    coding->addWidget(m_codeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addLayout(coding);

    connect(m_feed, &HitFeed::hitsArrived, this, &SearchPanel::addHits);
    connect(m_feed, &HitFeed::finished, this, &SearchPanel::updateStatus);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPanel::runSearch);
    connect(m_codeButton, &QPushButton::clicked, this, &SearchPanel::codeChecked);
    connect(m_checkAll, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_results->rowCount(); ++r)
            m_results->item(r, 0)->setCheckState(Qt::Checked);
    });
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_hits.size())
            Q_EMIT openQuoteRequested(m_hits[row].documentId, m_hits[row].start, m_hits[row].end);
    });
    if (m_project)
        connect(m_project, &Project::changed, this, &SearchPanel::onChanged);
    fillCodes();
    m_codeButton->setEnabled(false);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::fillCodes()
{
    const QVariant current = m_code->currentData();
    m_code->clear();
    if (!m_project)
        return;
    for (const Code &code : m_project->codes())
        m_code->addItem(m_project->codePath(code.id), code.id);
    m_code->setCurrentIndex(std::max(0, m_code->findData(current)));
}

void SearchPanel::runSearch()
{
    m_feed->stop();
    m_results->setRowCount(0);
    m_hits.clear();
    m_error.clear();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || !m_project) {
        m_status->clear();
        m_codeButton->setEnabled(false);
        return;
    }
    // The first documents' hits are shown at once, the rest as they are found.
    if (const Status started = m_feed->start(m_project, search::searchQuery(query)); !started)
        m_error = started.message();
    updateStatus();
}

void SearchPanel::addHits(const QList<search::SearchHit> &hits)
{
    const int first = m_results->rowCount();
    m_hits.append(hits);
    m_results->setRowCount(static_cast<int>(m_hits.size()));
    QFont bold = font();
    bold.setBold(true);
    for (int r = first; r < m_hits.size(); ++r) {
        const search::SearchHit &hit = m_hits[r];
        auto *doc = new QTableWidgetItem(hit.documentName);
        doc->setFlags(doc->flags() | Qt::ItemIsUserCheckable);
        doc->setCheckState(Qt::Checked);
        m_results->setItem(r, 0, doc);
        auto *before = new QTableWidgetItem(hit.before);
        before->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(r, 1, before);
        auto *text = new QTableWidgetItem(hit.text);
        text->setFont(bold);
        m_results->setItem(r, 2, text);
        m_results->setItem(r, 3, new QTableWidgetItem(hit.after));
    }
    updateStatus();
}

bool SearchPanel::searching() const
{
    return m_feed->running();
}

void SearchPanel::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        m_codeButton->setEnabled(false);
        return;
    }
    const int n = static_cast<int>(m_hits.size());
    m_status->setText(searching() ? tr("%n hit(s) so far …", nullptr, n) : tr("%n hit(s)", nullptr, n));
    m_codeButton->setEnabled(!m_hits.isEmpty() && m_code->count() > 0 && !searching());
}

int SearchPanel::codeChecked()
{
    if (!m_project || !m_code->currentData().isValid())
        return 0;
    QList<search::SearchHit> checked;
    for (int r = 0; r < m_results->rowCount() && r < m_hits.size(); ++r)
        if (m_results->item(r, 0)->checkState() == Qt::Checked)
            checked.append(m_hits[r]);
    if (checked.isEmpty()) {
        m_status->setText(tr("Check the hits to code."));
        return 0;
    }
    const Result<int> coded = search::autoCode(*m_project, checked, m_code->currentData().toLongLong(),
                                               m_expand->currentData().toInt());
    if (!coded.ok()) {
        m_status->setText(coded.message());
        return 0;
    }
    m_status->setText(tr("%n new coding(s) with %1", nullptr, *coded).arg(m_code->currentText()));
    return *coded;
}

void SearchPanel::onChanged(const crosscut::ChangeList &changes)
{
    if (changes.reset || changes.touches(QStringLiteral("code")))
        fillCodes();
    if ((changes.reset || changes.touches(QStringLiteral("document"))) && !m_query->text().trimmed().isEmpty())
        runSearch();
}

}  // namespace crosscut::ui
