// Pseudonymisation: names replaced as whole words in every script, every
// position moved with the text, matrices unchanged, and no real name left
// anywhere in the file (log, index, free pages, -wal).
#include "analysis/matrix.h"
#include "live/livesession.h"
#include "privacy/namelist.h"
#include "privacy/pseudonymise.h"
#include "project/textedits.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

privacy::NameList names(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    privacy::NameList list;
    for (const auto &[n, p] : pairs)
        list.append({QString::fromUtf8(n), QString::fromUtf8(p), 0});
    auto valid = privacy::validateNames(list);
    EXPECT_TRUE(valid.ok()) << valid.message().toStdString();
    return valid ? *valid : privacy::NameList{};
}

// Code point where the n-th occurrence of `needle` begins.
qint64 at(const QString &text, const QString &needle, int nth = 0)
{
    qsizetype i = -1;
    for (int k = 0; k <= nth; ++k)
        i = text.indexOf(needle, i + 1);
    EXPECT_GE(i, 0) << needle.toStdString();
    return codePointCount(QStringView(text).left(i));
}

QStringList matched(const QString &text, const privacy::NameList &list)
{
    QStringList out;
    for (const privacy::Match &m : privacy::findMatches(text, list))
        out.append(codePointSlice(text, m.start, m.end) + QLatin1Char('>') + list[m.pair].pseudonym);
    return out;
}

}  // namespace

TEST(PseudonymiseMatching, WholeWordsCaseSensitiveLongestFirstInEveryScript)
{
    const auto list = names({{"Ann", "P1"}, {"Anna", "P2"}, {"Anna Lee", "P3"}, {"Айгуль", "P4"}, {"عائشہ", "P5"}});
    EXPECT_EQ(list.first().name, QStringLiteral("Anna Lee"));  // longest first
    EXPECT_EQ(matched(QStringLiteral("Ann, Anna and Anna Lee; Annabel, ann, JoAnn, Ann2, Ann's"), list),
              (QStringList{QStringLiteral("Ann>P1"), QStringLiteral("Anna>P2"), QStringLiteral("Anna Lee>P3"),
                           QStringLiteral("Ann>P1")}));
    // Cyrillic and Arabic letters join words; emoji and punctuation do not.
    EXPECT_EQ(matched(QStringLiteral("😀Айгуль, Айгулья, мАйгуль «Айгуль»"), list),
              (QStringList{QStringLiteral("Айгуль>P4"), QStringLiteral("Айгуль>P4")}));
    EXPECT_EQ(matched(QStringLiteral("👋عائشہ نے کہا، عائشہکی عائشہ۔"), list),
              (QStringList{QStringLiteral("عائشہ>P5"), QStringLiteral("عائشہ>P5")}));
    // A combining mark after the name makes it another word.
    EXPECT_TRUE(matched(QStringLiteral("Ann\u0301"), list).isEmpty());
    EXPECT_EQ(privacy::replaceNames(QStringLiteral("😀Ann met Anna Lee."), list), QStringLiteral("😀P1 met P3."));
}

TEST(PseudonymiseMatching, RefusesListsThatWouldLeaveANameBehind)
{
    auto check = [](privacy::NameList list, const char *fragment) {
        auto r = privacy::validateNames(list);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.message().contains(QLatin1String(fragment))) << r.message().toStdString();
    };
    check({{QStringLiteral(""), QStringLiteral("P"), 2}}, "empty");
    check({{QStringLiteral("Ann"), QStringLiteral(""), 2}}, "empty");
    check({{QStringLiteral("Ann"), QStringLiteral("P"), 2}, {QStringLiteral("Ann"), QStringLiteral("Q"), 3}}, "twice");
    check({{QStringLiteral("Ann"), QStringLiteral("Bob"), 2}, {QStringLiteral("Bob"), QStringLiteral("Q"), 3}}, "real name");
    check({{QStringLiteral("Ann"), QStringLiteral("Ann K"), 2}}, "survive");
    check({{QStringLiteral("Ann"), QStringLiteral("Ann"), 2}}, "name itself");
    check({{QStringLiteral("--"), QStringLiteral("P"), 2}}, "no letter");
}

