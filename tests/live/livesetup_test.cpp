// Issue 11 items 5 and 7, the setup dialog and the roster during a session:
// the live codebook is the values of the dimensions the facilitator ticks
// (a dimension never split, one that does not fit refused) and the capture
// window shows which key codes what; the facilitator speaks on Alt+0; a
// name typed in the roster's last row, or after Ctrl+N in the window, adds
// a participant on the next Alt+digit; the roster CSV format is shown.
#include "liveguisupport.h"

#include "live/livecapturewindow.h"
#include "live/livecodebooklegend.h"
#include "live/livesetupdialog.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QStringList keyPaths(Project &p, const QList<live::CodeKey> &keys)
{
    QStringList out;
    for (const live::CodeKey &k : keys)
        out << k.key + QLatin1Char('=') + p.codePath(k.codeId);
    return out;
}

// Ticks or unticks a dimension with the keyboard, as a user would.
void toggleDimension(QListWidget *list, const QString &prefix)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(prefix)) {
            list->setFocus();
            list->setCurrentRow(i);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    ADD_FAILURE() << "no dimension " << prefix.toStdString();
}

struct SetupBench {
    TempDir dir;
    std::unique_ptr<Project> project;
    std::unique_ptr<ui::LiveSetupDialog> dialog;
    SetupBench()
    {
        ensureApp();
        project = createProject(dir.path(QStringLiteral("setup.crosscut")), QStringLiteral("intersectional"));
        dialog = std::make_unique<ui::LiveSetupDialog>(project.get());
        dialog->show();
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    }
};

}  // namespace

TEST(LiveSetup, TheLiveCodebookIsTheTickedDimensionsAndTheWindowShowsIt)
{
    SetupBench s;
    Project &p = *s.project;
    // By default whole dimensions only: Leadership is on its two keys or on none.
    const QStringList defaults = keyPaths(p, s.dialog->codeKeys());
    EXPECT_EQ(defaults.first(), QStringLiteral("F1=Perspective/Human rights"));
    const bool provider = defaults.join(u'|').contains(QStringLiteral("Leadership/Provider-led"));
    const bool kpLed = defaults.join(u'|').contains(QStringLiteral("Leadership/Key population-led"));
    EXPECT_EQ(provider, kpLed) << defaults.join(u' ').toStdString();
    EXPECT_TRUE(provider);
    for (const QString &k : defaults)
        EXPECT_FALSE(k.contains(QStringLiteral("Population served"))) << k.toStdString();  // 4 values: no room left

    // Untick all, then tick Leadership and Population served: those, in that order.
    QListWidget *dims = s.dialog->dimensionList();
    for (int i = 0; i < dims->count(); ++i)
        if (dims->item(i)->checkState() == Qt::Checked)
            toggleDimension(dims, dims->item(i)->text());
    EXPECT_TRUE(s.dialog->codeKeys().isEmpty());
    toggleDimension(dims, QStringLiteral("Leadership"));
    toggleDimension(dims, QStringLiteral("Population served"));
    EXPECT_EQ(keyPaths(p, s.dialog->codeKeys()),
              (QStringList{QStringLiteral("F1=Leadership/Provider-led"), QStringLiteral("F2=Leadership/Key population-led"),
                           QStringLiteral("F3=Population served/People who use drugs"),
                           QStringLiteral("F4=Population served/LGBT people"),
                           QStringLiteral("F5=Population served/Sex workers"),
                           QStringLiteral("F6=Population served/People living with HIV")}));
    // One key per code: Key population-led put on F7 leaves F2.
    const Id kpLedCode = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    s.dialog->setKey(QStringLiteral("F7"), kpLedCode);
    const QStringList moved = keyPaths(p, s.dialog->codeKeys());
    EXPECT_TRUE(moved.contains(QStringLiteral("F7=Leadership/Key population-led")));
    EXPECT_FALSE(moved.contains(QStringLiteral("F2=Leadership/Key population-led")));
    EXPECT_EQ(moved.size(), 6);
    s.dialog->setKey(QStringLiteral("F2"), kpLedCode);
    // More than the 21 keys hold: the last one ticked is refused, keys unchanged.
    for (const char *d : {"Perspective", "Organisation scope", "Origin", "Nature of advocacy", "Service provided",
                          "Perceived role", "Organisation type"})
        toggleDimension(dims, QString::fromUtf8(d));
    const QList<live::CodeKey> full = s.dialog->codeKeys();
    EXPECT_LE(full.size(), 21);
    EXPECT_TRUE(s.dialog->error().contains(QStringLiteral("does not fit"))) << s.dialog->error().toStdString();
    // Ctrl+digit are the keys after F12, in the same codebook.
    EXPECT_TRUE(keyPaths(p, full).join(u' ').contains(QStringLiteral("Ctrl+1=")));

    // The capture window shows which key codes what, and Ctrl+1 codes.
    s.dialog->titleEdit()->setText(QStringLiteral("FGD Dushanbe"));
    ASSERT_TRUE(s.dialog->addParticipant(QStringLiteral("Farrukh")));
    auto session = live::LiveSession::start(p, s.dialog->info(), s.dialog->roster(), full);
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    ui::LiveCaptureWindow window(&p, std::move(session).value());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const QString legend = window.legend()->legendText();
    EXPECT_TRUE(legend.contains(QStringLiteral("Leadership: F1 Provider-led, F2 Key population-led"))) << legend.toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("Population served: F3 People who use drugs"))) << legend.toStdString();
    EXPECT_TRUE(window.legend()->isVisible());
    const auto ctrl1 = window.session().codeForKey(QStringLiteral("Ctrl+1"));
    ASSERT_TRUE(ctrl1);
    typeIntoFocus(QStringLiteral("Salom"));
    pressInFocus(Qt::Key_1, Qt::ControlModifier);
    pressInFocus(Qt::Key_Return);
    EXPECT_EQ(window.session().utterances().last().codes, QList<Id>{*ctrl1});
    EXPECT_TRUE(window.lastError().isEmpty()) << window.lastError().toStdString();
}

