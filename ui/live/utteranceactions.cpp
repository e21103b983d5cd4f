#include "live/utteranceactions.h"

#include "document/documentview.h"
#include "live/utteranceedit.h"
#include "text/codepoints.h"

#include <QInputDialog>
#include <QMenu>

namespace crosscut::ui {

UtteranceActions::UtteranceActions(Project *project, DocumentView *view, QObject *parent)
    : QObject(parent), m_project(project), m_view(view)
{
    connect(view, &DocumentView::contextMenuRequested, this, &UtteranceActions::addTo);
}

void UtteranceActions::addTo(QMenu *menu, qint64 at)
{
    const auto turn = m_view->turnAt(at);
    if (!turn || !m_view->documentId())
        return;
    const Id id = turn->id;
    menu->addSeparator();
    const QString time = turnTimeText(*turn);
    menu->addAction(time.isEmpty() ? turn->speaker : tr("%1 · %2").arg(turn->speaker, time))->setEnabled(false);
    // Editing is for live sessions, whose utterances are one line each; an
    // imported interview's turns may span paragraphs that an edit would join.
    const auto doc = m_project->document(turn->documentId);
    if (!doc || doc->kind != DocumentKind::LiveSession)
        return;

    // The utterance's words, without its "Speaker: " label.
    const QString prefix = turn->speaker + QStringLiteral(": ");
    QString words = m_project->documentSlice(turn->documentId, turn->start, turn->end);
    const bool labelled = words.startsWith(prefix);
    if (labelled)
        words = words.mid(prefix.size());
    QAction *editAction = menu->addAction(tr("&Edit utterance…"));
    editAction->setObjectName(QStringLiteral("editUtterance"));
    connect(editAction, &QAction::triggered, this, [this, id, words] { edit(id, words); });

    QAction *merge = menu->addAction(tr("&Merge with next utterance"));
    merge->setObjectName(QStringLiteral("mergeUtterance"));
    connect(merge, &QAction::triggered, this, [this, id] { report(live::mergeWithNext(*m_project, id)); });

    // Split where the menu was opened, inside the utterance's words.
    const qint64 textStart = turn->start + (labelled ? codePointCount(prefix) : 0);
    const qint64 offset = at - textStart;
    QAction *split = menu->addAction(tr("&Split utterance here"));
    split->setObjectName(QStringLiteral("splitUtterance"));
    split->setEnabled(offset > 0 && at < turn->end);
    connect(split, &QAction::triggered, this, [this, id, offset] { report(live::splitUtterance(*m_project, id, offset)); });
}

void UtteranceActions::edit(Id turn, const QString &current)
{
    // Modal to the workbench only: a capture window keeps taking keys.
    auto *dialog = new QInputDialog(m_view->window());
    dialog->setObjectName(QStringLiteral("editUtteranceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Edit utterance"));
    dialog->setLabelText(tr("What was said:"));
    dialog->setTextValue(current);
    dialog->resize(600, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, turn, current](const QString &text) {
        if (text != current)
            report(live::editUtterance(*m_project, turn, text));
    });
    dialog->open();
}

void UtteranceActions::report(const Status &status)
{
    m_lastError = status ? QString() : status.message();
    if (!status)
        Q_EMIT failed(m_lastError);
}

}  // namespace crosscut::ui
