#pragma once
// Type to find a code, Enter to apply it: every word typed must appear in
// the code's path ("kp led" finds "Leadership/Key population-led"). The
// best match comes first, so Enter applies what was meant: the code whose
// name is exactly what was typed, then names that start with it, names with
// a word that starts with it, names that contain it, and last codes that
// match only through their path. Ties keep codebook order.

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
    // How well a code named `name` (at `path`) matches `filter`: 0 exact
    // name, 1 name prefix, 2 word prefix in the name, 3 substring of the
    // name, 4 a match through the path only; -1 no match.
    static int rank(const QString &name, const QString &path, const QString &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry {
        Id id;
        QString name;
        QString path;
        QIcon swatch;
    };
    void refilter();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<Entry> m_codes;  // codebook order
};

}  // namespace crosscut::ui
