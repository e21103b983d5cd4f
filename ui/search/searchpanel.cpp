#include "search/searchpanel.h"

#include "project/project.h"
#include "search/autocode.h"

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
      m_status(new QLabel(this))
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
    m_results->setRowCount(0);
    m_hits.clear();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || !m_project) {
        m_status->clear();
        m_codeButton->setEnabled(false);
        return;
    }
    const Result<QList<search::SearchHit>> hits = search::search(*m_project, query);
    if (!hits.ok()) {
        m_status->setText(hits.message());
        m_codeButton->setEnabled(false);
        return;
    }
    m_hits = *hits;
    m_results->setRowCount(static_cast<int>(m_hits.size()));
    for (int r = 0; r < m_hits.size(); ++r) {
        const search::SearchHit &hit = m_hits[r];
        auto *doc = new QTableWidgetItem(hit.documentName);
        doc->setFlags(doc->flags() | Qt::ItemIsUserCheckable);
        doc->setCheckState(Qt::Checked);
        m_results->setItem(r, 0, doc);
        auto *before = new QTableWidgetItem(hit.before);
        before->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(r, 1, before);
        auto *text = new QTableWidgetItem(hit.text);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        m_results->setItem(r, 2, text);
        m_results->setItem(r, 3, new QTableWidgetItem(hit.after));
    }
    m_status->setText(tr("%n hit(s)", nullptr, static_cast<int>(m_hits.size())));
    m_codeButton->setEnabled(!m_hits.isEmpty() && m_code->count() > 0);
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
