#include "coders/coderlegend.h"

#include <QPainter>
#include <QPaintEvent>

namespace crosscut::ui {

CoderLegend::CoderLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coderLegend"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CoderLegend::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    QStringList names;
    for (const Entry &e : m_entries)
        names << e.name;
    setToolTip(tr("Comparing coders: %1").arg(names.join(QStringLiteral(", "))));
    update();
}

int CoderLegend::preferredHeight() const { return fontMetrics().height() + 10; }

void CoderLegend::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height() - 4;
    int x = 8;
    const int mid = height() / 2;
    p.setPen(palette().color(QPalette::WindowText));
    const QString title = tr("Comparing:");
    p.drawText(QRect(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    x += metrics.horizontalAdvance(title) + 12;
    for (const Entry &e : m_entries) {
        if (x >= width())
            break;
        p.fillRect(QRect(x, mid - swatch / 2, swatch, swatch), e.color);
        x += swatch + 5;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter, e.name);
        x += metrics.horizontalAdvance(e.name) + 16;
    }
}

}  // namespace crosscut::ui
