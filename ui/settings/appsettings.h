#pragma once
// The user's preferences, kept in QSettings: font size, word snapping,
// coder name, interface language, recent projects and the window layout.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace crosscut::ui {

class AppSettings {
public:
    static int fontSize();  // points; 0 = platform default
    static void setFontSize(int points);
    static bool snapToWords();
    static void setSnapToWords(bool snap);
    static QString coderName();  // empty = the system user name
    static void setCoderName(const QString &name);
    static QString language();  // "uk", "ur", …; empty = the system locale
    static void setLanguage(const QString &code);

    static QStringList recentProjects();
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
};

}  // namespace crosscut::ui
