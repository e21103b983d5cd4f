#include "framework/frameworkpanel.h"

#include "analysis/matrix.h"
#include "export/frameworkexport.h"
#include "matrix/axispicker.h"
#include "privacy/plainexportwarning.h"
#include "project/project.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

using namespace crosscut::analysis;

namespace {

constexpr int kDocumentRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

// Cell colours: a gap stands out (nothing said, nothing written); quotes
// waiting for a summary are tinted; a summarised cell is plain.
const QColor kGapColour(0xE6, 0xE6, 0xE6);
const QColor kToSummariseColour(0xFF, 0xF4, 0xD6);

QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

}  // namespace

FrameworkPanel::FrameworkPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_rows(new QComboBox(this)),
      m_columns(new AxisPicker(project, this)),
      m_export(new QPushButton(tr("Export…"), this)),
      m_status(new QLabel(this)),
      m_grid(new QTableWidget(this)),
      m_cellTitle(new QLabel(this)),
      m_quotes(new QListWidget(this)),
      m_editor(new QPlainTextEdit(this)),
      m_save(new QPushButton(tr("Save summary"), this)),
      m_history(new QListWidget(this))
{
    m_rows->addItem(tr("Cases"), static_cast<int>(FrameworkRows::Cases));
    m_rows->addItem(tr("Documents"), static_cast<int>(FrameworkRows::Documents));
    m_status->setWordWrap(true);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->horizontalHeader()->setDefaultSectionSize(200);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cellTitle->setWordWrap(true);
    m_cellTitle->setTextFormat(Qt::PlainText);
    m_quotes->setWordWrap(true);
    m_quotes->setToolTip(tr("Double-click a quote to open it in its document"));
    m_editor->setPlaceholderText(tr("What does this row say about this code? Write the summary here."));
    m_history->setWordWrap(true);
    m_save->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Rows:"), this));
    bar->addWidget(m_rows);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Columns:"), this));
    bar->addWidget(m_columns, 1);
    bar->addWidget(m_export);

    auto *details = new QWidget(this);
    auto *side = new QVBoxLayout(details);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_cellTitle);
    side->addWidget(new QLabel(tr("Quotes:"), details));
    side->addWidget(m_quotes, 2);
    side->addWidget(new QLabel(tr("Summary:"), details));
    side->addWidget(m_editor, 1);
    side->addWidget(m_save, 0, Qt::AlignRight);
    side->addWidget(new QLabel(tr("Earlier versions:"), details));
    side->addWidget(m_history, 1);

    // In a scroll area: a low analysis dock (a laptop screen) scrolls the
    // details instead of squeezing the transcript above.
    auto *detailsArea = new QScrollArea(this);
    detailsArea->setWidget(details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    details->setMinimumHeight(320);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_grid);
    split->addWidget(detailsArea);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_rows, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_building)
            recompute();
    });
    connect(m_columns, &AxisPicker::specChanged, this, &FrameworkPanel::recompute);
    connect(m_grid, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        m_row = row;
        m_column = column;
        showCell();
    });
    connect(m_quotes, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT openQuoteRequested(item->data(kDocumentRole).toLongLong(), item->data(kStartRole).toLongLong(),
                                  item->data(kEndRole).toLongLong());
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        const bool inCell = m_row >= 0 && m_column >= 0 && m_row < m_result.rows.size() && m_column < m_result.columns.size();
        m_save->setEnabled(inCell && m_editor->toPlainText() != m_result.cell(m_row, m_column).summary.text);
    });
    connect(m_save, &QPushButton::clicked, this, &FrameworkPanel::saveSummary);
    connect(m_export, &QPushButton::clicked, this, &FrameworkPanel::exportClicked);
    if (m_project)
        connect(m_project, &Project::changed, this, &FrameworkPanel::onChanged);

    // First view: the cases across the first dimension of the codebook.
    FrameworkRequest initial;
    initial.columns.kind = AxisSpec::Kind::Codes;
    if (m_project)
        for (const Code &c : m_project->codes())
            if (c.isDimension && !c.parentId) {
                initial.columns.kind = AxisSpec::Kind::Dimension;
                initial.columns.dimension = m_project->codePath(c.id);
                break;
            }
    setRequest(initial);
}

