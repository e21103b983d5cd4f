#include "mainwindow/screenshot.h"

#include "document/documentview.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

namespace crosscut::ui {

bool renderScreenshot(MainWindow &window, const QString &file)
{
    window.setInteractive(false);
    window.resize(1500, 940);
    window.show();
    QApplication::processEvents();
    if (DocumentView *view = window.documentView()) {
        // A quote with several codes reads best: pick the one with most.
        const QuoteMark *best = nullptr;
        for (const QuoteMark &m : view->marks())
            if (!best || m.codes.size() > best->codes.size())
                best = &m;
        if (best) {
            const Id quote = best->quoteId;
            view->revealQuote(quote);
            view->centerCursor();
        }
    }
    if (QTabWidget *tabs = window.bottomTabs()) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).contains(QStringLiteral("atrix")))
                tabs->setCurrentIndex(i);
    }
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
