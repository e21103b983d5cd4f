#include "charts/chartspanel.h"

#include "analysis/groupcomparison.h"
#include "charts/heatmapview.h"
#include "project/project.h"
#include "render/chartrenderer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>

namespace crosscut::ui {

using namespace crosscut::analysis;

ChartsPanel::ChartsPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_kind(new QComboBox(this)),
      m_codeColours(new QCheckBox(tr("Code colours"), this)),
      m_save(new QPushButton(tr("Save image…"), this)),
      m_message(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_chartView(new QChartView(this)),
      m_heatMap(new HeatMapView(this))
{
    m_kind->addItem(tr("Bar chart"), static_cast<int>(Kind::Bar));
    m_kind->addItem(tr("Stacked bar chart"), static_cast<int>(Kind::StackedBar));
    m_kind->addItem(tr("Group averages"), static_cast<int>(Kind::GroupAverages));
    m_kind->addItem(tr("Heat map"), static_cast<int>(Kind::HeatMap));
    m_kind->setToolTip(tr("Group averages: rows = a case attribute, columns = codes or a dimension"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_heatMap);
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Chart:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_codeColours);
    bar->addStretch();
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    m_codeColours->setObjectName(QStringLiteral("codeColours"));
    m_codeColours->setToolTip(tr("Off: a palette that colour-blind readers can tell apart. "
                                 "On: the codes' own colours, where they are all distinct."));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsPanel::rebuild);
    connect(m_codeColours, &QCheckBox::toggled, this, &ChartsPanel::rebuild);
    connect(m_save, &QPushButton::clicked, this, &ChartsPanel::saveClicked);
    if (m_project)
        connect(m_project, &Project::changed, this, &ChartsPanel::onChanged);
    m_message->setText(tr("Choose a matrix in the matrix panel to chart it."));
}

void ChartsPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

ChartsPanel::Kind ChartsPanel::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

QString ChartsPanel::message() const
{
    return m_message->text();
}

void ChartsPanel::setRequest(const crosscut::analysis::MatrixRequest &request)
{
    m_request = request;
    m_request->collectQuotes = false;
    rebuild();
}

void ChartsPanel::rebuild()
{
    if (deferWhileHidden())
        return;
    if (!m_project || !m_request)
        return;
    const Result<MatrixResult> matrix = computeMatrix(*m_project, *m_request);
    if (!matrix.ok()) {
        m_message->setText(matrix.message());
        return;
    }
    m_message->setText(matrix->rowTitle + QStringLiteral(" × ") + matrix->columnTitle);
    switch (kind()) {
    case Kind::Bar: buildBars(*matrix, false); break;
    case Kind::StackedBar: buildBars(*matrix, true); break;
    case Kind::GroupAverages:
        if (const Status s = buildGroupAverages(*matrix); !s.ok())
            m_message->setText(s.message());
        break;
    case Kind::HeatMap:
        m_heatMap->setTable(matrix->toTable(matrix->normalization != Normalization::None));
        m_stack->setCurrentWidget(m_heatMap);
        break;
    }
}

void ChartsPanel::buildBars(const MatrixResult &matrix, bool stacked)
{
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double max = 0;
    const QList<QColor> colours = render::seriesColors(
        matrix.columns, m_codeColours->isChecked() ? render::SeriesColours::Codes : render::SeriesColours::Safe);
    for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
        auto *set = new QBarSet(matrix.columns[c].text);
        set->setColor(colours.at(c));
        for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
            *set << matrix.values[r][c];
            max = std::max(max, matrix.values[r][c]);
        }
        series->append(set);
    }
    if (stacked) {
        max = 0;
        for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
            double sum = 0;
            for (double v : matrix.values[r])
                sum += v;
            max = std::max(max, sum);
        }
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(matrix.rowTitle + QStringLiteral(" × ") + matrix.columnTitle);
    auto *categories = new QBarCategoryAxis;
    categories->append(matrix.rowLabels());
    auto *values = new QValueAxis;
    values->setRange(0, max > 0 ? max * 1.05 : 1);
    values->applyNiceNumbers();  // ticks at round values: 0, 5, 10 … rather than 0, 6.05, 12.1 …
    if (matrix.normalization == Normalization::None && values->max() >= 4)
        values->setLabelFormat(QStringLiteral("%d"));  // counts are whole numbers
    values->setTitleText(matrix.normalization == Normalization::None ? toString(matrix.unit) : tr("%"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_chartView);
}

