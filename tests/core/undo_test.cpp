// Undo and redo of every operation, also after the project is reopened.
#include "project/integrity.h"
#include "project/project.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// A snapshot of everything an operation can change, to compare before/after.
QString snapshot(Project &p)
{
    QString s;
    auto dump = [&](const QString &sqlText) {
        auto stmt = p.database().prepare(sqlText);
        while (stmt && stmt->next()) {
            QStringList cols;
            for (int i = 0; i < 12; ++i)
                cols.append(stmt->value(i).toString());
            s += cols.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        s += QStringLiteral("--\n");
    };
    dump(QStringLiteral("SELECT id, name, kind, length, sort_order FROM document ORDER BY id"));
    dump(QStringLiteral("SELECT id, document_id, start, end, speaker, case_id FROM speaker_turn ORDER BY id"));
    dump(QStringLiteral("SELECT id, parent_id, name, color, description, shortcut, sort_order, is_dimension FROM code ORDER BY id"));
    dump(QStringLiteral("SELECT id, document_id, start, end FROM quote ORDER BY id"));
    dump(QStringLiteral("SELECT id, quote_id, code_id, coder_id FROM coding ORDER BY id"));
    dump(QStringLiteral("SELECT id, name, description FROM case_ ORDER BY id"));
    dump(QStringLiteral("SELECT * FROM document_attribute ORDER BY 1, 2"));
    dump(QStringLiteral("SELECT * FROM case_attribute ORDER BY 1, 2"));
    dump(QStringLiteral("SELECT id, target_kind, target_id, title, text FROM memo ORDER BY id"));
    return s;
}

struct Fixture {
    TempDir dir;
    QString path = dir.path(QStringLiteral("u.crosscut"));
    std::unique_ptr<Project> p = createProject(path);
    Id doc = 0, parent = 0, child = 0, other = 0, quote = 0, caseId = 0;

    Fixture()
    {
        NewDocument d{QStringLiteral("fg"), DocumentKind::FocusGroup, QStringLiteral("Anna: one\nBoris: two 😀\n"), {}, {}, true};
        d.turns = {{0, 10, QStringLiteral("Anna"), {}, {}}, {10, 22, QStringLiteral("Boris"), {}, {}}};
        doc = *p->addDocument(d);
        parent = *p->addCode(std::nullopt, CodeSpec{QStringLiteral("Leadership"), {}, {}, {}, true});
        child = *p->addCode(parent, CodeSpec{QStringLiteral("Key population-led")});
        other = *p->addCode(std::nullopt, CodeSpec{QStringLiteral("Theme")});
        quote = *p->applyCode(doc, 6, 9, child);
        caseId = p->findCase(QStringLiteral("Anna"))->id;
    }
};

using Op = std::function<Status(Fixture &)>;

void expectUndoRedo(const char *name, const Op &op)
{
    SCOPED_TRACE(name);
    Fixture f;
    const QString before = snapshot(*f.p);
    Status s = op(f);
    ASSERT_TRUE(s.ok()) << s.message().toStdString();
    const QString after = snapshot(*f.p);
    ASSERT_NE(before, after) << "the operation changed nothing";

    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_EQ(snapshot(*f.p), before);
    ASSERT_TRUE(f.p->redo().ok());
    EXPECT_EQ(snapshot(*f.p), after);

    // Across a restart: undo, close, reopen, redo, undo.
    ASSERT_TRUE(f.p->undo().ok());
    f.p.reset();
    f.p = openProject(f.path);
    ASSERT_TRUE(f.p);
    EXPECT_EQ(snapshot(*f.p), before);
    ASSERT_TRUE(f.p->redo().ok());
    EXPECT_EQ(snapshot(*f.p), after);
    f.p.reset();
    f.p = openProject(f.path);
    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_EQ(snapshot(*f.p), before);
    EXPECT_TRUE(checkIntegrity(*f.p).ok()) << checkIntegrity(*f.p).problems.join(QLatin1Char('\n')).toStdString();
}

}  // namespace

