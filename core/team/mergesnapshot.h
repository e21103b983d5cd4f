#pragma once
// What a coder copy holds, read into memory from its file over a read-only
// connection (the copy is never written), for team/merge.cpp to match
// against the master. Internal to core/team.

#include "model/entities.h"
#include "storage/projectkey.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace crosscut::team::detail {

struct CopyCoder {
    Id id = 0;
    QString name;
    QString guid;
};

struct CopyCode {
    Id id = 0;
    std::optional<Id> parent;
    QString name, color, description, shortcut;
    qint64 sortOrder = 0;
    bool isDimension = false, isBipolar = false;
    QVariant axisPosition;
    QString guid;
};

struct CopyCase {
    Id id = 0;
    QString name, description, guid;
};

struct CopyDocument {
    Id id = 0;
    QString name, kind, text, sourceFile, importedAt, guid;  // text: with any appended chunks
};

struct CopyTurn {
    Id document = 0;
    qint64 start = 0, end = 0;
    QString speaker;
    QVariant caseId, timeStartMs, timeEndMs;
    QString guid;
};

struct CopyAttribute {
    Id id = 0;
    QString name, scope, type;
    bool identifying = false;
    QString guid;
};

struct CopyValue {
    Id target = 0;  // document or case
    Id attribute = 0;
    QString value;
};

struct CopyQuote {
    Id id = 0;
    Id document = 0;
    qint64 start = 0, end = 0;
    QVariant creator;
    QString createdAt, guid;
};

struct CopyCoding {
    Id quote = 0, code = 0, coder = 0;
    QString createdAt;
    QVariant position;
    QString guid;
};

struct CopyMemo {
    QString targetKind;
    QVariant targetId;
    QString title, text;
    QVariant author;
    QString createdAt, modifiedAt, guid;
};

struct CopySet {
    Id id = 0;
    QString name, description, guid;
};

struct CopySetMember {
    Id set = 0;
    QString kind;  // document, code, case
    Id member = 0;
};

// A collaboration tie (core/network/ties.h): case ids of the copy.
struct CopyTie {
    Id a = 0, b = 0;
    QString wave, kind, createdAt, guid;
};

// A framework-matrix summary (analysis/framework.h): ids of the copy.
struct CopySummary {
    QString rowKind;  // case, document
    Id row = 0, code = 0;
    QString text;
    QVariant author;
    QString modifiedAt, guid;
};

// Rows of a table taken as they are (the live-session tables), by column name.
struct CopyRows {
    QStringList columns;
    QList<QVariantList> rows;
};

struct CopySnapshot {
    QString path;
    QList<CopyCoder> coders;
    QList<CopyCode> codes;  // parents before children, siblings in sort order
    QList<CopyCase> cases;
    QList<CopyDocument> documents;
    QList<QPair<Id, Id>> documentCases;  // document, case
    QList<CopyTurn> turns;
    QList<CopyAttribute> attributes;
    QList<CopyValue> documentValues;
    QList<CopyValue> caseValues;
    QList<CopyQuote> quotes;
    QList<CopyCoding> codings;
    QList<CopyMemo> memos;
    QList<CopySet> sets;
    QList<CopySetMember> setMembers;
    QList<CopyTie> ties;
    QList<CopySummary> summaries;
    // live_session, live_roster, live_flag, live_code_key: a live session
    // the master does not have arrives with its metadata.
    QList<QPair<QString, CopyRows>> live;
};

// Reads the copy at `path` (with `key` when it is encrypted). Refuses a
// file that is missing (NotFound), not a project, newer than this build
// (TooNew), in an older format, or encrypted without its key (Encrypted).
Result<CopySnapshot> readCopy(const QString &path, const ProjectKey &key);

}  // namespace crosscut::team::detail
