#pragma once
// Respondents × questions as a table model: the case name, then one column
// per case attribute and per document of open answers (survey::SurveyGrid).
// Reloads itself when the project's cases, attributes, documents or turns
// change.

#include "survey/surveygrid.h"

#include <QAbstractTableModel>

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class SurveyGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SurveyGridModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The answer a cell shows (open-answer columns only).
    std::optional<survey::SurveyAnswer> answer(const QModelIndex &index) const;
    // Column of the document of open answers, or -1.
    int answerColumn(Id document) const;
    int rowOfCase(const QString &name) const;
    void reload();

private:
    void onChanged(const ChangeList &changes);

    Project *m_project;
    survey::SurveyGrid m_grid;
};

}  // namespace crosscut::ui
