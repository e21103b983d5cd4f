#pragma once
// The legend of comparison mode, above the document: a swatch and the name
// of each coder, in the colour their stripes and highlights take.

#include <QColor>
#include <QList>
#include <QWidget>

namespace crosscut::ui {

class CoderLegend : public QWidget {
    Q_OBJECT
public:
    explicit CoderLegend(QWidget *parent);

    struct Entry {
        QString name;
        QColor color;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    int preferredHeight() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Entry> m_entries;
};

}  // namespace crosscut::ui
