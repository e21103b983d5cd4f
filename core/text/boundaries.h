#pragma once
// ICU word and sentence boundaries over one text, in UTF-16 offsets, for the
// hits of one document: each question costs only the text near the offset
// (ICU's iterators find a safe point and look locally), so a document with
// thousands of hits is not broken into words or sentences as a whole.

#include <QStringView>

#include <memory>

namespace crosscut::text {

class TextBoundaries {
public:
    // `text` must outlive this object.
    explicit TextBoundaries(QStringView text);
    ~TextBoundaries();
    TextBoundaries(const TextBoundaries &) = delete;
    TextBoundaries &operator=(const TextBoundaries &) = delete;

    // True at a word boundary (UAX #29 with ICU's dictionaries): a hit from
    // `start` to `end` is a whole word or phrase when both are boundaries.
    bool isWordBoundary(qsizetype utf16);

    bool isSentenceBoundary(qsizetype utf16);
    // The sentence boundary before `utf16` (0 when none), and after it (the
    // text's length when none).
    qsizetype previousSentenceBoundary(qsizetype utf16);
    qsizetype nextSentenceBoundary(qsizetype utf16);

private:
    struct Iterators;
    QStringView m_text;
    std::unique_ptr<Iterators> m_it;
};

}  // namespace crosscut::text
