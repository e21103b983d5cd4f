// Encrypted projects in the GUI: the password dialog on the real open path,
// File → Encrypt project… and Change password…, the lock, and settings that
// keep neither the password nor anything from inside the project.
#include "modaldriver.h"
#include "uitestsupport.h"

#include "privacy/passworddialog.h"
#include "settings/appsettings.h"
#include "project/encryption.h"
#include "storage/projectkey.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

using ui::PasswordDialog;

const QString kDocumentName = QStringLiteral("Interview Kamala Ward7");
const QString kSecret = QStringLiteral("correct horse 7c1b");

// An encrypted project with one document.
QString makeEncrypted(const TempDir &dir, const QString &password)
{
    const QString path = dir.path(QStringLiteral("secret.crosscut"));
    {
        auto project = createProject(path, QStringLiteral("intersectional"));
        NewDocument doc;
        doc.name = kDocumentName;
        doc.text = QStringLiteral("Her words, which nobody may read.");
        EXPECT_TRUE(project->addDocument(doc).ok());
    }
    const Status encrypted = encryptProject(path, ProjectKey::fromPassword(password));
    EXPECT_TRUE(encrypted.ok()) << encrypted.message().toStdString();
    EXPECT_FALSE(isPlainSqliteFile(path));
    return path;
}

// Types into the dialog's field named `name` and presses OK.
void type(PasswordDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    QTest::keyClicks(edit, text);
}

void pressOk(PasswordDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Return); }

QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<ui::MainWindow> shownWindow()
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setInteractive(false);
    window->show();
    QApplication::setActiveWindow(window.get());
    return window;
}

TEST(EncryptionUi, OpeningAnEncryptedProjectAsksUntilThePasswordIsRight)
{
    TempDir dir;
    const QString path = makeEncrypted(dir, kSecret);
    auto window = shownWindow();
    bool seen = false;
    QString problemAfterWrong;
    driveNextDialog<PasswordDialog>(
        [&](PasswordDialog *dialog) {
            EXPECT_EQ(dialog->mode(), PasswordDialog::Mode::Open);
            EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("currentPassword"))->echoMode(),
                      QLineEdit::Password);
            type(dialog, "currentPassword", QStringLiteral("wrong password"));
            pressOk(dialog);
            // Still open, saying so; then the right one.
            QTimer::singleShot(50, dialog, [&, dialog] {
                auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
                problemAfterWrong = problem && problem->isVisible() ? problem->text() : QString();
                type(dialog, "currentPassword", kSecret);
                pressOk(dialog);
            });
        },
        &seen);
    ASSERT_TRUE(window->openProject(path)) << window->lastError().toStdString();
    EXPECT_TRUE(seen);
    EXPECT_FALSE(problemAfterWrong.isEmpty());
    ASSERT_NE(window->project(), nullptr);
    EXPECT_TRUE(window->project()->isEncrypted());
    ASSERT_EQ(window->project()->documents().size(), 1);
    EXPECT_EQ(window->project()->documents().first().name, kDocumentName);
    EXPECT_TRUE(window->lockIndicator()->isVisible());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("🔒")));
    EXPECT_TRUE(window->changePasswordAction()->isEnabled());
    EXPECT_FALSE(window->encryptAction()->isEnabled());
}

TEST(EncryptionUi, CancellingThePasswordLeavesEverythingAsItWas)
{
    TempDir dir;
    const QString path = makeEncrypted(dir, kSecret);
    const QString plainPath = dir.path(QStringLiteral("plain.crosscut"));
    createProject(plainPath);
    auto window = shownWindow();

    // With nothing open: nothing opens.
    bool seen = false;
    driveNextDialog<PasswordDialog>([](PasswordDialog *dialog) { dialog->reject(); }, &seen);
    EXPECT_FALSE(window->openProject(path));
    EXPECT_TRUE(seen);
    EXPECT_EQ(window->project(), nullptr);

    // With a project open: it stays open.
    ASSERT_TRUE(window->openProject(plainPath));
    driveNextDialog<PasswordDialog>([](PasswordDialog *dialog) { dialog->reject(); }, &seen);
    EXPECT_FALSE(window->openProject(path));
    EXPECT_TRUE(seen);
    ASSERT_NE(window->project(), nullptr);
    EXPECT_EQ(window->project()->path(), plainPath);
    EXPECT_FALSE(window->lockIndicator()->isVisible());
    // The refused project did not become the last one.
    ASSERT_FALSE(ui::AppSettings::recentProjects().isEmpty());
    EXPECT_EQ(ui::AppSettings::recentProjects().first(), QFileInfo(plainPath).absoluteFilePath());
}

