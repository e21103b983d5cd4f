#pragma once
// Code paths join names with '/' ("Leadership/Key population-led"); a literal
// '/' inside a name is written "\/" and a literal backslash "\\". A code may
// also be named by its id as "#12".

#include <QString>
#include <QStringList>

namespace crosscut::codepath {

QStringList split(const QString &path);
QString join(const QStringList &names);
QString escapeName(const QString &name);

}  // namespace crosscut::codepath
