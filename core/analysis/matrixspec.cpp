// Parsing and printing of matrix axis specs, units, normalisations and
// attribute conditions (the CLI's and the GUI's vocabulary).
#include "analysis/matrix.h"

namespace crosscut::analysis {

namespace {

// Splits a codes list on commas not escaped as "\,"; other escapes are kept
// for codepath::split.
QStringList splitCodeList(const QString &text)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size() && text[i + 1] == QLatin1Char(',')) {
            current.append(QLatin1Char(','));
            ++i;
        } else if (text[i] == QLatin1Char(',')) {
            out.append(current.trimmed());
            current.clear();
        } else {
            current.append(text[i]);
        }
    }
    out.append(current.trimmed());
    return out;
}

const QString kDocumentPrefix = QStringLiteral("document:");
const QString kCasePrefix = QStringLiteral("case:");

// "document:NAME" / "case:NAME" / "NAME".
std::pair<std::optional<AttributeScope>, QString> splitScope(const QString &text)
{
    if (text.startsWith(kDocumentPrefix))
        return {AttributeScope::Document, text.mid(kDocumentPrefix.size()).trimmed()};
    if (text.startsWith(kCasePrefix))
        return {AttributeScope::Case, text.mid(kCasePrefix.size()).trimmed()};
    return {std::nullopt, text.trimmed()};
}

}  // namespace

Result<AxisSpec> AxisSpec::parse(const QString &text)
{
    const QString t = text.trimmed();
    AxisSpec spec;
    if (t == QLatin1String("documents")) {
        spec.kind = Kind::Documents;
        return spec;
    }
    if (t == QLatin1String("cases")) {
        spec.kind = Kind::Cases;
        return spec;
    }
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? t : t.left(colon).trimmed();
    const QString rest = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    const QString expected = QStringLiteral(
        "expected dimension:NAME, codes:PATH,PATH,…, attribute:NAME, documents or cases");
    if (kind == QLatin1String("dimension")) {
        if (rest.isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("\"%1\" names no dimension; %2").arg(t, expected));
        spec.kind = Kind::Dimension;
        spec.dimension = rest;
        return spec;
    }
    if (kind == QLatin1String("codes")) {
        spec.kind = Kind::Codes;
        spec.codes = splitCodeList(rest);
        for (const QString &c : std::as_const(spec.codes))
            if (c.isEmpty())
                return makeError(ErrorKind::Invalid,
                                 QStringLiteral("\"%1\" has an empty code in its list; %2").arg(t, expected));
        return spec;
    }
    if (kind == QLatin1String("attribute")) {
        auto [scope, name] = splitScope(rest);
        if (name.isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("\"%1\" names no attribute; %2").arg(t, expected));
        spec.kind = Kind::Attribute;
        spec.scope = scope;
        spec.attribute = name;
        return spec;
    }
    return makeError(ErrorKind::Invalid, QStringLiteral("unknown matrix spec \"%1\"; %2").arg(t, expected));
}

QString AxisSpec::toString() const
{
    switch (kind) {
    case Kind::Dimension: return QStringLiteral("dimension:") + dimension;
    case Kind::Codes: {
        QStringList escaped;
        for (QString c : codes)
            escaped.append(c.replace(QLatin1Char(','), QStringLiteral("\\,")));
        return QStringLiteral("codes:") + escaped.join(QLatin1Char(','));
    }
    case Kind::Attribute:
        return QStringLiteral("attribute:")
               + (!scope ? QString() : *scope == AttributeScope::Document ? kDocumentPrefix : kCasePrefix) + attribute;
    case Kind::Documents: return QStringLiteral("documents");
    case Kind::Cases: return QStringLiteral("cases");
    }
    return {};
}

QString toString(Unit unit)
{
    switch (unit) {
    case Unit::Quotes: return QStringLiteral("quotes");
    case Unit::Documents: return QStringLiteral("documents");
    case Unit::Cases: return QStringLiteral("cases");
    }
    return {};
}

QString toString(Normalization n)
{
    switch (n) {
    case Normalization::None: return QStringLiteral("none");
    case Normalization::Row: return QStringLiteral("row");
    case Normalization::Column: return QStringLiteral("col");
    case Normalization::Total: return QStringLiteral("total");
    }
    return {};
}

std::optional<Unit> unitFromString(const QString &s)
{
    if (s == QLatin1String("quotes"))
        return Unit::Quotes;
    if (s == QLatin1String("documents"))
        return Unit::Documents;
    if (s == QLatin1String("cases"))
        return Unit::Cases;
    return std::nullopt;
}

std::optional<Normalization> normalizationFromString(const QString &s)
{
    if (s == QLatin1String("none"))
        return Normalization::None;
    if (s == QLatin1String("row"))
        return Normalization::Row;
    if (s == QLatin1String("col") || s == QLatin1String("column"))
        return Normalization::Column;
    if (s == QLatin1String("total"))
        return Normalization::Total;
    return std::nullopt;
}

Result<AttributeCondition> AttributeCondition::parse(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("\"%1\" is not ATTRIBUTE=VALUE").arg(text));
    auto [scope, name] = splitScope(text.left(eq));
    if (name.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("\"%1\" names no attribute").arg(text));
    return AttributeCondition{name, text.mid(eq + 1).trimmed(), scope};
}

}  // namespace crosscut::analysis
