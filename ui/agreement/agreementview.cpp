#include "agreement/agreementview.h"

#include "agreement/agreementexport.h"
#include "agreement/codeagreementmodel.h"
#include "agreement/dimensionagreementmodel.h"
#include "agreement/disagreementmodel.h"
#include "agreement/disagreementspanel.h"
#include "privacy/plainexportwarning.h"
#include "project/project.h"
#include "team/adjudication.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace crosscut::ui {

namespace {
constexpr int kMeanPair = -1;

void setUpTable(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
}
}  // namespace

AgreementView::AgreementView(Project *project, QWidget *parent)
    : DeferredPanel(parent), m_project(project), m_coders(new QListWidget(this)),
      m_documentButton(new QToolButton(this)), m_documentMenu(new QMenu(this)), m_pair(new QComboBox(this)),
      m_export(new QPushButton(tr("Export…"), this)), m_status(new QLabel(this)), m_codeTable(new QTableView(this)),
      m_codeModel(new CodeAgreementModel(this)), m_codeProxy(new QSortFilterProxyModel(this)),
      m_dimensionTable(new QTableView(this)), m_dimensionModel(new DimensionAgreementModel(this)),
      m_disagreements(new DisagreementsPanel(project, this)), m_changed(new QTimer(this))
{
    setObjectName(QStringLiteral("agreementView"));
    m_coders->setObjectName(QStringLiteral("agreementCoders"));
    m_coders->setFlow(QListView::LeftToRight);
    m_coders->setWrapping(false);
    m_coders->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_coders->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coders->setSpacing(2);
    m_coders->setFixedHeight(m_coders->fontMetrics().height() + 14);
    m_coders->setToolTip(tr("Check two or more coders to compare"));
    m_documentButton->setObjectName(QStringLiteral("agreementDocuments"));
    m_documentButton->setPopupMode(QToolButton::InstantPopup);
    m_documentButton->setMenu(m_documentMenu);
    m_documentButton->setToolTip(tr("The documents counted; none checked: all"));
    m_pair->setObjectName(QStringLiteral("agreementPair"));
    m_pair->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setObjectName(QStringLiteral("exportAgreement"));
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_codeTable->setObjectName(QStringLiteral("agreementTable"));
    m_codeProxy->setSourceModel(m_codeModel);
    m_codeProxy->setSortRole(Qt::UserRole);
    m_codeTable->setModel(m_codeProxy);
    setUpTable(m_codeTable);
    m_codeTable->setWordWrap(false);
    m_codeTable->setTextElideMode(Qt::ElideLeft);  // a path's end names the code
    m_codeTable->horizontalHeader()->setMinimumSectionSize(36);
    m_codeTable->horizontalHeader()->setSectionResizeMode(CodeAgreementModel::Code, QHeaderView::Stretch);
    // Codebook order first; a click on a heading sorts by it.
    m_codeTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_codeTable->setSortingEnabled(true);
    m_dimensionTable->setObjectName(QStringLiteral("dimensionAgreementTable"));
    m_dimensionTable->setModel(m_dimensionModel);
    setUpTable(m_dimensionTable);
    m_dimensionTable->horizontalHeader()->setSectionResizeMode(DimensionAgreementModel::Dimension, QHeaderView::Stretch);
    m_dimensionTable->setMinimumHeight(m_dimensionTable->fontMetrics().height() * 3);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Coders:"), this));
    top->addWidget(m_coders, 1);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Documents:"), this));
    top->addWidget(m_documentButton);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Pair:"), this));
    top->addWidget(m_pair);
    top->addStretch();
    top->addWidget(m_export);

    // Codes above, the dimensions' cu-alpha below them; the disagreements beside.
    auto *dimensionsBox = new QWidget(this);
    auto *dimensionsLayout = new QVBoxLayout(dimensionsBox);
    dimensionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *dimensions = new QLabel(tr("Dimensions (cu-alpha over their values)"), dimensionsBox);
    QFont bold = dimensions->font();
    bold.setBold(true);
    dimensions->setFont(bold);
    dimensionsLayout->addWidget(dimensions);
    dimensionsLayout->addWidget(m_dimensionTable, 1);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setChildrenCollapsible(false);
    left->addWidget(m_codeTable);
    left->addWidget(dimensionsBox);
    left->setSizes({280, 140});
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_disagreements);
    splitter->setSizes({620, 580});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_changed->setSingleShot(true);
    m_changed->setInterval(0);
    connect(m_changed, &QTimer::timeout, this, &AgreementView::recompute);
    connect(m_coders, &QListWidget::itemChanged, this, [this] {
        if (!m_building)
            recompute();
    });
    connect(m_pair, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_building)
            showPair();
    });
    connect(m_codeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelection(); });
    connect(m_dimensionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateStatus(); });
    connect(m_export, &QPushButton::clicked, this, &AgreementView::exportClicked);
    connect(m_disagreements, &DisagreementsPanel::openSpanRequested, this, &AgreementView::openSpanRequested);
    if (m_project)
        connect(m_project, &Project::changed, this, &AgreementView::onChanged);
    fillDocuments();
    recompute();
}

