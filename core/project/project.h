#pragma once
// A Crosscut project: one SQLite file. Every change goes through an operation
// (Project::transact or one of the named operations built on it) that runs in
// one transaction and is recorded, with every row it inserted, updated or
// deleted (captured by triggers, storage/changelog.h), in the operation log.
// Undo and redo replay those row changes, so they work across restarts;
// observers learn what changed from Project::changed.

#include "model/entities.h"
#include "storage/changelog.h"
#include "storage/projectkey.h"
#include "storage/sqlite.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace crosscut {

class ProjectWriter;
namespace hub {
class OutboxRecorder;
}

struct NewDocument {
    // Largest text a document may hold: 64 MiB of UTF-8 (about 64 million
    // Latin or 30 million Cyrillic characters). A larger one is refused by name.
    static constexpr qint64 kMaxTextBytes = qint64(64) * 1024 * 1024;

    QString name;
    QString kind = DocumentKind::Interview;
    QString text;  // line endings are normalised to LF before storing
    QString sourceFile;
    struct Turn {
        qint64 start = 0;  // code points
        qint64 end = 0;
        QString speaker;
        std::optional<qint64> timeStartMs;
        std::optional<qint64> timeEndMs;
    };
    QList<Turn> turns;
    bool casePerSpeaker = true;  // link each speaker to a case of that name
};

// A span of a document's text, in code points.
struct DocumentSpan {
    Id document = 0;
    qint64 start = 0;
    qint64 end = 0;
};

struct CodeSpec {
    QString name;
    QString color;
    QString description;
    QString shortcut;
    bool isDimension = false;
    bool isBipolar = false;
    std::optional<double> axisPosition;
    QString guid;  // empty: a new one; templates give fixed guids shared by their translations
};

class Project : public QObject {
    Q_OBJECT
public:
    ~Project() override;

    // Creates a new project file; refuses an existing file.
    // With a key, the new project is encrypted (SQLCipher) with it.
    static Result<std::unique_ptr<Project>> create(const QString &path, const ProjectKey &key = {});
    // Opens an existing project. A file that is not a project, is corrupt,
    // (found by a quick scan before anything is written), locked, read-only or
    // newer than this build is refused unchanged. A leftover -wal whose
    // recovery would discard frames is copied beside the project first, and
    // openWarnings() says so.
    // An encrypted project needs its key: without it, or with a wrong one,
    // the error is ErrorKind::Encrypted and nothing is changed. A plain
    // project ignores a key.
    static Result<std::unique_ptr<Project>> open(const QString &path, const ProjectKey &key = {});
    // Opens for `check`: no corruption scan (check reports it), and read-only
    // when the file or its folder cannot be written or a -wal is left over.
    static Result<std::unique_ptr<Project>> openForCheck(const QString &path, const ProjectKey &key = {});
    // Opens for reading only (search, kwic): no exclusive lock, no scan, no
    // operation log; SQLite refuses any write to the file (isReadOnly()). A project in an older format, which
    // only a writable open upgrades, is refused with ErrorKind::ReadOnly.
    static Result<std::unique_ptr<Project>> openForReading(const QString &path, const ProjectKey &key = {});
    bool isReadOnly() const { return m_readOnly; }
    bool isEncrypted() const { return m_db.isKeyed(); }
    // What opening had to report without refusing (frames a -wal lost).
    const QStringList &openWarnings() const { return m_openWarnings; }

    QString path() const { return m_db.path(); }
    QString name() const;

    // The coder new codings are attributed to (created on first use).
    void setCurrentCoder(const QString &name) { m_currentCoder = name; }
    QString currentCoder() const { return m_currentCoder; }
    static QString defaultCoderName();

    // ---- operations -------------------------------------------------------
    // Runs `body` in one transaction as one undoable operation named `label`.
    // If body fails, nothing is written.
    Status transact(const QString &label, const std::function<Status(ProjectWriter &)> &body);

    Result<Id> addDocument(const NewDocument &doc);
    Status renameDocument(Id document, const QString &name);
    Status deleteDocument(Id document);

    Result<Id> addCode(std::optional<Id> parent, const CodeSpec &spec);
    Status renameCode(Id code, const QString &name);
    Status setCodeColor(Id code, const QString &color);
    Status setCodeDescription(Id code, const QString &description);
    Status setCodeShortcut(Id code, const QString &shortcut);
    // Moves `code` under `parent` (nullopt: top level) at `index` among its siblings.
    Status moveCode(Id code, std::optional<Id> parent, int index);
    // Moves every coding and child of `from` to `into`, then deletes `from`.
    Status mergeCode(Id from, Id into);
    // Deletes a code with its descendants and their codings.
    Status deleteCode(Id code);

    // Codes the span [start, end) with `code` by the current coder, creating
    // the quote if no quote has that span. Re-applying is a no-op.
    Result<Id> applyCode(Id document, qint64 start, qint64 end, Id code);
    Status applyCodeToQuote(Id quote, Id code);
    // Quick tagging: `value` becomes the quote's only value of its dimension
    // (the other values' codings go), in one operation.
    Status setDimensionValue(Id quote, Id value);
    // Removes every coder's coding of `code` from the quote. A quote left
    // without codings is deleted with it (and its memos), in the same
    // operation: an empty quote would still count in matrices and retrieval.
    Status removeCoding(Id quote, Id code);
    Status setQuoteBounds(Id quote, qint64 start, qint64 end);
    Status deleteQuote(Id quote);

