#pragma once
// The drawing of the Network tab: paints a render::NetworkScene (the same
// picture the CLI and the report draw) and reports which case was clicked.

#include "render/networkrenderer.h"

#include <QWidget>

#include <optional>

namespace crosscut::ui {

class NetworkCanvas : public QWidget {
    Q_OBJECT
public:
    explicit NetworkCanvas(QWidget *parent = nullptr);

    void setScene(const std::optional<render::NetworkScene> &scene);
    const std::optional<render::NetworkScene> &scene() const { return m_scene; }
    void setSelected(std::optional<Id> caseId);
    std::optional<Id> selected() const { return m_selected; }
    // Where the case is drawn in this widget (its first panel), for tests.
    std::optional<QPointF> nodeCentre(Id caseId, int panel = 0) const;

    QSize sizeHint() const override { return {760, 520}; }

Q_SIGNALS:
    void caseClicked(crosscut::Id caseId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    std::optional<render::NetworkScene> m_scene;
    std::optional<Id> m_selected;
};

// One analysis table drawn as a chart (render::drawChart) in a widget.
class ChartCanvas : public QWidget {
    Q_OBJECT
public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    void setTable(const analysis::Table &table);
    const analysis::Table &table() const { return m_table; }
    QSize sizeHint() const override { return {760, 380}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    analysis::Table m_table;
};

}  // namespace crosscut::ui
