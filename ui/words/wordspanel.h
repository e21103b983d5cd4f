#pragma once
// The Words tab: word and phrase frequencies (core/text/words.h) over all
// documents, a document set or the quotes of a code, with stop words in the
// project's languages, as a sortable table (word, count, documents, one
// column per document or attribute value), a word cloud and a bar chart of
// the most frequent. Double-clicking a word asks for its keywords in
// context (kwicRequested). Counts follow Project::changed: only documents a
// change touched are tokenised again (WordIndex), and a hidden tab waits
// until it is shown.

#include "text/words.h"
#include "util/result.h"
#include "widgets/deferredrefresh.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class WordCloudView;
class WordBarView;

class WordsPanel : public DeferredPanel {
    Q_OBJECT
public:
    explicit WordsPanel(crosscut::Project *project, QWidget *parent = nullptr);

    // What the controls ask for, stop words included.
    text::WordRequest request() const;
    const text::WordFrequencies &result() const { return m_result; }
    QTableView *table() const { return m_table; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *phraseBox() const { return m_ngram; }
    QComboBox *groupBox() const { return m_group; }
    QTabWidget *views() const { return m_views; }
    QString message() const;

    // Saves the cloud or the bar chart: SVG for a .svg path, else PNG.
    Status saveCloud(const QString &path) const;
    Status saveChart(const QString &path) const;

public Q_SLOTS:
    void recount();
    void editStopWords();

Q_SIGNALS:
    // The user wants the keywords in context of `word` (a word or phrase, folded).
    void kwicRequested(const QString &word);

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void fillChoices();
    void fillTable();
    void updateStopWordLabel();
    void saveClicked();

    Project *m_project;
    text::WordIndex m_index;
    text::WordFrequencies m_result;
    QStringList m_stopLanguages;
    QComboBox *m_scope;
    QComboBox *m_ngram;
    QComboBox *m_group;
    QSpinBox *m_minLength;
    QSpinBox *m_top;
    QCheckBox *m_numbers;
    QCheckBox *m_emoji;
    QLabel *m_stopLabel;
    QPushButton *m_editStop;
    QPushButton *m_save;
    QLabel *m_message;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QTabWidget *m_views;
    WordCloudView *m_cloud;
    WordBarView *m_bars;
    bool m_filling = false;
};

}  // namespace crosscut::ui
