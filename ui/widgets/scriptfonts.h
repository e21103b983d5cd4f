#pragma once
// Fonts per script. Qt draws a character with the first font of a QFont's
// family list that has a glyph for it, and a Latin UI font such as DejaVu
// Sans has Arabic glyphs but not Urdu's joining forms: heh goal (ہ) comes
// out unjoined and "نہیں" reads wrong. So the interface font is a list:
// a Latin/Cyrillic family without Arabic glyphs first, then a family that
// shapes Urdu, then Devanagari; everything else falls back as before.

#include <QFont>
#include <QString>

namespace crosscut::ui {

// The family that draws Arabic-script text (Urdu first), or empty when none
// of the known ones is installed.
QString arabicScriptFamily();
// `base` with the per-script families behind it.
QFont withScriptFonts(const QFont &base);
// Makes the application font (and so every widget's) a per-script list.
// Idempotent.
void installScriptFonts();
// "font-family: …;" naming the application font's families, for a widget's
// style sheet: a style sheet resolves the font again and keeps only its
// first family, so an Urdu label styled just for its colour lost the family
// that joins Urdu (ہ drawn unjoined) unless the sheet names them all.
QString scriptFontsCss();

}  // namespace crosscut::ui
