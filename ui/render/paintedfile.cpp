#include "render/paintedfile.h"

#include "export/atomicfile.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace crosscut::render {

QImage paintedImage(const QSize &size, const PaintFunction &paint, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QByteArray paintedPng(const QSize &size, const PaintFunction &paint, qreal scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    paintedImage(size, paint, scale).save(&buffer, "PNG");
    return bytes;
}

QByteArray paintedSvg(const QSize &size, const QString &title, const QString &description, const PaintFunction &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(description);
    QPainter painter(&generator);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return bytes;
}

Status writePainted(const QString &path, const QSize &size, const QString &title, const QString &description,
                    const PaintFunction &paint, const QString &what, qreal pngScale)
{
    auto format = exporting::formatFromSuffix(path, {QStringLiteral("png"), QStringLiteral("svg")});
    if (!format)
        return format.error();
    if (auto check = exporting::checkWritableTarget(path); !check)
        return check;
    const QByteArray bytes = *format == QLatin1String("png") ? paintedPng(size, paint, pngScale)
                                                             : paintedSvg(size, title, description, paint);
    if (bytes.isEmpty())
        return makeError(ErrorKind::Io, QStringLiteral("could not draw %1 for %2").arg(what, path));
    return exporting::writeAtomically(path, bytes);
}

}  // namespace crosscut::render
