// Tools → Agreement on a real project file: two coders on a 100-code-point
// document, the table's figures and colours, sorting, an undefined measure,
// the disagreements of a code, adjudication with undo, and the exports.

#include "agreement/agreementactions.h"
#include "agreement/agreementlevel.h"
#include "agreement/agreementview.h"
#include "agreement/boundarydialog.h"
#include "agreement/codeagreementmodel.h"
#include "agreement/dimensionagreementmodel.h"
#include "agreement/disagreementmodel.h"
#include "agreement/disagreementspanel.h"
#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "support/testsupport.h"
#include "team/adjudication.h"
#include "ui/modaldriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

using ui::AgreementView;
using ui::CodeAgreementModel;
using ui::DisagreementModel;

// 100 code points; the first 40 hold a Cyrillic word and an emoji, so that
// code points and UTF-16 units differ.
QString hundredCodePoints()
{
    QString text = QStringLiteral("Мы 🙂 лидеры. ");  // 13 code points, 14 UTF-16 units
    while (text.size() < 101)
        text += QStringLiteral("x");
    return text;  // 101 UTF-16 units: 100 code points
}

struct AgreementProject {
    TempDir dir;
    QString path = dir.path(QStringLiteral("agreement.crosscut"));
    std::unique_ptr<Project> project = createProject(path);
    Id doc = 0;
    Id leadership = 0, kpLed = 0, providerLed = 0, outreach = 0, advocacy = 0, funding = 0, rights = 0;

    AgreementProject()
    {
        CodeSpec dimension{QStringLiteral("Leadership")};
        dimension.isDimension = true;
        leadership = project->addCode(std::nullopt, dimension).value();
        kpLed = project->addCode(leadership, {QStringLiteral("Key population-led")}).value();
        providerLed = project->addCode(leadership, {QStringLiteral("Provider-led")}).value();
        outreach = project->addCode(std::nullopt, {QStringLiteral("Outreach")}).value();
        advocacy = project->addCode(std::nullopt, {QStringLiteral("Advocacy")}).value();
        funding = project->addCode(std::nullopt, {QStringLiteral("Funding")}).value();
        rights = project->addCode(std::nullopt, {QStringLiteral("Rights")}).value();
        CodeSpec origin{QStringLiteral("Origin")};  // a dimension nobody used: no cu-alpha
        origin.isDimension = true;
        const Id originId = project->addCode(std::nullopt, origin).value();
        EXPECT_TRUE(project->addCode(originId, {QStringLiteral("Public sector")}).ok());
        NewDocument d;
        d.name = QStringLiteral("interview");
        d.text = hundredCodePoints();
        doc = project->addDocument(d).value();
        EXPECT_EQ(project->document(doc)->length, 100);
        // kappa 1/6 and percent 0.6 on Key population-led; 1 on Outreach;
        // 0.76 on Advocacy; nobody codes Funding or Provider-led; on Rights
        // only A codes, twice.
        project->setCurrentCoder(QStringLiteral("amina"));
        EXPECT_TRUE(project->applyCode(doc, 0, 40, kpLed).ok());
        EXPECT_TRUE(project->applyCode(doc, 60, 100, outreach).ok());
        EXPECT_TRUE(project->applyCode(doc, 0, 50, advocacy).ok());
        EXPECT_TRUE(project->applyCode(doc, 0, 10, rights).ok());  // two stretches only A coded
        EXPECT_TRUE(project->applyCode(doc, 70, 80, rights).ok());
        project->setCurrentCoder(QStringLiteral("bogdan"));
        EXPECT_TRUE(project->applyCode(doc, 20, 60, kpLed).ok());
        EXPECT_TRUE(project->applyCode(doc, 60, 100, outreach).ok());
        EXPECT_TRUE(project->applyCode(doc, 0, 38, advocacy).ok());
    }
};

int rowOf(const AgreementView &view, Id code)
{
    const QModelIndex source = view.codeModel()->index(view.codeModel()->rowOf(code), 0);
    return view.codeProxy()->mapFromSource(source).row();
}

