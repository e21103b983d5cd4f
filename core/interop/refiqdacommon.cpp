#include "interop/refiqdacommon.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace crosscut::interop {

QString normalizeGuid(const QString &guid)
{
    QString g = guid.trimmed().toLower();
    if (g.startsWith(QLatin1Char('{')) && g.endsWith(QLatin1Char('}')))
        g = g.mid(1, g.size() - 2);
    return g;
}

bool isGuid(const QString &guid)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(guid).hasMatch();
}

bool isQdaNamespace(const QString &uri)
{
    return uri.isEmpty() || uri.startsWith(QLatin1String("urn:QDA-XML:"), Qt::CaseInsensitive);
}

QString findArchiveEntry(const QdpxArchive &archive, const QString &path)
{
    QString rest = path.trimmed();
    if (rest.startsWith(QLatin1String("internal://"), Qt::CaseInsensitive))
        rest = rest.mid(11);
    while (rest.startsWith(QLatin1String("./")))
        rest = rest.mid(2);
    if (rest.isEmpty() || !unsafeEntryReason(rest).isEmpty())
        return {};
    const QStringList candidates = {QString(QStringLiteral("sources/") + rest), rest};
    for (const QString &candidate : candidates) {
        const QString entry = archive.find(candidate);
        if (!entry.isEmpty())
            return entry;
    }
    return {};
}

Result<QString> decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return makeError(ErrorKind::Invalid, QStringLiteral("the text is not valid UTF-16"));
        return text;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (decoder.hasError())
        return makeError(ErrorKind::Invalid, QStringLiteral("the text is not valid UTF-8"));
    return text;
}

QString normalizeColor(const QString &color)
{
    const QString c = color.trimmed();
    static const QRegularExpression six(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    static const QRegularExpression three(QStringLiteral("^#[0-9a-fA-F]{3}$"));
    if (six.match(c).hasMatch())
        return c.toLower();
    if (three.match(c).hasMatch()) {
        QString out = QStringLiteral("#");
        for (int i = 1; i < 4; ++i)
            out += QString(2, c.at(i));
        return out.toLower();
    }
    return {};
}

AttributeType attributeTypeForVariable(const QString &typeOfVariable)
{
    const QString t = typeOfVariable.trimmed();
    if (t == QLatin1String("Integer") || t == QLatin1String("Float"))
        return AttributeType::Number;
    if (t == QLatin1String("Date") || t == QLatin1String("DateTime"))
        return AttributeType::Date;
    if (t == QLatin1String("Boolean"))
        return AttributeType::Category;
    return AttributeType::Text;
}

}  // namespace crosscut::interop
