#include "retrieval/retrievalpanel.h"

#include "coders/coderfilter.h"
#include "export/atomicfile.h"
#include "export/quoteexport.h"
#include "memos/memodialog.h"
#include "privacy/plainexportwarning.h"
#include "project/project.h"
#include "retrieval/retrievalmodel.h"
#include "util/csv.h"
#include "widgets/redactsavedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

RetrievalPanel::RetrievalPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_model(new RetrievalModel(project, this)),
      m_codeList(new QListWidget(this)),
      m_combine(new QComboBox(this)),
      m_coder(new QComboBox(this)),
      m_document(new QComboBox(this)),
      m_attribute(new QComboBox(this)),
      m_attributeValue(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_view(new QTableView(this)),
      m_export(new QPushButton(tr("Export…"), this))
{
    m_combine->addItem(tr("Any checked code (OR)"), static_cast<int>(QuoteQuery::Combine::Any));
    m_combine->addItem(tr("All checked codes (AND)"), static_cast<int>(QuoteQuery::Combine::All));
    m_attributeValue->setPlaceholderText(tr("value"));
    m_codeList->setToolTip(tr("Check the codes whose quotes to list"));
    m_export->setObjectName(QStringLiteral("quotesExportButton"));
    m_export->setToolTip(tr("Export the listed quotes with their attribution, codes, memos and attributes "
                            "(XLSX, DOCX, HTML or CSV)"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    layoutColumns();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_combine);
    filters->addWidget(new QLabel(tr("Coder:"), this));
    filters->addWidget(m_coder);
    filters->addWidget(new QLabel(tr("Document:"), this));
    filters->addWidget(m_document);
    filters->addWidget(new QLabel(tr("Attribute:"), this));
    filters->addWidget(m_attribute);
    filters->addWidget(m_attributeValue);
    filters->addStretch();
    filters->addWidget(m_export);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_codeList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    buildCodeList();
    buildFilters();

    connect(m_codeList, &QListWidget::itemChanged, this, [this] {
        if (m_building)
            return;
        m_fixedQuotes.reset();
        refresh();
    });
    for (QComboBox *box : {m_combine, m_coder, m_document, m_attribute})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_building)
                refresh();
        });
    connect(m_attributeValue, &QLineEdit::editingFinished, this, &RetrievalPanel::refresh);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (!index.isValid() || index.row() >= m_model->loadedCount())
            return;
        const analysis::QuoteExcerpt &q = m_model->excerpt(index.row());
        Q_EMIT openQuoteRequested(q.documentId, q.start, q.end);
    });
    connect(m_export, &QPushButton::clicked, this, &RetrievalPanel::exportClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (std::unique_ptr<QMenu> menu = buildContextMenu(at))
            menu->exec(m_view->viewport()->mapToGlobal(at));
    });
    if (m_project)
        connect(m_project, &Project::changed, this, &RetrievalPanel::onChanged);
    refresh();
}

std::unique_ptr<QMenu> RetrievalPanel::buildContextMenu(const QPoint &viewportPos)
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (!m_project || !index.isValid() || index.row() >= m_model->loadedCount())
        return nullptr;
    const Id quote = m_model->excerpt(index.row()).quoteId;
    auto menu = std::make_unique<QMenu>(this);
    QAction *memo = menu->addAction(tr("New memo on this quote…"));
    memo->setObjectName(QStringLiteral("quoteNewMemo"));
    connect(memo, &QAction::triggered, this, [this, quote] {
        const Status s = MemoDialog::create(m_project, MemoTarget::Quote, quote, this);
        if (!s)
            QMessageBox::warning(this, tr("Memo"), s.message());
    });
    QAction *exportQuotes = menu->addAction(tr("Export…"));
    exportQuotes->setObjectName(QStringLiteral("quoteExport"));
    connect(exportQuotes, &QAction::triggered, this, &RetrievalPanel::exportClicked);
    return menu;
}

