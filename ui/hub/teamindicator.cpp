#include "hub/teamindicator.h"

#include <QLocale>

namespace crosscut::ui {

namespace {

// The first line of a libpq message, short enough for the status bar.
QString shortReason(const QString &reason)
{
    QString first = reason.section(u'\n', 0, 0).trimmed();
    constexpr int kLongest = 70;
    if (first.size() > kLongest)
        first = first.left(kLongest - 1) + QStringLiteral("…");
    return first;
}

}  // namespace

QString TeamState::text() const
{
    if (!clone)
        return {};
    QString text;
    if (!offline.isEmpty())
        text = TeamIndicator::tr("Team: offline — %1").arg(shortReason(offline));
    else if (pending > 0)
        text = TeamIndicator::tr("Team: %n change(s) to send", nullptr, int(pending));
    else if (lastSync.isValid())
        text = TeamIndicator::tr("Team: synced %1").arg(QLocale().toString(lastSync.time(), QLocale::ShortFormat));
    else
        text = TeamIndicator::tr("Team: not synced yet");
    if (syncing)
        text += TeamIndicator::tr(" (syncing…)");
    return text;
}

QString TeamState::toolTip() const
{
    if (!clone)
        return {};
    QStringList lines;
    lines << TeamIndicator::tr("Team server: %1").arg(server) << TeamIndicator::tr("Your role: %1").arg(role);
    lines << (lastSync.isValid() ? TeamIndicator::tr("Last sync: %1").arg(QLocale().toString(lastSync, QLocale::ShortFormat))
                                 : TeamIndicator::tr("Not synced since the project was opened"));
    lines << TeamIndicator::tr("%n change(s) of yours not yet on the server", nullptr, int(pending));
    if (!offline.isEmpty())
        lines << TeamIndicator::tr("Offline: %1").arg(offline.trimmed())
              << TeamIndicator::tr("You can keep coding: your changes are sent at the next sync.");
    lines << TeamIndicator::tr("Syncs every minute and when a teammate sends changes. Click to sync now.");
    return lines.join(u'\n');
}

TeamIndicator::TeamIndicator(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("teamIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::NoFocus);  // a click must not take the focus from the text being coded
    connect(this, &QToolButton::clicked, this, &TeamIndicator::syncRequested);
    hide();
}

void TeamIndicator::showState(const TeamState &state)
{
    m_state = state;
    setText(state.text());
    setToolTip(state.toolTip());
    setVisible(state.clone);
}

}  // namespace crosscut::ui