void AgreementView::fillCoders()
{
    if (!m_project)
        return;
    m_building = true;
    QStringList checked = checkedCoders();
    m_coders->clear();
    int firstChecks = 2;
    for (const Coder &c : m_project->coders()) {
        auto *item = new QListWidgetItem(c.name, m_coders);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // At first the first two coders but a consensus one (a pair to
        // adjudicate); later, coders keep their check.
        bool check = checked.contains(c.name);
        if (!m_codersFilled && firstChecks > 0 && c.name != team::kDefaultConsensusCoder) {
            check = true;
            --firstChecks;
        }
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
    }
    m_codersFilled = true;
    // As wide as the names, up to a third of the view.
    int width = 12;
    for (int i = 0; i < m_coders->count(); ++i)
        width += m_coders->fontMetrics().horizontalAdvance(m_coders->item(i)->text()) + 36;  // with its check box
    m_coders->setMaximumWidth(std::clamp(width, 160, 560));
    m_building = false;
}

void AgreementView::fillDocuments()
{
    m_documentMenu->clear();
    QList<Id> kept;
    if (m_project) {
        for (const Document &d : m_project->documents()) {
            QAction *a = m_documentMenu->addAction(d.name);
            a->setCheckable(true);
            a->setData(d.id);
            a->setChecked(m_documents.contains(d.id));
            if (a->isChecked())
                kept << d.id;
            connect(a, &QAction::toggled, this, [this, id = d.id](bool on) {
                if (on && !m_documents.contains(id))
                    m_documents << id;
                else if (!on)
                    m_documents.removeAll(id);
                updateDocumentButton();
                recompute();
            });
        }
    }
    m_documents = kept;
    updateDocumentButton();
}

void AgreementView::updateDocumentButton()
{
    m_documentButton->setText(m_documents.isEmpty() ? tr("All documents")
                                                    : tr("%n document(s)", nullptr, int(m_documents.size())));
}

