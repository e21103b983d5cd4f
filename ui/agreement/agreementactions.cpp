#include "agreement/agreementactions.h"

#include "agreement/agreementview.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace crosscut::ui {

AgreementActions::AgreementActions(MainWindow *window) : QObject(window), m_window(window)
{
    connect(window, &MainWindow::projectClosing, this, &AgreementActions::drop);
}

void AgreementActions::addTo(QMenu *menu, QList<QAction *> &projectActions)
{
    m_action = menu->addAction(tr("&Agreement…"));
    m_action->setObjectName(QStringLiteral("agreement"));
    m_action->setStatusTip(tr("Inter-coder agreement per code, the coders' disagreements and their adjudication"));
    connect(m_action, &QAction::triggered, this, [this] { (void)show(); });
    projectActions << m_action;
}

AgreementView *AgreementActions::show()
{
    if (!m_window->project())
        return nullptr;
    if (!m_dock) {
        m_dock = new QDockWidget(tr("Agreement"), m_window);
        m_dock->setObjectName(QStringLiteral("agreementDock"));
        m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                            | QDockWidget::DockWidgetClosable);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        if (auto *analysis = m_window->findChild<QDockWidget *>(QStringLiteral("analysisDock")); analysis && analysis->isVisible())
            m_window->tabifyDockWidget(analysis, m_dock);
    }
    if (!m_view) {
        m_view = new AgreementView(m_window->project(), m_dock);
        m_dock->setWidget(m_view);
        connect(m_view, &AgreementView::openSpanRequested, m_window, &MainWindow::openQuoteSpan);
    }
    m_dock->show();
    m_dock->raise();
    // The table and the disagreements beside it need room: over half the window.
    if (!m_dock->isFloating() && m_dock->height() < m_window->height() / 2)
        m_window->resizeDocks({m_dock}, {m_window->height() * 11 / 20}, Qt::Vertical);
    return m_view;
}

void AgreementActions::drop()
{
    if (!m_dock)
        return;
    delete m_view;
    m_view = nullptr;
    m_dock->setWidget(nullptr);
    m_dock->hide();
}

}  // namespace crosscut::ui
