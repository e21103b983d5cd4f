#include "portraits/portraitpanel.h"

#include "analysis/matrix.h"
#include "portraits/portraitview.h"
#include "project/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace crosscut::ui {

PortraitPanel::PortraitPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_mode(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_view(new PortraitView)
{
    m_mode->addItem(tr("This document"), static_cast<int>(Mode::Document));
    m_mode->addItem(tr("All documents"), static_cast<int>(Mode::AllDocuments));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setWordWrap(true);
    m_view->setTooltipText([this](const render::PortraitHit &hit) { return tooltipFor(hit); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_mode);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { display(); });
    connect(m_view, &PortraitView::spanClicked, this,
            [this](Id document, qint64 start, qint64 end, int) { Q_EMIT openQuoteRequested(document, start, end); });
    if (m_project)
        connect(m_project, &Project::changed, this, &PortraitPanel::onChanged);
    recompute();
}

void PortraitPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
}

PortraitPanel::Mode PortraitPanel::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void PortraitPanel::setDocument(Id document)
{
    if (m_document == document)
        return;
    m_document = document;
    if (mode() == Mode::Document)
        display();
}

void PortraitPanel::recompute()
{
    if (!m_project || deferWhileHidden())
        return;
    auto result = analysis::computePortraits(*m_project);
    if (!result) {
        m_result = {};
        m_status->setText(result.message());
    } else {
        m_result = std::move(result).value();
    }
    display();
}

void PortraitPanel::display()
{
    if (mode() == Mode::AllDocuments) {
        m_view->setPortraits(m_result, std::nullopt);
        m_status->setText(tr("%n document(s), each to the scale of the longest; click a segment to open it.", nullptr,
                             static_cast<int>(m_result.documents.size())));
        return;
    }
    const analysis::DocumentPortrait *d = m_document ? m_result.document(*m_document) : nullptr;
    if (!d) {
        m_view->setPortraits(m_result, Id(-1));  // nothing drawn
        m_status->setText(tr("Open a document to see its portrait."));
        return;
    }
    m_view->setPortraits(m_result, d->documentId);
    m_status->setText(tr("%n coded segment(s) in %1; click one to open it in the document.", nullptr,
                         static_cast<int>(d->segments.size()))
                          .arg(d->name));
}

QString PortraitPanel::tooltipFor(const render::PortraitHit &hit) const
{
    if (hit.code < 0 || hit.code >= m_result.codes.size())
        return {};
    const QString code = m_result.codes[hit.code].path;
    Id quote = hit.quoteId;
    if (quote == 0)  // a codeline span: it starts where one of its segments does
        if (const analysis::DocumentPortrait *d = m_result.document(hit.documentId))
            for (const auto &seg : d->segments)
                if (seg.code == hit.code && seg.start == hit.start) {
                    quote = seg.quoteId;
                    break;
                }
    QString text;
    if (quote != 0 && m_project)
        if (auto excerpts = analysis::quoteExcerpts(*m_project, {quote}, 0); excerpts.ok() && !excerpts->isEmpty())
            text = excerpts->first().text;
    constexpr int kSnippet = 240;
    if (text.size() > kSnippet)
        text = text.left(kSnippet) + QStringLiteral("…");
    return QStringLiteral("<b>%1</b> [%2–%3)<br>%4")
        .arg(code.toHtmlEscaped())
        .arg(hit.start)
        .arg(hit.end)
        .arg(text.toHtmlEscaped());
}

void PortraitPanel::onChanged(const crosscut::ChangeList &changes)
{
    static const QStringList relevant{QStringLiteral("coding"), QStringLiteral("quote"), QStringLiteral("code"),
                                      QStringLiteral("document"), QStringLiteral("coder")};
    bool touched = changes.reset;
    for (const QString &table : relevant)
        touched = touched || changes.touches(table);
    if (touched)
        recompute();
}

void PortraitPanel::refreshStale()
{
    recompute();
}

}  // namespace crosscut::ui
