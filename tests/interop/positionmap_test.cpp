// Position conversion from other tools' units onto Crosscut's stored text.
#include "interop/positionmap.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using crosscut::interop::PositionMap;
using crosscut::interop::PositionUnit;

namespace {
// "a", CRLF, "b", U+1F600, "c", an Urdu letter.
const QString kRaw = QStringLiteral("a\r\nb") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("c") + QChar(0x0627);
}

TEST(PositionMap, Utf16UnitsWithCrlfMapOntoNormalisedCodePoints)
{
    const PositionMap map(kRaw, PositionUnit::Utf16);
    // UTF-16: a0 CR1 LF2 b3 😀4,5 c6 ا7 end8. Stored: a0 LF1 b2 😀3 c4 ا5 end6.
    EXPECT_EQ(map.rawLength(), 8);
    EXPECT_EQ(*map.toStored(0), 0);
    EXPECT_EQ(*map.toStored(3), 2);
    EXPECT_EQ(*map.toStored(4), 3);
    EXPECT_EQ(*map.toStored(6), 4);
    EXPECT_EQ(*map.toStored(7), 5);
    EXPECT_EQ(*map.toStored(8), 6);
    EXPECT_FALSE(map.toStored(9).has_value());
    EXPECT_FALSE(map.toStored(-1).has_value());
    const QString stored = crosscut::normalizeLineEndings(kRaw);
    EXPECT_EQ(crosscut::codePointSlice(stored, *map.toStored(3), *map.toStored(7)), kRaw.mid(3, 4));
}

TEST(PositionMap, CodePointsCountCrlfAsTwo)
{
    const PositionMap map(kRaw, PositionUnit::CodePoint);
    // Code points: a0 CR1 LF2 b3 😀4 c5 ا6 end7.
    EXPECT_EQ(map.rawLength(), 7);
    EXPECT_EQ(*map.toStored(3), 2);
    EXPECT_EQ(*map.toStored(5), 4);
    EXPECT_EQ(*map.toStored(7), 6);
    EXPECT_FALSE(map.toStored(8).has_value());
}

TEST(PositionMap, OriginDecidesTheUnit)
{
    EXPECT_EQ(crosscut::interop::positionUnitForOrigin(QStringLiteral("NVivo for Windows 12.6")), PositionUnit::Utf16);
    EXPECT_EQ(crosscut::interop::positionUnitForOrigin(QStringLiteral("NVivo for Mac 15.0.0")), PositionUnit::Utf16);
    EXPECT_EQ(crosscut::interop::positionUnitForOrigin(QStringLiteral("ATLAS.ti for Windows 23.2.3.27778")),
              PositionUnit::CodePoint);
    EXPECT_EQ(crosscut::interop::positionUnitForOrigin(QStringLiteral("MAXQDA 24 (Release 24.7.0)")), PositionUnit::CodePoint);
    EXPECT_EQ(crosscut::interop::positionUnitForOrigin(QString()), PositionUnit::CodePoint);
}
