#pragma once
// Renders the workbench to a PNG for the README, as a user sees it on
// opening the project: a document (the first, or the one named) with its
// most-coded quote selected, stripes, codebook, and one analysis tab:
// "matrix" (the matrix the project opens on), "chart" (it as stacked bars),
// "quotes" (the retrieval of the matrix's fullest cell) or "agreement"
// (Tools → Agreement at its weakest code and first disagreement).

#include <QSize>
#include <QString>

namespace crosscut::ui {

class MainWindow;

struct ScreenshotOptions {
    QString tab = QStringLiteral("matrix");
    QSize size{1500, 940};
    QString document;  // empty: the first
    QString find;      // text to select and centre instead of the richest quote
    QString coders;    // View → Coders: "all", "mine" or "compare"; empty: as remembered
};

bool renderScreenshot(MainWindow &window, const QString &file, const ScreenshotOptions &options = {});

}  // namespace crosscut::ui
