// File → Merge project… and File → Hand out a coder copy…, driven through
// their dialogs on real project files: a copy handed out, coded by another
// coder and merged back (one undoable step), a refused clash named in words,
// and a copy written by the dialog that opens.
#include "modaldriver.h"
#include "uitestsupport.h"

#include "copies/handoutdialog.h"
#include "copies/mergedialog.h"
#include "document/documentview.h"
#include "mainwindow/teamactions.h"
#include "privacy/passworddialog.h"
#include "team/handout.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kText = QStringLiteral("Interviewer: Who decides?\nAinura: We decide, the community, every time.\n");

int codingsOf(Project &project, const QString &coder)
{
    const auto c = project.findCoder(coder);
    if (!c)
        return 0;
    int n = 0;
    for (const Quote &q : project.quotes())
        for (const Coding &coding : project.codings(q.id))
            n += coding.coderId == c->id;
    return n;
}

}  // namespace

TEST(MergeDialog, MergesACoderCopyBackAsOneUndoableStep)
{
    Workbench wb(kText);
    wb.project().setCurrentCoder(QStringLiteral("Aigerim"));
    const Id leadership = wb.code(QStringLiteral("Leadership/Key population-led"));
    ASSERT_TRUE(wb.project().applyCode(wb.document, 26, 32, leadership).ok());
    ASSERT_TRUE(wb.project().setAttribute(AttributeScope::Document, wb.document, QStringLiteral("country"),
                                          QStringLiteral("Kyrgyzstan")).ok());
    const QString copy = wb.dir.path(QStringLiteral("wb-Bakyt.crosscut"));
    {
        team::HandoutOptions options;
        options.coder = QStringLiteral("Bakyt");
        options.outPath = copy;
        auto report = team::handout(wb.project(), options);
        ASSERT_TRUE(report.ok()) << report.message().toStdString();
    }
    {
        auto copied = openProject(copy);
        ASSERT_NE(copied, nullptr);
        copied->setCurrentCoder(QStringLiteral("Bakyt"));
        const Id doc = copied->findDocument(QStringLiteral("interview"))->id;
        ASSERT_TRUE(copied->applyCode(doc, 34, 40, *copied->resolveCodePath(QStringLiteral("Leadership/Key population-led"))).ok());
        ASSERT_TRUE(copied->applyCode(doc, 26, 32, *copied->resolveCodePath(QStringLiteral("Origin/Civil society"))).ok());
        ASSERT_TRUE(copied->setAttribute(AttributeScope::Document, doc, QStringLiteral("country"),
                                         QStringLiteral("Kazakhstan")).ok());
    }
    EXPECT_EQ(codingsOf(wb.project(), QStringLiteral("Bakyt")), 0);
    const QString undoBefore = wb.window->undoAction()->text();

    QAction *merge = wb.window->teamActions()->mergeAction();
    ASSERT_TRUE(merge->isEnabled());
    bool mergeSeen = false, reportSeen = false;
    QStringList reportLines;
    QString reportText;
    driveNextDialog<ui::MergeDialog>(
        [&](ui::MergeDialog *dialog) {
            dialog->addFiles({copy});
            EXPECT_EQ(dialog->fileList()->count(), 1);
            EXPECT_FALSE(dialog->options().keepBoth);
            driveNextDialog<ui::MergeReportDialog>(
                [&](ui::MergeReportDialog *report) {
                    reportLines = report->lines();
                    if (auto *text = report->findChild<QPlainTextEdit *>(QStringLiteral("mergeLines")))
                        reportText = text->toPlainText();
                    // resources/screenshots/render.sh: the report as shown.
                    if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
                        EXPECT_TRUE(report->grab().save(shots + QStringLiteral("/merge-report.png")));
                    }
                    report->accept();
                },
                &reportSeen);
            dialog->accept();
        },
        &mergeSeen);
    merge->trigger();
    EXPECT_TRUE(mergeSeen);
    EXPECT_TRUE(reportSeen) << wb.window->teamActions()->lastError().toStdString();
    EXPECT_FALSE(reportLines.isEmpty());
    EXPECT_EQ(reportText, reportLines.join(u'\n'));
    // The differing attribute value is reported, and the master's is kept.
    EXPECT_TRUE(reportText.contains(QStringLiteral("Kazakhstan"))) << reportText.toStdString();
    EXPECT_EQ(wb.project().attributeValues(AttributeScope::Document, wb.document).value(QStringLiteral("country")),
              QStringLiteral("Kyrgyzstan"));

    // The master now has Bakyt's two codings, Aigerim's one still, and the
    // coding shows in the document view.
    EXPECT_EQ(codingsOf(wb.project(), QStringLiteral("Bakyt")), 2);
    EXPECT_EQ(codingsOf(wb.project(), QStringLiteral("Aigerim")), 1);
    EXPECT_NE(wb.window->documentView()->quoteAt(36), std::nullopt);
    // One step of Edit → Undo, named after the merge.
    QAction *undo = wb.window->undoAction();
    EXPECT_NE(undo->text(), undoBefore);
    EXPECT_EQ(undo->text(), ui::MainWindow::tr("&Undo %1").arg(wb.project().undoLabel()));
    undo->trigger();
    EXPECT_EQ(codingsOf(wb.project(), QStringLiteral("Bakyt")), 0);
    EXPECT_EQ(codingsOf(wb.project(), QStringLiteral("Aigerim")), 1);
    EXPECT_EQ(wb.window->documentView()->quoteAt(36), std::nullopt);
}

