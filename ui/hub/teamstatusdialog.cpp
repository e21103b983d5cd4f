#include "hub/teamstatusdialog.h"

#include "hub/offthread.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

QString roleWord(hub::Role role)
{
    switch (role) {
    case hub::Role::Lead:
        return TeamStatusDialog::tr("lead");
    case hub::Role::Coder:
        return TeamStatusDialog::tr("coder");
    case hub::Role::Reader:
        return TeamStatusDialog::tr("reader");
    }
    return {};
}

}  // namespace

TeamStatusDialog::TeamStatusDialog(Project &project, const QDateTime &lastSync, QWidget *parent)
    : QDialog(parent), m_project(project), m_lastSync(lastSync), m_summary(new QLabel(this)),
      m_membersBox(new QGroupBox(tr("Members"), this)), m_members(new QTableWidget(0, 3, this)),
      m_user(new QLineEdit(this)), m_coder(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("&Remove the selected member"), this)),
      m_release(new QPushButton(tr("Release &blind coding"), this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamStatusDialog"));
    setWindowTitle(tr("Team status"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHorizontalHeaderLabels({tr("PostgreSQL user"), tr("Role"), tr("Coder name")});
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->hide();
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_user->setObjectName(QStringLiteral("newUser"));
    m_user->setPlaceholderText(tr("PostgreSQL user"));
    m_coder->setObjectName(QStringLiteral("newCoder"));
    m_coder->setPlaceholderText(tr("coder name"));
    m_role->setObjectName(QStringLiteral("newRole"));
    for (hub::Role role : {hub::Role::Coder, hub::Role::Reader, hub::Role::Lead})
        m_role->addItem(roleWord(role), int(role));
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_release->setObjectName(QStringLiteral("releaseBlind"));
    m_release->setToolTip(tr("Every coder may then read every coder's coding, for agreement and adjudication"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_user, 2);
    addRow->addWidget(m_coder, 2);
    addRow->addWidget(m_role, 1);
    addRow->addWidget(m_add);
    auto *membersLayout = new QVBoxLayout(m_membersBox);
    membersLayout->addWidget(m_members);
    membersLayout->addLayout(addRow);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_remove);
    memberButtons->addStretch(1);
    memberButtons->addWidget(m_release);
    membersLayout->addLayout(memberButtons);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_membersBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &TeamStatusDialog::reload);
    connect(m_add, &QPushButton::clicked, this, &TeamStatusDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamStatusDialog::removeSelectedMember);
    connect(m_release, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("Let every coder read every coder's coding from now on? This cannot be taken back."),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            releaseBlind();
    });
    connect(m_members, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_loading && !m_members->selectedItems().isEmpty()); });
    resize(640, 480);
    reload();
}

