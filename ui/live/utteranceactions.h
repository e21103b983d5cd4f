#pragma once
// Editing utterances after a session, from the document view's context
// menu: the turn's speaker and time as a heading, then Edit utterance…,
// Merge with next utterance and Split utterance here (core/live/
// utteranceedit: one undoable operation each; quotes move with the text).
// Works on any document with speaker turns, live or imported.

#include "project/project.h"

#include <QObject>

class QMenu;

namespace crosscut::ui {

class DocumentView;

class UtteranceActions : public QObject {
    Q_OBJECT
public:
    UtteranceActions(Project *project, DocumentView *view, QObject *parent);

    // Adds the actions for the turn holding code point `at` (none outside turns).
    void addTo(QMenu *menu, qint64 at);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // An edit was refused; nothing changed.
    void failed(const QString &message);

private:
    void edit(Id turn, const QString &current);
    void report(const Status &status);

    Project *m_project;
    DocumentView *m_view;
    QString m_lastError;
};

}  // namespace crosscut::ui
