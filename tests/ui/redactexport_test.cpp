// File → Export with the dialog's "Redact names and identifying attributes"
// checkbox ticked, driven offscreen through the real Qt file dialog.
#include "uitestsupport.h"

#include "mainwindow/exportactions.h"
#include "modaldriver.h"
#include "render/redactionfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Exports the codings as CSV through the dialog, with the checkbox as `tick`.
QByteArray exportThroughDialog(ui::MainWindow &window, const QString &path, bool tick, bool *checkboxSeen)
{
    bool seen = false;
    driveNextDialog<QFileDialog>(
        [&](QFileDialog *dialog) {
            auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("redactCheckBox"));
            *checkboxSeen = box && box->isVisible();
            if (box && box->isChecked() != tick)
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();  // QFileDialog::accept, as the Save button calls it
        },
        &seen);
    window.findChild<QAction *>(QStringLiteral("exportCodingsCsv"))->trigger();
    EXPECT_TRUE(seen);
    return readAll(path);
}

TEST(RedactExport, TickingTheCheckboxWritesARedactedFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gui.crosscut"));
    ASSERT_TRUE(createRedactionProject(path));
    auto window = std::make_unique<ui::MainWindow>();
    window->setInteractive(false);
    ASSERT_TRUE(window->openProject(path)) << window->lastError().toStdString();
    window->show();

    bool checkbox = false;
    const QByteArray plain = exportThroughDialog(*window, dir.path(QStringLiteral("plain.csv")), false, &checkbox);
    EXPECT_TRUE(checkbox);
    EXPECT_FALSE(leakedSecret(plain).isEmpty());
    EXPECT_FALSE(window->exportActions()->redact());

    const QByteArray redacted = exportThroughDialog(*window, dir.path(QStringLiteral("redacted.csv")), true, &checkbox);
    EXPECT_TRUE(checkbox);
    ASSERT_FALSE(redacted.isEmpty());
    EXPECT_EQ(leakedSecret(redacted), QString()) << redacted.toStdString();
    EXPECT_TRUE(redacted.startsWith("Redacted export"));
    EXPECT_TRUE(QString::fromUtf8(redacted).contains(kInterviewerLabel));
    // The choice is kept for the next export.
    EXPECT_TRUE(window->exportActions()->redact());

    // The report export honours it too.
    const QString html = dir.path(QStringLiteral("report.html"));
    ASSERT_TRUE(window->exportActions()->exportReport(html)) << window->exportActions()->lastError().toStdString();
    EXPECT_EQ(leakedSecret(readAll(html)), QString());
    EXPECT_TRUE(readAll(html).contains("Redacted export"));
}

}  // namespace
