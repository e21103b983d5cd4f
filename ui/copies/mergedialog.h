#pragma once
// File → Merge project…: the coder copies to merge into the open project
// and how to settle clashes; then the merge report (MergeReport::lines()).

#include "team/merge.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QPushButton;

namespace crosscut::ui {

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    explicit MergeDialog(QWidget *parent);

    void addFiles(const QStringList &paths);
    QStringList files() const;
    team::MergeOptions options() const;

    QListWidget *fileList() const { return m_files; }
    QCheckBox *keepBothBox() const { return m_keepBoth; }
    QCheckBox *theirsBox() const { return m_theirs; }

private:
    void chooseFiles();
    void updateButtons();

    QListWidget *m_files;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_keepBoth;
    QCheckBox *m_theirs;
    QDialogButtonBox *m_buttons;
};

// What a merge added, line by line, and the conflicts it reported.
class MergeReportDialog : public QDialog {
    Q_OBJECT
public:
    MergeReportDialog(const team::MergeReport &report, const QStringList &files, QWidget *parent);
    const QStringList &lines() const { return m_lines; }

private:
    QStringList m_lines;
};

}  // namespace crosscut::ui
