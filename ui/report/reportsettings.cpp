#include "report/reportsettings.h"

#include "report/sectionchoices.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace crosscut::ui {

namespace {
const QString kSaved = QStringLiteral("saved");
}  // namespace

QString ReportSettings::group(const QString &projectPath)
{
    const QFileInfo file(projectPath);
    // A project that is open exists, so canonicalFilePath is not empty; the
    // absolute path is the fallback for one that was moved meanwhile.
    const QString canonical = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("reportDialog/") + QString::fromLatin1(hash);
}

std::optional<ReportChoices> ReportSettings::load(const QString &projectPath)
{
    QSettings settings;
    settings.beginGroup(group(projectPath));
    if (!settings.value(kSaved).toBool())
        return std::nullopt;
    ReportChoices choices;
    render::ReportOptions &o = choices.options;
    choices.path = settings.value(QStringLiteral("path")).toString();
    o.title = settings.value(QStringLiteral("title")).toString();
    o.subtitle = settings.value(QStringLiteral("subtitle")).toString();
    o.organisation = settings.value(QStringLiteral("organisation")).toString();
    o.author = settings.value(QStringLiteral("author")).toString();
    o.rows = settings.value(QStringLiteral("rows")).toString();
    o.columns = settings.value(QStringLiteral("columns")).toString();
    o.quotesPerCell = std::clamp(settings.value(QStringLiteral("quotesPerCell"), o.quotesPerCell).toInt(), 0, 20);
    o.roleAttribute = settings.value(QStringLiteral("roleAttribute"), o.roleAttribute).toString();
    // One string, not a list: QSettings reads an empty list back as no value,
    // which would bring the default roles back after the user cleared them.
    if (settings.contains(QStringLiteral("excludedRoles")))
        o.excludedRoles = settings.value(QStringLiteral("excludedRoles")).toString().split(u'\n', Qt::SkipEmptyParts);
    o.redact = settings.value(QStringLiteral("redact")).toBool();
    for (const QString &key : settings.value(QStringLiteral("leftOut")).toStringList())
        if (auto section = sectionFromKey(key))
            o.leftOut.append(*section);
    const int count = settings.beginReadArray(QStringLiteral("moreMatrices"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        render::ReportMatrixSpec spec;
        spec.rows = settings.value(QStringLiteral("rows")).toString();
        spec.columns = settings.value(QStringLiteral("columns")).toString();
        spec.unit = settings.value(QStringLiteral("unit"), spec.unit).toString();
        spec.normalisation = settings.value(QStringLiteral("normalisation"), spec.normalisation).toString();
        o.moreMatrices.append(spec);
    }
    settings.endArray();
    return choices;
}

void ReportSettings::save(const QString &projectPath, const ReportChoices &choices, bool encrypted)
{
    QSettings settings;
    settings.remove(group(projectPath));  // no matrices left over from a longer list
    settings.beginGroup(group(projectPath));
    render::ReportOptions o = choices.options;
    if (encrypted) {
        const render::ReportOptions defaults;
        o.title = o.subtitle = o.organisation = o.author = QString();
        o.rows = o.columns = QString();
        o.moreMatrices.clear();
        o.roleAttribute = defaults.roleAttribute;
        o.excludedRoles = defaults.excludedRoles;
    }
    settings.setValue(kSaved, true);
    settings.setValue(QStringLiteral("path"), choices.path);
    settings.setValue(QStringLiteral("title"), o.title);
    settings.setValue(QStringLiteral("subtitle"), o.subtitle);
    settings.setValue(QStringLiteral("organisation"), o.organisation);
    settings.setValue(QStringLiteral("author"), o.author);
    settings.setValue(QStringLiteral("rows"), o.rows);
    settings.setValue(QStringLiteral("columns"), o.columns);
    settings.setValue(QStringLiteral("quotesPerCell"), o.quotesPerCell);
    settings.setValue(QStringLiteral("roleAttribute"), o.roleAttribute);
    settings.setValue(QStringLiteral("excludedRoles"), o.excludedRoles.join(u'\n'));
    settings.setValue(QStringLiteral("redact"), o.redact);
    QStringList leftOut;
    for (const render::ReportSection section : o.leftOut)
        leftOut.append(sectionKey(section));
    settings.setValue(QStringLiteral("leftOut"), leftOut);
    settings.beginWriteArray(QStringLiteral("moreMatrices"), int(o.moreMatrices.size()));
    for (int i = 0; i < o.moreMatrices.size(); ++i) {
        settings.setArrayIndex(i);
        const render::ReportMatrixSpec &spec = o.moreMatrices.at(i);
        settings.setValue(QStringLiteral("rows"), spec.rows);
        settings.setValue(QStringLiteral("columns"), spec.columns);
        settings.setValue(QStringLiteral("unit"), spec.unit);
        settings.setValue(QStringLiteral("normalisation"), spec.normalisation);
    }
    settings.endArray();
    settings.endGroup();
}

}  // namespace crosscut::ui
