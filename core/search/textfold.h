#pragma once
// The text search matches in: case-folded, Latin/Greek/Cyrillic diacritics
// removed (as FTS5's unicode61 tokenizer with remove_diacritics does), each
// run of characters that are not letters, digits or marks one space. Folding
// goes character by character through a table filled as characters are first
// met, so a document is folded in one pass without allocating per word; each
// folded unit remembers where in the source it came from.

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace crosscut::search {

class FoldedText {
public:
    explicit FoldedText(QStringView text);

    const QString &folded() const { return m_folded; }
    // UTF-16 offset into the source of folded unit `pos`; folded().size()
    // maps to the source's length.
    qsizetype sourceOffset(qsizetype pos) const { return m_source[pos]; }

private:
    QString m_folded;
    std::unique_ptr<qint32[]> m_source;
};

// A query word or phrase folded the same way, without leading or trailing
// spaces ("Peer-led  SERVICES" → "peer led services"; "👍🏽" → "").
QString foldForMatching(QStringView text);

}  // namespace crosscut::search