QModelIndex cell(const AgreementView &view, Id code, int column)
{
    return view.codeProxy()->index(rowOf(view, code), column);
}

void clickIndex(QAbstractItemView *view, const QModelIndex &index, bool twice = false)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    if (twice)  // QTest sends the double-click event alone: the first click comes before it
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
}

void checkCoder(AgreementView &view, const QString &name, bool on)
{
    QListWidget *list = view.coderList();
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1) << name.toStdString();
    if ((items.first()->checkState() == Qt::Checked) != on)
        items.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);  // as the item's check box does
}

// Waits for the view's deferred recompute after a project change.
void settle() { QTest::qWait(20); }

std::optional<Id> consensusCoding(Project &project, Id document, qint64 start, qint64 end, Id code)
{
    const std::optional<Coder> consensus = project.findCoder(team::kDefaultConsensusCoder);
    if (!consensus)
        return std::nullopt;
    for (const Quote &q : project.quotes(document))
        if (q.start == start && q.end == end)
            for (const Coding &c : project.codings(q.id))
                if (c.codeId == code && c.coderId == consensus->id)
                    return c.id;
    return std::nullopt;
}

class AgreementViewTest : public ::testing::Test {
protected:
    AgreementProject fx;
    AgreementView view{fx.project.get()};

    void SetUp() override
    {
        view.resize(1400, 700);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }
};

TEST_F(AgreementViewTest, TableShowsKappaPercentAndTheirColours)
{
    EXPECT_EQ(view.checkedCoders(), (QStringList{QStringLiteral("amina"), QStringLiteral("bogdan")}));
    ASSERT_TRUE(view.report().has_value()) << view.statusText().toStdString();
    EXPECT_EQ(view.codeProxy()->rowCount(), 9);

    const QModelIndex kappa = cell(view, fx.kpLed, CodeAgreementModel::Kappa);
    const QModelIndex percent = cell(view, fx.kpLed, CodeAgreementModel::Percent);
    EXPECT_EQ(kappa.data().toString(), QLocale().toString(1.0 / 6.0, 'f', 3));
    EXPECT_NEAR(kappa.data(Qt::UserRole).toDouble(), 1.0 / 6.0, 1e-9);
    EXPECT_EQ(percent.data().toString(), QLocale().toString(60.0, 'f', 1) + QStringLiteral("%"));
    EXPECT_NEAR(percent.data(Qt::UserRole).toDouble(), 0.6, 1e-9);
    EXPECT_EQ(cell(view, fx.kpLed, CodeAgreementModel::CodedA).data().toString(), QStringLiteral("40"));
    EXPECT_EQ(cell(view, fx.kpLed, CodeAgreementModel::CodedBoth).data().toString(), QStringLiteral("20"));

    // Colours by level: red below 0.67, amber below 0.8, green-ish above.
    const QColor low = kappa.data(Qt::BackgroundRole).value<QColor>();
    EXPECT_EQ(low, ui::agreement::levelColor(ui::agreement::Level::Low));
    EXPECT_GT(low.red(), low.green() + 40);
    const QColor amber = cell(view, fx.advocacy, CodeAgreementModel::Kappa).data(Qt::BackgroundRole).value<QColor>();
    EXPECT_EQ(amber, ui::agreement::levelColor(ui::agreement::Level::Tentative));
    EXPECT_NE(amber, low);
    const QColor good = cell(view, fx.outreach, CodeAgreementModel::Kappa).data(Qt::BackgroundRole).value<QColor>();
    EXPECT_EQ(good, ui::agreement::levelColor(ui::agreement::Level::Good));
    EXPECT_GT(good.green(), good.red());
    EXPECT_EQ(cell(view, fx.outreach, CodeAgreementModel::Kappa).data().toString(), QLocale().toString(1.0, 'f', 3));

    // The dimension row is bold; its cu-alpha has a row of its own below.
    EXPECT_TRUE(cell(view, fx.leadership, CodeAgreementModel::Code).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(cell(view, fx.kpLed, CodeAgreementModel::Code).data(Qt::FontRole).value<QFont>().bold());
    ASSERT_EQ(view.dimensionModel()->rowCount(), 2);
    EXPECT_EQ(view.dimensionModel()->index(0, 0).data().toString(), QStringLiteral("Leadership"));
}

TEST_F(AgreementViewTest, UndefinedMeasureShowsADashWithItsReason)
{
    const QModelIndex kappa = cell(view, fx.funding, CodeAgreementModel::Kappa);
    EXPECT_EQ(kappa.data().toString(), QStringLiteral("—"));
    const QString reason = kappa.data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_EQ(reason, view.codeModel()->rows().at(view.codeModel()->rowOf(fx.funding)).reason);
    EXPECT_TRUE(reason.contains(QStringLiteral("Funding"))) << reason.toStdString();  // core words it
    EXPECT_FALSE(kappa.data(Qt::BackgroundRole).isValid());  // no level, no colour
    // The status line counts them, and gives the reason of the selected code.
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("undefined"))) << view.statusText().toStdString();
    clickIndex(view.codeTable(), cell(view, fx.funding, CodeAgreementModel::Code));
    EXPECT_EQ(view.selectedCode(), fx.funding);
    EXPECT_TRUE(view.statusText().contains(reason)) << view.statusText().toStdString();

    // A dimension's cu-alpha: the same, below.
    const QModelIndex cuAlpha = view.dimensionModel()->index(1, ui::DimensionAgreementModel::CuAlpha);
    ASSERT_EQ(view.dimensionModel()->index(1, 0).data().toString(), QStringLiteral("Origin"));
    EXPECT_EQ(cuAlpha.data().toString(), QStringLiteral("—"));
    const QString why = cuAlpha.data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(why.isEmpty());
    EXPECT_EQ(why, view.dimensionModel()->rows().at(1).reason);
    clickIndex(view.dimensionTable(), cuAlpha);
    EXPECT_TRUE(view.statusText().contains(why)) << view.statusText().toStdString();
}

