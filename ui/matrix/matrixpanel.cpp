#include "matrix/matrixpanel.h"

#include "export/atomicfile.h"
#include "export/tableformats.h"
#include "export/xlsxexport.h"
#include "analysis/snapshot.h"
#include "analysis/suggestedmatrix.h"
#include "matrix/axispicker.h"
#include "matrix/matrixmodel.h"
#include "project/project.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {
// "42 quotes": one translatable plural per unit, for languages with several
// plural forms.
QString totalText(analysis::Unit unit, int n)
{
    switch (unit) {
    case analysis::Unit::Documents: return MatrixPanel::tr("%n document(s)", nullptr, n);
    case analysis::Unit::Cases: return MatrixPanel::tr("%n case(s)", nullptr, n);
    case analysis::Unit::Quotes: break;
    }
    return MatrixPanel::tr("%n quote(s)", nullptr, n);
}
}  // namespace

using namespace crosscut::analysis;

MatrixPanel::MatrixPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_rows(new AxisPicker(project, this)),
      m_columns(new AxisPicker(project, this)),
      m_unit(new QComboBox(this)),
      m_normalization(new QComboBox(this)),
      m_coder(new QComboBox(this)),
      m_export(new QPushButton(tr("Export…"), this)),
      m_status(new QLabel(this)),
      m_view(new QTableView(this)),
      m_model(new MatrixModel(this))
{
    m_unit->addItem(tr("Quotes"), static_cast<int>(Unit::Quotes));
    m_unit->addItem(tr("Documents"), static_cast<int>(Unit::Documents));
    m_unit->addItem(tr("Cases"), static_cast<int>(Unit::Cases));
    m_normalization->addItem(tr("Counts"), static_cast<int>(Normalization::None));
    m_normalization->addItem(tr("Row %"), static_cast<int>(Normalization::Row));
    m_normalization->addItem(tr("Column %"), static_cast<int>(Normalization::Column));
    m_normalization->addItem(tr("Total %"), static_cast<int>(Normalization::Total));
    fillCoders();

    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);

    // Rows and columns side by side: one line, so a laptop screen shows the
    // whole matrix under the transcript.
    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Rows:"), this));
    form->addWidget(m_rows, 1);
    form->addSpacing(12);
    form->addWidget(new QLabel(tr("Columns:"), this));
    form->addWidget(m_columns, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Count:"), this));
    options->addWidget(m_unit);
    options->addWidget(new QLabel(tr("Show:"), this));
    options->addWidget(m_normalization);
    options->addWidget(new QLabel(tr("Coder:"), this));
    options->addWidget(m_coder);
    options->addStretch();
    options->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_rows, &AxisPicker::specChanged, this, &MatrixPanel::recompute);
    connect(m_columns, &AxisPicker::specChanged, this, &MatrixPanel::recompute);
    for (QComboBox *box : {m_unit, m_normalization, m_coder})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_building)
                recompute();
        });
    connect(m_view, &QTableView::clicked, this, &MatrixPanel::cellClicked);
    connect(m_export, &QPushButton::clicked, this, &MatrixPanel::exportClicked);
    if (m_project)
        connect(m_project, &Project::changed, this, &MatrixPanel::onChanged);

    // A useful first view: the two dimensions most quotes carry together.
    MatrixRequest initial;
    initial.rows.kind = AxisSpec::Kind::Documents;
    initial.columns.kind = AxisSpec::Kind::Documents;
    if (m_project)
        if (auto snapshot = Snapshot::load(*m_project); snapshot.ok()) {
            initial = suggestedMatrix(*snapshot);
            m_openingSnapshot = std::move(snapshot).value();
        }
    setRequest(initial);
}

void MatrixPanel::fillCoders()
{
    m_building = true;
    const QString current = m_coder->currentData().toString();
    m_coder->clear();
    m_coder->addItem(tr("All coders"), QString());
    if (m_project)
        for (const Coder &c : m_project->coders())
            m_coder->addItem(c.name, c.name);
    m_coder->setCurrentIndex(std::max(0, m_coder->findData(current)));
    m_building = false;
}

int MatrixPanel::missingHeight() const
{
    if (m_model->rowCount() == 0)
        return 0;
    // The viewport excludes the frame and a horizontal scrollbar already.
    return std::max(0, m_view->verticalHeader()->length() - m_view->viewport()->height());
}

MatrixRequest MatrixPanel::request() const
{
    MatrixRequest request;
    request.rows = m_rows->spec();
    request.columns = m_columns->spec();
    request.unit = static_cast<Unit>(m_unit->currentData().toInt());
    request.normalization = static_cast<Normalization>(m_normalization->currentData().toInt());
    if (const QString coder = m_coder->currentData().toString(); !coder.isEmpty())
        request.filter.coders = {coder};
    return request;
}

