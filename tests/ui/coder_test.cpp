// Who is coding: asked once when the workbench opens a project and no name
// was chosen, remembered in the settings, shown in the status bar,
// changeable there, and recorded on the codings made.
#include "modaldriver.h"
#include "uitestsupport.h"

#include "coding/codingcontroller.h"
#include "document/documentview.h"
#include "settings/appsettings.h"
#include "settings/coderdialog.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kText = QStringLiteral("Interviewer: Who decides?\nAinura: We decide, the community.\n");

// The settings are shared by the whole test run: each test leaves them as found.
struct CoderSettingGuard {
    QString before = ui::AppSettings::coderName();
    CoderSettingGuard() { ui::AppSettings::setCoderName({}); }
    ~CoderSettingGuard() { ui::AppSettings::setCoderName(before); }
};

QString coderOfLastCoding(Project &project)
{
    auto v = project.database().scalar(
        QStringLiteral("SELECT coder.name FROM coding JOIN coder ON coder.id = coding.coder_id ORDER BY coding.id DESC LIMIT 1"));
    return v ? v->toString() : QString();
}

struct Interactive {
    TempDir dir;
    QString path = dir.path(QStringLiteral("coder.crosscut"));
    Id document = 0;
    std::unique_ptr<ui::MainWindow> window = std::make_unique<ui::MainWindow>();

    Interactive()
    {
        auto project = createProject(path, QStringLiteral("intersectional"));
        document = *project->addDocument({QStringLiteral("kg-01"), DocumentKind::Interview, kText, {}, {}, true});
        window->resize(1200, 800);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    // Opens the project as a user would (errors and questions in dialogs).
    void open()
    {
        window->setInteractive(true);
        ASSERT_TRUE(window->openProject(path));
        QTest::qWait(20);  // the question comes once the window shows the project
        window->setInteractive(false);
    }
    void codeSomething(qint64 start)
    {
        window->showDocument(document);
        window->documentView()->selectSpan({start, start + 6});
        const Id value = *window->project()->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
        ASSERT_TRUE(window->coding()->applyCode(value).ok());
    }
    ui::CoderStatus *status() { return window->findChild<ui::CoderStatus *>(QStringLiteral("coderStatus")); }
};

}  // namespace

TEST(Coder, AskedOnceThenRememberedShownAndRecordedOnCodings)
{
    CoderSettingGuard guard;
    Interactive app;
    bool asked = false;
    driveNextDialog<ui::CoderDialog>(
        [](ui::CoderDialog *dialog) {
            dialog->nameEdit()->clear();
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("  Aigerim  "));
            QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        },
        &asked);
    app.open();
    EXPECT_TRUE(asked);
    EXPECT_EQ(ui::AppSettings::coderName(), QStringLiteral("Aigerim"));
    ASSERT_NE(app.status(), nullptr);
    EXPECT_TRUE(app.status()->isVisible());
    EXPECT_EQ(app.status()->text(), ui::CoderStatus::tr("Coder: %1").arg(QStringLiteral("Aigerim")));
    app.codeSomething(26);
    EXPECT_EQ(coderOfLastCoding(*app.window->project()), QStringLiteral("Aigerim"));

    // Opened again: not asked, the same name.
    app.window->closeProject();
    asked = false;
    driveNextDialog<ui::CoderDialog>([](ui::CoderDialog *dialog) { dialog->reject(); }, &asked, 200);
    app.open();
    QTest::qWait(250);
    EXPECT_FALSE(asked);
    EXPECT_EQ(app.window->project()->currentCoder(), QStringLiteral("Aigerim"));

    // Changed from the status bar: new codings carry the new name.
    driveNextDialog<ui::CoderDialog>([](ui::CoderDialog *dialog) {
        EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("Aigerim"));
        dialog->nameEdit()->setText(QStringLiteral("Bakyt"));
        dialog->accept();
    });
    QTest::mouseClick(app.status(), Qt::LeftButton);
    EXPECT_EQ(ui::AppSettings::coderName(), QStringLiteral("Bakyt"));
    EXPECT_TRUE(app.status()->text().contains(QStringLiteral("Bakyt")));
    app.codeSomething(34);
    EXPECT_EQ(coderOfLastCoding(*app.window->project()), QStringLiteral("Bakyt"));
    EXPECT_TRUE(app.window->project()->findCoder(QStringLiteral("Aigerim")).has_value());
}

TEST(Coder, AnEmptyNameIsRefusedAndCancelLeavesItUnchosen)
{
    CoderSettingGuard guard;
    Interactive app;
    bool openAfterEnter = false;
    driveNextDialog<ui::CoderDialog>([&openAfterEnter](ui::CoderDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("   "));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);  // refused: nothing to record
        openAfterEnter = dialog->isVisible();
        dialog->reject();
    });
    app.open();
    EXPECT_TRUE(openAfterEnter);
    EXPECT_TRUE(ui::AppSettings::coderName().isEmpty());
    EXPECT_EQ(app.window->project()->currentCoder(), Project::defaultCoderName());
}

TEST(Coder, SettingsDialogChangesTheCoderOfTheOpenProject)
{
    CoderSettingGuard guard;
    ui::AppSettings::setCoderName(QStringLiteral("Aigerim"));
    Interactive app;
    app.open();
    auto *settings = app.window->findChild<QAction *>(QStringLiteral("settings"));
    ASSERT_NE(settings, nullptr);
    driveNextDialog<ui::SettingsDialog>([](ui::SettingsDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("coderName"));
        ASSERT_NE(name, nullptr);
        name->setText(QStringLiteral("Dilnoza"));
        dialog->accept();
    });
    settings->trigger();
    EXPECT_EQ(app.window->project()->currentCoder(), QStringLiteral("Dilnoza"));
    EXPECT_TRUE(app.status()->text().contains(QStringLiteral("Dilnoza")));
    app.codeSomething(26);
    EXPECT_EQ(coderOfLastCoding(*app.window->project()), QStringLiteral("Dilnoza"));
}