void RetrievalPanel::layoutColumns()
{
    // The quote is what the analyst reads: it takes the width and wraps to
    // three lines; document, speaker, codes and coders keep narrow columns
    // (widen them by dragging). The context is in the quote's tooltip and
    // one click away in the document view; the header's menu shows it.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    for (int c = 0; c < RetrievalModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    header->setSectionResizeMode(RetrievalModel::QuoteColumn, QHeaderView::Stretch);
    const QFontMetrics fm(m_view->font());
    header->resizeSection(RetrievalModel::DocumentColumn, fm.horizontalAdvance(QLatin1Char('M')) * 11);
    header->resizeSection(RetrievalModel::SpeakerColumn, fm.horizontalAdvance(QLatin1Char('M')) * 7);
    header->resizeSection(RetrievalModel::CodesColumn, fm.horizontalAdvance(QLatin1Char('M')) * 12);
    header->resizeSection(RetrievalModel::CodersColumn, fm.horizontalAdvance(QLatin1Char('M')) * 5);
    header->setSectionHidden(RetrievalModel::ContextColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        for (int c = 0; c < RetrievalModel::ColumnCount; ++c) {
            if (c == RetrievalModel::QuoteColumn)
                continue;
            QAction *show = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            show->setCheckable(true);
            show->setChecked(!header->isSectionHidden(c));
            connect(show, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    // Three lines of text per quote.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fm.lineSpacing() * 3 + 8);
}

void RetrievalPanel::buildCodeList()
{
    m_building = true;
    QSet<Id> checked;
    for (int i = 0; i < m_codeList->count(); ++i)
        if (m_codeList->item(i)->checkState() == Qt::Checked)
            checked.insert(m_codeList->item(i)->data(Qt::UserRole).toLongLong());
    m_codeList->clear();
    if (m_project) {
        for (const Code &code : m_project->codes()) {
            auto *item = new QListWidgetItem(m_project->codePath(code.id), m_codeList);
            item->setData(Qt::UserRole, code.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(code.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_building = false;
}

void RetrievalPanel::buildFilters()
{
    m_building = true;
    const QVariant coder = m_coder->currentData();
    const QVariant document = m_document->currentData();
    const QString attribute = m_attribute->currentData().toString();
    m_coder->clear();
    m_document->clear();
    m_attribute->clear();
    m_coder->addItem(tr("All coders"));
    m_document->addItem(tr("All documents"));
    m_attribute->addItem(tr("Any"), QString());
    if (m_project) {
        for (const Coder &c : m_project->coders())
            m_coder->addItem(c.name, c.id);
        for (const Document &d : m_project->documents())
            m_document->addItem(d.name, d.id);
        for (const Attribute &a : m_project->attributes(AttributeScope::Document))
            m_attribute->addItem(a.name, a.name);
    }
    m_coder->setCurrentIndex(std::max(0, m_coder->findData(coder)));
    m_document->setCurrentIndex(std::max(0, m_document->findData(document)));
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(attribute)));
    m_building = false;
}

QuoteQuery RetrievalPanel::currentQuery() const
{
    QuoteQuery query;
    for (int i = 0; i < m_codeList->count(); ++i)
        if (m_codeList->item(i)->checkState() == Qt::Checked)
            query.codes.append(m_codeList->item(i)->data(Qt::UserRole).toLongLong());
    query.combine = static_cast<QuoteQuery::Combine>(m_combine->currentData().toInt());
    if (m_coder->currentData().isValid())
        query.coder = m_coder->currentData().toLongLong();
    if (m_document->currentData().isValid())
        query.document = m_document->currentData().toLongLong();
    if (m_filter)
        query.viewCoder = m_filter->shownCoderId();
    query.attribute = m_attribute->currentData().toString();
    query.attributeValue = m_attributeValue->text().trimmed();
    return query;
}

void RetrievalPanel::setCoderFilter(CoderFilter *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter)
        connect(m_filter, &CoderFilter::changed, this, [this] {
            if (!deferWhileHidden())
                refresh();
        });
    if (!deferWhileHidden())
        refresh();
}

void RetrievalPanel::showCodes(const QList<crosscut::Id> &codeIds, QuoteQuery::Combine combine)
{
    m_building = true;
    for (int i = 0; i < m_codeList->count(); ++i) {
        QListWidgetItem *item = m_codeList->item(i);
        item->setCheckState(codeIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_combine->setCurrentIndex(std::max(0, m_combine->findData(static_cast<int>(combine))));
    m_building = false;
    m_fixedQuotes.reset();
    refresh();
}

void RetrievalPanel::showQuotes(const QList<crosscut::Id> &quoteIds, const QString &title)
{
    m_fixedQuotes = quoteIds;
    m_fixedTitle = title;
    refresh();
}

void RetrievalPanel::refresh()
{
    if (!m_project)
        return;
    const QuoteQuery query = currentQuery();
    QList<Id> ids;
    QString what;
    if (m_fixedQuotes) {
        ids = filterQuotes(*m_project, *m_fixedQuotes, query);
        what = m_fixedTitle;
    } else {
        ids = runQuoteQuery(*m_project, query);
        what = query.codes.isEmpty() ? tr("no code checked") : tr("%n checked code(s)", nullptr, static_cast<int>(query.codes.size()));
    }
    m_model->setQuoteIds(ids);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_summary->setText(tr("%n quote(s): %1", nullptr, static_cast<int>(ids.size())).arg(what));
    m_export->setEnabled(!ids.isEmpty());
}

void RetrievalPanel::onChanged(const crosscut::ChangeList &changes)
{
    const bool codes = changes.reset || changes.touches(QStringLiteral("code"));
    const bool filters = changes.reset || changes.touches(QStringLiteral("coder"))
        || changes.touches(QStringLiteral("document")) || changes.touches(QStringLiteral("attribute"));
    const bool rows = codes || filters || changes.touches(QStringLiteral("quote"))
        || changes.touches(QStringLiteral("coding")) || changes.touches(QStringLiteral("document_attribute"))
        || changes.touches(QStringLiteral("speaker_turn"));
    if ((codes || filters || rows) && deferWhileHidden())
        return;
    if (codes)
        buildCodeList();
    if (filters)
        buildFilters();
    if (rows)
        refresh();
}

void RetrievalPanel::refreshStale()
{
    buildCodeList();
    buildFilters();
    refresh();
}

Status RetrievalPanel::exportCsv(const QString &path)
{
    auto excerpts = analysis::quoteExcerpts(*m_project, m_model->quoteIds(), RetrievalModel::ContextCodePoints);
    if (!excerpts.ok())
        return excerpts.error();
    QByteArray out = csv::formatRow({QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                                     QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("before"),
                                     QStringLiteral("after"), QStringLiteral("codes"), QStringLiteral("coders")})
                         .toUtf8();
    for (const analysis::QuoteExcerpt &q : *excerpts)
        out += csv::formatRow({q.documentName, QString::number(q.start), QString::number(q.end), q.speaker, q.text,
                               q.before, q.after, q.codes.join(QLatin1Char(';')), q.coders.join(QLatin1Char(';'))})
                   .toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(out);
    if (!file.commit())
        return makeError(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status RetrievalPanel::exportQuotes(const QString &path, bool redact)
{
    if (!m_project)
        return makeError(ErrorKind::Invalid, tr("Open a project first."));
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        suffix = QStringLiteral("html");
    const QStringList formats{QStringLiteral("xlsx"), QStringLiteral("docx"), QStringLiteral("html"), QStringLiteral("csv")};
    if (!formats.contains(suffix))
        return makeError(ErrorKind::Invalid,
                         tr("Quotes are exported as .xlsx, .docx, .html or .csv, not “%1”.").arg(QFileInfo(path).fileName()));
    if (Status target = exporting::checkWritableTarget(path); !target)
        return target;
    const QuoteQuery query = currentQuery();
    exporting::QuoteExportOptions options;
    options.redact = redact;
    options.title = tr("Quotes — %1").arg(QFileInfo(m_project->path()).completeBaseName());
    options.coder = query.viewCoder ? query.viewCoder : query.coder;
    if (!m_fixedQuotes)
        for (const Id code : query.codes)
            options.focusCodes.append(m_project->codePath(code));
    options.summary = m_summary->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = [&]() -> Status {
        auto quotes = exporting::collectQuoteExport(*m_project, m_model->quoteIds(), options);
        if (!quotes)
            return quotes.error();
        // Headings per checked code; a matrix cell's quotes (or no code
        // checked) per document, so that no quote is repeated under codes
        // nobody asked for.
        const auto grouping = options.focusCodes.isEmpty() ? exporting::QuoteGrouping::Document : exporting::QuoteGrouping::Code;
        return exporting::writeQuotes(path, suffix, *quotes, grouping);
    }();
    QApplication::restoreOverrideCursor();
    return written;
}

void RetrievalPanel::exportClicked()
{
    if (!m_project)
        return;
    const QFileInfo projectFile(m_project->path());
    const QString suggested = projectFile.dir().filePath(projectFile.completeBaseName() + QStringLiteral("-quotes.xlsx"));
    const QString filter = tr("Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html *.htm);;CSV file (*.csv)");
    bool redact = m_redactExport;
    QString path = getRedactableSaveFileName(this, tr("Export quotes"), suggested, filter, &redact);
    if (path.isEmpty())
        return;
    m_redactExport = redact;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    if (!confirmPlainExport(this, m_project, tr("Export quotes"), path))
        return;
    const Status status = exportQuotes(path, redact);
    if (!status.ok())
        QMessageBox::warning(this, tr("Export quotes"),
                             tr("Cannot export %1: %2").arg(QDir::toNativeSeparators(path), status.message()));
}

}  // namespace crosscut::ui
