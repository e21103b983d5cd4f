#pragma once
// Type to find a code, Enter to apply it: every word typed must appear in
// the code's path ("kp led" finds "Leadership/Key population-led").

#include "project/project.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace crosscut::ui {

class QuickPick : public QDialog {
    Q_OBJECT
public:
    QuickPick(Project *project, QWidget *parent);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    std::optional<Id> chosenCode() const;

    static bool matches(const QString &path, const QString &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();

    QLineEdit *m_filter;
    QListWidget *m_list;
};

}  // namespace crosscut::ui
