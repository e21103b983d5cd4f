// The team hub in the workbench (ui/hub): File → Team enabled only where it
// applies, with a tooltip saying why not; the team indicator's words; the
// clone dialog refusing what cannot work before anything is written.
#include "modaldriver.h"
#include "uitestsupport.h"

#include "hub/clonedialog.h"
#include "hub/hubsession.h"
#include "hub/syncrunner.h"
#include "support/pgtestserver.h"
#include "hub/hubactions.h"
#include "hub/teamstatusdialog.h"
#include "hub/publishdialog.h"
#include "hub/teamindicator.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kText = QStringLiteral("Interviewer: Who decides?\nAinura: We decide, the community, every time.\n");

}  // namespace

TEST(HubGui, TeamMenuForAProjectThatIsNotAClone)
{
    Workbench wb(kText);
    ui::HubActions *hub = wb.window->hubActions();
    ASSERT_NE(hub, nullptr);
    ASSERT_NE(hub->menu(), nullptr);
    EXPECT_EQ(hub->menu()->title(), QStringLiteral("&Team"));
    EXPECT_TRUE(hub->publishAction()->isEnabled());
    EXPECT_TRUE(hub->cloneAction()->isEnabled());
    for (QAction *action : {hub->syncAction(), hub->statusAction(), hub->conflictsAction()}) {
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
        EXPECT_TRUE(action->toolTip().contains(QStringLiteral("not a copy from a team server")))
            << action->toolTip().toStdString();
    }
    EXPECT_EQ(hub->session(), nullptr);
    EXPECT_FALSE(hub->indicator()->isVisible());

    // Without a project nothing can be published; cloning still can.
    wb.window->closeProject();
    EXPECT_FALSE(hub->publishAction()->isEnabled());
    EXPECT_TRUE(hub->publishAction()->toolTip().contains(QStringLiteral("Open the project")));
    EXPECT_TRUE(hub->cloneAction()->isEnabled());
    EXPECT_FALSE(hub->syncAction()->isEnabled());
}

TEST(HubGui, IndicatorWords)
{
    ui::TeamState state;
    EXPECT_EQ(state.text(), QString());  // not a clone: nothing to say
    ui::TeamIndicator indicator;
    indicator.showState(state);
    EXPECT_TRUE(indicator.isHidden());

    state.clone = true;
    state.server = QStringLiteral("kp-eval on host=hub");
    state.role = QStringLiteral("coder");
    EXPECT_EQ(state.text(), QStringLiteral("Team: not synced yet"));
    state.lastSync = QDateTime(QDate(2026, 12, 1), QTime(12, 3));
    EXPECT_EQ(state.text(), QStringLiteral("Team: synced ") + QLocale().toString(QTime(12, 3), QLocale::ShortFormat));
    // (Plural forms come from the translation files, which these tests do not load.)
    state.pending = 3;
    EXPECT_TRUE(state.text().startsWith(QStringLiteral("Team: 3 change"))) << state.text().toStdString();
    EXPECT_TRUE(state.text().endsWith(QStringLiteral(" to send")));
    state.pending = 1;
    EXPECT_TRUE(state.text().startsWith(QStringLiteral("Team: 1 change")));
    state.offline = QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
                                   "server running on that host?");
    // Offline says so before anything else, in one short line; the tooltip has it all.
    EXPECT_TRUE(state.text().startsWith(QStringLiteral("Team: offline — connection to server at \"127.0.0.1\", port 1")))
        << state.text().toStdString();
    EXPECT_FALSE(state.text().contains(QStringLiteral("Is the server running")));
    EXPECT_FALSE(state.text().contains(u'\n'));
    EXPECT_TRUE(state.toolTip().contains(QStringLiteral("Is the server running")));
    EXPECT_TRUE(state.toolTip().contains(QStringLiteral("not yet on the server")));
    state.syncing = true;
    EXPECT_TRUE(state.text().endsWith(QStringLiteral(" (syncing…)")));
    indicator.showState(state);
    EXPECT_FALSE(indicator.isHidden());
    EXPECT_EQ(indicator.text(), state.text());
}

