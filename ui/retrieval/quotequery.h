#pragma once
// Which quotes the retrieval panel lists: the quotes carrying some (OR) or
// all (AND) of a set of codes — a quote carries a code when one of its
// codings is that code or a code below it, as in the matrix — narrowed by
// coder, document and document attribute value.

#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::ui {

struct QuoteQuery {
    enum class Combine { Any, All };
    QList<Id> codes;
    Combine combine = Combine::Any;
    std::optional<Id> coder;     // only codings by this coder count
    std::optional<Id> viewCoder; // View → Coders: and only this coder's (a blind copy's coder)
    std::optional<Id> document;  // only quotes in this document
    QString attribute;           // with attributeValue: the quote's document has this value
    QString attributeValue;
};

// Quote ids in document order, then by start.
QList<Id> runQuoteQuery(Project &project, const QuoteQuery &query);

// Keeps the ids that still exist and pass the query's coder, document and
// attribute filters (codes are ignored), in the order given.
QList<Id> filterQuotes(Project &project, const QList<Id> &ids, const QuoteQuery &query);

}  // namespace crosscut::ui
