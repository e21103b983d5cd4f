#pragma once
// Cases & attributes panel: a table of documents or cases with one typed
// column per attribute. Cells are edited in place (Project::setAttribute);
// attributes and cases can be added; a CSV of values can be imported
// (see attributeimport.h).
//
// Signals for the workbench:
//   openDocumentRequested(documentId)  a document row was double-clicked.
// The panel refreshes itself on Project::changed (documents, cases,
// attributes and their values).

#include "model/entities.h"
#include "util/result.h"

#include <QWidget>

class QComboBox;
class QMenu;
class QLineEdit;
class QPushButton;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class AttributeTableModel;

class CasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CasesPanel(crosscut::Project *project, QWidget *parent = nullptr);

    AttributeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *newAttributeEdit() const { return m_newAttribute; }
    QComboBox *newAttributeTypeBox() const { return m_newType; }
    QPushButton *addAttributeButton() const { return m_addAttribute; }

    Result<int> importCsv(const QString &path);
    // The attribute column header's context menu: a checkable "Identifying"
    // action (Project::setAttributeIdentifying). Null for the name column.
    QMenu *headerMenu(int section);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void openDocumentRequested(crosscut::Id documentId);

private:
    void addAttribute();
    void addCase();
    void importClicked();
    void onChanged(const crosscut::ChangeList &changes);
    void report(const QString &message);

    Project *m_project;
    AttributeTableModel *m_model;
    QComboBox *m_scope;
    QTableView *m_view;
    QLineEdit *m_newAttribute;
    QComboBox *m_newType;
    QPushButton *m_addAttribute;
    QPushButton *m_addCase;
    QPushButton *m_import;
    QString m_lastError;
};

}  // namespace crosscut::ui
