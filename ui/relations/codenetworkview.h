#pragma once
// The network drawing of the Code relations tab: codes as discs in their
// colours (sized by their quotes), linked when they co-occur at least the
// threshold's times, lines thicker with the count; the layout is core's
// (network/codenetwork.h, igraph Fruchterman-Reingold).

#include "network/codenetwork.h"

#include <QWidget>

namespace crosscut::ui {

class CodeNetworkView : public QWidget {
    Q_OBJECT
public:
    explicit CodeNetworkView(QWidget *parent = nullptr);

    void setNetwork(const analysis::CooccurrenceResult &cooccurrence, const network::CodeNetwork &network);
    const network::CodeNetwork &network() const { return m_network; }
    // Where vertex v is drawn, in widget coordinates.
    QPointF vertexPosition(int vertex) const;
    QSize sizeHint() const override { return QSize(520, 420); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    analysis::CooccurrenceResult m_cooccurrence;
    network::CodeNetwork m_network;
    QStringList m_colors;  // per vertex
};

}  // namespace crosscut::ui
