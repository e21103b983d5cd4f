#include "document/spanmime.h"

#include <QStringList>

namespace crosscut::ui::spanmime {

void write(QMimeData *data, const Span &span)
{
    data->setData(kMimeType, QStringLiteral("%1 %2 %3").arg(span.document).arg(span.start).arg(span.end).toUtf8());
}

std::optional<Span> read(const QMimeData *data)
{
    if (!data || !data->hasFormat(kMimeType))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(data->data(kMimeType)).split(u' ');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    Span span{parts[0].toLongLong(&ok1), parts[1].toLongLong(&ok2), parts[2].toLongLong(&ok3)};
    if (!ok1 || !ok2 || !ok3 || span.start < 0 || span.end <= span.start)
        return std::nullopt;
    return span;
}

}  // namespace crosscut::ui::spanmime
