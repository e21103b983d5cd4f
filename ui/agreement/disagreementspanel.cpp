#include "agreement/disagreementspanel.h"

#include "agreement/agreementexport.h"
#include "agreement/boundarydialog.h"
#include "agreement/disagreementmodel.h"
#include "agreement/richtextdelegate.h"
#include "privacy/plainexportwarning.h"
#include "project/project.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

DisagreementsPanel::DisagreementsPanel(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_title(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new DisagreementModel(this)), m_acceptA(new QPushButton(tr("Accept &A"), this)),
      m_acceptB(new QPushButton(tr("Accept &B"), this)), m_acceptBoth(new QPushButton(tr("Accept b&oth"), this)),
      m_edit(new QPushButton(tr("&Edit boundaries…"), this)), m_reject(new QPushButton(tr("&Reject"), this)),
      m_consensus(new QLineEdit(team::kDefaultConsensusCoder, this)),
      m_adopt(new QPushButton(tr("Adopt a&greed codings"), this)), m_export(new QPushButton(tr("Export…"), this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("disagreementsPanel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("disagreementsTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    auto *delegate = new RichTextDelegate(DisagreementModel::kHtmlRole, m_view);
    m_view->setItemDelegateForColumn(DisagreementModel::SideA, delegate);
    m_view->setItemDelegateForColumn(DisagreementModel::SideB, delegate);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DisagreementModel::Document, QHeaderView::Interactive);
    header->resizeSection(DisagreementModel::Document, m_view->fontMetrics().horizontalAdvance(QString(12, u'm')));
    m_view->setTextElideMode(Qt::ElideMiddle);
    header->setSectionResizeMode(DisagreementModel::SideA, QHeaderView::Stretch);
    header->setSectionResizeMode(DisagreementModel::SideB, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, m_view, [this](int section) {
        if (section == DisagreementModel::SideA || section == DisagreementModel::SideB)
            m_view->resizeRowsToContents();
    });

    m_acceptA->setObjectName(QStringLiteral("acceptA"));
    m_acceptB->setObjectName(QStringLiteral("acceptB"));
    m_acceptBoth->setObjectName(QStringLiteral("acceptBoth"));
    m_edit->setObjectName(QStringLiteral("editBoundaries"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_adopt->setObjectName(QStringLiteral("adoptAgreed"));
    m_consensus->setObjectName(QStringLiteral("consensusCoder"));
    m_export->setObjectName(QStringLiteral("exportDisagreements"));
    m_acceptBoth->setToolTip(tr("The consensus codes the whole stretch"));
    m_reject->setToolTip(tr("The consensus codes nothing of the stretch: it is settled as not this code"));
    m_edit->setToolTip(tr("The consensus codes a span you give, in code points"));
    m_adopt->setToolTip(tr("Codes every stretch both coders coded alike for the consensus coder"));
    m_consensus->setToolTip(tr("The coder the decisions are written to; pick it as a coder above to compare with it"));
    m_consensus->setMaximumWidth(180);
    m_progress->setObjectName(QStringLiteral("adjudicationProgress"));
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->setMaximumWidth(160);
    m_progressText->setObjectName(QStringLiteral("adjudicationProgressText"));
    m_message->setObjectName(QStringLiteral("adjudicationMessage"));
    m_message->setWordWrap(true);

    auto *decisions = new QHBoxLayout;
    for (QPushButton *b : {m_acceptA, m_acceptB, m_acceptBoth, m_edit, m_reject})
        decisions->addWidget(b);
    decisions->addStretch();
    decisions->addWidget(m_progress);
    decisions->addWidget(m_progressText);
    auto *consensus = new QHBoxLayout;
    consensus->addWidget(new QLabel(tr("Consensus coder:"), this));
    consensus->addWidget(m_consensus);
    consensus->addWidget(m_adopt);
    consensus->addStretch();
    consensus->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(decisions);
    layout->addLayout(consensus);
    layout->addWidget(m_message);

    connect(m_acceptA, &QPushButton::clicked, this, [this] { (void)decide(team::Decision::AcceptA); });
    connect(m_acceptB, &QPushButton::clicked, this, [this] { (void)decide(team::Decision::AcceptB); });
    connect(m_acceptBoth, &QPushButton::clicked, this, [this] { (void)decide(team::Decision::AcceptBoth); });
    connect(m_reject, &QPushButton::clicked, this, [this] { (void)decide(team::Decision::Reject); });
    connect(m_edit, &QPushButton::clicked, this, &DisagreementsPanel::editBoundaries);
    connect(m_adopt, &QPushButton::clicked, this, [this] { (void)adoptAgreed(); });
    connect(m_export, &QPushButton::clicked, this, &DisagreementsPanel::exportClicked);
    connect(m_consensus, &QLineEdit::editingFinished, this, &DisagreementsPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DisagreementsPanel::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.isValid() || index.row() >= m_model->rows().size())
            return;
        const team::Disagreement &d = m_model->rows().at(index.row()).disagreement;
        Q_EMIT openSpanRequested(d.document, d.span.start, d.span.end);
    });
    clearSubject(tr("Choose a code in the agreement table to list its disagreements."));
}

team::Adjudication DisagreementsPanel::context() const
{
    team::Adjudication c;
    c.coderA = m_coderA;
    c.coderB = m_coderB;
    c.code = m_code;
    const QString name = m_consensus->text().trimmed();
    c.consensus = name.isEmpty() ? team::kDefaultConsensusCoder : name;
    return c;
}

void DisagreementsPanel::setSubject(const QString &coderA, const QString &coderB, Id code, const QString &codePath,
                                    const QList<Id> &documents)
{
    const bool same = coderA == m_coderA && coderB == m_coderB && code == m_code && documents == m_documents;
    m_coderA = coderA;
    m_coderB = coderB;
    m_code = code;
    m_codePath = codePath;
    m_documents = documents;
    m_title->setText(tr("Disagreements on %1 — A: %2, B: %3").arg(codePath, coderA, coderB));
    if (!same)
        m_message->clear();
    refresh();
}

void DisagreementsPanel::clearSubject(const QString &why)
{
    m_coderA.clear();
    m_coderB.clear();
    m_code = 0;
    m_codePath.clear();
    m_documents.clear();
    m_title->setText(why);
    m_model->setRows({}, {}, {});
    m_message->clear();
    updateProgress();
    updateButtons();
}

void DisagreementsPanel::refresh()
{
    if (!m_project || !m_code)
        return;
    // The selection, by stretch, survives the re-read.
    std::optional<std::pair<Id, team::Span>> selected;
    int selectedIndex = selectedRow();
    if (selectedIndex >= 0) {
        const team::Disagreement &d = m_model->rows().at(selectedIndex).disagreement;
        selected = std::pair{d.document, d.span};
    }
    const Result<team::Comparison> comparison = team::compareCoders(*m_project, m_coderA, m_coderB, m_code, m_documents);
    if (!comparison) {
        m_model->setRows({}, m_coderA, m_coderB);
        m_message->setText(comparison.message());
        updateProgress();
        updateButtons();
        return;
    }
    const QList<team::SettledDecision> settled = team::decisions(*m_project, context());
    QList<DisagreementRow> rows;
    rows.reserve(comparison->disagreements.size());
    for (const team::Disagreement &d : comparison->disagreements) {
        DisagreementRow row{d, agreement::disagreementText(*m_project, d), std::nullopt};
        for (const team::SettledDecision &s : settled)
            if (s.document == d.document && s.span == d.span)
                row.decision = s;
        rows.append(row);
    }
    m_model->setRows(rows, m_coderA, m_coderB);
    m_view->resizeRowsToContents();
    int reselect = -1;
    for (qsizetype i = 0; selected && i < rows.size(); ++i)
        if (rows[i].disagreement.document == selected->first && rows[i].disagreement.span == selected->second)
            reselect = int(i);
    if (reselect < 0 && selectedIndex >= 0 && !rows.isEmpty())
        reselect = std::min(selectedIndex, int(rows.size()) - 1);
    if (m_advanceFrom && reselect >= 0 && rows[reselect].decision
        && rows[reselect].disagreement.document == m_advanceFrom->first
        && rows[reselect].disagreement.span == m_advanceFrom->second) {
        // On to the next unsettled one, wrapping round; none left: stay.
        for (qsizetype step = 1; step < rows.size(); ++step) {
            const int next = int((reselect + step) % rows.size());
            if (!rows[next].decision) {
                reselect = next;
                break;
            }
        }
    }
    m_advanceFrom.reset();
    if (reselect >= 0)
        selectRow(reselect);
    if (rows.isEmpty())
        m_message->setText(tr("%1 and %2 agree everywhere on this code.").arg(m_coderA, m_coderB));
    updateProgress();
    updateButtons();
}

void DisagreementsPanel::updateProgress()
{
    m_progress->setVisible(m_project && m_code);
    if (!m_project || !m_code) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressText->clear();
        return;
    }
    const Result<team::Progress> p = team::progress(*m_project, context(), m_documents);
    if (!p) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressText->setText(p.message());
        return;
    }
    m_progress->setRange(0, std::max(1, p->total));
    m_progress->setValue(p->settled);
    m_progressText->setText(tr("%1 of %2 settled").arg(p->settled).arg(p->total));
}

