#include "mainwindow/screenshot.h"

#include "analysis/matrix.h"
#include "charts/chartspanel.h"
#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "matrix/matrixpanel.h"
#include "project/project.h"

#include <QApplication>
#include <QDockWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

namespace crosscut::ui {

namespace {

void selectRichestQuote(DocumentView *view)
{
    if (!view)
        return;
    // A quote with several codes reads best: pick the one with most.
    const QuoteMark *best = nullptr;
    for (const QuoteMark &m : view->marks())
        if (!best || m.codes.size() > best->codes.size())
            best = &m;
    if (best) {
        view->revealQuote(best->quoteId);
        view->centerCursor();
    }
}

// Two dimensions of the intersectional template that the demo codes
// together, so the matrix and the chart are not empty.
void showLeadershipByPopulation(MainWindow &window)
{
    auto *matrix = window.findChild<MatrixPanel *>();
    if (!matrix)
        return;
    analysis::MatrixRequest request;
    request.rows.kind = analysis::AxisSpec::Kind::Dimension;
    request.rows.dimension = QStringLiteral("Leadership");
    request.columns.kind = analysis::AxisSpec::Kind::Dimension;
    request.columns.dimension = QStringLiteral("Population served");
    matrix->setRequest(request);
    if (auto *charts = window.findChild<ChartsPanel *>())
        charts->setKind(ChartsPanel::Kind::StackedBar);
}

void showTab(MainWindow &window, const QString &tab)
{
    QTabWidget *tabs = window.bottomTabs();
    if (!tabs)
        return;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(QLatin1Char('&')).compare(tab, Qt::CaseInsensitive) == 0)
            tabs->setCurrentIndex(i);
    // A chart needs more height than a table to be read.
    if (tab.compare(QStringLiteral("chart"), Qt::CaseInsensitive) == 0) {
        QWidget *w = tabs;
        while (w && !qobject_cast<QDockWidget *>(w))
            w = w->parentWidget();
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            window.resizeDocks({dock}, {480}, Qt::Vertical);
    }
}

}  // namespace

bool renderScreenshot(MainWindow &window, const QString &file, const QString &tab)
{
    window.setInteractive(false);
    window.resize(1500, 940);
    window.show();
    QApplication::processEvents();
    selectRichestQuote(window.documentView());
    showLeadershipByPopulation(window);
    showTab(window, tab);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(file, "PNG")) {
        QTextStream(stderr) << "crosscut: cannot write " << file << '\n';
        return false;
    }
    return true;
}

}  // namespace crosscut::ui
