#include "network/networkpanel.h"

#include "analysis/casequotes.h"
#include "analysis/matrix.h"
#include "analysis/quoteselection.h"
#include "network/measuretable.h"
#include "network/networkcanvas.h"
#include "network/ties.h"
#include "project/project.h"
#include "render/chartrenderer.h"
#include "render/networkrenderer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

enum WaveMode { AllWaves = 0, OneWave = 1, CompareWaves = 2 };
constexpr int kModeRole = Qt::UserRole;
constexpr int kWaveRole = Qt::UserRole + 1;
constexpr int kDocumentRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
// A case's quote list shows this many; the rest are counted.
constexpr int kMaxQuotesShown = 200;

QString waveText(const QString &wave) { return wave.isEmpty() ? NetworkPanel::tr("(no wave)") : wave; }

}  // namespace

NetworkPanel::NetworkPanel(Project *project, QWidget *parent)
    : QWidget(parent),
      m_project(project),
      m_attribute(new QComboBox(this)),
      m_wave(new QComboBox(this)),
      m_kindLabel(new QLabel(tr("Kind:"), this)),
      m_kind(new QComboBox(this)),
      m_exportDrawing(new QPushButton(tr("Export drawing…"), this)),
      m_exportCharts(new QPushButton(tr("Export charts…"), this)),
      m_stack(new QStackedWidget(this)),
      m_hint(new QLabel(this)),
      m_views(new QTabWidget(this)),
      m_canvas(new NetworkCanvas(this)),
      m_caseName(new QLabel(this)),
      m_caseFacts(new QLabel(this)),
      m_attributes(new QTableWidget(0, 2, this)),
      m_quotes(new QListWidget(this))
{
    setObjectName(QStringLiteral("networkPanel"));
    m_attribute->setObjectName(QStringLiteral("networkAttribute"));
    m_wave->setObjectName(QStringLiteral("networkWave"));
    m_kind->setObjectName(QStringLiteral("networkKind"));
    m_attribute->setMinimumContentsLength(16);
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Colour by:"), this));
    bar->addWidget(m_attribute);
    bar->addWidget(new QLabel(tr("Wave:"), this));
    bar->addWidget(m_wave);
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_exportDrawing);
    bar->addWidget(m_exportCharts);

    m_hint->setObjectName(QStringLiteral("networkHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT "
                       "--from ties.csv"));

    // Beside the drawing: the clicked case.
    auto *details = new QWidget(this);
    details->setMinimumWidth(300);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 0, 0, 0);
    m_caseName->setObjectName(QStringLiteral("networkCaseName"));
    QFont bold = m_caseName->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_caseName->setFont(bold);
    m_caseName->setWordWrap(true);
    m_caseName->setText(tr("Click a case to see its attributes and quotes."));
    m_caseFacts->setObjectName(QStringLiteral("networkCaseFacts"));
    m_caseFacts->setWordWrap(true);
    m_attributes->setObjectName(QStringLiteral("networkCaseAttributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attributes->verticalHeader()->hide();
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setMaximumHeight(180);
    m_quotes->setObjectName(QStringLiteral("networkCaseQuotes"));
    m_quotes->setWordWrap(true);
    m_quotes->setToolTip(tr("Double-click a quote to open it in its document."));
    detailsLayout->addWidget(m_caseName);
    detailsLayout->addWidget(m_caseFacts);
    detailsLayout->addWidget(m_attributes);
    detailsLayout->addWidget(new QLabel(tr("Quotes of its documents and answers:"), details));
    detailsLayout->addWidget(m_quotes, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_canvas);
    // In a scroll area, so that a short analysis dock (1366 × 768) squeezes
    // the details rather than the transcript above it.
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(details);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_views->addTab(splitter, tr("Drawing"));

    auto *chartsPage = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(chartsPage);
    for (int i = 0; i < 3; ++i) {
        auto *chart = new ChartCanvas(chartsPage);
        chart->setMinimumHeight(340);
        chartsLayout->addWidget(chart);
        m_charts.append(chart);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsPage);
    m_views->addTab(scroll, tr("Measures by group"));

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_views);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            rebuild();
    });
    connect(m_wave, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            rebuild();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            rebuild();
    });
    connect(m_canvas, &NetworkCanvas::caseClicked, this, [this](Id id) { selectCase(id); });
    connect(m_quotes, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT openQuoteRequested(item->data(kDocumentRole).toLongLong(), item->data(kStartRole).toLongLong(),
                                  item->data(kEndRole).toLongLong());
    });
    connect(m_exportDrawing, &QPushButton::clicked, this, &NetworkPanel::exportDrawingClicked);
    connect(m_exportCharts, &QPushButton::clicked, this, &NetworkPanel::exportChartsClicked);
    if (m_project)
        connect(m_project, &Project::changed, this, &NetworkPanel::onChanged);
}

void NetworkPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void NetworkPanel::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reloadChoices();
    rebuild();
}

bool NetworkPanel::showsHint() const { return m_stack->currentWidget() == m_hint; }

void NetworkPanel::onChanged(const ChangeList &changes)
{
    const bool network = changes.reset || changes.touches(QStringLiteral("tie")) || changes.touches(QStringLiteral("case_"))
                         || changes.touches(QStringLiteral("case_attribute")) || changes.touches(QStringLiteral("attribute"));
    const bool quotes = changes.reset || changes.touches(QStringLiteral("quote")) || changes.touches(QStringLiteral("coding"))
                        || changes.touches(QStringLiteral("document")) || changes.touches(QStringLiteral("document_case"))
                        || changes.touches(QStringLiteral("speaker_turn"));
    if (network || quotes)
        m_snapshot.reset();
    if (network) {
        refresh();
    } else if (quotes) {
        if (isVisible())
            showDetails();
        else
            m_stale = true;
    }
}

void NetworkPanel::reloadChoices()
{
    m_reloading = true;
    const QString attribute = m_attribute->currentText();
    const int mode = m_wave->currentData(kModeRole).toInt();
    const QString wave = m_wave->currentData(kWaveRole).toString();
    const QString kind = m_kind->currentData().toString();
    const bool kindChosen = m_kind->currentIndex() > 0;

    m_attribute->clear();
    QStringList names;
    if (m_project)
        for (const Attribute &a : m_project->attributes(AttributeScope::Case))
            names.append(a.name);
    std::sort(names.begin(), names.end(), analysis::nameLess);
    m_attribute->addItems(names);
    int pick = static_cast<int>(names.indexOf(attribute));
    for (qsizetype i = 0; pick < 0 && i < names.size(); ++i)
        if (names.at(i).contains(QLatin1String("population"), Qt::CaseInsensitive))
            pick = static_cast<int>(i);
    m_attribute->setCurrentIndex(pick >= 0 ? pick : (names.isEmpty() ? -1 : 0));

    m_wave->clear();
    const QStringList waves = m_project ? network::waves(*m_project) : QStringList();
    m_wave->addItem(tr("All waves"));
    m_wave->setItemData(0, AllWaves, kModeRole);
    for (const QString &w : waves) {
        m_wave->addItem(waveText(w));
        m_wave->setItemData(m_wave->count() - 1, OneWave, kModeRole);
        m_wave->setItemData(m_wave->count() - 1, w, kWaveRole);
    }
    if (waves.size() >= 2) {
        m_wave->addItem(tr("Compare waves"));
        m_wave->setItemData(m_wave->count() - 1, CompareWaves, kModeRole);
    }
    int waveIndex = waves.size() >= 2 && m_wave->count() > 0 && mode == AllWaves && wave.isEmpty() && m_canvas->scene() == std::nullopt
                        ? m_wave->count() - 1  // two waves: open on the comparison
                        : 0;
    for (int i = 0; i < m_wave->count(); ++i)
        if (m_canvas->scene() && m_wave->itemData(i, kModeRole).toInt() == mode && m_wave->itemData(i, kWaveRole).toString() == wave)
            waveIndex = i;
    m_wave->setCurrentIndex(waveIndex);

    m_kind->clear();
    const QStringList kinds = m_project ? network::kinds(*m_project) : QStringList();
    m_kind->addItem(tr("All kinds"));
    for (const QString &k : kinds)
        m_kind->addItem(k.isEmpty() ? tr("(no kind)") : k, k);
    const bool showKinds = kinds.size() > 1 || (kinds.size() == 1 && !kinds.first().isEmpty());
    m_kind->setVisible(showKinds);
    m_kindLabel->setVisible(showKinds);
    if (kindChosen) {
        const int at = m_kind->findData(kind);
        m_kind->setCurrentIndex(at > 0 ? at : 0);
    }
    m_reloading = false;
}

