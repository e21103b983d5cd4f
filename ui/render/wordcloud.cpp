#include "render/wordcloud.h"

#include "render/paintedfile.h"

#include "export/atomicfile.h"
#include "render/chartrenderer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

// Okabe & Ito's palette without yellow (#F0E442): on white it cannot be read.
const QList<QColor> &palette()
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                          QColor(0x00, 0x00, 0x00)};
    return colours;
}

qreal titleHeight(const WordCloudOptions &options) { return options.title.isEmpty() ? 0.0 : 34.0; }

}  // namespace

QList<PlacedWord> layoutWordCloud(const QList<text::WordCount> &words, const QRectF &area, const WordCloudOptions &options)
{
    QList<PlacedWord> placed;
    if (words.isEmpty() || area.width() < 10 || area.height() < 10)
        return placed;
    const qsizetype n = std::min<qsizetype>(words.size(), options.maxWords);
    qint64 most = 1, least = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < n; ++i) {
        most = std::max(most, words[i].count);
        least = std::min(least, words[i].count);
    }
    // The biggest word must fit a third of the width: scale the sizes down for small areas.
    const qreal fit = std::clamp(std::sqrt(area.width() * area.height() / (900.0 * 560.0)), 0.35, 1.6);
    const qreal span = std::log(double(most)) - std::log(double(std::max<qint64>(least, 1)));
    const QPointF centre = area.center();
    const qreal aspect = area.width() / area.height();
    for (qsizetype i = 0; i < n; ++i) {
        const text::WordCount &w = words[i];
        const qreal t = span > 0 ? (std::log(double(std::max<qint64>(w.count, 1))) - std::log(double(least))) / span : 1.0;
        QFont font;
        font.setFamilies(textFontFamilies());
        font.setBold(true);
        font.setPointSizeF((options.minPointSize + t * (options.maxPointSize - options.minPointSize)) * fit);
        const QFontMetricsF metrics(font);
        const QSizeF size(metrics.horizontalAdvance(w.word) + 6, metrics.height() + 2);
        if (size.width() > area.width() || size.height() > area.height())
            continue;
        // Walk out along the spiral until the word lies inside the area and clear of the others.
        std::optional<QRectF> spot;
        const qreal maxRadius = std::hypot(area.width(), area.height()) / 2;
        // Steps of about 3 px along the spiral, wherever it is.
        for (qreal angle = 0; spot == std::nullopt; angle += std::clamp(3.0 / (2.2 * angle + 1.0), 0.01, 0.3)) {
            const qreal radius = 2.2 * angle;
            if (radius > maxRadius)
                break;
            const QPointF at(centre.x() + radius * std::cos(angle) * aspect, centre.y() + radius * std::sin(angle));
            const QRectF rect(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
            if (!area.contains(rect))
                continue;
            if (std::none_of(placed.cbegin(), placed.cend(), [&](const PlacedWord &p) { return p.rect.intersects(rect); }))
                spot = rect;
        }
        if (!spot)
            continue;
        placed.append({w.word, w.count, *spot, font, palette().at(i % palette().size())});
    }
    return placed;
}

void drawWordCloud(QPainter &painter, const QRectF &area, const QList<text::WordCount> &words,
                   const WordCloudOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QRectF cloud = area.adjusted(8, 8, -8, -8);
    if (!options.title.isEmpty()) {
        QFont font;
        font.setFamilies(textFontFamilies());
        font.setPointSizeF(13);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(cloud.left(), cloud.top(), cloud.width(), titleHeight(options)),
                         Qt::AlignLeft | Qt::AlignVCenter, options.title);
        cloud.setTop(cloud.top() + titleHeight(options));
    }
    for (const PlacedWord &p : layoutWordCloud(words, cloud, options)) {
        painter.setFont(p.font);
        painter.setPen(p.color);
        painter.drawText(p.rect, Qt::AlignCenter, p.word);
    }
    painter.restore();
}

QImage wordCloudImage(const QList<text::WordCount> &words, const WordCloudOptions &options, qreal scale)
{
    return paintedImage(options.size, [&](QPainter &p, const QRectF &area) { drawWordCloud(p, area, words, options); }, scale);
}

namespace {
QString cloudTitle(const WordCloudOptions &options)
{
    return options.title.isEmpty() ? QStringLiteral("Word cloud") : options.title;
}
}  // namespace

QByteArray wordCloudPng(const QList<text::WordCount> &words, const WordCloudOptions &options)
{
    return paintedPng(options.size, [&](QPainter &p, const QRectF &area) { drawWordCloud(p, area, words, options); }, 2.0);
}

QByteArray wordCloudSvg(const QList<text::WordCount> &words, const WordCloudOptions &options)
{
    return paintedSvg(options.size, cloudTitle(options), QStringLiteral("Crosscut word cloud"),
                      [&](QPainter &p, const QRectF &area) {
                          p.fillRect(area, Qt::white);
                          drawWordCloud(p, area, words, options);
                      });
}

Status writeWordCloud(const QString &path, const QList<text::WordCount> &words, const WordCloudOptions &options)
{
    return writePainted(path, options.size, cloudTitle(options), QStringLiteral("Crosscut word cloud"),
                        [&](QPainter &p, const QRectF &area) {
                            p.fillRect(area, Qt::white);
                            drawWordCloud(p, area, words, options);
                        },
                        QStringLiteral("the word cloud"), 2.0);
}

}  // namespace crosscut::render