TEST(MergeDialog, AClashingDocumentIsRefusedByNameAndNothingChanges)
{
    Workbench wb(kText);
    const QString other = wb.dir.path(QStringLiteral("other.crosscut"));
    {
        auto project = createProject(other, QStringLiteral("intersectional"));
        NewDocument doc;
        doc.name = QStringLiteral("interview");  // the master's name, another text
        doc.text = QStringLiteral("Something else entirely was said here.\n");
        ASSERT_TRUE(project->addDocument(doc).ok());
    }
    const int before = wb.project().codingCount();
    const QString undoBefore = wb.window->undoAction()->text();
    bool reportSeen = false;
    driveNextDialog<ui::MergeDialog>([&](ui::MergeDialog *dialog) {
        dialog->addFiles({other});
        driveNextDialog<ui::MergeReportDialog>([](ui::MergeReportDialog *r) { r->accept(); }, &reportSeen, 300);
        dialog->accept();
    });
    wb.window->teamActions()->mergeAction()->trigger();
    QTest::qWait(350);
    const QString error = wb.window->teamActions()->lastError();
    EXPECT_FALSE(reportSeen);
    EXPECT_TRUE(error.contains(QStringLiteral("interview"))) << error.toStdString();
    EXPECT_TRUE(error.startsWith(ui::TeamActions::tr("The merge was refused: %1").arg(QString()))) << error.toStdString();
    EXPECT_EQ(wb.project().documents().size(), 1);
    EXPECT_EQ(wb.project().codingCount(), before);
    EXPECT_EQ(wb.window->undoAction()->text(), undoBefore);

    // With "Keep both documents", it comes in under a new name.
    auto report = wb.window->teamActions()->merge({other}, team::MergeOptions{true, false});
    ASSERT_TRUE(report.has_value()) << wb.window->teamActions()->lastError().toStdString();
    EXPECT_EQ(wb.project().documents().size(), 2);
    EXPECT_FALSE(report->renamed.isEmpty());
}

TEST(HandoutDialog, WritesABlindCopyThatOpens)
{
    Workbench wb(kText);
    wb.project().setCurrentCoder(QStringLiteral("Aigerim"));
    ASSERT_TRUE(wb.project().applyCode(wb.document, 26, 32, wb.code(QStringLiteral("Leadership/Key population-led"))).ok());
    NewDocument second;
    second.name = QStringLiteral("focus group");
    second.text = QStringLiteral("Moderator: And then?\n");
    ASSERT_TRUE(wb.project().addDocument(second).ok());
    const QString expected = wb.dir.path(QStringLiteral("wb-Bakyt.crosscut"));

    bool seen = false;
    driveNextDialog<ui::HandoutDialog>(
        [&](ui::HandoutDialog *dialog) {
            EXPECT_EQ(dialog->coderBox()->currentText(), QStringLiteral("Aigerim"));
            EXPECT_EQ(dialog->documentList()->count(), 2);
            for (int i = 0; i < dialog->documentList()->count(); ++i)
                EXPECT_EQ(dialog->documentList()->item(i)->checkState(), Qt::Checked);
            dialog->coderBox()->setCurrentText(QStringLiteral("Bakyt"));
            EXPECT_EQ(QFileInfo(dialog->targetEdit()->text()).absoluteFilePath(), QFileInfo(expected).absoluteFilePath());
            dialog->documentList()->item(1)->setCheckState(Qt::Unchecked);
            dialog->blindBox()->setChecked(true);
            EXPECT_FALSE(dialog->encryptBox()->isChecked());
            const team::HandoutOptions options = dialog->options();
            EXPECT_EQ(options.coder, QStringLiteral("Bakyt"));
            EXPECT_EQ(options.documents, QStringList{QStringLiteral("interview")});
            EXPECT_TRUE(options.blind);
            dialog->accept();
        },
        &seen);
    wb.window->teamActions()->handoutAction()->trigger();
    EXPECT_TRUE(seen);
    const QString error = wb.window->teamActions()->lastError();
    ASSERT_TRUE(QFileInfo::exists(expected)) << error.toStdString();
    auto copy = Project::open(expected, testKey());
    ASSERT_TRUE(copy.ok()) << copy.message().toStdString();
    EXPECT_EQ((*copy)->documents().size(), 1);
    EXPECT_EQ(team::blindCoder(**copy), QStringLiteral("Bakyt"));
    EXPECT_TRUE(wb.project().findDocument(QStringLiteral("focus group")).has_value());  // the master is unchanged
}

