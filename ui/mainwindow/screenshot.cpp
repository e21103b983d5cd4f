#include "mainwindow/screenshot.h"

#if __has_include("kwic/kwicpanel.h")
#include "kwic/kwicpanel.h"
#endif

#include "charts/chartspanel.h"
#include "coders/coderfilter.h"
#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/teamactions.h"
#include "matrix/matrixpanel.h"
#if __has_include("framework/frameworkpanel.h")
#include "framework/frameworkpanel.h"
#endif
#include "project/project.h"
#if __has_include("network/networkpanel.h")
#include "network/networkpanel.h"
#endif
#if __has_include("agreement/agreementactions.h")
#include "agreement/agreementactions.h"
#include "agreement/agreementview.h"
#endif
#if __has_include("portraits/portraitpanel.h")
#include "portraits/portraitpanel.h"
#endif

#if __has_include("words/wordspanel.h")
#include "words/wordspanel.h"

#include <QComboBox>
#endif
#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
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

// The retrieval of the matrix's fullest cell, as a click on it shows it.
void drillIntoFullestCell(MainWindow &window)
{
    auto *matrix = window.findChild<MatrixPanel *>();
    if (!matrix)
        return;
    QTableView *view = matrix->findChild<QTableView *>();
    if (!view || !view->model())
        return;
    QModelIndex fullest;
    int most = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            const QModelIndex index = view->model()->index(r, c);
            const int n = QLocale().toInt(index.data().toString());
            if (n > most) {
                most = n;
                fullest = index;
            }
        }
    if (fullest.isValid())
        Q_EMIT view->clicked(fullest);
}

void showTab(MainWindow &window, const QString &tab)
{
#if __has_include("agreement/agreementactions.h")
    // Tools → Agreement, at the code an adjudicator would start with.
    if (tab.compare(QStringLiteral("agreement"), Qt::CaseInsensitive) == 0) {
        if (auto *actions = window.findChild<AgreementActions *>())
            if (AgreementView *view = actions->show()) {
                QApplication::processEvents();
                view->selectWeakestCode();
            }
        return;
    }
#endif
    QTabWidget *tabs = window.bottomTabs();
    if (!tabs)
        return;
    QString name = tab;
#if __has_include("portraits/portraitpanel.h")
    // "portrait-all": the Portrait tab's small multiples of every document.
    if (tab.compare(QStringLiteral("portrait-all"), Qt::CaseInsensitive) == 0) {
        name = QStringLiteral("portrait");
        if (auto *portraits = window.findChild<PortraitPanel *>())
            portraits->setMode(PortraitPanel::Mode::AllDocuments);
    }
#endif
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(QLatin1Char('&')).compare(name, Qt::CaseInsensitive) == 0)
            tabs->setCurrentIndex(i);
#if __has_include("network/networkpanel.h")
    // The network with its best-connected case clicked.
    if (tab.compare(QStringLiteral("network"), Qt::CaseInsensitive) == 0)
        if (auto *network = window.findChild<NetworkPanel *>())
            network->selectBestConnectedCase();
#endif
    // A chart, a KWIC list, the Words tab's cloud, a portrait or a network
    // needs more height than a table to be read.
    static const QStringList tall = {QStringLiteral("chart"), QStringLiteral("kwic"), QStringLiteral("words"),
                                     QStringLiteral("portrait"), QStringLiteral("code relations"),
                                     QStringLiteral("network")};
    if (tall.contains(name, Qt::CaseInsensitive)) {
        QWidget *w = tabs;
        while (w && !qobject_cast<QDockWidget *>(w))
            w = w->parentWidget();
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            window.resizeDocks({dock}, {tab.compare(QStringLiteral("network"), Qt::CaseInsensitive) == 0 ? 580 : 480}, Qt::Vertical);
    }
}

}  // namespace

bool renderScreenshot(MainWindow &window, const QString &file, const ScreenshotOptions &options)
{
    window.setInteractive(false);
    window.resize(options.size);
    window.show();
    QApplication::processEvents();
    if (CoderFilter *filter = window.teamActions()->coderFilter())
        if (const std::optional<CoderView> view = coderViewFromName(options.coders))
            filter->setView(*view);
    if (!options.document.isEmpty() && window.project())
        for (const Document &d : window.project()->documents())
            if (d.name == options.document)
                window.showDocument(d.id);
    if (DocumentView *view = window.documentView(); view && !options.find.isEmpty()) {
        const int at = int(view->document()->toPlainText().indexOf(options.find));
        if (at >= 0) {
            QTextCursor cursor(view->document());
            cursor.setPosition(at);
            cursor.setPosition(at + int(options.find.size()), QTextCursor::KeepAnchor);
            view->setTextCursor(cursor);
            view->centerCursor();
        }
    } else {
        selectRichestQuote(window.documentView());
    }
    if (auto *charts = window.findChild<ChartsPanel *>())
        charts->setKind(ChartsPanel::Kind::StackedBar);
#if __has_include("words/wordspanel.h")
    // The Words tab with a column per country, when the project has one.
    if (auto *words = window.findChild<WordsPanel *>())
        if (const int at = words->groupBox()->findData(QStringLiteral("case:Country")); at >= 0)
            words->groupBox()->setCurrentIndex(at);
#endif
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    if (options.tab.compare(QStringLiteral("quotes"), Qt::CaseInsensitive) == 0)
        drillIntoFullestCell(window);
    else
        showTab(window, options.tab);
#if __has_include("kwic/kwicpanel.h")
    // The KWIC tab shows the word to find in context (--screenshot-find).
    if (options.tab.compare(QStringLiteral("kwic"), Qt::CaseInsensitive) == 0 && !options.find.isEmpty())
        if (auto *kwic = window.findChild<KwicPanel *>()) {
            kwic->showKeyword(options.find);
            while (kwic->searching())
                QApplication::processEvents();
        }
#endif
#if __has_include("framework/frameworkpanel.h")
    // The framework tab with its most-summarised-and-quoted cell selected.
    if (options.tab.compare(QStringLiteral("framework"), Qt::CaseInsensitive) == 0)
        if (auto *framework = window.findChild<FrameworkPanel *>()) {
            // --screenshot-find names the columns here ("dimension:Leadership").
            if (auto columns = analysis::AxisSpec::parse(options.find); !options.find.isEmpty() && columns.ok()) {
                analysis::FrameworkRequest request = framework->request();
                request.columns = *columns;
                framework->setRequest(request);
            }
            QApplication::processEvents();
            const auto &f = framework->result();
            int bestRow = -1, bestColumn = -1;
            qsizetype best = -1;
            for (int r = 0; r < f.rows.size(); ++r)
                for (int c = 0; c < f.columns.size(); ++c) {
                    const qsizetype score = f.cell(r, c).quoteIds.size() + (f.cell(r, c).summary.text.isEmpty() ? 0 : 1000);
                    if (score > best) {
                        best = score;
                        bestRow = r;
                        bestColumn = c;
                    }
                }
            if (bestRow >= 0)
                framework->selectCell(bestRow, bestColumn);
            // As a user drags the analysis dock up to read the cells.
            framework->setMinimumHeight(options.size.height() / 2);
        }
#endif
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    window.fitAnalysisDock();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(file, "PNG")) {
        QTextStream(stderr) << "crosscut: cannot write " << file << '\n';
        return false;
    }
    return true;
}

}  // namespace crosscut::ui
