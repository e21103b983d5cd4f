// Property test: on random generated projects (fixed seeds), the engine's
// matrices and co-occurrence counts equal a naive reference computed here
// directly from the project's quote, coding, case and attribute lists.
#include "analysis/cooccurrence.h"
#include "analysis/matrix.h"
#include "analysis/snapshot.h"
#include "support/testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

#include <functional>
#include <random>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

struct RefQuote {
    Id id;
    Id document;
    qint64 start, end;
    QSet<Id> cases;
    QList<Coding> codings;
};

struct World {
    TempDir dir;
    std::unique_ptr<Project> project;
    QList<RefQuote> quotes;
    QHash<Id, QSet<Id>> descendants;  // code → itself and every code below
    QHash<QString, Id> codeByName;
};

std::unique_ptr<World> generate(unsigned seed)
{
    auto w = std::make_unique<World>();
    w->project = createProject(w->dir.path(QStringLiteral("random.crosscut")));
    Project &p = *w->project;
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };

    auto add = [&](std::optional<Id> parent, const QString &name, bool dimension) {
        CodeSpec spec;
        spec.name = name;
        spec.isDimension = dimension;
        const Id id = *p.addCode(parent, spec);
        w->codeByName.insert(name, id);
        return id;
    };
    const Id d1 = add(std::nullopt, QStringLiteral("D1"), true);
    add(d1, QStringLiteral("V1"), false);
    const Id v2 = add(d1, QStringLiteral("V2"), false);
    add(v2, QStringLiteral("V2a"), false);
    add(d1, QStringLiteral("V3"), false);
    const Id d2 = add(std::nullopt, QStringLiteral("D2"), true);
    add(d2, QStringLiteral("W1"), false);
    add(d2, QStringLiteral("W2"), false);
    const Id t = add(std::nullopt, QStringLiteral("T"), false);
    add(t, QStringLiteral("T1"), false);
    add(t, QStringLiteral("T2"), false);
    const QList<Id> allCodes = w->codeByName.values();
    for (const Id c : allCodes) {
        const QList<Id> ds = p.codeDescendants(c);
        w->descendants.insert(c, QSet<Id>(ds.cbegin(), ds.cend()));
    }

    const QStringList speakers = {QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
    QList<Id> documents;
    for (int d = 0; d < 3; ++d) {
        NewDocument doc{QStringLiteral("doc%1").arg(d), DocumentKind::Interview, QString(100, QLatin1Char('x')), {}, {}, true};
        if (pick(3) != 0) {
            const int cut = 20 + pick(60);
            doc.turns = {{0, cut, speakers[pick(3)], {}, {}}, {cut + 2, 100, speakers[pick(3)], {}, {}}};
        }
        documents.append(*p.addDocument(doc));
        EXPECT_TRUE(p.setAttribute(AttributeScope::Document, documents.last(), QStringLiteral("Country"),
                                   pick(2) ? QStringLiteral("A") : QStringLiteral("B")).ok());
    }
    const Id org = *p.addCase(QStringLiteral("Org"));
    for (const Id d : documents) {
        if (pick(2)) {
            EXPECT_TRUE(p.addDocumentToCase(d, org).ok());
        }
    }
    for (const Case &c : p.cases()) {
        if (c.id == org || pick(4) != 0) {
            EXPECT_TRUE(p.setAttribute(AttributeScope::Case, c.id, QStringLiteral("Group"),
                                       pick(2) ? QStringLiteral("x") : QStringLiteral("y")).ok());
        }
    }

    for (int i = 0; i < 30; ++i) {
        const Id doc = documents[pick(3)];
        const qint64 start = pick(95);
        const qint64 end = std::min<qint64>(100, start + 1 + pick(30));
        p.setCurrentCoder(pick(2) ? QStringLiteral("c1") : QStringLiteral("c2"));
        const int n = 1 + pick(3);
        for (int k = 0; k < n; ++k)
            EXPECT_TRUE(p.applyCode(doc, start, end, allCodes[pick(static_cast<int>(allCodes.size()))]).ok());
    }

    for (const Quote &q : p.quotes()) {
        RefQuote r{q.id, q.documentId, q.start, q.end, {}, p.codings(q.id)};
        for (const SpeakerTurn &turn : p.speakerTurns(q.documentId))
            if (turn.caseId && turn.start <= q.start && q.start < turn.end)
                r.cases.insert(*turn.caseId);
        for (const Id c : p.documentCases(q.documentId))
            r.cases.insert(c);
        w->quotes.append(r);
    }
    return w;
}

