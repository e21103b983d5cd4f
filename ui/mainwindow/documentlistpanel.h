#pragma once
// The document list dock: a filter box over the document table.

#include "project/project.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace crosscut::ui {

class DocumentListModel;

class DocumentListPanel : public QWidget {
    Q_OBJECT
public:
    DocumentListPanel(Project *project, QWidget *parent);

    DocumentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    void selectDocument(Id document);

Q_SIGNALS:
    void documentActivated(crosscut::Id document);

private:
    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};

}  // namespace crosscut::ui
