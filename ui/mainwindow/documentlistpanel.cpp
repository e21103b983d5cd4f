#include "mainwindow/documentlistpanel.h"

#include "mainwindow/documentlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

DocumentListPanel::DocumentListPanel(Project *project, QWidget *parent)
    : QWidget(parent), m_model(new DocumentListModel(project, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("documentListPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);  // any column: name, kind or an attribute value
    m_proxy->setSortRole(Qt::DisplayRole);
    m_filter->setPlaceholderText(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT documentActivated(current.data(DocumentListModel::DocumentIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] { m_table->resizeColumnsToContents(); });
    m_table->resizeColumnsToContents();
}

void DocumentListPanel::selectDocument(Id document)
{
    const int row = m_model->rowOf(document);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

}  // namespace crosscut::ui
