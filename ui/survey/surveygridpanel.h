#pragma once
// The survey grid tab: respondents × questions (case attributes and open
// answers), sorted by clicking a header, narrowed by a filter box.
// Double-clicking an open answer asks the workbench to open its document
// with the answer's turn selected, to code it with the usual actions.

#include "model/entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class SurveyGridModel;

class SurveyGridPanel : public QWidget {
    Q_OBJECT
public:
    explicit SurveyGridPanel(Project *project, QWidget *parent = nullptr);

    SurveyGridModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    // Code points of the answer's turn.
    void openSpanRequested(crosscut::Id document, qint64 start, qint64 end);

private:
    void updateSummary();

    SurveyGridModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTableView *m_view;
};

}  // namespace crosscut::ui
