#include "settings/appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace crosscut::ui {

namespace {
constexpr int kMaxRecent = 8;
}

int AppSettings::fontSize() { return QSettings().value(QStringLiteral("view/fontSize"), 0).toInt(); }
void AppSettings::setFontSize(int points) { QSettings().setValue(QStringLiteral("view/fontSize"), points); }
bool AppSettings::snapToWords() { return QSettings().value(QStringLiteral("coding/snapToWords"), false).toBool(); }
void AppSettings::setSnapToWords(bool snap) { QSettings().setValue(QStringLiteral("coding/snapToWords"), snap); }
QString AppSettings::coderName() { return QSettings().value(QStringLiteral("coding/coder")).toString(); }
void AppSettings::setCoderName(const QString &name) { QSettings().setValue(QStringLiteral("coding/coder"), name); }
QString AppSettings::language() { return QSettings().value(QStringLiteral("view/language")).toString(); }
void AppSettings::setLanguage(const QString &code) { QSettings().setValue(QStringLiteral("view/language"), code); }

QStringList AppSettings::recentProjects()
{
    return QSettings().value(QStringLiteral("projects/recent")).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("projects/recent"), list);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("projects/recent"), list);
}

QByteArray AppSettings::windowGeometry() { return QSettings().value(QStringLiteral("window/geometry")).toByteArray(); }
QByteArray AppSettings::windowState() { return QSettings().value(QStringLiteral("window/state")).toByteArray(); }

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/state"), state);
}

}  // namespace crosscut::ui
