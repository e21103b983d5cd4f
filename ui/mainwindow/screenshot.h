#pragma once
// Renders the workbench to a PNG for the README and the AppStream file:
// the first document with a quote selected, stripes, codebook, and the
// analysis tabs.

#include <QString>

namespace crosscut::ui {

class MainWindow;

bool renderScreenshot(MainWindow &window, const QString &file);

}  // namespace crosscut::ui
