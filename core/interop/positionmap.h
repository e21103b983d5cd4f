#pragma once
// Converts the text positions another QDA tool wrote into Crosscut's unit:
// code points into the stored text (BOM removed, CRLF and CR turned into LF).
// REFI-QDA §10.2 counts code points; NVivo counts UTF-16 code units, leaves a
// leading BOM out and counts CRLF as two (measured in refi-qda/SOURCES.md).

#include <QList>
#include <QString>

#include <optional>

namespace crosscut::interop {

enum class PositionUnit { CodePoint, Utf16 };

// The unit a producing tool (the `origin` attribute) counts in.
PositionUnit positionUnitForOrigin(const QString &origin);

class PositionMap {
public:
    // `rawText` is the source text as the tool had it: BOM removed, line
    // endings untouched.
    PositionMap(const QString &rawText, PositionUnit unit);

    // Position in the stored (normalised) text, or nullopt beyond the end.
    std::optional<qint64> toStored(qint64 position) const;
    qint64 rawLength() const { return m_map.size() - 1; }

private:
    QList<qint64> m_map;  // raw position → stored code point
};

}  // namespace crosscut::interop