void DisagreementsPanel::updateButtons()
{
    const bool enabled = m_code && selectedRow() >= 0;
    for (QPushButton *b : {m_acceptA, m_acceptB, m_acceptBoth, m_edit, m_reject})
        b->setEnabled(enabled);
    m_adopt->setEnabled(m_code != 0);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_acceptA->setToolTip(tr("The consensus codes what %1 coded").arg(m_coderA.isEmpty() ? tr("A") : m_coderA));
    m_acceptB->setToolTip(tr("The consensus codes what %1 coded").arg(m_coderB.isEmpty() ? tr("B") : m_coderB));
}

QPushButton *DisagreementsPanel::button(team::Decision decision) const
{
    switch (decision) {
    case team::Decision::AcceptA: return m_acceptA;
    case team::Decision::AcceptB: return m_acceptB;
    case team::Decision::AcceptBoth: return m_acceptBoth;
    case team::Decision::Edit: return m_edit;
    case team::Decision::Reject: return m_reject;
    }
    return nullptr;
}

int DisagreementsPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_model->rows().size() ? -1 : rows.first().row();
}

void DisagreementsPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

Status DisagreementsPanel::decide(team::Decision decision, const QList<team::Span> &edited)
{
    const int row = selectedRow();
    if (!m_project || row < 0) {
        const Status none = makeError(ErrorKind::Invalid, tr("Select a disagreement first."));
        report(none, {});
        return none;
    }
    const team::Disagreement d = m_model->rows().at(row).disagreement;
    const Status s = team::settle(*m_project, context(), d, decision, edited);
    if (s)
        m_advanceFrom = std::pair{d.document, d.span};
    report(s, tr("%1: code points %2–%3 of %4").arg(DisagreementModel::decisionText(decision),
                                                     QString::number(d.span.start), QString::number(d.span.end),
                                                     d.documentName));
    return s;
}

