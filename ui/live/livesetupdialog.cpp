#include "live/livesetupdialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {
QStringList liveKeys()
{
    QStringList keys;
    for (int i = 1; i <= 12; ++i)
        keys.append(QStringLiteral("F%1").arg(i));
    for (int i = 1; i <= 9; ++i)
        keys.append(QStringLiteral("Ctrl+%1").arg(i));
    return keys;
}
}  // namespace

LiveSetupDialog::LiveSetupDialog(Project *project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Start live session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_date = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this);
    m_place = new QLineEdit(this);
    m_facilitator = new QLineEdit(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Facilitator"), m_facilitator);
    layout->addLayout(form);

    auto *columns = new QHBoxLayout;
    auto *rosterBox = new QVBoxLayout;
    rosterBox->addWidget(new QLabel(tr("Roster (pseudonym, speaker key Alt+…)"), this));
    m_rosterTable = new QTableWidget(0, 3, this);
    m_rosterTable->setHorizontalHeaderLabels({tr("Pseudonym"), tr("Key"), tr("Attributes")});
    m_rosterTable->horizontalHeader()->setStretchLastSection(true);
    m_rosterTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rosterBox->addWidget(m_rosterTable);
    auto *csvButton = new QPushButton(tr("Load roster &CSV…"), this);
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Roster CSV"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            loadRosterCsv(path);
    });
    rosterBox->addWidget(csvButton);
    rosterBox->addWidget(new QLabel(tr("…or add existing cases:"), this));
    m_cases = new QListWidget(this);
    for (const Case &c : m_project->cases()) {
        auto *item = new QListWidgetItem(c.name, m_cases);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    rosterBox->addWidget(m_cases);
    auto *casesButton = new QPushButton(tr("Add checked &cases"), this);
    connect(casesButton, &QPushButton::clicked, this, [this] { addCheckedCases(); });
    rosterBox->addWidget(casesButton);
    columns->addLayout(rosterBox, 1);

    auto *keyBox = new QVBoxLayout;
    keyBox->addWidget(new QLabel(tr("Live codebook"), this));
    const QStringList keys = liveKeys();
    m_keys = new QTableWidget(static_cast<int>(keys.size()), 1, this);
    m_keys->setHorizontalHeaderLabels({tr("Code")});
    m_keys->setVerticalHeaderLabels(keys);
    m_keys->horizontalHeader()->setStretchLastSection(true);
    // Pre-filled with the dimensions' values: what a live session mostly codes.
    QList<Id> defaults;
    QHash<Id, bool> isDimension;
    const QList<Code> codes = m_project->codes();
    for (const Code &c : codes)
        isDimension.insert(c.id, c.isDimension);
    for (const Code &c : codes)
        if (c.parentId && isDimension.value(*c.parentId))
            defaults.append(c.id);
    for (int row = 0; row < keys.size(); ++row) {
        auto *combo = new QComboBox(m_keys);
        combo->addItem(tr("—"), QVariant());
        for (const Code &c : codes)
            combo->addItem(m_project->codePath(c.id), c.id);
        if (row < 12 && row < defaults.size())
            combo->setCurrentIndex(combo->findData(defaults[row]));
        m_keys->setCellWidget(row, 0, combo);
        m_keyCombos.append(combo);
    }
    keyBox->addWidget(m_keys);
    columns->addLayout(keyBox, 1);
    layout->addLayout(columns, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start session"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LiveSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LiveSetupDialog::reject);
    layout->addWidget(buttons);
    resize(900, 600);
}

live::SessionInfo LiveSetupDialog::info() const
{
    return {m_title->text().trimmed(), m_date->text().trimmed(), m_place->text().trimmed(), m_facilitator->text().trimmed()};
}

QList<live::CodeKey> LiveSetupDialog::codeKeys() const
{
    QList<live::CodeKey> out;
    const QStringList keys = liveKeys();
    for (int i = 0; i < m_keyCombos.size(); ++i) {
        const QVariant id = m_keyCombos[i]->currentData();
        if (id.isValid())
            out.append({keys[i], id.toLongLong()});
    }
    return out;
}

void LiveSetupDialog::setKey(const QString &key, Id code)
{
    const qsizetype row = liveKeys().indexOf(key);
    if (row >= 0)
        m_keyCombos[row]->setCurrentIndex(m_keyCombos[row]->findData(code));
}

bool LiveSetupDialog::loadRosterCsv(const QString &path)
{
    auto roster = live::readRosterCsv(path);
    if (!roster) {
        showError(roster.message());
        return false;
    }
    m_roster = *roster;
    refreshRoster();
    showError({});
    return true;
}

void LiveSetupDialog::addCheckedCases()
{
    QList<live::RosterEntry> roster = m_roster;
    for (int i = 0; i < m_cases->count(); ++i) {
        QListWidgetItem *item = m_cases->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const Id id = item->data(Qt::UserRole).toLongLong();
        const bool present = std::any_of(roster.cbegin(), roster.cend(), [&](const live::RosterEntry &e) {
            return e.caseId == id || e.pseudonym == item->text();
        });
        if (!present)
            roster.append({item->text(), {}, id, {}});
    }
    auto complete = live::completeRoster(roster);
    if (!complete) {
        showError(complete.message());
        return;
    }
    m_roster = *complete;
    refreshRoster();
}

void LiveSetupDialog::refreshRoster()
{
    m_rosterTable->setRowCount(static_cast<int>(m_roster.size()));
    for (int r = 0; r < m_roster.size(); ++r) {
        const live::RosterEntry &e = m_roster[r];
        QStringList attributes;
        for (const auto &[name, value] : e.attributes)
            attributes.append(name + QStringLiteral(": ") + value);
        m_rosterTable->setItem(r, 0, new QTableWidgetItem(e.pseudonym));
        m_rosterTable->setItem(r, 1, new QTableWidgetItem(e.key));
        m_rosterTable->setItem(r, 2, new QTableWidgetItem(attributes.join(QStringLiteral("; "))));
    }
}

void LiveSetupDialog::showError(const QString &message) { m_error->setText(message); }

void LiveSetupDialog::accept()
{
    if (info().title.isEmpty())
        return showError(tr("Give the session a title."));
    if (m_project->findDocument(info().title))
        return showError(tr("A document named \"%1\" exists already.").arg(info().title));
    if (m_roster.isEmpty())
        return showError(tr("Add at least one participant: load a roster CSV or check cases."));
    QDialog::accept();
}

}  // namespace crosscut::ui
