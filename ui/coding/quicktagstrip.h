#pragma once
// The quick-tagging strip above the document: for each dimension its values
// as mutually exclusive buttons. One click tags the current quote along that
// dimension; the buttons show the values the quote carries.

#include "project/project.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QGridLayout;

namespace crosscut::ui {

class CodingController;
class DocumentView;

class QuickTagStrip : public QWidget {
    Q_OBJECT
public:
    QuickTagStrip(Project *project, CodingController *controller, DocumentView *view, QWidget *parent);

    QAbstractButton *button(Id value) const { return m_buttons.value(value); }
    void rebuild();
    void refreshState();

private:
    Project *m_project;
    CodingController *m_controller;
    DocumentView *m_view;
    QGridLayout *m_grid;
    QHash<Id, QAbstractButton *> m_buttons;
};

}  // namespace crosscut::ui
