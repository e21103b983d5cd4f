#pragma once
// A selected span dragged out of the document view (onto a code in the
// codebook, which then codes it).

#include "model/entities.h"

#include <QMimeData>

#include <optional>

namespace crosscut::ui::spanmime {

inline const QString kMimeType = QStringLiteral("application/x-crosscut-span");

struct Span {
    Id document = 0;
    qint64 start = 0;
    qint64 end = 0;
};

void write(QMimeData *data, const Span &span);
std::optional<Span> read(const QMimeData *data);

}  // namespace crosscut::ui::spanmime