void AgreementView::setCoders(const QStringList &names)
{
    m_building = true;
    for (int i = 0; i < m_coders->count(); ++i)
        m_coders->item(i)->setCheckState(names.contains(m_coders->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_building = false;
    recompute();
}

QStringList AgreementView::checkedCoders() const
{
    QStringList names;
    for (int i = 0; i < m_coders->count(); ++i)
        if (m_coders->item(i)->checkState() == Qt::Checked)
            names << m_coders->item(i)->text();
    return names;
}

void AgreementView::setDocuments(const QList<Id> &documents)
{
    m_documents = documents;
    fillDocuments();
    recompute();
}

void AgreementView::setPair(int pair)
{
    const int index = m_pair->findData(pair);
    if (index >= 0)
        m_pair->setCurrentIndex(index);
}

int AgreementView::pair() const
{
    return m_pair->currentIndex() < 0 ? kMeanPair : m_pair->currentData().toInt();
}

void AgreementView::refreshStale()
{
    fillDocuments();
    recompute();
}

void AgreementView::onChanged(const crosscut::ChangeList &changes)
{
    static const QStringList relevant{QStringLiteral("coding"), QStringLiteral("quote"), QStringLiteral("code"),
                                      QStringLiteral("document"), QStringLiteral("coder"),
                                      QStringLiteral("adjudication")};
    bool touched = changes.reset;
    for (const QString &table : relevant)
        touched = touched || changes.touches(table);
    if (!touched)
        return;
    if (changes.reset || changes.touches(QStringLiteral("document")))
        fillDocuments();
    // Once for a burst of changes, after them.
    m_changed->start();
}

void AgreementView::recompute()
{
    if (!m_project || m_building)
        return;
    m_changed->stop();
    if (deferWhileHidden())
        return;
    fillCoders();
    const QStringList coders = checkedCoders();
    m_report.reset();
    m_problem.clear();
    if (coders.size() < 2) {
        m_problem = tr("Check two or more coders to compare their codings.");
    } else {
        team::AgreementOptions options;
        options.coders = coders;
        options.documents = m_documents;
        Result<team::AgreementReport> report = team::computeAgreement(*m_project, options);
        if (report)
            m_report = std::move(report).value();
        else
            m_problem = report.message();
    }
    fillPairs();
    showPair();
}

void AgreementView::fillPairs()
{
    m_building = true;
    const QString current = m_pair->currentText();
    m_pair->clear();
    if (m_report) {
        if (m_report->pairs.size() > 1)
            m_pair->addItem(tr("Mean over the pairs"), kMeanPair);
        for (qsizetype i = 0; i < m_report->pairs.size(); ++i) {
            const team::PairAgreement &p = m_report->pairs.at(i);
            m_pair->addItem(p.coderA + QStringLiteral(" – ") + p.coderB, int(i));
        }
    }
    m_pair->setCurrentIndex(std::max(0, m_pair->findText(current)));
    m_pair->setEnabled(m_pair->count() > 1);
    m_building = false;
}

void AgreementView::showPair()
{
    const std::optional<Id> selected = selectedCode();
    const int p = pair();
    if (!m_report) {
        m_codeModel->setRows({}, {}, {});
        m_dimensionModel->setRows({});
    } else if (p == kMeanPair || p >= m_report->pairs.size()) {
        m_codeModel->setRows(m_report->meanCodes, {}, {});
        m_dimensionModel->setRows(m_report->meanDimensions);
    } else {
        const team::PairAgreement &pa = m_report->pairs.at(p);
        m_codeModel->setRows(pa.codes, pa.coderA, pa.coderB);
        m_dimensionModel->setRows(pa.dimensions);
    }
    m_export->setEnabled(m_report.has_value());
    if (selected && m_codeModel->rowOf(*selected) >= 0)
        selectCode(*selected);
    else
        showSelection();
}

void AgreementView::selectCode(Id code)
{
    const int row = m_codeModel->rowOf(code);
    if (row < 0)
        return;
    const QModelIndex index = m_codeProxy->mapFromSource(m_codeModel->index(row, 0));
    m_codeTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_codeTable->scrollTo(index, QAbstractItemView::PositionAtCenter);
    showSelection();
}

void AgreementView::selectWeakestCode()
{
    const team::CodeAgreement *weakest = nullptr;
    // Among the codes both coders used: one only one coder used has nothing to weigh.
    for (const team::CodeAgreement &c : m_codeModel->rows())
        if (!c.isDimension && c.kappa && c.a > 0 && c.b > 0 && (!weakest || *c.kappa < *weakest->kappa))
            weakest = &c;
    if (!weakest)
        return;
    selectCode(weakest->code);
    const QList<DisagreementRow> &rows = m_disagreements->model()->rows();
    int first = rows.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows[i].disagreement.kind == team::DisagreementKind::Boundary) {
            first = int(i);
            break;
        }
    m_disagreements->selectRow(first);
}

std::optional<Id> AgreementView::selectedCode() const
{
    const QModelIndex current = m_codeTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_codeProxy->mapToSource(current).row();
    if (row < 0 || row >= m_codeModel->rows().size())
        return std::nullopt;
    return m_codeModel->rows().at(row).code;
}

void AgreementView::showSelection()
{
    updateStatus();
    const std::optional<Id> code = selectedCode();
    if (!m_report) {
        m_disagreements->clearSubject(m_problem);
        return;
    }
    if (!code) {
        m_disagreements->clearSubject(tr("Choose a code in the agreement table to list its disagreements."));
        return;
    }
    const int p = pair();
    if (p == kMeanPair || p >= m_report->pairs.size()) {
        m_disagreements->clearSubject(tr("Choose a pair of coders to list their disagreements."));
        return;
    }
    const team::PairAgreement &pa = m_report->pairs.at(p);
    const team::CodeAgreement &row = m_codeModel->rows().at(m_codeModel->rowOf(*code));
    m_disagreements->setSubject(pa.coderA, pa.coderB, *code, row.path, m_documents);
}

QString AgreementView::statusText() const
{
    return m_status->text();
}

void AgreementView::updateStatus()
{
    if (!m_report) {
        m_status->setText(m_problem);
        return;
    }
    int undefined = 0;
    for (const team::CodeAgreement &c : m_codeModel->rows())
        undefined += int(!c.percent) + int(!c.kappa) + int(!c.alpha);
    for (const team::DimensionAgreement &d : m_dimensionModel->rows())
        undefined += int(!d.cuAlpha);
    QString text = tr("%1 — %n document(s), counted in code points.", nullptr, int(m_report->documents.size()))
                       .arg(m_pair->currentText());
    if (undefined > 0)
        text += QLatin1Char(' ') + tr("%n measure(s) undefined (—): hover one for why.", nullptr, undefined);
    QStringList reasons;
    if (const std::optional<Id> code = selectedCode()) {
        const team::CodeAgreement &row = m_codeModel->rows().at(m_codeModel->rowOf(*code));
        if (!row.reason.isEmpty())
            reasons << tr("%1: %2").arg(row.path, row.reason);
    }
    if (const QModelIndex d = m_dimensionTable->currentIndex(); d.isValid() && d.row() < m_dimensionModel->rowCount()) {
        const team::DimensionAgreement &row = m_dimensionModel->rows().at(d.row());
        if (!row.cuAlpha && !row.reason.isEmpty())
            reasons << tr("%1: %2").arg(row.name, row.reason);
    }
    QString why = reasons.join(QStringLiteral(" · "));
    // Two lines at most; a long reason (one per pair) in full in the tooltip.
    constexpr qsizetype kShown = 180;
    m_status->setToolTip(why);
    if (why.size() > kShown)
        why = why.left(kShown) + QStringLiteral("…");
    m_status->setText(why.isEmpty() ? text : text + QLatin1Char('\n') + why);
}

Status AgreementView::exportTo(const QString &path)
{
    if (!m_report)
        return makeError(ErrorKind::Invalid, m_problem.isEmpty() ? tr("Nothing to export.") : m_problem);
    return agreement::exportAgreement(*m_report, path);
}

void AgreementView::exportClicked()
{
    const QString title = tr("Export agreement");
    const QString path = QFileDialog::getSaveFileName(this, title, {}, tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (!confirmPlainExport(this, m_project, title, path))
        return;
    if (const Status s = exportTo(path); !s)
        QMessageBox::warning(this, title, s.message());
}

}  // namespace crosscut::ui
