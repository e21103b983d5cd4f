#pragma once
// The quick-tagging strip above the document: for each dimension its values
// as mutually exclusive buttons. One click tags the current quote along that
// dimension; the buttons show the values the quote carries. The dimensions
// wrap like words (FlowLayout), so every one is visible at any width.

#include "project/project.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;

namespace crosscut::ui {

class CodingController;
class DocumentView;
class FlowLayout;

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
    FlowLayout *m_flow;
    QHash<Id, QAbstractButton *> m_buttons;
};

}  // namespace crosscut::ui
