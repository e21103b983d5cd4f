#pragma once
// Coding search hits in one operation (one undo step), and the sentence or
// paragraph a hit widens to (shared with the hits' own sentence spans).

#include "search/textsearch.h"

#include <optional>

namespace crosscut::search {

enum class Expand { Hit = 0, Sentence = 1, Paragraph = 2 };

// Codes every hit with `code` by the project's current coder, each widened
// to its sentence or paragraph (a paragraph is a line of the stored text) if
// asked, within the speaker turn that holds the hit. Hits that widen to the same span give one quote. Returns the number
// of new codings; existing codings are left as they are.
Result<int> autoCode(Project &project, const QList<SearchHit> &hits, Id code, int expandTo = 0);

// The span [start, end) (code points) widened as asked in `text`, and kept
// inside `within` (the speaker turn holding the hit, so that a sentence does
// not swallow the "Name:" prefix).
Span expandSpan(const QString &text, Span hit, Expand expand, std::optional<Span> within = std::nullopt);

// expandSpan for many hits of one document: the text is indexed once and
// sentences are found near each hit only.
class SpanExpander {
public:
    SpanExpander(const QString &text, QList<SpeakerTurn> turns = {});
    ~SpanExpander();
    Span expand(Span hit, Expand expand);
    Span expand(Span hit, Expand expand, std::optional<Span> within);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace crosscut::search
