#pragma once
// Words as ICU's word-break rules (UAX #29 with ICU's dictionaries) find them,
// so that Cyrillic, Devanagari (a word with its combining vowel signs is one
// word), Urdu and emoji count right. Shared by word frequencies, KWIC and
// whole-word search (text/boundaries.h answers boundary questions near an
// offset without breaking the whole text). Positions are code points,
// end-exclusive.

#include <QList>
#include <QString>
#include <QStringView>

namespace crosscut::text {

enum class WordKind {
    Letters,  // a word with letters (any script; ideographs and kana included)
    Number,   // digits, "2024", "3.5"
    Emoji,    // an emoji or other symbol cluster (👍🏽 is one)
};

struct WordToken {
    qsizetype start = 0;  // code points into the text
    qsizetype end = 0;
    WordKind kind = WordKind::Letters;
};

// The words of `text`, in order; spaces and punctuation between them are not
// tokens. Emoji are returned as tokens of kind Emoji.
QList<WordToken> wordTokens(QStringView text);

// The form words are counted and matched by: Unicode full case folding
// (ICU), then NFC ("Ж" and "ж", "STRASSE" and "straße" are one word).
QString foldWord(QStringView word);

// True when [start, end) (code points) of `text` begins and ends on a word
// boundary, i.e. a hit there is a whole word or phrase.
bool onWordBoundaries(QStringView text, qsizetype start, qsizetype end);

}  // namespace crosscut::text
