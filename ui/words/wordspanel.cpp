#include "words/wordspanel.h"

#include "project/project.h"
#include "render/chartrenderer.h"
#include "render/wordcloud.h"
#include "text/stopwords.h"
#include "words/stopwordsdialog.h"
#include "words/wordviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

// What a change must touch for the counts to move.
const QStringList &relevantTables()
{
    static const QStringList tables = {
        QStringLiteral("document"),      QStringLiteral("document_chunk"), QStringLiteral("quote"),
        QStringLiteral("coding"),        QStringLiteral("code"),           QStringLiteral("set_"),
        QStringLiteral("set_member"),    QStringLiteral("document_case"),  QStringLiteral("speaker_turn"),
        QStringLiteral("case_"),         QStringLiteral("attribute"),      QStringLiteral("case_attribute"),
        QStringLiteral("document_attribute"), QStringLiteral("project_info"),
    };
    return tables;
}

enum ScopeRole { KindRole = Qt::UserRole + 1, ValueRole };

}  // namespace

WordsPanel::WordsPanel(crosscut::Project *project, QWidget *parent)
    : DeferredPanel(parent),
      m_project(project),
      m_index(*project),
      m_scope(new QComboBox(this)),
      m_ngram(new QComboBox(this)),
      m_group(new QComboBox(this)),
      m_minLength(new QSpinBox(this)),
      m_top(new QSpinBox(this)),
      m_numbers(new QCheckBox(tr("Numbers"), this)),
      m_emoji(new QCheckBox(tr("Emoji"), this)),
      m_stopLabel(new QLabel(this)),
      m_editStop(new QPushButton(tr("Edit stop words…"), this)),
      m_save(new QPushButton(tr("Save image…"), this)),
      m_message(new QLabel(this)),
      m_model(new QStandardItemModel(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_views(new QTabWidget(this)),
      m_cloud(new WordCloudView(this)),
      m_bars(new WordBarView(this))
{
    m_scope->setObjectName(QStringLiteral("scope"));
    m_ngram->setObjectName(QStringLiteral("ngram"));
    m_group->setObjectName(QStringLiteral("group"));
    m_ngram->addItem(tr("Words"), 1);
    m_ngram->addItem(tr("2-word phrases"), 2);
    m_ngram->addItem(tr("3-word phrases"), 3);
    m_minLength->setRange(1, 30);
    m_minLength->setValue(1);
    m_minLength->setPrefix(tr("min. length "));
    m_top->setRange(10, 5000);
    m_top->setValue(200);
    m_top->setSingleStep(50);
    m_top->setPrefix(tr("top "));
    m_emoji->setChecked(true);
    m_emoji->setToolTip(tr("A focus group's 👍 is data: emoji count as words"));
    m_message->setWordWrap(true);
    m_stopLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_views->addTab(m_cloud, tr("Word cloud"));
    m_views->addTab(m_bars, tr("Bar chart"));

    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(18);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(14);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope, 2);
    bar->addWidget(m_ngram);
    bar->addWidget(m_group, 1);
    bar->addWidget(m_minLength);
    bar->addWidget(m_top);
    bar->addWidget(m_numbers);
    bar->addWidget(m_emoji);
    bar->addWidget(m_editStop);
    bar->addWidget(m_save);
    auto *status = new QHBoxLayout;
    status->addWidget(m_stopLabel);
    status->addWidget(m_message, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_views);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(status);
    layout->addWidget(split, 1);

    auto changedControl = [this] {
        if (!m_filling)
            recount();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, changedControl);
    connect(m_ngram, &QComboBox::currentIndexChanged, this, changedControl);
    connect(m_group, &QComboBox::currentIndexChanged, this, changedControl);
    connect(m_minLength, &QSpinBox::valueChanged, this, changedControl);
    connect(m_top, &QSpinBox::valueChanged, this, changedControl);
    connect(m_numbers, &QCheckBox::toggled, this, changedControl);
    connect(m_emoji, &QCheckBox::toggled, this, changedControl);
    connect(m_editStop, &QPushButton::clicked, this, &WordsPanel::editStopWords);
    connect(m_save, &QPushButton::clicked, this, &WordsPanel::saveClicked);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex word = m_sorted->index(index.row(), 0);
        if (word.isValid())
            Q_EMIT kwicRequested(word.data(Qt::DisplayRole).toString());
    });
    connect(m_project, &Project::changed, this, &WordsPanel::onChanged);

    fillChoices();
    if (!deferWhileHidden())
        recount();
}

