#include "widgets/scriptfonts.h"

#include "render/chartrenderer.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStringList>

namespace crosscut::ui {

namespace {

bool drawsArabic(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Arabic);
}

// The report's families (render::textFontFamilies), those installed.
QStringList installedTextFamilies()
{
    QStringList out;
    for (const QString &family : render::textFontFamilies())
        if (QFontDatabase::hasFamily(family))
            out << family;
    return out;
}

}  // namespace

QString arabicScriptFamily()
{
    for (const QString &family : installedTextFamilies())
        if (drawsArabic(family))
            return family;
    return {};
}

QFont withScriptFonts(const QFont &base)
{
    const QStringList installed = installedTextFamilies();
    // A Latin family that leaves Arabic script to the Arabic font: the
    // interface's own when it does, else the report's Latin face.
    QString latin = base.family();
    if (drawsArabic(latin) && !installed.isEmpty() && !drawsArabic(installed.first()))
        latin = installed.first();
    QStringList families{latin};
    const QString arabic = arabicScriptFamily();
    if (!arabic.isEmpty())
        families << arabic;
    for (const QString &family : installed)
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Devanagari)) {
            families << family;
            break;
        }
    QFont font = base;
    font.setFamilies(families);
    return font;
}

void installScriptFonts()
{
    const QFont current = QApplication::font();
    if (current.families().size() > 1)
        return;
    QApplication::setFont(withScriptFonts(current));
}

QString scriptFontsCss()
{
    QStringList quoted;
    for (const QString &family : QApplication::font().families())
        quoted << u'"' + family + u'"';
    return quoted.isEmpty() ? QString() : QStringLiteral("font-family: %1;").arg(quoted.join(QStringLiteral(", ")));
}

}  // namespace crosscut::ui
