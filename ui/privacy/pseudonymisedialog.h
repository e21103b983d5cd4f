#pragma once
// Tools → Pseudonymise…: the names to replace (speakers and cases proposed),
// a preview of every replacement in context with a count per document, and
// the irreversible step itself, through the same core the CLI uses.

#include "privacy/pseudonymise.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace crosscut::ui {

class PseudonymiseDialog : public QDialog {
    Q_OBJECT
public:
    explicit PseudonymiseDialog(Project &project, QWidget *parent = nullptr);

    // Asks before the irreversible step (off in tests).
    void setConfirm(bool confirm) { m_confirm = confirm; }

    // The names in the table, in order (proposed ones first).
    QStringList names() const;
    // Sets the pseudonym of `name`, adding a row for it when it has none.
    void setPseudonym(const QString &name, const QString &pseudonym);
    void setKeyFile(const QString &path);
    // Reads a names file (name,pseudonym) into the table.
    bool loadNamesFile(const QString &path);

    // The pairs with a pseudonym, validated; an error says what to fix.
    Result<privacy::NameList> pairs() const;
    // Recomputes the preview now (it also follows edits, shortly after).
    void refreshPreview();
    const privacy::Preview &preview() const { return m_preview; }
    // Occurrences the preview found in the document of that (current) name.
    int occurrencesIn(const QString &documentName) const;
    QTreeWidget *previewTree() const { return m_previewTree; }
    QString statusText() const;

    // Pseudonymises, writes the key if one was chosen, and accepts.
    bool apply();
    const privacy::Summary &summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

private:
    void addRow(const QString &name, const QString &pseudonym, const QString &proposedAs);
    void chooseKeyFile();
    void chooseNamesFile();

    Project &m_project;
    QTableWidget *m_table = nullptr;
    QTreeWidget *m_previewTree = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_apply = nullptr;
    QTimer *m_refresh = nullptr;
    privacy::Preview m_preview;
    privacy::Summary m_summary;
    QString m_lastError;
    bool m_confirm = true;
};

}  // namespace crosscut::ui
