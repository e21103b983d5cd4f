#include "interop/positionmap.h"

namespace crosscut::interop {

PositionUnit positionUnitForOrigin(const QString &origin)
{
    // Every NVivo release seen (Windows 12.6, Mac 12.7, Mac 15) counts UTF-16.
    if (origin.trimmed().startsWith(QLatin1String("NVivo"), Qt::CaseInsensitive))
        return PositionUnit::Utf16;
    return PositionUnit::CodePoint;
}

PositionMap::PositionMap(const QString &rawText, PositionUnit unit)
{
    m_map.reserve(rawText.size() + 1);
    qint64 stored = 0;
    const qsizetype n = rawText.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = rawText.at(i);
        if (c == QLatin1Char('\r') && i + 1 < n && rawText.at(i + 1) == QLatin1Char('\n')) {
            // CR and LF both map onto the one stored LF.
            m_map.append(stored);
            m_map.append(stored);
            ++i;
            ++stored;
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < n && rawText.at(i + 1).isLowSurrogate()) {
            m_map.append(stored);
            if (unit == PositionUnit::Utf16)
                m_map.append(stored);  // a position inside the pair rounds down
            ++i;
            ++stored;
            continue;
        }
        m_map.append(stored);
        ++stored;
    }
    m_map.append(stored);
}

std::optional<qint64> PositionMap::toStored(qint64 position) const
{
    if (position < 0 || position >= m_map.size())
        return std::nullopt;
    return m_map.at(position);
}

}  // namespace crosscut::interop