TEST_F(AgreementViewTest, SortsByAColumnClickedTwice)
{
    clickHeader(view.codeTable(), CodeAgreementModel::Kappa);
    QList<double> ascending;
    for (int r = 0; r < view.codeProxy()->rowCount(); ++r)
        ascending << view.codeProxy()->index(r, CodeAgreementModel::Kappa).data(Qt::UserRole).toDouble();
    EXPECT_TRUE(std::is_sorted(ascending.cbegin(), ascending.cend()));
    EXPECT_EQ(view.codeProxy()->index(0, CodeAgreementModel::Kappa).data().toString(), QStringLiteral("—"));
    clickHeader(view.codeTable(), CodeAgreementModel::Kappa);
    EXPECT_EQ(view.codeTable()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(rowOf(view, fx.outreach), 0);
    EXPECT_EQ(view.codeProxy()->index(0, CodeAgreementModel::Code).data().toString(), QStringLiteral("Outreach"));
    // A selection survives a recompute in the sorted table.
    clickIndex(view.codeTable(), cell(view, fx.kpLed, CodeAgreementModel::Code));
    view.recompute();
    EXPECT_EQ(view.selectedCode(), fx.kpLed);
}

TEST_F(AgreementViewTest, SelectedCodeListsTheBoundaryDisagreement)
{
    clickIndex(view.codeTable(), cell(view, fx.kpLed, CodeAgreementModel::Code));
    ui::DisagreementsPanel *panel = view.disagreements();
    ASSERT_EQ(panel->model()->rowCount(), 1) << panel->titleLabel()->text().toStdString();
    const DisagreementModel *m = panel->model();
    EXPECT_EQ(m->index(0, DisagreementModel::Kind).data().toString(), QStringLiteral("Boundary"));
    EXPECT_EQ(m->index(0, DisagreementModel::Document).data().toString(), QStringLiteral("interview"));
    EXPECT_EQ(m->rows().at(0).disagreement.span, (team::Span{0, 60}));
    // A's side marks what A coded, B's what B coded: the text differs where they do.
    const QString a = m->index(0, DisagreementModel::SideA).data(DisagreementModel::kHtmlRole).toString();
    const QString b = m->index(0, DisagreementModel::SideB).data(DisagreementModel::kHtmlRole).toString();
    EXPECT_TRUE(a.startsWith(QStringLiteral("<b><u>Мы 🙂 лидеры."))) << a.toStdString();
    EXPECT_FALSE(b.startsWith(QStringLiteral("<b><u>"))) << b.toStdString();
    EXPECT_TRUE(b.contains(QStringLiteral("<b><u>") + QString(20, QLatin1Char('x')) + QString(20, QLatin1Char('x'))
                           + QStringLiteral("</u></b>")))
        << b.toStdString();
    EXPECT_NE(a, b);
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("0 of 1 settled"));
    EXPECT_EQ(m->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Unsettled"));
    // Double-clicking a disagreement asks to show its span.
    QSignalSpy shown(&view, &AgreementView::openSpanRequested);
    clickIndex(panel->view(), panel->model()->index(0, DisagreementModel::Document), true);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().at(0).value<Id>(), fx.doc);
    EXPECT_EQ(shown.first().at(1).toLongLong(), 0);
    EXPECT_EQ(shown.first().at(2).toLongLong(), 60);
    // Outreach: both coded it alike, nothing to list.
    clickIndex(view.codeTable(), cell(view, fx.outreach, CodeAgreementModel::Code));
    EXPECT_EQ(panel->model()->rowCount(), 0);
}