TEST(LiveSetup, KeysWithoutACodeSaySoAndChangeNothing)
{
    SetupBench s;
    s.dialog->titleEdit()->setText(QStringLiteral("FGD Tbilisi"));
    ASSERT_TRUE(s.dialog->addParticipant(QStringLiteral("Nino")));
    // Only Leadership ticked: F3 and Ctrl+1 code nothing.
    QListWidget *dims = s.dialog->dimensionList();
    for (int i = 0; i < dims->count(); ++i)
        if (dims->item(i)->checkState() == Qt::Checked)
            toggleDimension(dims, dims->item(i)->text());
    toggleDimension(dims, QStringLiteral("Leadership"));
    auto session = live::LiveSession::start(*s.project, s.dialog->info(), s.dialog->roster(), s.dialog->codeKeys());
    ASSERT_TRUE(session.ok());
    ui::LiveCaptureWindow window(s.project.get(), std::move(session).value());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    typeIntoFocus(QStringLiteral("Gamarjoba"));
    pressInFocus(Qt::Key_1, Qt::ControlModifier);
    EXPECT_TRUE(window.lastError().contains(QStringLiteral("Ctrl+1"))) << window.lastError().toStdString();
    pressInFocus(Qt::Key_F3);
    EXPECT_TRUE(window.lastError().contains(QStringLiteral("F3")));
    EXPECT_TRUE(window.pendingCodes().isEmpty());
    pressInFocus(Qt::Key_Return);
    EXPECT_TRUE(window.session().utterances().last().codes.isEmpty());
}

TEST(LiveSetup, FacilitatorHasAltZeroAndNamesTypedInTheRosterGetTheNextKey)
{
    SetupBench s;
    // The CSV format is on screen.
    EXPECT_TRUE(s.dialog->csvFormatLabel()->isVisible());
    EXPECT_TRUE(s.dialog->csvFormatLabel()->text().contains(QStringLiteral("pseudonym,key")));
    QTest::keyClicks(s.dialog->facilitatorEdit(), QStringLiteral("Grace"));
    QTableWidget *table = s.dialog->rosterTable();
    ASSERT_EQ(table->rowCount(), 2);  // the facilitator and the empty row
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Grace"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Alt+0"));

    // Type a name in the last row, Enter: a participant on Alt+1.
    auto typeInLastRow = [&](const QString &name) {
        table->setFocus();
        table->setCurrentCell(table->rowCount() - 1, 0);
        pressInFocus(Qt::Key_F2);  // opens the cell's editor
        typeIntoFocus(name);
        pressInFocus(Qt::Key_Return);
        QTest::qWait(20);  // the roster is rebuilt once the editor has closed
    };
    typeInLastRow(QStringLiteral("Wanjiru"));
    ASSERT_EQ(table->rowCount(), 3) << s.dialog->error().toStdString();
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Wanjiru"));
    typeInLastRow(QStringLiteral("Otieno"));
    ASSERT_EQ(table->rowCount(), 4) << s.dialog->error().toStdString() << " focus "
                                    << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Wanjiru"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("Alt+1"));
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("Alt+2"));
    typeInLastRow(QStringLiteral("otieno"));  // taken: refused with a message
    EXPECT_EQ(table->rowCount(), 4);
    EXPECT_TRUE(s.dialog->error().contains(QStringLiteral("already"))) << s.dialog->error().toStdString();

    s.dialog->titleEdit()->setText(QStringLiteral("FGD Nairobi"));
    auto session = live::LiveSession::start(*s.project, s.dialog->info(), s.dialog->roster(), {});
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    const Id doc = (*session)->documentId();
    ui::LiveCaptureWindow window(s.project.get(), std::move(session).value());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    pressInFocus(Qt::Key_0, Qt::AltModifier);
    typeIntoFocus(QStringLiteral("Who wants to start?"));
    pressInFocus(Qt::Key_Return);
    // Someone joins: Ctrl+N, the name, Enter; they speak on Alt+3.
    pressInFocus(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), window.joinName());
    typeIntoFocus(QStringLiteral("Zawadi"));
    pressInFocus(Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), window.input());
    EXPECT_EQ(window.currentSpeaker(), QStringLiteral("Zawadi"));
    bool shown = false;
    for (QPushButton *b : window.findChildren<QPushButton *>())
        shown = shown || b->text() == QStringLiteral("Alt+3  Zawadi");
    EXPECT_TRUE(shown);
    pressInFocus(Qt::Key_1, Qt::AltModifier);
    pressInFocus(Qt::Key_3, Qt::AltModifier);
    typeIntoFocus(QStringLiteral("Sorry I am late"));
    pressInFocus(Qt::Key_Return);
    // A name already in the roster: a message, nobody added.
    pressInFocus(Qt::Key_N, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("Grace"));
    pressInFocus(Qt::Key_Return);
    EXPECT_FALSE(window.lastError().isEmpty());
    pressInFocus(Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), window.input());

    const QList<SpeakerTurn> turns = s.project->speakerTurns(doc);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0].speaker, QStringLiteral("Grace"));
    EXPECT_EQ(turns[1].speaker, QStringLiteral("Zawadi"));
    ASSERT_TRUE(turns[1].caseId);
    EXPECT_EQ(s.project->findCase(QStringLiteral("Zawadi"))->id, *turns[1].caseId);
    EXPECT_EQ(window.session().roster().size(), 4);
}
