#pragma once
// Preferences: font size of the document view, snapping selections to
// whole words, the coder name new codings are attributed to, and the
// interface language (applied on the next start, see uilanguage.h).

#include <QDialog>

class QSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace crosscut::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent);
    void save() const;
    QComboBox *languageBox() const { return m_language; }
    // Whether the language chosen differs from the one in the settings
    // (it applies after a restart).
    bool languageChanged() const;

private:
    QSpinBox *m_fontSize;
    QCheckBox *m_snap;
    QLineEdit *m_coder;
    QComboBox *m_language;
    QLabel *m_restartNote;
};

}  // namespace crosscut::ui
