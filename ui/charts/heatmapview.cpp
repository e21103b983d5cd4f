#include "charts/heatmapview.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace crosscut::ui {

HeatMapView::HeatMapView(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void HeatMapView::setTable(const analysis::Table &table)
{
    m_table = table;
    updateGeometry();
    update();
}

QSize HeatMapView::sizeHint() const
{
    return {std::max(400, 160 + 70 * m_table.columnCount()), std::max(300, 80 + 40 * m_table.rowCount())};
}

void HeatMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    const int rows = m_table.rowCount(), cols = m_table.columnCount();
    if (rows == 0 || cols == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("Nothing to show"));
        return;
    }
    const QFontMetrics fm(font());
    int labelWidth = 0;
    for (const QString &label : m_table.rowLabels())
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + 12, width() / 3);
    const int headerHeight = fm.height() * 2 + 8;
    const double cellW = double(width() - labelWidth - 8) / cols;
    const double cellH = double(height() - headerHeight - 8) / rows;
    double max = 0;
    for (const auto &row : m_table.cells)
        for (double v : row)
            max = std::max(max, v);
    const QColor heat(0x1b, 0x7f, 0x79);
    p.setPen(Qt::black);
    for (int c = 0; c < cols; ++c) {
        const QRectF r(labelWidth + c * cellW, 0, cellW, headerHeight);
        p.drawText(r.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap,
                   fm.elidedText(m_table.columns.at(c).text, Qt::ElideRight, int(cellW * 2)));
    }
    for (int r = 0; r < rows; ++r) {
        const QRectF labelRect(0, headerHeight + r * cellH, labelWidth - 6, cellH);
        p.setPen(Qt::black);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_table.rows.at(r).text, Qt::ElideRight, labelWidth - 6));
        for (int c = 0; c < cols; ++c) {
            const double v = m_table.cell(r, c);
            const QRectF cell(labelWidth + c * cellW, headerHeight + r * cellH, cellW, cellH);
            if (m_table.isUndefined(r, c)) {
                // A share of nothing: grey, "—", never 0 %.
                p.fillRect(cell.adjusted(1, 1, -1, -1), QColor(0xee, 0xee, 0xee));
                p.setPen(QColor(0x66, 0x66, 0x66));
                p.drawText(cell, Qt::AlignCenter, QStringLiteral("—"));
                continue;
            }
            const double share = max > 0 ? v / max : 0;
            const QColor fill = QColor::fromRgbF(1 - share * (1 - heat.redF()), 1 - share * (1 - heat.greenF()),
                                                 1 - share * (1 - heat.blueF()));
            p.fillRect(cell.adjusted(1, 1, -1, -1), fill);
            p.setPen(share > 0.6 ? Qt::white : Qt::black);
            const int decimals = m_table.format == analysis::NumberFormat::Count ? 0 : 1;
            p.drawText(cell, Qt::AlignCenter, QLocale().toString(v, 'f', decimals));
        }
    }
}

}  // namespace crosscut::ui
