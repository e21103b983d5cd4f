#include "widgets/scriptfonts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStringList>

namespace crosscut::ui {

namespace {

bool installed(const QString &family) { return QFontDatabase::hasFamily(family); }

bool drawsArabic(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Arabic);
}

QString firstInstalled(std::initializer_list<const char *> families)
{
    for (const char *f : families)
        if (installed(QString::fromLatin1(f)))
            return QString::fromLatin1(f);
    return {};
}

}  // namespace

QString arabicScriptFamily()
{
    // Noto Sans Arabic matches the Latin face's size and shapes every Urdu
    // letter; Naskh draws smaller at the same size; Nastaliq, the Urdu
    // calligraphic style, is much taller than a transcript line.
    return firstInstalled({"Noto Sans Arabic", "Noto Naskh Arabic", "Noto Nastaliq Urdu"});
}

QFont withScriptFonts(const QFont &base)
{
    QString latin = base.family();
    if (drawsArabic(latin)) {
        // A Latin family that leaves Arabic script to the Arabic font.
        const QString other = firstInstalled({"Noto Sans", "Liberation Sans", "Cantarell", "Noto Serif"});
        if (!other.isEmpty() && !drawsArabic(other))
            latin = other;
    }
    QStringList families{latin};
    const QString arabic = arabicScriptFamily();
    if (!arabic.isEmpty())
        families << arabic;
    const QString devanagari = firstInstalled({"Noto Sans Devanagari", "Noto Serif Devanagari"});
    if (!devanagari.isEmpty())
        families << devanagari;
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

}  // namespace crosscut::ui