void TeamStatusDialog::showProblem(const QString &problem)
{
    m_lastError = problem;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void TeamStatusDialog::reload()
{
    showProblem({});
    Result<hub::HubStatus> status = hub::status(m_project, false);
    if (!status) {
        m_status.reset();
        m_summary->setText(tr("This project is not linked to a team server."));
        m_membersBox->hide();
        showProblem(status.message());
        return;
    }
    m_status = *status;
    showSummary(std::nullopt, tr("asking the server…"));
    const bool lead = status->link.role == hub::Role::Lead;
    m_membersBox->setVisible(lead);
    m_members->setRowCount(0);
    for (QPushButton *b : {m_add, m_remove, m_release})
        b->setEnabled(false);
    m_loading = true;
    struct Answer {
        Result<hub::ServerState> server = makeError(ErrorKind::Offline, {});
        std::optional<Result<QList<hub::Member>>> members;
    };
    const hub::Link link = status->link;
    runOffThread<Answer>(
        this,
        [link, lead] {
            Answer answer;
            answer.server = hub::serverState(link);
            if (answer.server && lead)
                answer.members = hub::members(link.conninfo, link.project);
            return answer;
        },
        [this, lead](Answer answer) {
            m_loading = false;
            if (!answer.server) {
                showSummary(std::nullopt, answer.server.message());
                Q_EMIT loaded();
                return;
            }
            showSummary(*answer.server, {});
            m_release->setEnabled(lead && answer.server->blind && !answer.server->released);
            m_release->setToolTip(!answer.server->blind  ? tr("This project is not blind")
                                  : answer.server->released ? tr("Blind coding is released already")
                                                            : tr("Every coder may then read every coder's coding, for "
                                                                 "agreement and adjudication"));
            m_add->setEnabled(lead);
            if (answer.members && !*answer.members)
                showProblem(answer.members->message());
            if (answer.members && *answer.members) {
                for (const hub::Member &member : **answer.members) {
                    const int r = m_members->rowCount();
                    m_members->insertRow(r);
                    m_members->setItem(r, 0, new QTableWidgetItem(member.user));
                    m_members->setItem(r, 1, new QTableWidgetItem(roleWord(member.role)));
                    m_members->setItem(r, 2, new QTableWidgetItem(member.coder));
                }
                m_members->resizeColumnsToContents();
            }
            Q_EMIT loaded();
        });
}

void TeamStatusDialog::showSummary(const std::optional<hub::ServerState> &server, const QString &offline)
{
    const hub::HubStatus &status = *m_status;
    const hub::Link &link = status.link;
    const QLocale locale;
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Server:"), link.conninfo);
    row(tr("Project on the server:"), link.project);
    row(tr("You code as:"), tr("%1 (PostgreSQL user %2)").arg(link.coder, link.user));
    row(tr("Role:"), roleWord(server ? server->role : link.role));
    if (server && server->blind)
        row(tr("Blind coding:"), server->released ? tr("released by the lead") : tr("on: coders see only their own coding"));
    row(tr("Changes to send:"), locale.toString(status.pending));
    if (server)
        row(tr("Behind the server:"), tr("%n operation(s)", nullptr, int(std::max<qint64>(0, server->serverSeq - link.lastPulled))));
    else
        row(tr("Server:"), offline == tr("asking the server…") ? offline : tr("offline — %1").arg(offline));
    row(tr("Last sync:"), m_lastSync.isValid() ? locale.toString(m_lastSync, QLocale::ShortFormat)
                                               : tr("not since the project was opened"));
    m_summary->setText(QStringLiteral("<table cellspacing=\"4\">") + rows.join(QString()) + QStringLiteral("</table>"));
}

void TeamStatusDialog::runChange(const QString &failure, std::function<Status()> change)
{
    for (QPushButton *b : {m_add, m_remove, m_release})
        b->setEnabled(false);
    m_loading = true;
    runOffThread<Status>(this, std::move(change), [this, failure](Status s) {
        m_loading = false;
        reload();
        if (!s)
            showProblem(failure.arg(s.message()));
    });
}

void TeamStatusDialog::addMember()
{
    if (!m_status)
        return;
    hub::Member member;
    member.user = m_user->text().trimmed();
    member.coder = m_coder->text().trimmed();
    member.role = hub::Role(m_role->currentData().toInt());
    if (member.user.isEmpty())
        return showProblem(tr("Give the member's PostgreSQL user (the server's administrator creates it)."));
    if (member.coder.isEmpty())
        member.coder = member.user;
    m_user->clear();
    m_coder->clear();
    const hub::Link link = m_status->link;
    runChange(tr("%1 was not added: %2").arg(member.user, QStringLiteral("%1")),
              [link, member] { return hub::addMember(link.conninfo, link.project, member); });
}

void TeamStatusDialog::removeSelectedMember()
{
    const QList<QTableWidgetItem *> selected = m_members->selectedItems();
    if (!m_status || selected.isEmpty())
        return;
    const QString user = m_members->item(selected.first()->row(), 0)->text();
    const hub::Link link = m_status->link;
    runChange(tr("%1 was not removed: %2").arg(user, QStringLiteral("%1")),
              [link, user] { return hub::removeMember(link.conninfo, link.project, user); });
}

void TeamStatusDialog::releaseBlind()
{
    if (!m_status)
        return;
    const hub::Link link = m_status->link;
    runChange(tr("Blind coding was not released: %1"), [link] { return hub::releaseBlind(link.conninfo, link.project); });
}

}  // namespace crosscut::ui
