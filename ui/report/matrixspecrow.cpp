#include "report/matrixspecrow.h"

#include "matrix/axispicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace crosscut::ui {

namespace {

QString axisText(const analysis::AxisSpec &spec)
{
    using Kind = analysis::AxisSpec::Kind;
    if ((spec.kind == Kind::Dimension && spec.dimension.isEmpty()) || (spec.kind == Kind::Attribute && spec.attribute.isEmpty())
        || (spec.kind == Kind::Codes && spec.codes.isEmpty()))
        return {};
    return spec.toString();
}

void setAxis(AxisPicker *picker, const QString &text)
{
    if (auto spec = analysis::AxisSpec::parse(text); spec.ok())
        picker->setSpec(*spec);
}

}  // namespace

MatrixSpecRow::MatrixSpecRow(Project *project, bool first, QWidget *parent)
    : QWidget(parent), m_number(new QLabel(this)), m_rows(new AxisPicker(project, this)), m_columns(new AxisPicker(project, this)),
      m_unit(new QComboBox(this)), m_normalisation(new QComboBox(this)), m_remove(new QToolButton(this))
{
    m_rows->setObjectName(QStringLiteral("matrixRows"));
    m_columns->setObjectName(QStringLiteral("matrixColumns"));
    m_unit->setObjectName(QStringLiteral("matrixUnit"));
    m_normalisation->setObjectName(QStringLiteral("matrixNormalisation"));
    m_remove->setObjectName(QStringLiteral("removeMatrix"));
    m_rows->setToolTip(tr("Rows of the matrix"));
    m_columns->setToolTip(tr("Columns of the matrix"));

    m_unit->addItem(tr("Quotes"), QStringLiteral("quotes"));
    m_unit->addItem(tr("Documents"), QStringLiteral("documents"));
    m_unit->addItem(tr("Cases"), QStringLiteral("cases"));
    m_unit->setToolTip(tr("What each cell counts"));
    m_normalisation->addItem(tr("Counts only"), QStringLiteral("none"));
    m_normalisation->addItem(tr("Row %"), QStringLiteral("row"));
    m_normalisation->addItem(tr("Column %"), QStringLiteral("col"));
    m_normalisation->addItem(tr("% of total"), QStringLiteral("total"));
    m_normalisation->setToolTip(tr("The shares shown beside the counts"));
    m_normalisation->setCurrentIndex(1);

    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Leave this matrix out of the report"));
    if (first) {
        // The report's main matrix counts quotes with row shares.
        m_unit->setEnabled(false);
        m_normalisation->setEnabled(false);
        m_unit->setToolTip(tr("The report's first matrix counts quotes"));
        m_normalisation->setToolTip(tr("The report's first matrix shows row shares"));
        m_remove->setEnabled(false);
        m_remove->setToolTip(tr("The report always has its first matrix"));
    }
    connect(m_remove, &QToolButton::clicked, this, &MatrixSpecRow::removeRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number);
    layout->addWidget(m_rows, 3);
    auto *by = new QLabel(QStringLiteral("×"), this);
    layout->addWidget(by);
    layout->addWidget(m_columns, 3);
    layout->addWidget(m_unit, 1);
    layout->addWidget(m_normalisation, 1);
    layout->addWidget(m_remove);
}

void MatrixSpecRow::setNumber(int number) { m_number->setText(tr("%1.").arg(number)); }

render::ReportMatrixSpec MatrixSpecRow::spec() const
{
    render::ReportMatrixSpec spec;
    spec.rows = axisText(m_rows->spec());
    spec.columns = axisText(m_columns->spec());
    spec.unit = m_unit->currentData().toString();
    spec.normalisation = m_normalisation->currentData().toString();
    return spec;
}

void MatrixSpecRow::setSpec(const render::ReportMatrixSpec &spec)
{
    setAxis(m_rows, spec.rows);
    setAxis(m_columns, spec.columns);
    if (m_unit->isEnabled())
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(spec.unit)));
    if (m_normalisation->isEnabled()) {
        // The CLI accepts "column" for "col".
        const QString norm = spec.normalisation == QLatin1String("column") ? QStringLiteral("col") : spec.normalisation;
        m_normalisation->setCurrentIndex(std::max(0, m_normalisation->findData(norm)));
    }
}

}  // namespace crosscut::ui