void WordsPanel::fillChoices()
{
    // Keeps the current choice where it still exists.
    m_filling = true;
    const QVariant scopeKind = m_scope->currentData(KindRole);
    const QVariant scopeValue = m_scope->currentData(ValueRole);
    m_scope->clear();
    m_scope->addItem(tr("All documents"));
    m_scope->setItemData(0, int(text::WordScope::All), KindRole);
    for (const QString &set : text::documentSetNames(*m_project)) {
        m_scope->addItem(tr("Set: %1").arg(set));
        m_scope->setItemData(m_scope->count() - 1, int(text::WordScope::DocumentSet), KindRole);
        m_scope->setItemData(m_scope->count() - 1, set, ValueRole);
    }
    for (const Code &code : m_project->codes()) {
        const QString path = m_project->codePath(code.id);
        m_scope->addItem(tr("Quotes of %1").arg(path));
        m_scope->setItemData(m_scope->count() - 1, int(text::WordScope::Code), KindRole);
        m_scope->setItemData(m_scope->count() - 1, QStringLiteral("#%1").arg(code.id), ValueRole);
    }
    for (int i = 0; i < m_scope->count(); ++i)
        if (m_scope->itemData(i, KindRole) == scopeKind && m_scope->itemData(i, ValueRole) == scopeValue)
            m_scope->setCurrentIndex(i);

    const QVariant group = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("No columns"), QString());
    m_group->addItem(tr("Per document"), QStringLiteral("document"));
    for (const Attribute &a : m_project->attributes(AttributeScope::Case))
        m_group->addItem(tr("Per case %1").arg(a.name), QString(QStringLiteral("case:") + a.name));
    for (const Attribute &a : m_project->attributes(AttributeScope::Document))
        m_group->addItem(tr("Per document %1").arg(a.name), QString(QStringLiteral("document:") + a.name));
    const int at = m_group->findData(group);
    m_group->setCurrentIndex(at >= 0 ? at : 0);
    m_filling = false;
    updateStopWordLabel();
}

void WordsPanel::updateStopWordLabel()
{
    m_stopLanguages = text::effectiveStopWordLanguages(*m_project);
    const text::StopWordSettings s = text::stopWordSettings(*m_project);
    QStringList names;
    for (const QString &code : std::as_const(m_stopLanguages))
        names << StopWordsDialog::languageName(code);
    QString label = names.isEmpty() ? tr("Stop words: none of the shipped lists")
                                    : tr("Stop words: %1").arg(names.join(QStringLiteral(", ")));
    if (!s.chosen)
        label += tr(" (the documents' languages)");
    if (!s.added.isEmpty() || !s.removed.isEmpty())
        label += tr("; %n added", nullptr, int(s.added.size())) + tr(", %n counted after all", nullptr, int(s.removed.size()));
    m_stopLabel->setText(label);
}

text::WordRequest WordsPanel::request() const
{
    text::WordRequest r;
    r.scope = text::WordScope(m_scope->currentData(KindRole).toInt());
    if (r.scope == text::WordScope::DocumentSet)
        r.set = m_scope->currentData(ValueRole).toString();
    else if (r.scope == text::WordScope::Code)
        r.code = m_scope->currentData(ValueRole).toString();
    r.ngram = m_ngram->currentData().toInt();
    const QString group = m_group->currentData().toString();
    if (group == QLatin1String("document")) {
        r.grouping = text::WordGrouping::Document;
    } else if (group.startsWith(QLatin1String("case:"))) {
        r.grouping = text::WordGrouping::CaseAttribute;
        r.attribute = group.mid(5);
    } else if (group.startsWith(QLatin1String("document:"))) {
        r.grouping = text::WordGrouping::DocumentAttribute;
        r.attribute = group.mid(9);
    }
    r.minLength = m_minLength->value();
    r.top = m_top->value();
    r.numbers = m_numbers->isChecked();
    r.emoji = m_emoji->isChecked();
    auto stop = text::projectStopWords(*m_project, m_stopLanguages);
    if (stop)
        r.stopWords = *stop;
    return r;
}

