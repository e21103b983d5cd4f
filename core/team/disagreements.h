#pragma once
// Where two coders differ on one code: the list an adjudicator works through.
// A disagreement is a connected stretch of the union of A's and B's segments
// of the code (segments as in agreement.h) in one document on which the two
// coders' coverage differs. Stretches both coded identically are agreements
// and are not listed.

#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::team {

struct Span {
    qint64 start = 0;  // code points, end-exclusive
    qint64 end = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

enum class DisagreementKind {
    OnlyA,     // A coded the stretch, B nothing of it
    OnlyB,     // B coded the stretch, A nothing of it
    Boundary,  // both coded parts of it, with different boundaries
};

struct Disagreement {
    Id document = 0;
    QString documentName;
    Id code = 0;
    DisagreementKind kind = DisagreementKind::OnlyA;
    Span span;               // the whole stretch (union of the two sides)
    QList<Span> a;           // A's segments inside the stretch (merged), in order
    QList<Span> b;           // B's segments inside the stretch (merged), in order
    QList<Id> quotesA;       // A's quotes behind them
    QList<Id> quotesB;
};

struct Agreed {
    Id document = 0;
    Span span;  // a segment both coders coded exactly alike
};

struct Comparison {
    QList<Disagreement> disagreements;  // by document order, then position
    QList<Agreed> agreed;
};

// documents empty: every document. Unknown coder or code: an error naming it.
Result<Comparison> compareCoders(Project &project, const QString &coderA, const QString &coderB, Id code,
                                 const QList<Id> &documents = {});

// CSV of the disagreements with their text in context (for the GUI's export):
// document,kind,start,end,a_segments,b_segments,text,context
QByteArray disagreementsCsv(Project &project, const QList<Disagreement> &list);

}  // namespace crosscut::team