TEST(Undo, EveryOperationUndoesAndRedoesAcrossRestarts)
{
    expectUndoRedo("add document", [](Fixture &f) {
        return Status(f.p->addDocument({QStringLiteral("new"), DocumentKind::Notes, QStringLiteral("text"), {}, {}, true}).ok()
                          ? Status()
                          : makeError(ErrorKind::Invalid, QStringLiteral("add failed")));
    });
    expectUndoRedo("rename document", [](Fixture &f) { return f.p->renameDocument(f.doc, QStringLiteral("renamed")); });
    expectUndoRedo("delete document", [](Fixture &f) { return f.p->deleteDocument(f.doc); });
    expectUndoRedo("create code", [](Fixture &f) {
        auto r = f.p->addCode(f.parent, CodeSpec{QStringLiteral("Provider-led")});
        return r ? Status() : Status(r.error());
    });
    expectUndoRedo("rename code", [](Fixture &f) { return f.p->renameCode(f.other, QStringLiteral("Renamed")); });
    expectUndoRedo("recolour code", [](Fixture &f) { return f.p->setCodeColor(f.other, QStringLiteral("#123456")); });
    expectUndoRedo("describe code", [](Fixture &f) { return f.p->setCodeDescription(f.other, QStringLiteral("why")); });
    expectUndoRedo("shortcut", [](Fixture &f) { return f.p->setCodeShortcut(f.other, QStringLiteral("Ctrl+1")); });
    expectUndoRedo("move code", [](Fixture &f) { return f.p->moveCode(f.other, f.parent, 0); });
    expectUndoRedo("merge code", [](Fixture &f) { return f.p->mergeCode(f.child, f.other); });
    expectUndoRedo("delete code with codings", [](Fixture &f) { return f.p->deleteCode(f.parent); });
    expectUndoRedo("apply code", [](Fixture &f) {
        auto r = f.p->applyCode(f.doc, 0, 4, f.other);
        return r ? Status() : Status(r.error());
    });
    expectUndoRedo("apply code to quote", [](Fixture &f) { return f.p->applyCodeToQuote(f.quote, f.other); });
    expectUndoRedo("remove coding", [](Fixture &f) { return f.p->removeCoding(f.quote, f.child); });
    expectUndoRedo("adjust quote", [](Fixture &f) { return f.p->setQuoteBounds(f.quote, 5, 9); });
    expectUndoRedo("delete quote", [](Fixture &f) { return f.p->deleteQuote(f.quote); });
    expectUndoRedo("add case", [](Fixture &f) {
        auto r = f.p->addCase(QStringLiteral("Org A"), QStringLiteral("an organisation"));
        return r ? Status() : Status(r.error());
    });
    expectUndoRedo("document attribute", [](Fixture &f) {
        return f.p->setAttribute(AttributeScope::Document, f.doc, QStringLiteral("Country"), QStringLiteral("Kenya"));
    });
    expectUndoRedo("case attribute", [](Fixture &f) {
        return f.p->setAttribute(AttributeScope::Case, f.caseId, QStringLiteral("Population"), QStringLiteral("Sex workers"));
    });
    expectUndoRedo("memo", [](Fixture &f) {
        auto r = f.p->addMemo(MemoTarget::Quote, f.quote, QStringLiteral("t"), QStringLiteral("note"));
        return r ? Status() : Status(r.error());
    });
}

TEST(Undo, NewOperationDiscardsRedo)
{
    Fixture f;
    ASSERT_TRUE(f.p->renameCode(f.other, QStringLiteral("A")).ok());
    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_TRUE(f.p->canRedo());
    EXPECT_EQ(f.p->redoLabel(), QStringLiteral("Rename code Theme to A"));
    ASSERT_TRUE(f.p->renameCode(f.other, QStringLiteral("B")).ok());
    EXPECT_FALSE(f.p->canRedo());
    EXPECT_EQ(f.p->undoLabel(), QStringLiteral("Rename code Theme to B"));
}

TEST(Undo, UndoAllTheWayThenRedoAll)
{
    Fixture f;
    const QString full = snapshot(*f.p);
    int steps = 0;
    while (f.p->canUndo()) {
        ASSERT_TRUE(f.p->undo().ok());
        ++steps;
    }
    EXPECT_EQ(steps, 5);
    EXPECT_EQ(f.p->documents().size(), 0);
    EXPECT_EQ(f.p->codes().size(), 0);
    EXPECT_FALSE(f.p->undo().ok());
    while (f.p->canRedo())
        ASSERT_TRUE(f.p->redo().ok());
    EXPECT_EQ(snapshot(*f.p), full);
}

TEST(Undo, FailedOperationWritesNothing)
{
    Fixture f;
    const QString before = snapshot(*f.p);
    const int ops = f.p->history().size();
    Status s = f.p->transact(QStringLiteral("half"), [&](ProjectWriter &) -> Status {
        (void)f.p->database().exec(QStringLiteral("UPDATE code SET name = 'X' WHERE id = ?"), {f.other});
        return makeError(ErrorKind::Invalid, QStringLiteral("stop"));
    });
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(snapshot(*f.p), before);
    EXPECT_EQ(f.p->history().size(), ops);
}
