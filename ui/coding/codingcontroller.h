#pragma once
// Turns the coding gestures into project operations: apply a code to the
// selection (or to the current quote, so several dimension values go on the
// same quote in a row), recent codes on number keys, code shortcuts, quick
// tagging of one value per dimension, removing codings, a quote's memo and
// moving a quote's edges. It keeps the document view's selection on the quote it just coded.

#include "project/project.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace crosscut::ui {

class DocumentView;

class CodingController : public QObject {
    Q_OBJECT
public:
    CodingController(Project *project, DocumentView *view, QObject *parent);

    // Applies `code` to the selection, or to the current quote when nothing
    // is selected. Returns the quote coded.
    Result<Id> applyCode(Id code);
    // Quick tagging: `value` becomes the quote's only value of its
    // dimension (one operation); applying the value it already has removes it.
    Status tagDimensionValue(Id value);
    Status removeCoding(Id quote, Id code);
    Status applyRecent(int index);

    QList<Id> recentCodes() const { return m_recent; }
    // The quote the next gesture acts on: the current quote, or the quote
    // that exactly matches the selection.
    std::optional<Id> targetQuote() const;

    // Installs one action per code shortcut on `window`, rebuilt when codes change.
    void installShortcuts(QWidget *window);

Q_SIGNALS:
    void recentCodesChanged();
    void error(const QString &message);
    void coded(crosscut::Id quote, crosscut::Id code);

private:
    void remember(Id code);
    void rebuildShortcuts();
    Status report(Status status);

    Project *m_project;
    DocumentView *m_view;
    QList<Id> m_recent;
    QWidget *m_shortcutHost = nullptr;
    QList<QAction *> m_shortcuts;
};

}  // namespace crosscut::ui