TEST(HubGui, CloneDialogRefusesWhatCannotWork)
{
    TempDir dir;
    const QString existing = dir.writeFile(QStringLiteral("taken.crosscut"), "not a project");
    ui::CloneDialog dialog(QStringLiteral("Oleksa"), nullptr);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_NE(problem, nullptr);
    dialog.show();
    EXPECT_TRUE(dialog.targetEdit()->text().endsWith(QStringLiteral("team-project.crosscut")));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("kp-eval"));
    EXPECT_TRUE(dialog.targetEdit()->text().endsWith(QStringLiteral("kp-eval.crosscut")));
    EXPECT_EQ(dialog.coderEdit()->text(), QStringLiteral("Oleksa"));

    dialog.accept();  // no server given
    EXPECT_FALSE(dialog.isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("connection string")));

    // A password in the connection string would be kept in the copy.
    QTest::keyClicks(dialog.fields().conninfo, QStringLiteral("host=hub.example.org user=oleksa password=secret"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(problem->text().contains(QStringLiteral("password field")));
    dialog.fields().conninfo->setText(QStringLiteral("postgresql://oleksa:secret@hub.example.org/crosscut"));
    dialog.accept();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("password field")));

    dialog.fields().conninfo->setText(QStringLiteral("host=hub.example.org user=oleksa"));
    dialog.targetEdit()->setText(existing);
    dialog.accept();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("exists already")));
    EXPECT_FALSE(dialog.isHidden());

    dialog.targetEdit()->setText(dir.path(QStringLiteral("mine.crosscut")));
    dialog.fields().password->setText(QStringLiteral("secret"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const hub::CloneOptions options = dialog.options();
    EXPECT_EQ(options.conninfo, QStringLiteral("host=hub.example.org user=oleksa"));
    EXPECT_EQ(options.name, QStringLiteral("kp-eval"));
    EXPECT_EQ(options.coder, QStringLiteral("Oleksa"));
    EXPECT_EQ(options.localPath, dir.path(QStringLiteral("mine.crosscut")));
    EXPECT_TRUE(options.key.isEmpty());
    EXPECT_EQ(dialog.password(), QStringLiteral("secret"));
    EXPECT_FALSE(QFileInfo::exists(options.localPath));  // the dialog writes nothing
}

TEST(HubGui, PublishDialogOffersTheProjectName)
{
    Workbench wb(kText);
    ui::PublishDialog dialog(wb.project(), wb.window.get());
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("wb"));
    EXPECT_FALSE(dialog.blindBox()->isChecked());
    dialog.fields().conninfo->setText(QStringLiteral("host=hub password=x"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    dialog.fields().conninfo->setText(QStringLiteral("host=hub dbname=crosscut"));
    dialog.blindBox()->setChecked(true);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.options().blind);
    EXPECT_EQ(dialog.options().name, QStringLiteral("wb"));
    EXPECT_EQ(dialog.options().coder, wb.project().currentCoder());
}

// Against the real server: the lead publishes from the window, the sync runs
// with its network off the GUI thread, and a coder's clone made through the
// dialog opens as a clone.
TEST(HubGui, PublishSyncAndCloneThroughTheWindow)
{
    PgTestDatabase db;
    CROSSCUT_REQUIRE_PG(db);
    const QString lead = db.createRole(QStringLiteral("lead"));
    const QString coder = db.createRole(QStringLiteral("ann"));
    const Status installed = hub::initServer(db.ownerConninfo());
    ASSERT_TRUE(installed.ok()) << installed.message().toStdString();
    Workbench wb(kText);
    ui::HubActions *hubActions = wb.window->hubActions();
    ASSERT_TRUE(hubActions->publish({db.conninfo(lead), QStringLiteral("alliance"), QStringLiteral("lead"), false},
                                    db.password(lead)))
        << hubActions->lastError().toStdString();
    EXPECT_FALSE(qEnvironmentVariableIsSet("PGPASSWORD"));  // the password was for that call only
    ASSERT_NE(hubActions->session(), nullptr);
    EXPECT_TRUE(hubActions->conflictsAction()->isEnabled());
    EXPECT_FALSE(hubActions->publishAction()->isEnabled());
    EXPECT_FALSE(hubActions->indicator()->isHidden());

    qputenv("PGPASSWORD", db.password(lead).toUtf8());  // as ~/.pgpass gives it to the automatic sync
    ui::SyncRunner *runner = hubActions->session()->runner();
    ASSERT_TRUE(QTest::qWaitFor([&] { return runner->lastOutcome() && !runner->isRunning(); }, 10000));
    EXPECT_TRUE(runner->lastOutcome()->ok) << runner->lastOutcome()->error.toStdString();
    EXPECT_NE(runner->lastExchangeThread(), nullptr);
    EXPECT_NE(runner->lastExchangeThread(), QThread::currentThreadId());
    EXPECT_TRUE(hubActions->indicator()->text().startsWith(QStringLiteral("Team: synced")))
        << hubActions->indicator()->text().toStdString();
    ASSERT_TRUE(hub::addMember(db.conninfoWithPassword(lead), QStringLiteral("alliance"),
                               {coder, hub::Role::Coder, QStringLiteral("ann")})
                    .ok());
    // README screenshots (resources/screenshots/render.sh sets the folder):
    // the lead's window with the team indicator, and Team status with members.
    if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(300);
        EXPECT_TRUE(wb.window->grab().save(shots + QStringLiteral("/team-window.png")));
        ui::TeamStatusDialog status(*wb.window->project(), QDateTime::currentDateTime(), wb.window.get());
        status.resize(720, 480);
        status.show();
        status.reload();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !status.isLoading(); }, 10000));
        QTest::qWait(200);
        EXPECT_TRUE(status.grab().save(shots + QStringLiteral("/team-status.png")));
    }

    // The workbench's own coder name does not replace the one the server
    // knows this member by (her codings would be refused as another's).
    const QString previousCoder = ui::AppSettings::coderName();
    ui::AppSettings::setCoderName(QStringLiteral("someone else"));
    const QString target = wb.dir.path(QStringLiteral("ann.crosscut"));
    bool seen = false;
    driveNextDialog<ui::CloneDialog>(
        [&](ui::CloneDialog *dialog) {
            dialog->fields().conninfo->setText(db.conninfo(coder));
            dialog->fields().password->setText(db.password(coder));
            dialog->nameEdit()->setText(QStringLiteral("alliance"));
            dialog->coderEdit()->setText(QStringLiteral("ann"));
            dialog->targetEdit()->setText(target);
            if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
                EXPECT_TRUE(dialog->grab().save(shots + QStringLiteral("/team-clone.png")));
            }
            dialog->accept();
        },
        &seen);
    hubActions->chooseAndClone();
    EXPECT_TRUE(seen);
    ASSERT_TRUE(QFileInfo::exists(target)) << hubActions->lastError().toStdString();
    ASSERT_NE(wb.window->project(), nullptr);
    EXPECT_EQ(QFileInfo(wb.window->project()->path()).canonicalFilePath(), QFileInfo(target).canonicalFilePath());
    ASSERT_NE(hubActions->session(), nullptr);
    EXPECT_EQ(hubActions->session()->link().coder, QStringLiteral("ann"));
    EXPECT_FALSE(hubActions->conflictsAction()->isEnabled());  // a coder's copy
    EXPECT_EQ(wb.window->project()->documents().size(), 1);
    EXPECT_EQ(wb.window->project()->currentCoder(), QStringLiteral("ann"));
    auto codes = wb.window->project()->codes();
    ASSERT_FALSE(codes.isEmpty());
    auto coded = wb.window->project()->applyCode(wb.window->project()->documents().first().id, 0, 5, codes.last().id);
    EXPECT_TRUE(coded.ok()) << coded.message().toStdString();
    ui::AppSettings::setCoderName(previousCoder);
    wb.window->closeProject();
    qunsetenv("PGPASSWORD");
}