// The naive reference: an axis is a list of (label, "does this quote carry
// it?") checked quote by quote and cell by cell.
struct RefAxis {
    QStringList labels;
    QList<std::function<bool(const RefQuote &)>> carries;
};

RefAxis refAxis(World &w, const QString &spec, std::optional<Id> coder)
{
    Project &p = *w.project;
    RefAxis axis;
    auto codeItem = [&w, coder](Id code) {
        return [&w, coder, code](const RefQuote &q) {
            for (const Coding &c : q.codings)
                if ((!coder || c.coderId == *coder) && w.descendants[code].contains(c.codeId))
                    return true;
            return false;
        };
    };
    if (spec.startsWith(QLatin1String("dimension:"))) {
        const Id dim = w.codeByName.value(spec.mid(10));
        for (const Code &c : p.codes())
            if (c.parentId == dim) {
                axis.labels.append(c.name);
                axis.carries.append(codeItem(c.id));
            }
    } else if (spec.startsWith(QLatin1String("codes:"))) {
        for (const QString &path : spec.mid(6).split(QLatin1Char(','))) {
            axis.labels.append(path);
            axis.carries.append(codeItem(*p.resolveCodePath(path)));
        }
    } else if (spec == QLatin1String("attribute:Country")) {
        QSet<QString> values;
        for (const Document &d : p.documents())
            values.insert(p.attributeValues(AttributeScope::Document, d.id).value(QStringLiteral("Country")));
        values.remove(QString());
        QStringList sorted = values.values();
        sorted.sort();
        for (const QString &v : sorted) {
            axis.labels.append(v);
            axis.carries.append([&p, v](const RefQuote &q) {
                return p.attributeValues(AttributeScope::Document, q.document).value(QStringLiteral("Country")) == v;
            });
        }
    } else if (spec == QLatin1String("attribute:Group")) {
        QSet<QString> values;
        for (const Case &c : p.cases())
            values.insert(p.attributeValues(AttributeScope::Case, c.id).value(QStringLiteral("Group")));
        values.remove(QString());
        QStringList sorted = values.values();
        sorted.sort();
        for (const QString &v : sorted) {
            axis.labels.append(v);
            axis.carries.append([&p, v](const RefQuote &q) {
                for (const Id c : q.cases)
                    if (p.attributeValues(AttributeScope::Case, c).value(QStringLiteral("Group")) == v)
                        return true;
                return false;
            });
        }
    } else if (spec == QLatin1String("documents")) {
        QList<Document> docs = p.documents();
        std::sort(docs.begin(), docs.end(), [](const Document &a, const Document &b) { return a.name < b.name; });
        for (const Document &d : docs) {
            axis.labels.append(d.name);
            const Id id = d.id;
            axis.carries.append([id](const RefQuote &q) { return q.document == id; });
        }
    } else if (spec == QLatin1String("cases")) {
        QList<Case> cases = p.cases();
        std::sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) { return a.name < b.name; });
        for (const Case &c : cases) {
            axis.labels.append(c.name);
            const Id id = c.id;
            axis.carries.append([id](const RefQuote &q) { return q.cases.contains(id); });
        }
    }
    return axis;
}

QList<QList<qint64>> refMatrix(World &w, const QString &rows, const QString &cols, Unit unit, std::optional<Id> coder)
{
    const RefAxis r = refAxis(w, rows, coder);
    const RefAxis c = refAxis(w, cols, coder);
    QList<QList<qint64>> out;
    for (qsizetype i = 0; i < r.labels.size(); ++i) {
        QList<qint64> row;
        for (qsizetype j = 0; j < c.labels.size(); ++j) {
            QSet<Id> quotes, documents, cases;
            for (const RefQuote &q : std::as_const(w.quotes)) {
                bool coded = !coder;
                for (const Coding &k : q.codings)
                    coded = coded || k.coderId == *coder;
                if (!coded || !r.carries[i](q) || !c.carries[j](q))
                    continue;
                quotes.insert(q.id);
                documents.insert(q.document);
                cases.unite(q.cases);
            }
            row.append(unit == Unit::Quotes ? quotes.size() : unit == Unit::Documents ? documents.size() : cases.size());
        }
        out.append(row);
    }
    return out;
}

}  // namespace

