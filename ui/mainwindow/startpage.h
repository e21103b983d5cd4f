#pragma once
// Shown when no project is open: open the demo project, start a new one
// from the intersectional template or empty, open a file, or a recent one.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace crosscut::ui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent);
    void refresh(bool demoAvailable);

Q_SIGNALS:
    void openDemoRequested();
    void newFromTemplateRequested();
    void newEmptyRequested();
    void openRequested();
    void openRecentRequested(const QString &path);

private:
    QPushButton *m_demo;
    QListWidget *m_recent;
};

}  // namespace crosscut::ui
