#include "hub/conflictsdialog.h"

#include "hub/offthread.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

enum Column { What, Winner, WinnerValue, Loser, LoserValue, When, Columns };

// A row's JSON as people read it: "name: Provider-led, colour: #aa3300".
QString readable(const QString &json)
{
    if (json.isEmpty())
        return ConflictsDialog::tr("(deleted)");
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json;
    QStringList parts;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("guid") || it.key() == QLatin1String("id"))
            continue;
        const QJsonValue value = it.value();
        const QString shown = value.isNull() ? QStringLiteral("—") : value.toVariant().toString();
        parts << it.key() + QStringLiteral(": ") + shown;
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace

ConflictsDialog::ConflictsDialog(Project &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_table(new QTableWidget(0, Columns, this)),
      m_restore(new QPushButton(tr("&Restore the other version"), this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Team conflicts"));
    auto *intro = new QLabel(tr("Two members changed the same thing before either had synced. The later change on the "
                                "server won; the other is kept here. Restoring it makes it the current version for "
                                "everyone at your next sync."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Kept: by"), tr("Kept: value"), tr("Set aside: by"), tr("Set aside: value"), tr("When")});
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreConflict"));
    m_restore->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { (void)restoreSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::selectionChanged);
    resize(900, 420);
    reload();
}

void ConflictsDialog::showProblem(const QString &problem)
{
    m_lastError = problem;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ConflictsDialog::reload()
{
    showProblem(tr("Asking the server…"));
    m_loading = true;
    m_restore->setEnabled(false);
    Result<std::optional<hub::Link>> link = hub::link(m_project);
    if (!link || !*link) {
        m_loading = false;
        showProblem(link ? tr("This project is not linked to a team server.") : link.message());
        return;
    }
    runOffThread<Result<QList<hub::Conflict>>>(
        this, [link = **link] { return hub::conflicts(link); },
        [this](Result<QList<hub::Conflict>> conflicts) {
            m_loading = false;
            showConflicts(conflicts);
            Q_EMIT loaded();
        });
}

void ConflictsDialog::showConflicts(const Result<QList<hub::Conflict>> &conflicts)
{
    showProblem({});
    m_table->setRowCount(0);
    m_conflicts.clear();
    if (!conflicts) {
        showProblem(conflicts.message());
        selectionChanged();
        return;
    }
    m_conflicts = *conflicts;
    const QLocale locale;
    for (const hub::Conflict &c : std::as_const(m_conflicts)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto set = [this, r](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(r, column, item);
        };
        set(What, c.what.isEmpty() ? c.table + u' ' + c.rowKey : c.what);
        set(Winner, c.winnerAuthor);
        set(WinnerValue, readable(c.winnerValue));
        set(Loser, c.loserAuthor + (c.restored ? tr(" (restored)") : QString()));
        set(LoserValue, readable(c.loserValue));
        set(When, locale.toString(c.at.toLocalTime(), QLocale::ShortFormat));
    }
    if (m_conflicts.isEmpty())
        showProblem(tr("No conflicts: no two members changed the same thing at once."));
    m_table->resizeColumnsToContents();
    for (int column : {WinnerValue, LoserValue})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    selectionChanged();
}

void ConflictsDialog::selectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const bool one = !selected.isEmpty();
    const bool restorable = one && !m_loading && !m_conflicts.at(selected.first()->row()).restored;
    m_restore->setEnabled(restorable);
    m_restore->setToolTip(!one ? tr("Select a conflict first")
                          : restorable ? tr("Makes the set-aside value the current one")
                                       : tr("This version has been restored already"));
}

bool ConflictsDialog::restoreSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const hub::Conflict conflict = m_conflicts.at(selected.first()->row());
    if (Status s = hub::restoreConflict(m_project, conflict); !s) {
        showProblem(tr("Not restored: %1").arg(s.message()));
        return false;
    }
    Q_EMIT restored();
    reload();
    return true;
}

}  // namespace crosscut::ui