TEST(MatrixProperty, EngineEqualsNaiveReferenceOnRandomProjects)
{
    const QStringList specs = {QStringLiteral("dimension:D1"), QStringLiteral("dimension:D2"),
                               QStringLiteral("codes:T,T/T1,D1/V2"), QStringLiteral("attribute:Country"),
                               QStringLiteral("attribute:Group"), QStringLiteral("documents"), QStringLiteral("cases")};
    int nonZero = 0;
    for (unsigned seed = 1; seed <= 6; ++seed) {
        auto w = generate(seed);
        ASSERT_FALSE(w->quotes.isEmpty());
        auto snapshot = Snapshot::load(*w->project);
        ASSERT_TRUE(snapshot.ok());
        for (const QString &coderName : {QString(), QStringLiteral("c1")}) {
            std::optional<Id> coder;
            if (!coderName.isEmpty()) {
                const auto found = w->project->findCoder(coderName);
                ASSERT_TRUE(found);
                coder = found->id;
            }
            for (const QString &rows : specs) {
                for (const QString &cols : specs) {
                    for (const Unit unit : {Unit::Quotes, Unit::Documents, Unit::Cases}) {
                        MatrixRequest request;
                        request.rows = *AxisSpec::parse(rows);
                        request.columns = *AxisSpec::parse(cols);
                        request.unit = unit;
                        if (coder)
                            request.filter.coders = {coderName};
                        auto m = computeMatrix(*snapshot, request);
                        ASSERT_TRUE(m.ok()) << m.message().toStdString();
                        const auto expected = refMatrix(*w, rows, cols, unit, coder);
                        ASSERT_EQ(m->counts, expected) << "seed " << seed << " " << rows.toStdString() << " × "
                                                       << cols.toStdString() << " unit " << toString(unit).toStdString()
                                                       << " coder " << coderName.toStdString();
                        ASSERT_EQ(m->rowLabels(), refAxis(*w, rows, coder).labels);
                        nonZero += m->grandTotal > 0 ? 1 : 0;
                    }
                }
            }
        }

        // Co-occurrence: unordered pairs of overlapping quotes, by brute force.
        const QStringList paths = {QStringLiteral("D1/V1"), QStringLiteral("D1/V2"), QStringLiteral("D2/W1"),
                                   QStringLiteral("T"), QStringLiteral("T/T2")};
        CooccurrenceRequest cr;
        cr.codes = paths;
        auto co = computeCooccurrence(*snapshot, cr);
        ASSERT_TRUE(co.ok());
        const RefAxis axis = refAxis(*w, QStringLiteral("codes:") + paths.join(QLatin1Char(',')), std::nullopt);
        for (qsizetype a = 0; a < paths.size(); ++a) {
            for (qsizetype b = 0; b < paths.size(); ++b) {
                qint64 n = 0;
                for (qsizetype i = 0; i < w->quotes.size(); ++i) {
                    for (qsizetype j = i; j < w->quotes.size(); ++j) {
                        const RefQuote &p = w->quotes[i];
                        const RefQuote &q = w->quotes[j];
                        const bool overlap = p.document == q.document && p.start < q.end && q.start < p.end;
                        if (!overlap || (a == b && i != j))
                            continue;
                        if ((axis.carries[a](p) && axis.carries[b](q)) || (axis.carries[b](p) && axis.carries[a](q)))
                            ++n;
                    }
                }
                EXPECT_EQ(co->counts[a][b], n) << "seed " << seed << " " << a << "," << b;
            }
        }
    }
    EXPECT_GT(nonZero, 100);  // the random projects are not trivially empty
}