TEST_F(AgreementViewTest, AcceptAThenUndo)
{
    clickIndex(view.codeTable(), cell(view, fx.kpLed, CodeAgreementModel::Code));
    ui::DisagreementsPanel *panel = view.disagreements();
    ASSERT_EQ(panel->model()->rowCount(), 1);
    QPushButton *acceptA = panel->button(team::Decision::AcceptA);
    EXPECT_FALSE(acceptA->isEnabled());  // nothing selected yet
    clickIndex(panel->view(), panel->model()->index(0, DisagreementModel::Kind));
    ASSERT_TRUE(acceptA->isEnabled());
    QTest::mouseClick(acceptA, Qt::LeftButton);
    settle();
    EXPECT_TRUE(panel->lastError().isEmpty()) << panel->lastError().toStdString();
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("1 of 1 settled"));
    EXPECT_EQ(panel->progressBar()->value(), 1);
    EXPECT_EQ(panel->progressBar()->maximum(), 1);
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Accepted A"));
    EXPECT_TRUE(panel->model()->index(0, DisagreementModel::Kind).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(consensusCoding(*fx.project, fx.doc, 0, 40, fx.kpLed).has_value());
    EXPECT_EQ(panel->selectedRow(), 0);  // the selection stays on the row

    // The consensus is a coder like any other: compare amina with it.
    ASSERT_EQ(view.coderList()->findItems(team::kDefaultConsensusCoder, Qt::MatchExactly).size(), 1);
    EXPECT_EQ(view.coderList()->findItems(team::kDefaultConsensusCoder, Qt::MatchExactly).first()->checkState(),
              Qt::Unchecked);
    checkCoder(view, QStringLiteral("bogdan"), false);
    checkCoder(view, team::kDefaultConsensusCoder, true);
    EXPECT_EQ(view.checkedCoders().size(), 2);
    EXPECT_TRUE(view.checkedCoders().contains(team::kDefaultConsensusCoder));
    EXPECT_EQ(cell(view, fx.kpLed, CodeAgreementModel::Kappa).data().toString(), QLocale().toString(1.0, 'f', 3));
    checkCoder(view, team::kDefaultConsensusCoder, false);
    checkCoder(view, QStringLiteral("bogdan"), true);

    ASSERT_TRUE(fx.project->undo().ok());
    settle();
    view.selectCode(fx.kpLed);
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("0 of 1 settled"));
    EXPECT_EQ(panel->progressBar()->value(), 0);
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Unsettled"));
    EXPECT_FALSE(consensusCoding(*fx.project, fx.doc, 0, 40, fx.kpLed).has_value());
}