TEST(PseudonymiseMatching, EditShiftMovesPositionsThroughSeveralEdits)
{
    // "Ann met Anna" → "Zeynep met X"
    const QList<TextEdit> edits = {{0, 3, QStringLiteral("Zeynep")}, {8, 12, QStringLiteral("X")}};
    const EditShift widen(edits, InsideEdit::Widen), keep(edits, InsideEdit::KeepOffset);
    EXPECT_EQ(widen.mapStart(0), 0);
    EXPECT_EQ(widen.mapEnd(3), 6);
    EXPECT_EQ(widen.mapStart(3), 6);
    EXPECT_EQ(widen.mapStart(4), 7);
    EXPECT_EQ(widen.mapEnd(8), 11);   // ends before the second name
    EXPECT_EQ(widen.mapStart(9), 11); // starts inside it: the whole pseudonym
    EXPECT_EQ(widen.mapEnd(10), 12);
    EXPECT_EQ(widen.mapEnd(12), 12);
    EXPECT_EQ(widen.mapStart(13), 13);
    EXPECT_EQ(keep.mapStart(2), 2);
    EXPECT_EQ(keep.mapEnd(10), 12);  // clipped to "X"
    // An insertion: a start there moves after it, an end stays before.
    const EditShift insert({{5, 5, QStringLiteral("ab")}}, InsideEdit::KeepOffset);
    EXPECT_EQ(insert.mapStart(5), 7);
    EXPECT_EQ(insert.mapEnd(5), 5);
    EXPECT_EQ(insert.mapEnd(6), 8);
}

namespace {

const QStringList kRealNames = {QStringLiteral("Ann"), QStringLiteral("Anna"), QStringLiteral("Айгуль"),
                                QStringLiteral("عائشہ"), QStringLiteral("Petrova")};

// Real names found in raw bytes, UTF-8 and UTF-16LE, as written and in lower
// case (the full-text index stores folded terms). An encrypted file's pages
// are random bytes, which hold any given 3-byte string with a chance of about
// size / 2^24 (a few percent for this file: "ann" was found once in CI), so
// there only forms of 4 bytes and more are looked for; the plain run of this
// test checks the 3-byte "Ann" too.
QStringList namesIn(const QByteArray &bytes)
{
    const qsizetype shortest = testKey().isEmpty() ? 1 : 4;
    QStringList found;
    for (const QString &name : kRealNames) {
        for (const QString &form : {name, name.toLower()}) {
            QByteArray utf16(reinterpret_cast<const char *>(form.utf16()), form.size() * 2);
            if (form.toUtf8().size() < shortest)
                continue;
            if (bytes.contains(form.toUtf8()))
                found.append(form + QStringLiteral(" (UTF-8)"));
            if (bytes.contains(utf16))
                found.append(form + QStringLiteral(" (UTF-16LE)"));
        }
    }
    return found;
}

QStringList namesInFiles(const QString &path)
{
    QStringList found;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")})
        if (QFile::exists(file))
            for (const QString &n : namesIn(readAll(file)))
                found.append(file.section(QLatin1Char('.'), -1) + QStringLiteral(": ") + n);
    return found;
}

// Each cell by row and column id: its count and its quotes.
QMap<QPair<Id, Id>, QPair<qint64, QList<Id>>> cells(const analysis::MatrixResult &m)
{
    QMap<QPair<Id, Id>, QPair<qint64, QList<Id>>> out;
    for (qsizetype r = 0; r < m.rows.size(); ++r)
        for (qsizetype c = 0; c < m.columns.size(); ++c)
            out.insert({m.rows[r].id.value_or(-1), m.columns[c].id.value_or(-1)}, {m.counts[r][c], m.quoteIds[r][c]});
    return out;
}

struct QuoteCase {
    Id id = 0;
    QString before;     // its text before
    bool cutsIntoName;  // a boundary lies inside a name
};

}  // namespace

