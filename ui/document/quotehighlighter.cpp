#include "document/quotehighlighter.h"

#include <QTextDocument>

#include <algorithm>

namespace crosscut::ui {

QuoteHighlighter::QuoteHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void QuoteHighlighter::setMarks(const QList<QuoteMark> *marks, const QHash<int, QList<int>> *byBlock)
{
    m_marks = marks;
    m_byBlock = byBlock;
}

namespace {

// The code colour laid over the page colour, light enough to read through.
QColor tint(const QColor &color, const QColor &base, double alpha)
{
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + color.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + color.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + color.blueF() * alpha));
}

}  // namespace

void QuoteHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const int blockStart = block.position();
    const int blockEnd = blockStart + int(text.size());
    if (m_marks && m_byBlock) {
        const auto it = m_byBlock->constFind(block.blockNumber());
        if (it != m_byBlock->cend() && !it->isEmpty()) {
            // Split the block at every quote edge; each piece gets the blend
            // of the quotes covering it, and an underline in the colour of
            // the innermost one when quotes overlap.
            QList<int> cuts{blockStart, blockEnd};
            for (int i : *it) {
                const QuoteMark &m = m_marks->at(i);
                cuts << qBound(blockStart, m.utf16Start, blockEnd) << qBound(blockStart, m.utf16End, blockEnd);
            }
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
                const int a = cuts[c], b = cuts[c + 1];
                double r = 0, g = 0, bl = 0;
                int count = 0;
                const QuoteMark *innermost = nullptr;
                for (int i : *it) {
                    const QuoteMark &m = m_marks->at(i);
                    if (m.utf16Start > a || m.utf16End < b)
                        continue;
                    const QColor col = m.colors.value(0, QColor(Qt::gray));
                    r += col.redF();
                    g += col.greenF();
                    bl += col.blueF();
                    ++count;
                    if (!innermost || (m.utf16End - m.utf16Start) < (innermost->utf16End - innermost->utf16Start))
                        innermost = &m;
                }
                if (count == 0)
                    continue;
                QTextCharFormat format;
                const QColor mean = QColor::fromRgbF(float(r / count), float(g / count), float(bl / count));
                format.setBackground(tint(mean, m_base, count > 1 ? 0.45 : 0.32));
                if (count > 1 && innermost) {
                    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                    format.setUnderlineColor(innermost->colors.value(0, QColor(Qt::gray)).darker(130));
                }
                setFormat(a - blockStart, b - a, format);
            }
        }
    }
    const auto labels = m_labels.constFind(block.blockNumber());
    if (labels != m_labels.cend()) {
        for (const TurnLabel &label : *labels) {
            QTextCharFormat format = this->format(label.utf16Start - blockStart);
            format.setFontWeight(QFont::Bold);
            format.setForeground(label.color);
            setFormat(label.utf16Start - blockStart, label.length, format);
        }
    }
}

}  // namespace crosscut::ui