void DisagreementsPanel::editBoundaries()
{
    const int row = selectedRow();
    if (!m_project || row < 0)
        return;
    BoundaryDialog dialog(m_project, m_model->rows().at(row).disagreement, this);
    if (dialog.exec() == QDialog::Accepted && dialog.isValid())
        (void)decide(team::Decision::Edit, {dialog.span()});
}

Result<int> DisagreementsPanel::adoptAgreed()
{
    if (!m_project || !m_code)
        return makeError(ErrorKind::Invalid, tr("Choose a code and a pair of coders first."));
    const Result<int> added = team::adoptAgreed(*m_project, context(), m_documents);
    if (!added)
        report(added.error(), {});
    else
        report({}, tr("Adopted %n agreed coding(s) for %1.", nullptr, *added).arg(context().consensus));
    return added;
}

void DisagreementsPanel::report(const Status &status, const QString &done)
{
    m_lastError = status ? QString() : status.message();
    m_message->setText(status ? done : status.message());
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b3261e"));
}

Status DisagreementsPanel::exportTo(const QString &path)
{
    if (!m_project)
        return makeError(ErrorKind::Invalid, tr("Open a project first."));
    agreement::DisagreementExport what{m_coderA, m_coderB, m_codePath, {}};
    for (const DisagreementRow &r : m_model->rows())
        what.disagreements.append(r.disagreement);
    return agreement::exportDisagreements(*m_project, what, path);
}

void DisagreementsPanel::exportClicked()
{
    const QString title = tr("Export disagreements");
    const QString path = QFileDialog::getSaveFileName(this, title, {}, tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (!confirmPlainExport(this, m_project, title, path))
        return;
    if (const Status s = exportTo(path); !s)
        QMessageBox::warning(this, title, s.message());
}

}  // namespace crosscut::ui