TEST(Pseudonymise, ReplacesEverywhereMovesQuotesKeepsMatricesAndLeavesNoTrace)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    auto p = createProject(path, QStringLiteral("intersectional"));
    // As without a SQLITE_SECURE_DELETE build (Debian's SQLite has it on):
    // deleted rows leave their bytes in the file until eraseHistory.
    ASSERT_TRUE(p->database().execScript(QStringLiteral("PRAGMA secure_delete = OFF")).ok());
    const Id kpLed = *p->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id provider = *p->resolveCodePath(QStringLiteral("Leadership/Provider-led"));
    const Id rights = *p->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));

    const QString latin = QStringLiteral("Ann: I am Anna's sister. 😀Anna met Ann at the clinic.\n"
                                         "Interviewer: Thank you, Anna Petrova.\n");
    NewDocument d1{QStringLiteral("Interview 1"), DocumentKind::Interview, latin, QStringLiteral("Anna.txt"), {}, true};
    d1.turns = {{0, at(latin, QStringLiteral("Interviewer")), QStringLiteral("Ann"), {}, {}},
                {at(latin, QStringLiteral("Interviewer")), codePointCount(latin), QStringLiteral("Interviewer"), {}, {}}};
    const Id doc1 = *p->addDocument(d1);
    const QString cyr = QStringLiteral("Айгуль: Меня зовут Айгуль. 🌍Айгуль работает с Anna.\n");
    NewDocument d2{QStringLiteral("Интервью 2"), DocumentKind::Interview, cyr, {}, {}, true};
    d2.turns = {{0, codePointCount(cyr), QStringLiteral("Айгуль"), {}, {}}};
    const Id doc2 = *p->addDocument(d2);
    const QString urdu = QStringLiteral("عائشہ: میں 👋عائشہ ہوں اور یہ Ann ہے۔\n");
    NewDocument d3{QStringLiteral("Urdu 3"), DocumentKind::Interview, urdu, {}, {}, true};
    d3.turns = {{0, codePointCount(urdu), QStringLiteral("عائشہ"), {}, {}}};
    const Id doc3 = *p->addDocument(d3);

    // Something in the history only: a document renamed and one deleted.
    const Id gone = *p->addDocument({QStringLiteral("Notes on Anna"), DocumentKind::Notes,
                                     QStringLiteral("Anna Petrova called, Айгуль too."), {}, {}, false});
    ASSERT_TRUE(p->renameDocument(gone, QStringLiteral("Old notes")).ok());
    ASSERT_TRUE(p->deleteDocument(gone).ok());

    QList<QuoteCase> quotes;
    auto quote = [&](Id doc, const QString &text, qint64 s, qint64 e, Id code, bool cuts = false) {
        auto q = p->applyCode(doc, s, e, code);
        ASSERT_TRUE(q.ok()) << q.message().toStdString();
        quotes.append({*q, codePointSlice(text, s, e), cuts});
    };
    quote(doc1, latin, at(latin, QStringLiteral("I am")), at(latin, QStringLiteral("I am")) + 4, kpLed);  // before
    quote(doc1, latin, at(latin, QStringLiteral("I am")), at(latin, QStringLiteral("'s sister")), rights);  // ends at a name
    quote(doc1, latin, at(latin, QStringLiteral("😀")), at(latin, QStringLiteral(" at the")), provider);  // around two
    quote(doc1, latin, at(latin, QStringLiteral("Anna met")) + 2, at(latin, QStringLiteral(" met")), kpLed, true);
    quote(doc1, latin, at(latin, QStringLiteral("clinic")), at(latin, QStringLiteral("clinic")) + 6, rights);  // after
    quote(doc1, latin, at(latin, QStringLiteral("Thank")), codePointCount(latin) - 1, provider);
    quote(doc2, cyr, at(cyr, QStringLiteral("Меня")), at(cyr, QStringLiteral(" работает")), kpLed);
    quote(doc2, cyr, at(cyr, QStringLiteral("работает")), codePointCount(cyr) - 1, rights);
    quote(doc3, urdu, at(urdu, QStringLiteral("میں")), at(urdu, QStringLiteral(" ہوں")), provider);
    quote(doc3, urdu, at(urdu, QStringLiteral("Ann")), at(urdu, QStringLiteral("Ann")) + 3, kpLed);

    // A live session: its text lives in chunks, with a flag and a draft.
    auto session = live::LiveSession::start(*p, {QStringLiteral("FGD with Anna"), {}, QStringLiteral("Ann's office"), {}},
                                            {{QStringLiteral("Anna"), {}, {}, {}}, {QStringLiteral("Айгуль"), {}, {}, {}}},
                                            {});
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    auto u1 = (*session)->commit(QStringLiteral("Anna"), QStringLiteral("I work with Айгуль."), 0, {rights});
    ASSERT_TRUE(u1.ok()) << u1.message().toStdString();
    ASSERT_TRUE((*session)->flag(QStringLiteral("Anna cried")).ok());
    auto u2 = (*session)->commit(QStringLiteral("Айгуль"), QStringLiteral("Anna is right."), 0, {kpLed});
    ASSERT_TRUE(u2.ok());
    ASSERT_TRUE((*session)->saveDraft({QStringLiteral("Anna"), QStringLiteral("and Ann said"), {}, {}}).ok());
    const Id live = (*session)->documentId();
    const QString liveText = p->documentText(live);
    for (const Quote &q : p->quotes(live))
        quotes.append({q.id, p->quoteText(q), false});

    const Id annCase = p->findCase(QStringLiteral("Ann"))->id;
    ASSERT_TRUE(p->setAttribute(AttributeScope::Case, annCase, QStringLiteral("Contact"), QStringLiteral("sister of Anna")).ok());
    ASSERT_TRUE(p->setAttribute(AttributeScope::Document, doc1, QStringLiteral("Interviewee"), QStringLiteral("Anna Petrova")).ok());
    ASSERT_TRUE(p->setAttribute(AttributeScope::Document, doc2, QStringLiteral("Interviewee"), QStringLiteral("Айгуль")).ok());
    ASSERT_TRUE(p->addMemo(MemoTarget::Case, annCase, QStringLiteral("About Ann"), QStringLiteral("Anna's sister Ann")).ok());
    // An undone operation: its redo would hold a name.
    ASSERT_TRUE(p->addCase(QStringLiteral("Petrova")).ok());
    ASSERT_TRUE(p->undo().ok());
    ASSERT_TRUE(p->canRedo());

    analysis::MatrixRequest byCase;
    byCase.rows = *analysis::AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    byCase.columns = *analysis::AxisSpec::parse(QStringLiteral("cases"));
    analysis::MatrixRequest byDocument;
    byDocument.rows = *analysis::AxisSpec::parse(QStringLiteral("dimension:Nature of advocacy"));
    byDocument.columns = *analysis::AxisSpec::parse(QStringLiteral("documents"));
    const auto caseMatrix = analysis::computeMatrix(*p, byCase);
    const auto documentMatrix = analysis::computeMatrix(*p, byDocument);
    ASSERT_TRUE(caseMatrix.ok() && documentMatrix.ok());
    ASSERT_GT(caseMatrix->grandTotal, 0);
    if (testKey().isEmpty()) {
        ASSERT_FALSE(namesInFiles(path).isEmpty());  // the check can see them (not in an encrypted file)
    }

    const auto list = names({{"Ann", "Zeynep Q"}, {"Anna", "X"}, {"Айгуль", "Д-7"}, {"عائشہ", "ص"}, {"Petrova", "Y"}});
    const privacy::Preview before = privacy::preview(*p, list);
    ASSERT_EQ(before.documents.size(), 4);
    EXPECT_EQ(before.documents[0].occurrences.size(), 6);  // Ann ×2 (one a speaker label), Anna ×3, Petrova
    EXPECT_EQ(before.documents[1].occurrences.size(), 4);
    EXPECT_EQ(before.documents[2].occurrences.size(), 3);
    EXPECT_EQ(before.documents[0].occurrences[1].name, QStringLiteral("Anna"));
    EXPECT_EQ(before.documents[0].occurrences[1].before, QStringLiteral("Ann: I am "));
    EXPECT_TRUE(before.documents[0].occurrences[1].after.startsWith(QStringLiteral("'s sister")));

    auto summary = privacy::pseudonymise(*p, list);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->textOccurrences, before.textOccurrences());
    EXPECT_EQ(summary->documents[2].occurrences, 3);

    // Texts replaced; every position moved with them.
    EXPECT_EQ(p->documentText(doc1), privacy::replaceNames(latin, list));
    EXPECT_EQ(p->documentText(doc1), QStringLiteral("Zeynep Q: I am X's sister. 😀X met Zeynep Q at the clinic.\n"
                                                     "Interviewer: Thank you, X Y.\n"));
    EXPECT_EQ(p->documentText(doc2), privacy::replaceNames(cyr, list));
    EXPECT_EQ(p->documentText(doc3), privacy::replaceNames(urdu, list));
    EXPECT_EQ(p->documentText(live), privacy::replaceNames(liveText, list));
    for (const QuoteCase &qc : std::as_const(quotes)) {
        const auto q = p->quote(qc.id);
        ASSERT_TRUE(q) << qc.id;
        const QString text = p->quoteText(*q);
        EXPECT_EQ(text, codePointSlice(p->documentText(q->documentId), q->start, q->end));
        if (qc.cutsIntoName)
            EXPECT_EQ(text, QStringLiteral("X"));
        else
            EXPECT_EQ(text, privacy::replaceNames(qc.before, list)) << qc.before.toStdString();
    }
    for (const Id doc : {doc1, doc2, doc3, live}) {
        const QString text = p->documentText(doc);
        for (const SpeakerTurn &t : p->speakerTurns(doc))
            EXPECT_TRUE(codePointSlice(text, t.start, t.end).startsWith(t.speaker + QStringLiteral(": ")))
                << t.speaker.toStdString();
    }
    EXPECT_EQ(p->speakerTurns(doc1).first().speaker, QStringLiteral("Zeynep Q"));
    EXPECT_TRUE(p->findCase(QStringLiteral("Zeynep Q")));
    EXPECT_TRUE(p->findCase(QStringLiteral("Д-7")));
    EXPECT_FALSE(p->findCase(QStringLiteral("Ann")));
    EXPECT_EQ(p->attributeValues(AttributeScope::Case, annCase).value(QStringLiteral("Contact")), QStringLiteral("sister of X"));
    EXPECT_EQ(p->attributeValues(AttributeScope::Document, doc1).value(QStringLiteral("Interviewee")), QStringLiteral("X Y"));
    EXPECT_EQ(p->document(doc1)->sourceFile, QStringLiteral("X.txt"));
    auto reopened = live::LiveSession::resume(*p, live);
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    EXPECT_EQ((*reopened)->info().title, QStringLiteral("FGD with X"));
    EXPECT_EQ((*reopened)->roster().first().pseudonym, QStringLiteral("X"));
    EXPECT_EQ((*reopened)->flags().first().note, QStringLiteral("X cried"));
    EXPECT_EQ((*reopened)->draft()->text, QStringLiteral("and Zeynep Q said"));
    const QString flagged = codePointSlice(p->documentText(live), 0, (*reopened)->flags().first().position);
    EXPECT_TRUE(flagged.endsWith(QStringLiteral("I work with Д-7.\n")));

    // Matrices count the same quotes in the same cells (case columns are
    // sorted by name, so they are compared by id).
    const auto caseAfter = analysis::computeMatrix(*p, byCase);
    const auto documentAfter = analysis::computeMatrix(*p, byDocument);
    ASSERT_TRUE(caseAfter.ok() && documentAfter.ok());
    EXPECT_EQ(cells(*caseAfter), cells(*caseMatrix));
    EXPECT_EQ(cells(*documentAfter), cells(*documentMatrix));
    EXPECT_EQ(caseAfter->grandTotal, caseMatrix->grandTotal);
    EXPECT_EQ(caseAfter->rowLabels(), caseMatrix->rowLabels());

    // The history before is gone; no real name is left in the file.
    EXPECT_FALSE(p->canUndo());
    EXPECT_FALSE(p->canRedo());
    EXPECT_TRUE(p->history().isEmpty());
    EXPECT_EQ(namesInFiles(path).join(QStringLiteral(", ")).toStdString(), "") << "while open";

    // New work undoes as usual.
    ASSERT_TRUE(p->applyCode(doc1, 0, 5, rights).ok());
    ASSERT_TRUE(p->canUndo());
    const int codings = p->codingCount();
    ASSERT_TRUE(p->undo().ok());
    EXPECT_EQ(p->codingCount(), codings - 1);
    EXPECT_FALSE(p->canUndo());
    EXPECT_FALSE(p->undo().ok());
    ASSERT_TRUE(p->redo().ok());
    EXPECT_EQ(p->codingCount(), codings);

    reopened->reset();
    session->reset();
    p.reset();
    EXPECT_EQ(namesInFiles(path).join(QStringLiteral(", ")).toStdString(), "") << "after closing";
    auto again = openProject(path);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->documentText(doc3), privacy::replaceNames(urdu, list));
}
