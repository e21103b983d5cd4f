#pragma once
// Hits of ASCII words found in a document's stored UTF-8 bytes, without
// decoding the document to a QString, folding it or indexing its code
// points: the common case of `crosscut-cli search WORD` (issue #19). Code
// points are counted as the hits come, and only each hit and its context
// are decoded. It applies when the text holds nothing
// that folds to an ASCII letter (Latin letters with diacritics, combining
// diacritics, the Kelvin sign, ligatures); otherwise the caller decodes the
// text and takes the QString path (textsearch.cpp), which gives the same
// hits where both apply (tests/search/utf8hits_test.cpp).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace crosscut::search {

// A query word made of ASCII letters and digits, lower case.
struct AsciiWord {
    QByteArray word;
    bool prefix = false;  // word*: the hit runs to the end of the word it starts
};

// One hit in code points, with its text and `context` code points of
// context either side (line breaks and tabs shown as spaces).
struct Utf8Hit {
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    QString before;
    QString after;
};

// The hits of `words` in `utf8`, sorted by start then end, duplicates
// removed, each starting and ending at a word's edge (a letter, digit or
// mark neither before nor after it); nullopt when this path does not apply.
std::optional<QList<Utf8Hit>> asciiHitsInUtf8(QByteArrayView utf8, const QList<AsciiWord> &words, int context);

}  // namespace crosscut::search
