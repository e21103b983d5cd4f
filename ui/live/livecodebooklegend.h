#pragma once
// The live codebook on screen: which key codes what, grouped by dimension
// (key chips in the code's colour), with the codes pending on the
// utterance being typed underlined.

#include "live/livesession.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace crosscut::ui {

class LiveCodebookLegend : public QWidget {
    Q_OBJECT
public:
    LiveCodebookLegend(Project *project, const QList<live::CodeKey> &keys, QWidget *parent = nullptr);

    void setPending(const QList<Id> &codes);
    // Plain text of what is shown ("Leadership: F11 Provider-led …"), for tests.
    QString legendText() const;

private:
    struct Group {
        QString name;
        QList<live::CodeKey> keys;
    };
    void render();

    Project *m_project;
    QList<Group> m_groups;
    QList<QLabel *> m_labels;
    QList<Id> m_pending;
};

}  // namespace crosscut::ui
