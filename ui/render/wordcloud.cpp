#include "render/wordcloud.h"

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
    QImage image(options.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    drawWordCloud(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), words, options);
    painter.end();
    return image;
}

QByteArray wordCloudPng(const QList<text::WordCount> &words, const WordCloudOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    wordCloudImage(words, options, 2.0).save(&buffer, "PNG");
    return bytes;
}

QByteArray wordCloudSvg(const QList<text::WordCount> &words, const WordCloudOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(options.title.isEmpty() ? QStringLiteral("Word cloud") : options.title);
    generator.setDescription(QStringLiteral("Crosscut word cloud"));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(options.size)), Qt::white);
    drawWordCloud(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), words, options);
    painter.end();
    return bytes;
}

Status writeWordCloud(const QString &path, const QList<text::WordCount> &words, const WordCloudOptions &options)
{
    auto format = exporting::formatFromSuffix(path, {QStringLiteral("png"), QStringLiteral("svg")});
    if (!format)
        return format.error();
    if (auto check = exporting::checkWritableTarget(path); !check)
        return check;
    const QByteArray bytes = *format == QLatin1String("png") ? wordCloudPng(words, options) : wordCloudSvg(words, options);
    if (bytes.isEmpty())
        return makeError(ErrorKind::Io, QStringLiteral("could not draw the word cloud for %1").arg(path));
    return exporting::writeAtomically(path, bytes);
}

}  // namespace crosscut::render
