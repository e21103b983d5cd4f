#pragma once
// Plain values of Crosscut's data model, as read from a project. Positions
// are code points, zero-based, end-exclusive (see text/codepoints.h).

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace crosscut {

using Id = qint64;

namespace DocumentKind {
inline const QString Interview = QStringLiteral("interview");
inline const QString FocusGroup = QStringLiteral("focus-group");
inline const QString Notes = QStringLiteral("notes");
inline const QString LiveSession = QStringLiteral("live-session");
}  // namespace DocumentKind

struct Document {
    Id id = 0;
    QString name;
    QString kind;
    qint64 length = 0;  // code points
    QString sourceFile;
    QString importedAt;
    QString guid;
};

struct SpeakerTurn {
    Id id = 0;
    Id documentId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString speaker;
    std::optional<Id> caseId;
    std::optional<qint64> timeStartMs;
    std::optional<qint64> timeEndMs;
};

struct Case {
    Id id = 0;
    QString name;
    QString description;
    QString guid;
};

struct Coder {
    Id id = 0;
    QString name;
    QString guid;
};

struct Code {
    Id id = 0;
    std::optional<Id> parentId;
    QString name;
    QString color;
    QString description;
    QString shortcut;
    int sortOrder = 0;
    bool isDimension = false;
    bool isBipolar = false;
    std::optional<double> axisPosition;
    QString guid;
};

struct Quote {
    Id id = 0;
    Id documentId = 0;
    qint64 start = 0;
    qint64 end = 0;
    std::optional<Id> creatorId;
    QString createdAt;
    QString guid;
};

struct Coding {
    Id id = 0;
    Id quoteId = 0;
    Id codeId = 0;
    Id coderId = 0;
    QString createdAt;
    std::optional<double> position;
};

enum class AttributeScope { Document, Case };
enum class AttributeType { Text, Number, Date, Category };

QString toString(AttributeScope scope);
QString toString(AttributeType type);
std::optional<AttributeScope> attributeScopeFromString(const QString &s);
std::optional<AttributeType> attributeTypeFromString(const QString &s);

struct Attribute {
    Id id = 0;
    QString name;
    AttributeScope scope = AttributeScope::Document;
    AttributeType type = AttributeType::Text;
    bool identifying = false;  // left out of redacted exports
};

enum class MemoTarget { Project, Document, Code, Quote, Case };
QString toString(MemoTarget target);
std::optional<MemoTarget> memoTargetFromString(const QString &s);

struct Memo {
    Id id = 0;
    MemoTarget target = MemoTarget::Project;
    std::optional<Id> targetId;
    QString title;
    QString text;
    std::optional<Id> authorId;
    QString createdAt;
    QString modifiedAt;
};

// One entry of the operation log.
struct Operation {
    Id id = 0;
    QString label;
    QString coder;
    QString createdAt;
    enum class State { Done = 0, Undone = 1, Discarded = 2 } state = State::Done;
};

// One row changed by an operation (or its undo/redo), as carried by
// Project::changed.
struct RowChange {
    enum class Op { Insert, Update, Delete };
    QString table;
    Op op = Op::Insert;
    Id id = 0;  // rowid of the changed row (first key column)
};

struct ChangeList {
    QList<RowChange> rows;
    bool reset = false;  // too many rows to list: observers re-read what they show
    bool touches(const QString &table) const;
};

}  // namespace crosscut