QString WordsPanel::message() const { return m_message->text(); }

void WordsPanel::recount()
{
    auto result = m_index.count(request());
    if (!result) {
        m_result = {};
        m_message->setText(result.message());
    } else {
        m_result = *result;
        m_message->setText(tr("— %n document(s), %1 words in scope; %2 shown.", nullptr, m_result.documents)
                               .arg(m_result.tokens)
                               .arg(m_result.words.size()));
    }
    fillTable();
    m_cloud->setWords(m_result.words);
    m_bars->setWords(m_result.words, m_result.ngram == 1 ? tr("Most frequent words") : tr("Most frequent phrases"));
}

void WordsPanel::fillTable()
{
    // The user's sort survives a recount; the first is by count.
    const bool sortedBefore = m_model->columnCount() > 0;
    const int sortColumn = sortedBefore ? m_table->horizontalHeader()->sortIndicatorSection() : 1;
    const Qt::SortOrder sortOrder = sortedBefore ? m_table->horizontalHeader()->sortIndicatorOrder() : Qt::DescendingOrder;
    m_table->setSortingEnabled(false);
    m_model->clear();
    QStringList headers{m_result.ngram == 1 ? tr("Word") : tr("Phrase"), tr("Count"), tr("Documents")};
    headers.append(m_result.groups);
    m_model->setHorizontalHeaderLabels(headers);
    m_model->setRowCount(int(m_result.words.size()));
    for (int r = 0; r < int(m_result.words.size()); ++r) {
        const text::WordCount &w = m_result.words[r];
        auto *word = new QStandardItem(w.word);
        word->setData(w.word, Qt::UserRole);
        m_model->setItem(r, 0, word);
        QList<qint64> numbers{w.count, qint64(w.documents)};
        numbers.append(w.groups);
        for (int c = 0; c < int(numbers.size()); ++c) {
            auto *item = new QStandardItem(QString::number(numbers[c]));
            item->setData(numbers[c], Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_model->setItem(r, c + 1, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn < m_model->columnCount() ? sortColumn : 1,
                          sortColumn < m_model->columnCount() ? sortOrder : Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
}

void WordsPanel::onChanged(const ChangeList &changes)
{
    m_index.invalidate(changes);
    if (!std::any_of(relevantTables().cbegin(), relevantTables().cend(),
                     [&](const QString &t) { return changes.touches(t); }))
        return;
    if (deferWhileHidden())
        return;
    refreshStale();
}

void WordsPanel::refreshStale()
{
    fillChoices();
    recount();
}

void WordsPanel::editStopWords()
{
    StopWordsDialog dialog(m_project, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateStopWordLabel();
        recount();
    }
}

Status WordsPanel::saveCloud(const QString &path) const
{
    render::WordCloudOptions options;
    options.size = QSize(1000, 620);
    return render::writeWordCloud(path, m_result.words, options);
}

Status WordsPanel::saveChart(const QString &path) const
{
    render::ChartOptions options;
    options.type = render::ChartType::Bar;
    options.size = QSize(1000, 700);
    return render::writeChart(path, m_bars->table(), options);
}

void WordsPanel::saveClicked()
{
    const bool cloud = m_views->currentWidget() == m_cloud;
    const QString path = QFileDialog::getSaveFileName(this, cloud ? tr("Save word cloud") : tr("Save bar chart"),
                                                      cloud ? tr("word-cloud.png") : tr("word-chart.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (Status s = cloud ? saveCloud(path) : saveChart(path); !s)
        QMessageBox::warning(this, tr("Save image"), s.message());
}

}  // namespace crosscut::ui
