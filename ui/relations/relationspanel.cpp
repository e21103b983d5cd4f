#include "relations/relationspanel.h"

#include "network/codenetwork.h"
#include "project/project.h"
#include "relations/codenetworkview.h"
#include "relations/relationsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace crosscut::ui {

namespace {

// Until the user picks a threshold: the lowest one that leaves at most two
// links per code drawn, so that a full codebook's network stays readable.
qint64 readableThreshold(const analysis::CooccurrenceResult &r)
{
    std::vector<qint64> counts;
    qsizetype codes = 0;
    for (qsizetype a = 0; a < r.codes.size(); ++a) {
        codes += r.quoteCounts[a] > 0 ? 1 : 0;
        for (qsizetype b = a + 1; b < r.codes.size(); ++b)
            if (r.counts[a][b] > 0)
                counts.push_back(r.counts[a][b]);
    }
    const size_t limit = static_cast<size_t>(2 * codes);
    if (counts.size() <= limit)
        return 1;
    std::sort(counts.begin(), counts.end(), std::greater<>());
    return counts[limit] + 1;
}

}  // namespace

RelationsPanel::RelationsPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_measure(new QComboBox(this)),
      m_threshold(new QSpinBox(this)),
      m_status(new QLabel(this)),
      m_view(new QTableView(this)),
      m_model(new RelationsModel(this)),
      m_network(new CodeNetworkView(this))
{
    m_measure->addItem(tr("Counts"), static_cast<int>(RelationsModel::Measure::Count));
    m_measure->addItem(tr("Jaccard"), static_cast<int>(RelationsModel::Measure::Jaccard));
    m_measure->setToolTip(tr("Counts: pairs of overlapping quotes (the same quote included).\n"
                             "Jaccard: quotes coded with both ÷ quotes carrying either."));
    m_threshold->setRange(1, 100000);
    m_threshold->setValue(1);
    m_threshold->setToolTip(tr("Draw a link between two codes when they co-occur at least this often"));
    m_status->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_measure);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Link codes co-occurring at least:"), this));
    bar->addWidget(m_threshold);
    bar->addWidget(m_status, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_network);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMeasure(static_cast<RelationsModel::Measure>(m_measure->currentData().toInt()));
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, [this] {
        if (m_settingThreshold)
            return;
        m_thresholdChosen = true;
        relayout();
    });
    connect(m_view, &QTableView::clicked, this, &RelationsPanel::cellClicked);
    if (m_project)
        connect(m_project, &Project::changed, this, &RelationsPanel::onChanged);
    recompute();
}

void RelationsPanel::recompute()
{
    if (!m_project || deferWhileHidden())
        return;
    auto snapshot = analysis::Snapshot::load(*m_project);
    if (!snapshot) {
        m_snapshot.reset();
        m_model->setResult({});
        m_status->setText(snapshot.message());
        return;
    }
    m_snapshot = std::move(snapshot).value();
    auto result = analysis::computeCooccurrence(*m_snapshot, {});
    if (!result) {
        m_model->setResult({});
        m_status->setText(result.message());
        return;
    }
    m_model->setResult(*result);
    if (!m_thresholdChosen) {
        m_settingThreshold = true;
        m_threshold->setValue(static_cast<int>(std::min<qint64>(readableThreshold(*result), m_threshold->maximum())));
        m_settingThreshold = false;
    }
    m_status->setText(tr("%n code(s) with quotes; click a cell to read the quotes coded with both.", nullptr,
                         m_model->rowCount()));
    relayout();
}

void RelationsPanel::relayout()
{
    auto graph = network::codeNetwork(m_model->result(), m_threshold->value());
    if (!graph) {
        m_status->setText(graph.message());
        return;
    }
    m_network->setNetwork(m_model->result(), *graph);
}

void RelationsPanel::cellClicked(const QModelIndex &index)
{
    if (!index.isValid() || !m_snapshot)
        return;
    const int a = m_model->codeAt(index.row());
    const int b = m_model->codeAt(index.column());
    if (a < 0 || b < 0)
        return;
    const auto &codes = m_model->result().codes;
    // By id: a path may hold characters the path syntax escapes.
    const QString pathA = QStringLiteral("#%1").arg(codes[a].id.value_or(0));
    const QString pathB = QStringLiteral("#%1").arg(codes[b].id.value_or(0));
    auto quotes = analysis::quotesCodedWithBoth(*m_snapshot, pathA, pathB);
    if (!quotes) {
        m_status->setText(quotes.message());
        return;
    }
    const QString title = a == b ? codes[a].text : tr("%1 & %2 (coded with both)").arg(codes[a].text, codes[b].text);
    Q_EMIT showQuotesRequested(*quotes, title);
}

void RelationsPanel::onChanged(const crosscut::ChangeList &changes)
{
    static const QStringList relevant{QStringLiteral("coding"), QStringLiteral("quote"), QStringLiteral("code"),
                                      QStringLiteral("document"), QStringLiteral("coder")};
    bool touched = changes.reset;
    for (const QString &table : relevant)
        touched = touched || changes.touches(table);
    if (!touched)
        return;
    m_snapshot.reset();  // no longer what the project holds
    recompute();
}

void RelationsPanel::refreshStale()
{
    recompute();
}

}  // namespace crosscut::ui
