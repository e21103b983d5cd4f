#pragma once
// View → Coders: all coders' codings, only mine, one chosen coder (a
// submenu of the project's coders, kept up to date) or a comparison of
// every coder in a colour each. One exclusive group; in a blind copy every
// choice but its coder is disabled, with a tooltip saying why.

#include <QMenu>
#include <QPointer>

class QActionGroup;

namespace crosscut::ui {

class CoderFilter;

class CodersMenu : public QMenu {
    Q_OBJECT
public:
    explicit CodersMenu(QWidget *parent);

    // The open project's filter; null when none is open.
    void setFilter(CoderFilter *filter);

    QAction *allAction() const { return m_all; }
    QAction *mineAction() const { return m_mine; }
    QAction *compareAction() const { return m_compare; }
    QMenu *oneCoderMenu() const { return m_one; }
    // The action choosing `coder` in the submenu; null when not listed.
    QAction *coderAction(const QString &coder) const;

private:
    void rebuildCoders();
    void syncState();

    QPointer<CoderFilter> m_filter;
    QActionGroup *m_group;
    QAction *m_all;
    QAction *m_mine;
    QMenu *m_one;
    QAction *m_compare;
    QList<QAction *> m_coderActions;
};

}  // namespace crosscut::ui
