#pragma once
// A matrix drawn as a heat map: one square per cell, shaded by its value's
// share of the largest, with row and column labels. Qt Charts has no heat
// map series, so this paints one; it renders to PNG/SVG like any widget.

#include "analysis/table.h"

#include <QWidget>

namespace crosscut::ui {

class HeatMapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapView(QWidget *parent = nullptr);

    void setTable(const analysis::Table &table);
    const analysis::Table &table() const { return m_table; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    analysis::Table m_table;
};

}  // namespace crosscut::ui