void NetworkPanel::rebuild()
{
    m_nodeMeasures.clear();
    m_panelTitles.clear();
    const bool anyTies = m_project && !network::waves(*m_project).isEmpty();
    if (!anyTies || m_attribute->count() == 0) {
        if (anyTies)
            m_hint->setText(tr("The cases have no attributes to colour the network by: add one in the Cases tab or import a survey."));
        else
            m_hint->setText(tr("No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT "
                               "--from ties.csv"));
        m_stack->setCurrentWidget(m_hint);
        m_canvas->setScene(std::nullopt);
        m_exportDrawing->setEnabled(false);
        m_exportCharts->setEnabled(false);
        selectCase(std::nullopt);
        return;
    }
    m_stack->setCurrentWidget(m_views);
    const QString attribute = m_attribute->currentText();
    const std::optional<QString> kind = m_kind->currentIndex() > 0 ? std::optional(m_kind->currentData().toString()) : std::nullopt;
    const int mode = m_wave->currentData(kModeRole).toInt();
    Result<QList<network::NetworkGraph>> graphs = QList<network::NetworkGraph>();
    if (mode == AllWaves) {
        auto all = network::readGraph(*m_project, network::NetworkSpec{attribute, std::nullopt, kind});
        if (all)
            graphs = QList<network::NetworkGraph>{*all};
        else
            graphs = all.error();
    } else if (mode == OneWave) {
        graphs = network::readWaves(*m_project, attribute, {m_wave->currentData(kWaveRole).toString()}, kind);
    } else {
        graphs = network::readWaves(*m_project, attribute, {}, kind);
    }
    auto perWave = network::readWaves(*m_project, attribute, {}, kind);
    if (!graphs || !perWave) {
        m_hint->setText(graphs ? perWave.message() : graphs.message());
        m_stack->setCurrentWidget(m_hint);
        m_canvas->setScene(std::nullopt);
        return;
    }
    QStringList titles;
    for (const auto &g : *graphs)
        titles.append(g.wave ? waveText(*g.wave) : tr("All waves"));
    auto scene = render::makeNetworkScene(*graphs, attribute, tr("Collaboration network by %1").arg(attribute), titles);
    if (!scene) {
        m_hint->setText(scene.message());
        m_stack->setCurrentWidget(m_hint);
        m_canvas->setScene(std::nullopt);
        return;
    }
    m_canvas->setScene(*scene);
    m_panelTitles = titles;
    for (const auto &g : *graphs) {
        QHash<Id, network::NodeMeasures> byCase;
        if (auto nodes = network::computeNodeMeasures(g))
            for (const auto &n : *nodes)
                byCase.insert(n.caseId, n);
        m_nodeMeasures.append(byCase);
    }
    QList<network::NetworkMeasures> measures;
    for (const auto &g : *perWave)
        measures.append(network::computeMeasures(g));
    const QList<network::Measure> kinds = {network::Measure::MeanTies, network::Measure::CrossRatio, network::Measure::EiIndex};
    for (int i = 0; i < kinds.size(); ++i)
        m_charts.at(i)->setTable(network::measureTable(measures, kinds.at(i), attribute));
    m_exportDrawing->setEnabled(true);
    m_exportCharts->setEnabled(true);
    // The selected case stays selected while it is in the network.
    bool present = false;
    for (const auto &g : *graphs)
        present = present || (m_selected && g.caseIds.contains(*m_selected));
    selectCase(present ? m_selected : std::nullopt);
}

void NetworkPanel::selectCase(std::optional<Id> caseId)
{
    m_selected = caseId;
    m_canvas->setSelected(caseId);
    showDetails();
}

void NetworkPanel::selectBestConnectedCase()
{
    if (m_nodeMeasures.isEmpty())
        return;
    std::optional<network::NodeMeasures> best;
    for (const auto &n : m_nodeMeasures.last())
        if (!best || n.degree > best->degree || (n.degree == best->degree && analysis::nameLess(n.name, best->name)))
            best = n;
    if (best)
        selectCase(best->caseId);
}

