#pragma once
// Paints quotes in their code colours and speaker labels, block by block.
// QSyntaxHighlighter keeps the formats in each block's layout, so a change
// to one quote re-highlights only the blocks it touches instead of
// rebuilding the document.

#include "document/quotemark.h"

#include <QHash>
#include <QSyntaxHighlighter>

namespace crosscut::ui {

class QuoteHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit QuoteHighlighter(QTextDocument *document);

    struct TurnLabel {
        int utf16Start = 0;
        int length = 0;
        QColor color;
    };

    // Replaces what is shown. `byBlock` lists, per block number, indexes
    // into `marks`.
    void setMarks(const QList<QuoteMark> *marks, const QHash<int, QList<int>> *byBlock);
    void setTurnLabels(QHash<int, QList<TurnLabel>> labels) { m_labels = std::move(labels); }
    // Adds labels for blocks not labelled yet (text appended to the document).
    void addTurnLabels(const QHash<int, QList<TurnLabel>> &labels) { m_labels.insert(labels); }
    void setBaseColor(const QColor &base) { m_base = base; }

protected:
    void highlightBlock(const QString &text) override;

private:
    const QList<QuoteMark> *m_marks = nullptr;
    const QHash<int, QList<int>> *m_byBlock = nullptr;
    QHash<int, QList<TurnLabel>> m_labels;
    QColor m_base = Qt::white;
};

}  // namespace crosscut::ui
