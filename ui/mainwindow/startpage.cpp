#include "mainwindow/startpage.h"

#include "settings/appsettings.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosscut::ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_demo(new QPushButton(this)), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("<h1>Crosscut</h1><p>Code transcripts along intersectional dimensions, "
                                "then read the matrix.</p>"),
                             this);
    title->setWordWrap(true);
    m_demo->setText(tr("Open the demo project"));
    m_demo->setObjectName(QStringLiteral("openDemo"));
    auto *fromTemplate = new QPushButton(tr("New project from the intersectional template…"), this);
    auto *empty = new QPushButton(tr("New empty project…"), this);
    auto *open = new QPushButton(tr("Open a project…"), this);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::openDemoRequested);
    connect(fromTemplate, &QPushButton::clicked, this, &StartPage::newFromTemplateRequested);
    connect(empty, &QPushButton::clicked, this, &StartPage::newEmptyRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString()); });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    for (QPushButton *b : {m_demo, fromTemplate, empty, open}) {
        b->setMinimumHeight(32);
        column->addWidget(b);
    }
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("Recent projects:"), this));
    column->addWidget(m_recent);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
}

void StartPage::refresh(bool demoAvailable)
{
    m_demo->setVisible(demoAvailable);
    m_recent->clear();
    for (const QString &path : AppSettings::recentProjects()) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName() + QStringLiteral(" — ") + path, m_recent);
        item->setData(Qt::UserRole, path);
    }
}

}  // namespace crosscut::ui