Status ChartsPanel::buildGroupAverages(const MatrixResult &matrix)
{
    if (m_request->rows.kind != AxisSpec::Kind::Attribute
        || (m_request->columns.kind != AxisSpec::Kind::Codes && m_request->columns.kind != AxisSpec::Kind::Dimension))
        return makeError(ErrorKind::Invalid,
                         tr("Group averages need rows = a case attribute and columns = codes or a dimension."));
    auto *series = new QBarSeries;
    QStringList groups;
    double max = 0;
    const QList<QColor> colours = render::seriesColors(
        matrix.columns, m_codeColours->isChecked() ? render::SeriesColours::Codes : render::SeriesColours::Safe);
    for (qsizetype ci = 0; ci < matrix.columns.size(); ++ci) {
        const Label &column = matrix.columns[ci];
        if (!column.id)
            continue;
        GroupComparisonRequest request;
        request.groupAttribute = m_request->rows.attribute;
        request.measure = GroupMeasure::QuotesWithCode;
        request.code = QStringLiteral("#%1").arg(*column.id);
        request.filter = m_request->filter;
        const Result<GroupComparisonResult> result = compareGroups(*m_project, request);
        if (!result.ok()) {
            delete series;
            return result.error();
        }
        if (groups.isEmpty())
            for (const GroupStat &g : result->groups)
                groups.append(g.group.isEmpty() ? tr("(none)") : QStringLiteral("%1 (n=%2)").arg(g.group).arg(g.cases));
        auto *set = new QBarSet(column.text);
        set->setColor(colours.at(ci));
        for (const GroupStat &g : result->groups) {
            *set << g.mean;
            max = std::max(max, g.mean);
        }
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Average quotes per case, by %1").arg(m_request->rows.attribute));
    auto *categories = new QBarCategoryAxis;
    categories->append(groups);
    auto *values = new QValueAxis;
    values->setRange(0, max > 0 ? max * 1.1 : 1);
    values->applyNiceNumbers();
    values->setTitleText(tr("mean per case"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_chartView);
    return {};
}

QWidget *ChartsPanel::currentView() const
{
    return m_stack->currentWidget();
}

Status ChartsPanel::saveImage(const QString &path, QSize size)
{
    QWidget *view = currentView();
    // Render at the asked size whatever the panel's size on screen.
    const QSize old = view->size();
    view->resize(size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        view->resize(old);
        return makeError(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    bool drawn = true;
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_message->text());
        QPainter painter(&svg);
        view->render(&painter);
    } else {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            view->render(&painter);
        }
        drawn = image.save(&file, "PNG");
    }
    view->resize(old);
    if (!drawn)
        return makeError(ErrorKind::Io, tr("Cannot encode the image for %1").arg(path));
    if (!file.commit())
        return makeError(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void ChartsPanel::saveClicked()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), {}, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (const Status status = saveImage(path); !status.ok())
        QMessageBox::warning(this, tr("Save chart"), status.message());
}

void ChartsPanel::onChanged(const crosscut::ChangeList &changes)
{
    static const QStringList relevant{QStringLiteral("coding"), QStringLiteral("quote"), QStringLiteral("code"),
                                      QStringLiteral("document"), QStringLiteral("case_"), QStringLiteral("attribute"),
                                      QStringLiteral("document_attribute"), QStringLiteral("case_attribute"),
                                      QStringLiteral("document_case"), QStringLiteral("speaker_turn")};
    bool touched = changes.reset;
    for (const QString &table : relevant)
        touched = touched || changes.touches(table);
    if (touched)
        rebuild();  // waits until shown when in a background tab
}

void ChartsPanel::refreshStale()
{
    rebuild();
}

}  // namespace crosscut::ui
