#include "coders/coderfilter.h"

#include "project/project.h"
#include "team/handout.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace crosscut::ui {

QString coderViewName(CoderView view)
{
    switch (view) {
    case CoderView::All: return QStringLiteral("all");
    case CoderView::Mine: return QStringLiteral("mine");
    case CoderView::One: return QStringLiteral("one");
    case CoderView::Compare: return QStringLiteral("compare");
    }
    return QStringLiteral("all");
}

std::optional<CoderView> coderViewFromName(const QString &name)
{
    for (CoderView v : {CoderView::All, CoderView::Mine, CoderView::One, CoderView::Compare})
        if (coderViewName(v) == name)
            return v;
    return std::nullopt;
}

CoderFilter::CoderFilter(Project *project, QObject *parent) : QObject(parent), m_project(project)
{
    m_blind = team::blindCoder(*m_project);
    loadCoders();
    restore();
    connect(m_project, &Project::changed, this, &CoderFilter::onProjectChanged);
}

QList<QColor> CoderFilter::palette()
{
    // Okabe and Ito's colour-blind-safe set, the strongest pair first; none
    // is one of the template's code colours' near twins on purpose.
    return {QColor(0x0072B2), QColor(0xE69F00), QColor(0x009E73), QColor(0xCC79A7),
            QColor(0xD55E00), QColor(0x56B4E9), QColor(0x7F7F7F), QColor(0xB8A200)};
}

void CoderFilter::loadCoders()
{
    m_coders = m_project->coders();
    // Oldest first: a coder keeps its colour when others are added.
    std::sort(m_coders.begin(), m_coders.end(), [](const Coder &a, const Coder &b) { return a.id < b.id; });
}

QColor CoderFilter::colorOf(Id coder) const
{
    const QList<QColor> colors = palette();
    for (qsizetype i = 0; i < m_coders.size(); ++i)
        if (m_coders[i].id == coder)
            return colors.at(i % colors.size());
    return QColor(Qt::gray);
}

QString CoderFilter::nameOf(Id coder) const
{
    for (const Coder &c : m_coders)
        if (c.id == coder)
            return c.name;
    return {};
}

void CoderFilter::setView(CoderView view, const QString &coder)
{
    if (view == CoderView::One && coder.isEmpty())
        view = CoderView::All;
    const QString chosen = view == CoderView::One ? coder : QString();
    if (view == m_view && chosen == m_chosen)
        return;
    m_view = view;
    m_chosen = chosen;
    save();
    Q_EMIT changed();
}

std::optional<QString> CoderFilter::shownCoder() const
{
    if (m_blind)
        return m_blind;
    switch (m_view) {
    case CoderView::Mine: return m_project->currentCoder();
    case CoderView::One: return m_chosen;
    case CoderView::All:
    case CoderView::Compare: break;
    }
    return std::nullopt;
}

std::optional<Id> CoderFilter::shownCoderId() const
{
    const std::optional<QString> name = shownCoder();
    if (!name)
        return std::nullopt;
    for (const Coder &c : m_coders)
        if (c.name == *name)
            return c.id;
    return kNoCoder;
}

bool CoderFilter::accepts(Id coder) const
{
    const std::optional<Id> shown = shownCoderId();
    return !shown || *shown == coder;
}

void CoderFilter::currentCoderChanged()
{
    if (m_view == CoderView::Mine && !m_blind)
        Q_EMIT changed();
}

void CoderFilter::onProjectChanged(const ChangeList &changes)
{
    const bool coders = changes.reset || changes.touches(QStringLiteral("coder"));
    const bool info = changes.reset || changes.touches(QStringLiteral("project_info"));
    if (!coders && !info)
        return;
    const std::optional<Id> before = shownCoderId();
    const std::optional<QString> blindBefore = m_blind;
    if (info)
        m_blind = team::blindCoder(*m_project);
    if (coders) {
        loadCoders();
        Q_EMIT codersChanged();
    }
    if (before != shownCoderId() || blindBefore != m_blind || coders)
        Q_EMIT changed();
}

QString CoderFilter::settingsKey() const
{
    // Keyed by a digest of the file's path: the settings name no project.
    const QByteArray path = QFileInfo(m_project->path()).absoluteFilePath().toUtf8();
    return QStringLiteral("coderView/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

void CoderFilter::save() const
{
    QSettings settings;
    settings.beginGroup(settingsKey());
    settings.setValue(QStringLiteral("view"), coderViewName(m_view));
    // The chosen coder by guid: nothing read from inside an encrypted
    // project reaches the settings in words.
    QString guid;
    for (const Coder &c : m_coders)
        if (c.name == m_chosen)
            guid = c.guid;
    settings.setValue(QStringLiteral("coder"), guid);
}

void CoderFilter::restore()
{
    QSettings settings;
    settings.beginGroup(settingsKey());
    const std::optional<CoderView> view = coderViewFromName(settings.value(QStringLiteral("view")).toString());
    if (!view)
        return;
    m_view = *view;
    if (m_view == CoderView::One) {
        const QString guid = settings.value(QStringLiteral("coder")).toString();
        const auto it = std::find_if(m_coders.cbegin(), m_coders.cend(),
                                     [&guid](const Coder &c) { return !guid.isEmpty() && c.guid == guid; });
        if (it == m_coders.cend())
            m_view = CoderView::All;
        else
            m_chosen = it->name;
    }
}

}  // namespace crosscut::ui