void NetworkPanel::showDetails()
{
    m_attributes->setRowCount(0);
    m_quotes->clear();
    m_caseFacts->clear();
    if (!m_selected || !m_project) {
        m_caseName->setText(tr("Click a case to see its attributes and quotes."));
        return;
    }
    const Id id = *m_selected;
    QString name;
    for (const Case &c : m_project->cases())
        if (c.id == id)
            name = c.name;
    m_caseName->setText(name);

    QStringList facts;
    for (int p = 0; p < m_nodeMeasures.size(); ++p) {
        const auto it = m_nodeMeasures.at(p).constFind(id);
        if (it == m_nodeMeasures.at(p).cend()) {
            facts.append(tr("%1: not in the network").arg(m_panelTitles.value(p)));
            continue;
        }
        const QString betweenness = QString::number(it->betweenness, 'f', 1);
        facts.append(it->degree == 1 ? tr("%1: 1 tie, betweenness %2").arg(m_panelTitles.value(p), betweenness)
                                     : tr("%1: %2 ties, betweenness %3").arg(m_panelTitles.value(p)).arg(it->degree).arg(betweenness));
    }
    m_caseFacts->setText(facts.join(QLatin1Char('\n')));

    const QHash<QString, QString> values = m_project->attributeValues(AttributeScope::Case, id);
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end(), analysis::nameLess);
    m_attributes->setRowCount(static_cast<int>(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        m_attributes->setItem(r, 0, new QTableWidgetItem(keys.at(r)));
        m_attributes->setItem(r, 1, new QTableWidgetItem(values.value(keys.at(r))));
    }

    if (!m_snapshot) {
        auto snapshot = analysis::Snapshot::load(*m_project);
        if (!snapshot) {
            m_quotes->addItem(snapshot.message());
            return;
        }
        m_snapshot = std::make_shared<analysis::Snapshot>(std::move(*snapshot));
    }
    auto selection = analysis::QuoteSelection::resolve(*m_snapshot, analysis::Filter{});
    if (!selection)
        return;
    const int index = m_snapshot->caseIndex(name);
    if (index < 0)
        return;
    const auto byCase = analysis::quotesByCase(*m_snapshot, *selection);
    QList<Id> ids;
    for (const int q : byCase.at(static_cast<size_t>(index))) {
        if (ids.size() >= kMaxQuotesShown)
            break;
        ids.append(m_snapshot->quotes().at(static_cast<size_t>(q)).id);
    }
    auto excerpts = analysis::quoteExcerpts(*m_project, ids, 0);
    if (!excerpts) {
        m_quotes->addItem(excerpts.message());
        return;
    }
    for (const auto &q : *excerpts) {
        auto *item = new QListWidgetItem(QStringLiteral("“%1”\n— %2%3").arg(q.text.simplified(), q.documentName,
                                                                            q.speaker.isEmpty() ? QString() : QStringLiteral(", ") + q.speaker),
                                         m_quotes);
        item->setData(kDocumentRole, q.documentId);
        item->setData(kStartRole, q.start);
        item->setData(kEndRole, q.end);
        item->setToolTip(q.codes.join(QStringLiteral("\n")));
    }
    const qsizetype total = byCase.at(static_cast<size_t>(index)).size();
    if (total == 0)
        m_quotes->addItem(tr("No coded quote in its documents or answers yet."));
    else if (total > kMaxQuotesShown)
        m_quotes->addItem(tr("… and %1 more").arg(total - kMaxQuotesShown));
}

Status NetworkPanel::exportDrawing(const QString &path)
{
    if (!m_canvas->scene())
        return makeError(ErrorKind::Invalid, tr("There is no network to export."));
    return render::writeNetwork(path, *m_canvas->scene(), render::defaultNetworkSize(*m_canvas->scene()));
}

Status NetworkPanel::exportCharts(const QString &path)
{
    if (!m_canvas->scene())
        return makeError(ErrorKind::Invalid, tr("There is no network to export."));
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return makeError(ErrorKind::Unsupported, tr("Charts are written as .png or .svg, not \"%1\".").arg(info.fileName()));
    const QList<network::Measure> kinds = {network::Measure::MeanTies, network::Measure::CrossRatio, network::Measure::EiIndex};
    render::ChartOptions options;
    options.type = render::ChartType::Grouped;
    for (int i = 0; i < kinds.size(); ++i) {
        const QString file = info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + network::toString(kinds.at(i)) +
                                                 QLatin1Char('.') + suffix);
        if (Status s = render::writeChart(file, m_charts.at(i)->table(), options); !s)
            return s;
    }
    return {};
}

void NetworkPanel::exportDrawingClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the network drawing"), QStringLiteral("network.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (Status s = exportDrawing(path); !s)
        QMessageBox::warning(this, tr("Export"), s.message());
}

void NetworkPanel::exportChartsClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the three measure charts"), QStringLiteral("network-measures.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCharts(path); !s)
        QMessageBox::warning(this, tr("Export"), s.message());
}

}  // namespace crosscut::ui