FrameworkRequest FrameworkPanel::request() const
{
    FrameworkRequest r;
    r.rows = static_cast<FrameworkRows>(m_rows->currentData().toInt());
    r.columns = m_columns->spec();
    return r;
}

void FrameworkPanel::setRequest(const FrameworkRequest &request)
{
    m_building = true;
    m_rows->setCurrentIndex(std::max(0, m_rows->findData(static_cast<int>(request.rows))));
    m_columns->setSpec(request.columns);
    m_building = false;
    recompute();
}

QString FrameworkPanel::errorText() const { return m_error; }

void FrameworkPanel::recompute()
{
    if (!m_project || m_building || deferWhileHidden())
        return;
    const FrameworkRequest req = request();
    if (req.columns.kind == AxisSpec::Kind::Codes && req.columns.codes.isEmpty()) {
        m_result = {};
        m_error = tr("Choose a dimension, or list codes, for the columns.");
        m_status->setText(m_error);
        fillGrid();
        return;
    }
    auto result = computeFramework(*m_project, req);
    if (!result.ok()) {
        m_result = {};
        m_error = result.message();
        m_status->setText(m_error);
        m_export->setEnabled(false);
        fillGrid();
        return;
    }
    m_error.clear();
    m_result = std::move(result).value();
    const int cells = static_cast<int>(m_result.rows.size() * m_result.columns.size());
    m_status->setText(tr("%1 × %2: %3 of %4 cells summarised, %5 gaps (shaded grey: no quotes, no summary). "
                         "Select a cell to read its quotes and write its summary.")
                          .arg(m_result.rowTitle, m_result.columnTitle)
                          .arg(m_result.summaryCount())
                          .arg(cells)
                          .arg(m_result.gapCount()));
    m_export->setEnabled(true);
    fillGrid();
}

void FrameworkPanel::fillGrid()
{
    const int row = m_row, column = m_column;
    m_building = true;
    const QSignalBlocker block(m_grid);
    m_grid->clear();
    m_grid->setRowCount(static_cast<int>(m_result.rows.size()));
    m_grid->setColumnCount(static_cast<int>(m_result.columns.size()));
    QStringList columns, rows;
    for (const Label &l : m_result.columns)
        columns.append(l.text);
    for (const Label &l : m_result.rows)
        rows.append(l.text);
    m_grid->setHorizontalHeaderLabels(columns);
    // A few columns share the width; many keep a readable width and scroll.
    m_grid->horizontalHeader()->setSectionResizeMode(columns.size() <= 4 ? QHeaderView::Stretch : QHeaderView::Interactive);
    m_grid->setVerticalHeaderLabels(rows);
    for (int r = 0; r < m_result.rows.size(); ++r)
        for (int c = 0; c < m_result.columns.size(); ++c) {
            const FrameworkCell &cell = m_result.cell(r, c);
            const int n = static_cast<int>(cell.quoteIds.size());
            auto *item = new QTableWidgetItem;
            QString text;
            if (cell.isGap()) {
                text = tr("gap");
                item->setBackground(kGapColour);
                item->setForeground(QColor(0x80, 0x80, 0x80));
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            } else {
                QString summary = cell.summary.text.simplified();
                if (summary.size() > 160)
                    summary = summary.left(157) + QStringLiteral("…");
                const QString count = n == 1 ? tr("1 quote") : tr("%1 quotes").arg(n);
                text = summary.isEmpty() ? tr("%1 — not summarised yet").arg(count)
                                         : summary + QStringLiteral("\n(") + count + QLatin1Char(')');
                if (cell.summary.text.isEmpty())
                    item->setBackground(kToSummariseColour);
            }
            item->setText(text);
            item->setToolTip(cell.summary.text);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_grid->setItem(r, c, item);
        }
    m_building = false;
    if (row >= 0 && column >= 0 && row < m_grid->rowCount() && column < m_grid->columnCount()) {
        m_grid->setCurrentCell(row, column);
    } else {
        m_row = m_column = -1;
    }
    showCell();
}

void FrameworkPanel::selectCell(int row, int column)
{
    m_grid->setCurrentCell(row, column);
    m_row = row;
    m_column = column;
    showCell();
}

