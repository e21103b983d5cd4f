#include "model/codepath.h"

namespace crosscut::codepath {

QStringList split(const QString &path)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (c == QLatin1Char('\\') && i + 1 < path.size()
            && (path[i + 1] == QLatin1Char('/') || path[i + 1] == QLatin1Char('\\'))) {
            current.append(path[++i]);
        } else if (c == QLatin1Char('/')) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

QString escapeName(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    return out;
}

QString join(const QStringList &names)
{
    QStringList escaped;
    escaped.reserve(names.size());
    for (const QString &n : names)
        escaped.append(escapeName(n));
    return escaped.join(QLatin1Char('/'));
}

}  // namespace crosscut::codepath
