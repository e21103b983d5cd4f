#pragma once
// The two pictures of the Words tab, painted by the headless renderers
// (render/wordcloud.h, render/chartrenderer.h) so that what the tab shows is
// what it saves.

#include "analysis/table.h"
#include "text/words.h"

#include <QWidget>

namespace crosscut::ui {

class WordCloudView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setWords(const QList<text::WordCount> &words);
    const QList<text::WordCount> &words() const { return m_words; }
    QSize sizeHint() const override { return {600, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<text::WordCount> m_words;
};

class WordBarView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The first `limit` words as one bar each.
    void setWords(const QList<text::WordCount> &words, const QString &title, int limit = 25);
    const analysis::Table &table() const { return m_table; }
    QSize sizeHint() const override { return {600, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    analysis::Table m_table;
};

}  // namespace crosscut::ui
