#pragma once
// Renders the workbench to a PNG for the README: the first document with
// its most-coded quote selected, stripes, codebook, and one analysis tab
// ("matrix" or "chart") showing Leadership × Population served when the
// project has those dimensions (the demo and the template do).

#include <QString>

namespace crosscut::ui {

class MainWindow;

bool renderScreenshot(MainWindow &window, const QString &file, const QString &tab = QStringLiteral("matrix"));

}  // namespace crosscut::ui