TEST(HandoutDialog, AnEncryptedCopyTakesItsPasswordTwice)
{
    Workbench wb(kText);
    const QString target = wb.dir.path(QStringLiteral("sealed.crosscut"));
    const QString password = QStringLiteral("copy password 41");
    bool passwordSeen = false;
    driveNextDialog<ui::HandoutDialog>([&](ui::HandoutDialog *dialog) {
        dialog->coderBox()->setCurrentText(QStringLiteral("Bakyt"));
        dialog->targetEdit()->setText(target);
        dialog->encryptBox()->setChecked(true);
        driveNextDialog<ui::PasswordDialog>(
            [&](ui::PasswordDialog *p) {
                EXPECT_EQ(p->mode(), ui::PasswordDialog::Mode::EncryptCopy);
                p->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(password);
                p->findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(password);
                p->accept();
            },
            &passwordSeen);
        dialog->accept();
    });
    wb.window->teamActions()->handoutAction()->trigger();
    EXPECT_TRUE(passwordSeen);
    const QString error = wb.window->teamActions()->lastError();
    ASSERT_TRUE(QFileInfo::exists(target)) << error.toStdString();
    EXPECT_FALSE(isPlainSqliteFile(target));
    EXPECT_EQ(Project::open(target).error().kind, ErrorKind::Encrypted);
    auto copy = Project::open(target, ProjectKey::fromPassword(password));
    ASSERT_TRUE(copy.ok()) << copy.message().toStdString();
    EXPECT_EQ((*copy)->documents().size(), 1);
}

TEST(HandoutDialog, RefusesAnExistingFileAndStaysOpen)
{
    Workbench wb(kText);
    const QString taken = wb.dir.writeFile(QStringLiteral("taken.crosscut"), "x");
    bool stillOpen = false;
    QString problem;
    driveNextDialog<ui::HandoutDialog>([&](ui::HandoutDialog *dialog) {
        dialog->targetEdit()->setText(taken);
        dialog->accept();
        stillOpen = dialog->isVisible();
        problem = dialog->findChild<QLabel *>(QStringLiteral("problem"))->text();
        dialog->reject();
    });
    wb.window->teamActions()->handoutAction()->trigger();
    EXPECT_TRUE(stillOpen);
    EXPECT_TRUE(problem.contains(QStringLiteral("taken.crosscut"))) << problem.toStdString();
    EXPECT_EQ(readAll(taken), QByteArray("x"));
}

TEST(MergeDialog, AnEncryptedCopyAsksItsPasswordAgainWhenWrong)
{
    Workbench wb(kText);
    const QString copy = wb.dir.path(QStringLiteral("sealed-Bakyt.crosscut"));
    const QString password = QStringLiteral("copy password 41");
    {
        team::HandoutOptions options;
        options.coder = QStringLiteral("Bakyt");
        options.outPath = copy;
        options.outKey = ProjectKey::fromPassword(password);
        auto report = team::handout(wb.project(), options);
        ASSERT_TRUE(report.ok()) << report.message().toStdString();
        auto copied = Project::open(copy, options.outKey);
        ASSERT_TRUE(copied.ok()) << copied.message().toStdString();
        (*copied)->setCurrentCoder(QStringLiteral("Bakyt"));
        ASSERT_TRUE((*copied)->applyCode((*copied)->findDocument(QStringLiteral("interview"))->id, 34, 40,
                                         *(*copied)->resolveCodePath(QStringLiteral("Leadership/Key population-led")))
                        .ok());
    }
    int asked = 0;
    QString problemShown;
    bool reportSeen = false;
    auto answer = [](ui::PasswordDialog *dialog, const QString &text) {
        dialog->findChild<QLineEdit *>(QStringLiteral("currentPassword"))->setText(text);
        dialog->accept();
    };
    driveNextDialog<ui::MergeDialog>([&](ui::MergeDialog *dialog) {
        dialog->addFiles({copy});
        driveNextDialog<ui::PasswordDialog>([&](ui::PasswordDialog *first) {
            ++asked;
            driveNextDialog<ui::PasswordDialog>([&](ui::PasswordDialog *second) {
                ++asked;
                if (auto *problem = second->findChild<QLabel *>(QStringLiteral("problem")))
                    problemShown = problem->text();
                driveNextDialog<ui::MergeReportDialog>([](ui::MergeReportDialog *r) { r->accept(); }, &reportSeen);
                answer(second, password);
            });
            answer(first, QStringLiteral("not the password"));
        });
        dialog->accept();
    });
    wb.window->teamActions()->mergeAction()->trigger();
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(problemShown, ui::TeamActions::tr("Wrong password. Try again."));
    EXPECT_TRUE(reportSeen) << wb.window->teamActions()->lastError().toStdString();
    EXPECT_EQ(codingsOf(wb.project(), QStringLiteral("Bakyt")), 1);
}
