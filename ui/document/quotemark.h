#pragma once
// What the document view knows about one quote it shows: its span in both
// units, the codes on it and the margin column of its stripe. When coders
// are compared, each coder of a quote has a mark of their own.

#include "model/entities.h"

#include <QColor>
#include <QList>
#include <QString>

namespace crosscut::ui {

struct QuoteMark {
    Id quoteId = 0;
    qint64 start = 0;  // code points
    qint64 end = 0;
    int utf16Start = 0;
    int utf16End = 0;
    int firstBlock = 0;
    int lastBlock = 0;
    int column = 0;  // stripe column in the margin
    QList<Id> codings;  // coding rows behind `codes`, to map a deleted coding back
    QList<Id> codes;
    QList<QColor> colors;  // one per code
    QStringList names;     // one per code
    // Comparing coders: one mark per coder of the quote, in the coder's colour.
    Id coderId = 0;
    QString coderName;
};

}  // namespace crosscut::ui
