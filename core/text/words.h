#pragma once
// Word frequencies: how often each word (or phrase of two or three words)
// occurs over all documents, one document set or the quotes of one code, with
// the number of documents holding it and its count per document or per value
// of a case or document attribute. Words are ICU word-break tokens
// (text/wordbreak.h) compared folded (foldWord): "Ж" and "ж" are one word.
//
// Phrases never cross a sentence end, a line break or clause punctuation
// (Unicode Terminal_Punctuation: . , ; : ! ? । ۔ …), never hold an emoji or
// a left-out number, and neither begin nor end on a stop word ("access to
// services" is a phrase, "to services" is not).
//
// WordIndex keeps each document's tokens between counts, so a view counting
// again after a change re-reads only the documents that changed.

#include "analysis/table.h"
#include "model/entities.h"
#include "text/wordbreak.h"
#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace crosscut {
class Project;
}

namespace crosscut::text {

enum class WordScope {
    All,          // every document
    DocumentSet,  // the documents of a set (set_ with document members)
    Code,         // the text of the quotes carrying a code or a code below it
};

enum class WordGrouping {
    None,
    Document,           // one column per document in scope
    CaseAttribute,      // one column per value of a case attribute
    DocumentAttribute,  // one column per value of a document attribute
};

struct WordRequest {
    WordScope scope = WordScope::All;
    QString set;   // DocumentSet: the set's name
    QString code;  // Code: a code path or "#id"
    int ngram = 1;  // words per phrase, 1 to 3
    WordGrouping grouping = WordGrouping::None;
    QString attribute;        // CaseAttribute / DocumentAttribute: its name
    QSet<QString> stopWords;  // folded (text/stopwords.h)
    int minLength = 1;  // code points a word needs (a phrase: its first and last word); emoji are exempt
    int minCount = 1;
    int top = 0;  // the N most frequent; 0: all
    bool numbers = false;  // count "2024", "3.5"
    bool emoji = true;     // count 👍 (a focus group's emoji are data)
};

struct WordCount {
    QString word;  // folded; a phrase's words joined by one space
    qint64 count = 0;
    int documents = 0;      // documents in scope holding it
    QList<qint64> groups;   // per WordFrequencies::groups
};

struct WordFrequencies {
    int ngram = 1;
    int documents = 0;   // documents in scope
    qint64 tokens = 0;   // words, numbers and emoji in scope, stop words included
    QStringList groups;  // column labels: document names or attribute values, sorted
    QString groupHeader; // "document", "case: Country", …
    QList<WordCount> words;  // by count, descending, then by word

    // Rows: the words; columns: count, documents, then one per group.
    analysis::Table table() const;
};

// The names of the project's sets that hold documents, sorted (the scopes
// WordScope::DocumentSet can take).
QStringList documentSetNames(Project &project);

// Reads `request.scope` from the project and counts.
Result<WordFrequencies> wordFrequencies(Project &project, const WordRequest &request);

class WordIndex {
public:
    explicit WordIndex(Project &project);

    Result<WordFrequencies> count(const WordRequest &request);
    // Forgets the tokens of the documents `changes` touched (all on a reset).
    void invalidate(const ChangeList &changes);
    // Documents whose tokens are kept.
    qsizetype cachedDocuments() const { return m_documents.size(); }

private:
    struct Token {
        qint64 start = 0;  // code points
        qint64 end = 0;
        int term = 0;      // index into m_terms
        WordKind kind = WordKind::Letters;
        bool breakBefore = false;  // a sentence end, line break or clause mark lies before it
    };
    struct DocumentTokens {
        std::vector<Token> tokens;
    };
    const DocumentTokens &tokensOf(Id document);
    int termId(const QString &folded);

    Project &m_project;
    QHash<Id, DocumentTokens> m_documents;
    QHash<QString, int> m_termIds;
    QStringList m_terms;
    std::vector<int> m_termLength;  // code points
};

}  // namespace crosscut::text