TEST_F(AgreementViewTest, EditBoundariesAndAdoptAgreed)
{
    view.selectCode(fx.kpLed);
    ui::DisagreementsPanel *panel = view.disagreements();
    panel->selectRow(0);
    ASSERT_TRUE(panel->decide(team::Decision::Edit, {{10, 50}}).ok()) << panel->lastError().toStdString();
    settle();
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Edited"));
    EXPECT_TRUE(consensusCoding(*fx.project, fx.doc, 10, 50, fx.kpLed).has_value());
    // Deciding again replaces the earlier decision.
    ASSERT_TRUE(panel->decide(team::Decision::Reject).ok());
    settle();
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Rejected"));
    EXPECT_FALSE(consensusCoding(*fx.project, fx.doc, 10, 50, fx.kpLed).has_value());
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("1 of 1 settled"));
    // Outreach is coded alike: adopting gives it to the consensus.
    view.selectCode(fx.outreach);
    QTest::mouseClick(panel->adoptButton(), Qt::LeftButton);
    settle();
    EXPECT_TRUE(panel->lastError().isEmpty()) << panel->lastError().toStdString();
    EXPECT_TRUE(consensusCoding(*fx.project, fx.doc, 60, 100, fx.outreach).has_value());
}

TEST_F(AgreementViewTest, DecidingMovesOnToTheNextUnsettled)
{
    view.selectCode(fx.rights);
    ui::DisagreementsPanel *panel = view.disagreements();
    ASSERT_EQ(panel->model()->rowCount(), 2);
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Kind).data().toString(), QStringLiteral("A only"));
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("0 of 2 settled"));
    clickIndex(panel->view(), panel->model()->index(0, DisagreementModel::Kind));
    QTest::mouseClick(panel->button(team::Decision::Reject), Qt::LeftButton);
    settle();
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("1 of 2 settled"));
    EXPECT_EQ(panel->selectedRow(), 1);
    QTest::mouseClick(panel->button(team::Decision::AcceptA), Qt::LeftButton);
    settle();
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("2 of 2 settled"));
    EXPECT_EQ(panel->selectedRow(), 1);  // none left: it stays
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Rejected"));
    EXPECT_TRUE(consensusCoding(*fx.project, fx.doc, 70, 80, fx.rights).has_value());
    EXPECT_FALSE(consensusCoding(*fx.project, fx.doc, 0, 10, fx.rights).has_value());
}

TEST(AgreementDocuments, CheckedDocumentsAreTheOnesCounted)
{
    AgreementProject fx;
    NewDocument notes;
    notes.name = QStringLiteral("notes");
    notes.text = QString(100, QLatin1Char('y'));
    const Id second = fx.project->addDocument(notes).value();
    fx.project->setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(fx.project->applyCode(second, 0, 50, fx.kpLed).ok());
    AgreementView view(fx.project.get());
    EXPECT_EQ(view.report()->documents.size(), 2);
    EXPECT_NE(cell(view, fx.kpLed, CodeAgreementModel::Kappa).data().toString(), QLocale().toString(1.0 / 6.0, 'f', 3));
    // The Documents menu: check the interview only.
    QMenu *menu = view.documentButton()->menu();
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 2);
    menu->actions().at(0)->trigger();
    EXPECT_EQ(view.documents(), QList<Id>{fx.doc});
    EXPECT_EQ(view.report()->documents, QList<Id>{fx.doc});
    EXPECT_EQ(cell(view, fx.kpLed, CodeAgreementModel::Kappa).data().toString(), QLocale().toString(1.0 / 6.0, 'f', 3));
    EXPECT_EQ(cell(view, fx.kpLed, CodeAgreementModel::CodedA).data().toString(), QStringLiteral("40"));
    // Its disagreements are the interview's only.
    view.selectCode(fx.kpLed);
    ASSERT_EQ(view.disagreements()->model()->rowCount(), 1);
    EXPECT_EQ(view.disagreements()->model()->rows().at(0).disagreement.document, fx.doc);
    menu->actions().at(0)->trigger();  // unchecked again: all documents
    EXPECT_EQ(view.report()->documents.size(), 2);
    EXPECT_EQ(view.disagreements()->model()->rowCount(), 2);
}

