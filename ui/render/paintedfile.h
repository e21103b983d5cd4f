#pragma once
// One drawing, three destinations: an image, PNG bytes, SVG bytes, or a .png
// / .svg file written atomically. The chart, network, word-cloud and portrait
// renderers each supply only their paint function.

#include "util/result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace crosscut::render {

// Paints into `area` (logical pixels, origin at 0,0).
using PaintFunction = std::function<void(QPainter &painter, const QRectF &area)>;

// A white image of `size` logical pixels, `scale` device pixels each.
QImage paintedImage(const QSize &size, const PaintFunction &paint, qreal scale = 1.0);
QByteArray paintedPng(const QSize &size, const PaintFunction &paint, qreal scale = 1.0);
QByteArray paintedSvg(const QSize &size, const QString &title, const QString &description, const PaintFunction &paint);

// Writes `path` as PNG or SVG by its suffix (anything else is refused and
// nothing is written); `what` names the drawing in errors ("the chart").
Status writePainted(const QString &path, const QSize &size, const QString &title, const QString &description,
                    const PaintFunction &paint, const QString &what, qreal pngScale = 1.0);

}  // namespace crosscut::render
