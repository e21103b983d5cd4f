#pragma once
// Preferences: font size of the document view, snapping selections to
// whole words, and the coder name new codings are attributed to.

#include <QDialog>

class QSpinBox;
class QCheckBox;
class QLineEdit;

namespace crosscut::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent);
    void save() const;

private:
    QSpinBox *m_fontSize;
    QCheckBox *m_snap;
    QLineEdit *m_coder;
};

}  // namespace crosscut::ui