TEST(EncryptionUi, EncryptThenChangePasswordThroughTheFileMenu)
{
    Workbench wb(QStringLiteral("Words of someone who must not be named."), kDocumentName);
    ui::MainWindow &window = *wb.window;
    ASSERT_TRUE(window.encryptAction()->isEnabled());
    EXPECT_FALSE(window.changePasswordAction()->isEnabled());
    EXPECT_FALSE(window.lockIndicator()->isVisible());

    // Encrypt: the new password twice (a mismatch first is refused).
    bool seen = false;
    bool refusedMismatch = false;
    driveNextDialog<PasswordDialog>(
        [&](PasswordDialog *dialog) {
            EXPECT_EQ(dialog->mode(), PasswordDialog::Mode::Encrypt);
            type(dialog, "newPassword", kSecret);
            type(dialog, "repeatPassword", QStringLiteral("something else"));
            pressOk(dialog);
            QTimer::singleShot(50, dialog, [&, dialog] {
                refusedMismatch = dialog->isVisible();
                type(dialog, "repeatPassword", kSecret);
                // resources/screenshots/render.sh: the dialog with its warning.
                if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    EXPECT_TRUE(dialog->grab().save(shots + QStringLiteral("/password-dialog.png")));
                }
                pressOk(dialog);
            });
        },
        &seen);
    window.encryptAction()->trigger();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(refusedMismatch);
    EXPECT_FALSE(isPlainSqliteFile(wb.path));
    ASSERT_NE(window.project(), nullptr) << window.lastError().toStdString();
    EXPECT_TRUE(window.project()->isEncrypted());
    ASSERT_EQ(window.project()->documents().size(), 1);
    EXPECT_EQ(window.project()->documents().first().name, kDocumentName);
    EXPECT_TRUE(window.lockIndicator()->isVisible());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("🔒")));
    EXPECT_FALSE(window.encryptAction()->isEnabled());
    EXPECT_TRUE(window.changePasswordAction()->isEnabled());

    // Change password: a wrong current one is refused, then the right one.
    const QString newSecret = QStringLiteral("battery staple 99x");
    bool refusedWrong = false;
    driveNextDialog<PasswordDialog>(
        [&](PasswordDialog *dialog) {
            EXPECT_EQ(dialog->mode(), PasswordDialog::Mode::ChangePassword);
            type(dialog, "currentPassword", QStringLiteral("not it"));
            type(dialog, "newPassword", newSecret);
            type(dialog, "repeatPassword", newSecret);
            pressOk(dialog);
            QTimer::singleShot(50, dialog, [&, dialog] {
                refusedWrong = dialog->isVisible();
                type(dialog, "currentPassword", kSecret);
                pressOk(dialog);
            });
        },
        &seen);
    window.changePasswordAction()->trigger();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(refusedWrong);
    ASSERT_NE(window.project(), nullptr) << window.lastError().toStdString();
    EXPECT_TRUE(window.project()->isEncrypted());
    EXPECT_EQ(window.project()->documents().size(), 1);
    EXPECT_TRUE(window.lockIndicator()->isVisible());
    window.closeProject();
    {
        // Nothing of the document is left readable in the file.
        QFile file(wb.path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains("Kamala"));
        EXPECT_FALSE(bytes.contains("must not be named"));
    }
    EXPECT_FALSE(Project::open(wb.path).ok());
    EXPECT_FALSE(Project::open(wb.path, ProjectKey::fromPassword(kSecret)).ok());
    EXPECT_TRUE(Project::open(wb.path, ProjectKey::fromPassword(newSecret)).ok());

    // Reopening through the window asks for the new password.
    driveNextDialog<PasswordDialog>(
        [&](PasswordDialog *dialog) {
            type(dialog, "currentPassword", newSecret);
            pressOk(dialog);
        },
        &seen);
    ASSERT_TRUE(window.openProject(wb.path)) << window.lastError().toStdString();
    EXPECT_TRUE(seen);
    window.closeProject();

    // Settings keep the path, never a password or what is inside.
    const QByteArray settings = settingsFile();
    EXPECT_FALSE(settings.isEmpty());
    for (const QString &secret : {kSecret, newSecret, kDocumentName, QStringLiteral("Kamala")}) {
        EXPECT_FALSE(settings.contains(secret.toUtf8())) << secret.toStdString();
        EXPECT_FALSE(QString::fromUtf8(settings).contains(secret)) << secret.toStdString();
    }
}

TEST(EncryptionUi, KeyFilesEncryptAndOpen)
{
    Workbench wb(QStringLiteral("Words of someone who must not be named."), kDocumentName);
    ui::MainWindow &window = *wb.window;
    const QString keyFile = wb.dir.path(QStringLiteral("project.key"));
    bool seen = false;
    driveNextDialog<PasswordDialog>(
        [&](PasswordDialog *dialog) {
            dialog->setNewKeyFile(keyFile);
            pressOk(dialog);
        },
        &seen);
    ASSERT_TRUE(window.encryptCurrentProject()) << window.lastError().toStdString();
    EXPECT_TRUE(seen);
    EXPECT_EQ(QFileInfo(keyFile).size(), ProjectKey::kKeyFileBytes);
    EXPECT_FALSE(isPlainSqliteFile(wb.path));
    ASSERT_NE(window.project(), nullptr);
    EXPECT_TRUE(window.project()->isEncrypted());
    window.closeProject();

    // A wrong key file is refused in the dialog, the right one opens.
    const QString otherKey = wb.dir.path(QStringLiteral("other.key"));
    ASSERT_TRUE(ProjectKey::createKeyFile(otherKey).ok());
    bool refusedWrong = false;
    driveNextDialog<PasswordDialog>(
        [&](PasswordDialog *dialog) {
            dialog->setCurrentKeyFile(otherKey);
            pressOk(dialog);
            QTimer::singleShot(50, dialog, [&, dialog] {
                refusedWrong = dialog->isVisible();
                dialog->setCurrentKeyFile(keyFile);
                pressOk(dialog);
            });
        },
        &seen);
    ASSERT_TRUE(window.openProject(wb.path)) << window.lastError().toStdString();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(refusedWrong);
    EXPECT_EQ(window.project()->documents().size(), 1);
    EXPECT_TRUE(window.lockIndicator()->isVisible());
    EXPECT_FALSE(settingsFile().contains(QFile::encodeName(keyFile)));
}

}  // namespace
}  // namespace crosscut::test
