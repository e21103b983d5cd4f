#include "coding/codingcontroller.h"

#include "document/documentview.h"
#include "memos/memodialog.h"
#include "project/codercodings.h"

#include <QAction>
#include <QWidget>

namespace crosscut::ui {

CodingController::CodingController(Project *project, DocumentView *view, QObject *parent)
    : QObject(parent), m_project(project), m_view(view)
{
    connect(m_view, &DocumentView::recentCodeRequested, this, [this](int index) { (void)report(applyRecent(index)); });
    connect(m_view, &DocumentView::removeCodingRequested, this,
            [this](Id quote, Id code) { (void)report(removeCoding(quote, code)); });
    connect(m_view, &DocumentView::removeCoderCodingsRequested, this, [this](Id quote, Id coder, Id code) {
        (void)report(removeCoderCodings(*m_project, quote, coder, code ? std::optional<Id>(code) : std::nullopt));
    });
    connect(m_view, &DocumentView::deleteQuoteRequested, this,
            [this](Id quote) { (void)report(m_project->deleteQuote(quote)); });
    connect(m_view, &DocumentView::memoRequested, this, [this](Id quote) {
        (void)report(MemoDialog::edit(m_project, MemoTarget::Quote, quote, m_view));
    });
    connect(m_view, &DocumentView::adjustQuoteRequested, this, [this](Id quote, CodePointSpan bounds) {
        if (report(m_project->setQuoteBounds(quote, bounds.start, bounds.end)))
            m_view->setCurrentQuote(quote);
    });
    connect(m_project, &Project::changed, this, [this](const ChangeList &changes) {
        if (changes.reset || changes.touches(QStringLiteral("code"))) {
            // Forget deleted codes; shortcuts may have changed.
            m_recent.removeIf([this](Id id) { return !m_project->code(id).has_value(); });
            Q_EMIT recentCodesChanged();
            rebuildShortcuts();
        }
    });
}

Status CodingController::report(Status status)
{
    if (!status)
        Q_EMIT error(status.message());
    return status;
}

std::optional<Id> CodingController::targetQuote() const { return m_view->currentQuote(); }

Result<Id> CodingController::applyCode(Id code)
{
    if (!m_view->documentId())
        return makeError(ErrorKind::Invalid, tr("Open a document and select the text to code."));
    const CodePointSpan span = m_view->selectedSpan();
    Result<Id> quote = makeError(ErrorKind::Invalid, tr("Select the text to code first."));
    if (!span.isEmpty()) {
        quote = m_project->applyCode(*m_view->documentId(), span.start, span.end, code);
    } else if (const auto current = m_view->currentQuote()) {
        const Status s = m_project->applyCodeToQuote(*current, code);
        quote = s ? Result<Id>(*current) : Result<Id>(s.error());
    }
    if (!quote) {
        Q_EMIT error(quote.message());
        return quote;
    }
    // Keep the quote selected so the next value lands on it too.
    m_view->setCurrentQuote(*quote);
    remember(code);
    Q_EMIT coded(*quote, code);
    return quote;
}

Status CodingController::tagDimensionValue(Id value)
{
    const std::optional<Code> code = m_project->code(value);
    if (!code || !code->parentId)
        return report(makeError(ErrorKind::NotFound, tr("That code is not a dimension value.")));
    std::optional<Id> quote = m_view->currentQuote();
    if (!quote) {
        Result<Id> made = applyCode(value);
        return made ? Status() : Status(made.error());
    }
    // The dimension's other values on this quote give way to the new one.
    bool had = false;
    for (const Coding &c : m_project->codings(*quote))
        had = had || c.codeId == value;
    if (had)
        return report(removeCoding(*quote, value));
    if (Status s = m_project->setDimensionValue(*quote, value); !s)
        return report(s);
    m_view->setCurrentQuote(*quote);
    remember(value);
    Q_EMIT coded(*quote, value);
    return {};
}

Status CodingController::removeCoding(Id quote, Id code) { return m_project->removeCoding(quote, code); }

Status CodingController::applyRecent(int index)
{
    if (index < 0 || index >= m_recent.size())
        return makeError(ErrorKind::NotFound, tr("No recent code %1.").arg(index + 1));
    Result<Id> r = applyCode(m_recent.at(index));
    return r ? Status() : Status(r.error());
}

void CodingController::remember(Id code)
{
    // Most recent first; number keys 1–9 reach them.
    m_recent.removeAll(code);
    m_recent.prepend(code);
    while (m_recent.size() > 9)
        m_recent.removeLast();
    Q_EMIT recentCodesChanged();
}

void CodingController::installShortcuts(QWidget *window)
{
    m_shortcutHost = window;
    rebuildShortcuts();
}

void CodingController::rebuildShortcuts()
{
    if (!m_shortcutHost)
        return;
    qDeleteAll(m_shortcuts);
    m_shortcuts.clear();
    for (const Code &code : m_project->codes()) {
        if (code.shortcut.isEmpty())
            continue;
        // Owned by the controller: when the project closes, its shortcuts go
        // with it instead of shadowing the next project's ("ambiguous").
        auto *action = new QAction(code.name, this);
        action->setShortcut(QKeySequence(code.shortcut));
        action->setShortcutContext(Qt::WindowShortcut);
        const Id id = code.id;
        connect(action, &QAction::triggered, this, [this, id] { (void)applyCode(id); });
        m_shortcutHost->addAction(action);
        m_shortcuts.append(action);
    }
}

}  // namespace crosscut::ui