void MatrixPanel::setRequest(const MatrixRequest &request)
{
    m_building = true;
    m_rows->setSpec(request.rows);
    m_columns->setSpec(request.columns);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(static_cast<int>(request.unit))));
    m_normalization->setCurrentIndex(std::max(0, m_normalization->findData(static_cast<int>(request.normalization))));
    m_coder->setCurrentIndex(
        std::max(0, m_coder->findData(request.filter.coders.isEmpty() ? QString() : request.filter.coders.first())));
    m_building = false;
    recompute();
}

const MatrixResult &MatrixPanel::result() const
{
    return m_model->result();
}

QString MatrixPanel::errorText() const
{
    return m_status->text();
}

void MatrixPanel::recompute()
{
    if (!m_project || m_building)
        return;
    if (deferWhileHidden()) {
        // The chart follows the matrix's choice even before the matrix is shown.
        Q_EMIT requestChanged(request());
        return;
    }
    const MatrixRequest req = request();
    const Result<MatrixResult> result =
        m_openingSnapshot ? computeMatrix(*m_openingSnapshot, req) : computeMatrix(*m_project, req);
    m_openingSnapshot.reset();
    if (!result.ok()) {
        m_model->setResult({});
        m_status->setText(result.message());
        m_export->setEnabled(false);
        return;
    }
    m_model->setResult(*result);
    m_status->setText(tr("%1 × %2 — %3 in total; click a cell to read its quotes.")
                          .arg(result->rowTitle, result->columnTitle)
                          .arg(totalText(result->unit, static_cast<int>(result->grandTotal))));
    m_export->setEnabled(true);
    Q_EMIT requestChanged(req);
}

void MatrixPanel::cellClicked(const QModelIndex &index)
{
    const MatrixResult &r = m_model->result();
    if (!index.isValid() || r.quoteIds.isEmpty())
        return;
    const QString title = r.rows.at(index.row()).text + QStringLiteral(" × ") + r.columns.at(index.column()).text;
    Q_EMIT showQuotesRequested(r.quoteIds.at(index.row()).at(index.column()), title);
}

void MatrixPanel::onChanged(const crosscut::ChangeList &changes)
{
    static const QStringList relevant{QStringLiteral("coding"), QStringLiteral("quote"), QStringLiteral("code"),
                                      QStringLiteral("document"), QStringLiteral("case_"), QStringLiteral("coder"),
                                      QStringLiteral("attribute"), QStringLiteral("document_attribute"),
                                      QStringLiteral("case_attribute"), QStringLiteral("document_case"),
                                      QStringLiteral("speaker_turn")};
    bool touched = changes.reset;
    for (const QString &table : relevant)
        touched = touched || changes.touches(table);
    if (!touched)
        return;
    m_openingSnapshot.reset();  // no longer what the project holds
    if (deferWhileHidden())
        return;
    if (changes.reset || changes.touches(QStringLiteral("coder")))
        fillCoders();
    m_rows->reloadChoices();
    m_columns->reloadChoices();
    recompute();
}

void MatrixPanel::refreshStale()
{
    fillCoders();
    m_rows->reloadChoices();
    m_columns->reloadChoices();
    recompute();
}

Status MatrixPanel::exportTo(const QString &path)
{
    const MatrixResult &r = m_model->result();
    const bool normalised = r.normalization != Normalization::None;
    if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0) {
        exporting::XlsxWorkbook book;
        book.title = r.rowTitle + QStringLiteral(" × ") + r.columnTitle;
        book.tables.append(r.toTable(false));
        if (normalised)
            book.tables.append(r.toTable(true));
        for (qsizetype i = 0; i < r.quoteIds.size(); ++i) {
            for (qsizetype j = 0; j < r.quoteIds[i].size(); ++j) {
                auto excerpts = quoteExcerpts(*m_project, r.quoteIds[i][j], 0);
                if (!excerpts.ok())
                    return excerpts.error();
                for (const QuoteExcerpt &q : *excerpts)
                    book.quotes.append({r.rows[i].text + QStringLiteral(" × ") + r.columns[j].text, q.documentName,
                                        q.start, q.end, q.speaker, q.text, q.codes, q.coders});
            }
        }
        return exporting::writeXlsx(path, book);
    }
    return exporting::writeAtomically(path, exporting::tableToCsv(r.toTable(normalised)));
}

void MatrixPanel::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export matrix"), {},
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status status = exportTo(path); !status.ok())
        QMessageBox::warning(this, tr("Export matrix"), status.message());
}

}  // namespace crosscut::ui