void FrameworkPanel::showCell()
{
    m_quotes->clear();
    m_history->clear();
    const bool inCell = m_row >= 0 && m_column >= 0 && m_row < m_result.rows.size() && m_column < m_result.columns.size();
    m_editor->setEnabled(inCell);
    if (!inCell) {
        m_cellTitle->setText(tr("Select a cell."));
        const QSignalBlocker block(m_editor);
        m_editor->clear();
        m_save->setEnabled(false);
        return;
    }
    const FrameworkCell &cell = m_result.cell(m_row, m_column);
    m_cellTitle->setText(m_result.rows.at(m_row).text + QStringLiteral(" × ") + m_result.columns.at(m_column).text);
    if (auto quotes = quoteExcerpts(*m_project, cell.quoteIds, 0); quotes.ok()) {
        for (const QuoteExcerpt &q : *quotes) {
            const QString source = q.speaker.isEmpty() ? q.documentName : q.speaker + QStringLiteral(", ") + q.documentName;
            auto *item = new QListWidgetItem(QStringLiteral("“%1” — %2").arg(q.text.simplified(), source), m_quotes);
            item->setData(kDocumentRole, q.documentId);
            item->setData(kStartRole, q.start);
            item->setData(kEndRole, q.end);
        }
    }
    if (cell.quoteIds.isEmpty())
        new QListWidgetItem(tr("No quote of this row carries this code."), m_quotes);
    {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(cell.summary.text);
    }
    m_save->setEnabled(false);
    const Id rowId = m_result.rows.at(m_row).id.value_or(0);
    const Id codeId = m_result.columns.at(m_column).id.value_or(0);
    if (auto history = summaryHistory(*m_project, m_result.rowKind, rowId, codeId); history.ok())
        for (const SummaryRevision &r : *history)
            new QListWidgetItem(QStringLiteral("%1 · %2\n%3")
                                    .arg(shortTime(r.at), r.author,
                                         r.text.isEmpty() ? tr("(cleared)") : r.text.simplified()),
                                m_history);
}

void FrameworkPanel::saveSummary()
{
    if (m_row < 0 || m_column < 0 || m_row >= m_result.rows.size() || m_column >= m_result.columns.size())
        return;
    const Status s = setFrameworkSummary(*m_project, m_result.rowKind, m_result.rows.at(m_row).id.value_or(0),
                                         m_result.columns.at(m_column).id.value_or(0), m_editor->toPlainText());
    if (!s.ok()) {
        m_status->setText(s.message());
        return;
    }
    m_save->setEnabled(false);
}

void FrameworkPanel::onChanged(const crosscut::ChangeList &changes)
{
    static const QStringList relevant{QStringLiteral("coding"), QStringLiteral("quote"), QStringLiteral("code"),
                                      QStringLiteral("document"), QStringLiteral("case_"), QStringLiteral("coder"),
                                      QStringLiteral("document_case"), QStringLiteral("speaker_turn")};
    bool recomputeAll = changes.reset;
    for (const QString &table : relevant)
        recomputeAll = recomputeAll || changes.touches(table);
    if (recomputeAll) {
        m_columns->reloadChoices();
        recompute();
        return;
    }
    if (!changes.touches(QStringLiteral("framework_summary")) || m_result.rows.isEmpty())
        return;
    // Only summaries changed: the quotes are still right.
    if (deferWhileHidden())
        return;
    if (refreshSummaries(*m_project, m_result).ok())
        fillGrid();
}

void FrameworkPanel::refreshStale()
{
    m_columns->reloadChoices();
    recompute();
}

Status FrameworkPanel::exportTo(const QString &path)
{
    if (m_result.rows.isEmpty() && m_result.columns.isEmpty())
        return makeError(ErrorKind::Invalid, tr("There is no framework matrix to export."));
    return exporting::writeFramework(*m_project, m_result, path);
}

void FrameworkPanel::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export framework matrix"), QStringLiteral("framework.xlsx"),
        tr("Excel workbook (*.xlsx);;Word document (*.docx);;CSV (*.csv);;Markdown (*.md)"));
    if (path.isEmpty() || !confirmPlainExport(this, m_project, tr("Export framework matrix"), path))
        return;
    if (const Status s = exportTo(path); !s.ok())
        QMessageBox::warning(this, tr("Export framework matrix"), s.message());
}

}  // namespace crosscut::ui