TEST_F(AgreementViewTest, EditBoundariesButtonAsksForTheSpan)
{
    view.selectCode(fx.kpLed);
    ui::DisagreementsPanel *panel = view.disagreements();
    panel->selectRow(0);
    bool seen = false;
    driveNextDialog<ui::BoundaryDialog>(
        [](ui::BoundaryDialog *dialog) {
            EXPECT_EQ(dialog->span(), (team::Span{0, 60}));  // the stretch, to start from
            dialog->startBox()->setValue(20);
            dialog->endBox()->setValue(40);
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        &seen);
    QTest::mouseClick(panel->button(team::Decision::Edit), Qt::LeftButton);
    settle();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(consensusCoding(*fx.project, fx.doc, 20, 40, fx.kpLed).has_value());
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Edited"));
}

TEST(AgreementBoundaryDialog, RefusesAnEmptyOrReversedSpan)
{
    AgreementProject fx;
    team::Disagreement d;
    d.document = fx.doc;
    d.documentName = QStringLiteral("interview");
    d.span = {0, 60};
    ui::BoundaryDialog dialog(fx.project.get(), d);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.endBox()->maximum(), 100);  // the document's length in code points
    dialog.endBox()->setValue(0);
    EXPECT_FALSE(ok->isEnabled());
    dialog.startBox()->setValue(0);
    dialog.endBox()->setValue(14);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.span(), (team::Span{0, 14}));
}

