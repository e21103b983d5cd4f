#pragma once
// Helpers for the GUI tests: a main window on a real project file, and
// selecting text in the document view with real mouse and key events.

#include "mainwindow/mainwindow.h"
#include "support/testsupport.h"

#include <memory>

namespace crosscut::test {

// A project with the intersectional template and one document, opened in a
// shown, active main window.
struct Workbench {
    TempDir dir;
    QString path;
    Id document = 0;
    std::unique_ptr<ui::MainWindow> window;

    explicit Workbench(const QString &text, const QString &name = QStringLiteral("interview"));
    Project &project() { return *window->project(); }
    Id code(const QString &path);
};

// Clicks at code point `start` in the view and extends the selection with
// Shift+Right `graphemes` times.
void selectByKeys(ui::MainWindow &window, qint64 start, int graphemes);
// Clicks at code point `at`.
void clickAt(ui::MainWindow &window, qint64 at, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

}  // namespace crosscut::test
