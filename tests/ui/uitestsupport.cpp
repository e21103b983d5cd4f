#include "uitestsupport.h"

#include "document/documentview.h"

#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

namespace crosscut::test {

Workbench::Workbench(const QString &text, const QString &name)
{
    path = dir.path(QStringLiteral("wb.crosscut"));
    {
        auto project = createProject(path, QStringLiteral("intersectional"));
        NewDocument doc;
        doc.name = name;
        doc.text = text;
        auto id = project->addDocument(doc);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        document = id.ok() ? *id : 0;
    }
    window = std::make_unique<ui::MainWindow>();
    window->setInteractive(false);
    EXPECT_TRUE(window->openProject(path)) << window->lastError().toStdString();
    window->resize(1200, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->showDocument(document);
    window->documentView()->setFocus();
}

Id Workbench::code(const QString &codePath)
{
    auto id = project().resolveCodePath(codePath);
    EXPECT_TRUE(id.ok()) << id.message().toStdString();
    return id.ok() ? *id : 0;
}

void clickAt(ui::MainWindow &window, qint64 at, Qt::KeyboardModifiers modifiers)
{
    ui::DocumentView *view = window.documentView();
    QTextCursor cursor(view->document());
    cursor.setPosition(view->positions().toUtf16(at));
    const QRect r = view->cursorRect(cursor);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, QPoint(r.x(), r.center().y()));
}

void selectByKeys(ui::MainWindow &window, qint64 start, int graphemes)
{
    clickAt(window, start);
    for (int i = 0; i < graphemes; ++i)
        QTest::keyClick(window.documentView(), Qt::Key_Right, Qt::ShiftModifier);
}

}  // namespace crosscut::test
