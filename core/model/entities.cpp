#include "model/entities.h"

#include <algorithm>

namespace crosscut {

QString toString(AttributeScope scope)
{
    return scope == AttributeScope::Case ? QStringLiteral("case") : QStringLiteral("document");
}

QString toString(AttributeType type)
{
    switch (type) {
    case AttributeType::Number:
        return QStringLiteral("number");
    case AttributeType::Date:
        return QStringLiteral("date");
    case AttributeType::Category:
        return QStringLiteral("category");
    case AttributeType::Text:
        break;
    }
    return QStringLiteral("text");
}

std::optional<AttributeScope> attributeScopeFromString(const QString &s)
{
    if (s == QLatin1String("document"))
        return AttributeScope::Document;
    if (s == QLatin1String("case"))
        return AttributeScope::Case;
    return std::nullopt;
}

std::optional<AttributeType> attributeTypeFromString(const QString &s)
{
    for (AttributeType t : {AttributeType::Text, AttributeType::Number, AttributeType::Date, AttributeType::Category})
        if (toString(t) == s)
            return t;
    return std::nullopt;
}

QString toString(MemoTarget target)
{
    switch (target) {
    case MemoTarget::Document:
        return QStringLiteral("document");
    case MemoTarget::Code:
        return QStringLiteral("code");
    case MemoTarget::Quote:
        return QStringLiteral("quote");
    case MemoTarget::Case:
        return QStringLiteral("case");
    case MemoTarget::Project:
        break;
    }
    return QStringLiteral("project");
}

std::optional<MemoTarget> memoTargetFromString(const QString &s)
{
    for (MemoTarget t : {MemoTarget::Project, MemoTarget::Document, MemoTarget::Code, MemoTarget::Quote, MemoTarget::Case})
        if (toString(t) == s)
            return t;
    return std::nullopt;
}

bool ChangeList::touches(const QString &table) const
{
    return reset || std::any_of(rows.cbegin(), rows.cend(), [&](const RowChange &r) { return r.table == table; });
}

}  // namespace crosscut
