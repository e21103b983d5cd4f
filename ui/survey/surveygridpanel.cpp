#include "survey/surveygridpanel.h"

#include "survey/surveygridmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

SurveyGridPanel::SurveyGridPanel(Project *project, QWidget *parent)
    : QWidget(parent),
      m_model(new SurveyGridModel(project, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("surveyGrid"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);  // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setSortLocaleAware(true);
    m_filter->setObjectName(QStringLiteral("surveyFilter"));
    m_filter->setPlaceholderText(tr("Filter respondents and answers…"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    m_view->horizontalHeader()->setMaximumSectionSize(420);
    m_view->setToolTip(tr("Double-click an open answer to code it"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateSummary();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto a = m_model->answer(m_proxy->mapToSource(index)))
            Q_EMIT openSpanRequested(a->document, a->start, a->end);
    });
    m_view->resizeColumnsToContents();
    updateSummary();
}

void SurveyGridPanel::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_summary->setText(shown == all ? tr("%n respondent(s)", nullptr, all)
                                    : tr("%1 of %n respondent(s)", nullptr, all).arg(shown));
}

}  // namespace crosscut::ui
