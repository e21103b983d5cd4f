#pragma once
// A word cloud drawn with QPainter (no widgets), so that the Words tab, its
// exports and crosscut-cli wordcloud draw the same picture. Placement is
// deterministic: the most frequent word in the middle, each next one at the
// first free place along an Archimedean spiral, none overlapping; a word
// that finds no place is left out. Sizes grow with the logarithm of the
// count; colours from a colour-blind-safe palette (Okabe & Ito, without its
// yellow, which is unreadable on white); text in textFontFamilies(), so
// Cyrillic, Devanagari and Urdu (right to left) draw with their own glyphs.

#include "text/words.h"
#include "util/result.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace crosscut::render {

struct WordCloudOptions {
    QSize size{900, 560};  // logical pixels
    QString title;         // drawn on top when set
    int maxWords = 120;
    qreal minPointSize = 9;
    qreal maxPointSize = 46;
};

struct PlacedWord {
    QString word;
    qint64 count = 0;
    QRectF rect;  // where its text is drawn, in the cloud's area
    QFont font;
    QColor color;
};

// The words' places in `area` (the words in the order given: most frequent first).
QList<PlacedWord> layoutWordCloud(const QList<text::WordCount> &words, const QRectF &area,
                                  const WordCloudOptions &options);

void drawWordCloud(QPainter &painter, const QRectF &area, const QList<text::WordCount> &words,
                   const WordCloudOptions &options);

QImage wordCloudImage(const QList<text::WordCount> &words, const WordCloudOptions &options, qreal scale = 1.0);
QByteArray wordCloudPng(const QList<text::WordCount> &words, const WordCloudOptions &options);
QByteArray wordCloudSvg(const QList<text::WordCount> &words, const WordCloudOptions &options);
// Writes a .png or .svg (by suffix) atomically.
Status writeWordCloud(const QString &path, const QList<text::WordCount> &words, const WordCloudOptions &options);

}  // namespace crosscut::render