TEST_F(AgreementViewTest, ExportsTheReportAndTheDisagreementsAsCsv)
{
    const QString csv = fx.dir.path(QStringLiteral("agreement.csv"));
    ASSERT_TRUE(view.exportTo(csv).ok());
    const QString text = QString::fromUtf8(readAll(csv));
    EXPECT_TRUE(text.startsWith(QStringLiteral("coder_a,coder_b,code,"))) << text.toStdString();
    QString line;
    for (const QString &l : text.split(QLatin1Char('\n')))
        if (l.contains(QStringLiteral("Leadership/Key population-led")))
            line = l;
    EXPECT_TRUE(line.startsWith(QStringLiteral("amina,bogdan,Leadership/Key population-led,"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral(",40,40,20,100,0.6,0.1666"))) << line.toStdString();

    view.selectCode(fx.kpLed);
    const QString disagreements = fx.dir.path(QStringLiteral("disagreements.csv"));
    ASSERT_TRUE(view.disagreements()->exportTo(disagreements).ok());
    const QStringList rows = QString::fromUtf8(readAll(disagreements)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows.at(0).startsWith(QStringLiteral("document,kind,start,end"))) << rows.at(0).toStdString();
    EXPECT_TRUE(rows.at(1).startsWith(QStringLiteral("interview,"))) << rows.at(1).toStdString();
    EXPECT_TRUE(rows.at(1).contains(QStringLiteral(",0,60,"))) << rows.at(1).toStdString();

    // XLSX through the shared writer; an unknown suffix is refused.
    const QString xlsx = fx.dir.path(QStringLiteral("agreement.xlsx"));
    ASSERT_TRUE(view.exportTo(xlsx).ok());
    EXPECT_TRUE(readAll(xlsx).startsWith("PK"));
    EXPECT_FALSE(view.exportTo(fx.dir.path(QStringLiteral("agreement.pdf"))).ok());
}

TEST(AgreementThreeCoders, PairSelectorAndMean)
{
    AgreementProject fx;
    fx.project->setCurrentCoder(QStringLiteral("chen"));
    ASSERT_TRUE(fx.project->applyCode(fx.doc, 0, 40, fx.kpLed).ok());
    AgreementView view(fx.project.get());
    EXPECT_EQ(view.checkedCoders().size(), 2);  // a pair to start with
    EXPECT_EQ(view.pairBox()->count(), 1);
    checkCoder(view, QStringLiteral("chen"), true);
    EXPECT_EQ(view.checkedCoders().size(), 3);
    ASSERT_EQ(view.pairBox()->count(), 4);  // the mean, then three pairs
    EXPECT_EQ(view.pair(), 0);  // the pair shown stays: amina – bogdan
    view.setPair(-1);
    EXPECT_EQ(view.pair(), -1);
    view.selectCode(fx.kpLed);
    EXPECT_EQ(view.disagreements()->model()->rowCount(), 0);  // a pair is needed to list them
    view.setPair(1);  // amina – chen: identical on Key population-led
    EXPECT_EQ(view.codeModel()->headerData(CodeAgreementModel::CodedA, Qt::Horizontal).toString(),
              QStringLiteral("A: amina"));
    EXPECT_EQ(cell(view, fx.kpLed, CodeAgreementModel::Kappa).data().toString(), QLocale().toString(1.0, 'f', 3));
    view.setPair(2);  // bogdan – chen
    EXPECT_EQ(view.selectedCode(), fx.kpLed);
    EXPECT_EQ(view.disagreements()->model()->rowCount(), 1);
}

// The workbench: Tools → Agreement… opens the view in a dock; Edit → Undo
// undoes a decision; double-clicking a disagreement shows its span.
TEST(AgreementWorkbench, ToolsMenuUndoAndShowSpan)
{
    AgreementProject fx;
    const QString path = fx.path;
    fx.project.reset();  // the window opens the file
    ui::MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(path)) << window.lastError().toStdString();
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<ui::AgreementActions *>();
    ASSERT_NE(actions, nullptr);
    ASSERT_TRUE(actions->action()->isEnabled());
    actions->action()->trigger();
    AgreementView *view = actions->view();
    ASSERT_NE(view, nullptr);
    settle();
    EXPECT_TRUE(view->isVisible());
    ASSERT_TRUE(view->report().has_value()) << view->statusText().toStdString();
    Project &project = *window.project();
    const Id kpLed = project.resolveCodePath(QStringLiteral("Leadership/Key population-led")).value();
    clickIndex(view->codeTable(), cell(*view, kpLed, CodeAgreementModel::Code));
    ui::DisagreementsPanel *panel = view->disagreements();
    ASSERT_EQ(panel->model()->rowCount(), 1);
    clickIndex(panel->view(), panel->model()->index(0, DisagreementModel::Kind));
    QTest::mouseClick(panel->button(team::Decision::AcceptA), Qt::LeftButton);
    settle();
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("1 of 1 settled"));
    ASSERT_TRUE(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    settle();
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("0 of 1 settled"));
    EXPECT_EQ(panel->model()->index(0, DisagreementModel::Decision).data().toString(), QStringLiteral("Unsettled"));
    window.redoAction()->trigger();
    settle();
    EXPECT_EQ(panel->progressLabel()->text(), QStringLiteral("1 of 1 settled"));

    QSignalSpy shown(view, &AgreementView::openSpanRequested);
    clickIndex(panel->view(), panel->model()->index(0, DisagreementModel::Document), true);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().at(1).toLongLong(), 0);
    EXPECT_EQ(shown.first().at(2).toLongLong(), 60);
    ui::DocumentView *doc = window.documentView();
    ASSERT_NE(doc, nullptr);
    // Code points [0, 60): 61 UTF-16 units (the emoji is two).
    EXPECT_EQ(doc->textCursor().selectionStart(), 0);
    EXPECT_EQ(doc->textCursor().selectionEnd(), 61);

    window.closeProject();  // the view goes with the project
    EXPECT_EQ(actions->view(), nullptr);
}

}  // namespace
}  // namespace crosscut::test
