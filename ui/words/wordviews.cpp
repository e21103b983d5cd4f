#include "words/wordviews.h"

#include "render/chartrenderer.h"
#include "render/wordcloud.h"

#include <QPainter>

namespace crosscut::ui {

void WordCloudView::setWords(const QList<text::WordCount> &words)
{
    m_words = words;
    update();
}

void WordCloudView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    render::WordCloudOptions options;
    options.size = size();
    render::drawWordCloud(painter, QRectF(rect()), m_words, options);
}

void WordBarView::setWords(const QList<text::WordCount> &words, const QString &title, int limit)
{
    m_table = {};
    m_table.title = title;
    m_table.rowHeader = tr("Word");
    m_table.columns = {{tr("count"), {}, {}}};
    for (qsizetype i = 0; i < words.size() && i < limit; ++i) {
        m_table.rows.append({words[i].word, {}, {}});
        m_table.cells.append(QList<double>{double(words[i].count)});
    }
    update();
}

void WordBarView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_table.rows.isEmpty())
        return;
    render::ChartOptions options;
    options.type = render::ChartType::Bar;
    options.size = size();
    render::drawChart(painter, QRectF(rect()), m_table, options);
}

}  // namespace crosscut::ui