    Result<Id> addCase(const QString &name, const QString &description = {});
    // A whole document belongs to a case (e.g. an interview with one organisation).
    Status addDocumentToCase(Id document, Id caseId);
    Status removeDocumentFromCase(Id document, Id caseId);
    Status setAttribute(AttributeScope scope, Id target, const QString &attribute, const QString &value,
                        AttributeType type = AttributeType::Text);
    // Marks an attribute identifying (redacted exports leave it out) or not;
    // a no-op when it already is (project/attributeoperations.cpp).
    Status setAttributeIdentifying(Id attribute, bool identifying);

    Result<Id> addMemo(MemoTarget target, std::optional<Id> targetId, const QString &title, const QString &text);
    Status updateMemo(Id memo, const QString &title, const QString &text);
    Status deleteMemo(Id memo);

    // Makes every committed operation survive a power cut, not only a crash
    // of the program. Commits do not wait for the disk (WAL with synchronous
    // = NORMAL); this syncs the write-ahead log and copies it into the file
    // (a passive checkpoint). The live capture window calls it every second.
    Status syncToDisk();

    // A clone of a team project (core/hub) writes every operation, undo and
    // redo to its outbox too. Called after its link to the hub changed.
    Status refreshHubLink();
    bool isHubClone() const { return m_outbox != nullptr; }

    // ---- undo / redo --------------------------------------------------------
    bool canUndo();
    bool canRedo();
    QString undoLabel();
    QString redoLabel();
    Status undo();
    Status redo();
    // Where the last undo or redo changed a document's text selection: the
    // first quote it touched (or the quote of the first coding), if any.
    std::optional<DocumentSpan> replayedSpan() const { return m_replayedSpan; }
    QList<Operation> history(int limit = 100);
    // Tells observers to re-read everything (after a change made outside
    // transact, such as erasing the history when pseudonymising).
    void notifyReset();

    // ---- reading ------------------------------------------------------------
    QList<Document> documents();
    std::optional<Document> document(Id id);
    std::optional<Document> findDocument(const QString &name);
    // The whole text: document.text followed by any appended chunks.
    QString documentText(Id id);
    // Code points [start, end) of a document's text, clamped to it, without
    // loading the rest.
    QString documentSlice(Id id, qint64 start, qint64 end);
    // In text order; with endingFrom, only turns ending at or after it (the
    // tail a live session just appended).
    QList<SpeakerTurn> speakerTurns(Id document, qint64 endingFrom = 0);

    // Codes in codebook order: depth-first, siblings by sort order.
    QList<Code> codes();
    std::optional<Code> code(Id id);
    // Resolves "A/B/C" or "#12" to a code id.
    Result<Id> resolveCodePath(const QString &path);
    QString codePath(Id code);
    QList<Id> codeDescendants(Id code);  // the code itself included

    QList<Quote> quotes(std::optional<Id> document = std::nullopt);
    std::optional<Quote> quote(Id id);
    QList<Coding> codings(Id quote);
    QString quoteText(const Quote &quote);
    int codingCount(std::optional<Id> code = std::nullopt);

    QList<Case> cases();
    std::optional<Case> findCase(const QString &name);
    QList<Id> documentCases(Id document);
    QList<Coder> coders();
    std::optional<Coder> findCoder(const QString &name);
    QList<Attribute> attributes(std::optional<AttributeScope> scope = std::nullopt);
    // Attribute values of a document or case, keyed by attribute name.
    QHash<QString, QString> attributeValues(AttributeScope scope, Id target);
    QList<Memo> memos(std::optional<MemoTarget> target = std::nullopt, std::optional<Id> targetId = std::nullopt);

    // Core-internal access for readers in analysis/, export/, interop/.
    sql::Database &database() { return m_db; }
    // A cached prepared statement (reset before it is returned).
    sql::Statement &statement(const char *sql);

Q_SIGNALS:
    void changed(const crosscut::ChangeList &changes);

private:
    explicit Project(sql::Database db);
    struct OpenState {
        bool created = false;
        bool readOnly = false;
        bool uncleanShutdown = false;  // a -wal was left over
        bool forCheck = false;         // no corruption scan: check reports what it finds
        bool readingOnly = false;      // no lock, no operation log, no writes (search, kwic)
        QStringList warnings;
    };
    static Result<std::unique_ptr<Project>> openFile(const QString &path, bool readOnly, bool forCheck,
                                                     const ProjectKey &key, bool readingOnly = false);
    // Refuses to work on an SQLite that is not SQLCipher (checked once).
    static Status requireSqlCipher();
    static Result<std::unique_ptr<Project>> finishOpen(sql::Database db, const OpenState &state);
    Status replay(bool undoing);
    std::optional<DocumentSpan> spanOf(qint64 firstChange, qint64 lastChange);

    sql::Database m_db;
    sql::ChangeLog m_changeLog;  // after m_db: its statements go first
    QString m_currentCoder;
    std::optional<DocumentSpan> m_replayedSpan;
    bool m_readOnly = false;
    QStringList m_openWarnings;
    QHash<const char *, std::shared_ptr<sql::Statement>> m_statements;
    std::unique_ptr<hub::OutboxRecorder> m_outbox;  // a clone's; before m_db goes
    friend class ProjectWriter;
};

}  // namespace crosscut
