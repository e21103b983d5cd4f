#include "live/livesetupdialog.h"
#include "widgets/scriptfonts.h"

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
#include <QTimer>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {
constexpr int kFunctionKeys = 12;
}  // namespace

QStringList LiveSetupDialog::liveKeys()
{
    QStringList keys;
    for (int i = 1; i <= kFunctionKeys; ++i)
        keys.append(QStringLiteral("F%1").arg(i));
    for (int i = 1; i <= 9; ++i)
        keys.append(QStringLiteral("Ctrl+%1").arg(i));
    return keys;
}

LiveSetupDialog::LiveSetupDialog(Project *project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Start live session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_date = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this);
    m_place = new QLineEdit(this);
    m_facilitator = new QLineEdit(this);
    m_facilitator->setPlaceholderText(tr("speaks on Alt+0"));
    connect(m_facilitator, &QLineEdit::textChanged, this, [this] { refreshRoster(); });
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Facilitator"), m_facilitator);
    layout->addLayout(form);

    auto *columns = new QHBoxLayout;
    auto *rosterBox = new QVBoxLayout;
    rosterBox->addWidget(new QLabel(tr("<b>Roster</b> — each speaker's key is Alt+digit; type a name in the last row to add one"), this));
    m_rosterTable = new QTableWidget(0, 3, this);
    m_rosterTable->setHorizontalHeaderLabels({tr("Pseudonym"), tr("Key"), tr("Attributes")});
    m_rosterTable->horizontalHeader()->setStretchLastSection(true);
    m_rosterTable->verticalHeader()->hide();
    m_rosterTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(m_rosterTable, &QTableWidget::itemChanged, this, &LiveSetupDialog::onRosterEdited);
    rosterBox->addWidget(m_rosterTable, 2);
    auto *csvButton = new QPushButton(tr("Load roster &CSV…"), this);
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Roster CSV"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            loadRosterCsv(path);
    });
    rosterBox->addWidget(csvButton);
    m_csvFormat = new QLabel(tr("CSV in UTF-8 with a header row <tt>pseudonym,key,…</tt>; a key may be empty (the "
                                "next free digit is given); further columns become the case's attributes:"
                                "<pre>pseudonym,key,Population served\nAigul,1,Sex workers\nRavi,,People who use drugs</pre>"),
                             this);
    m_csvFormat->setObjectName(QStringLiteral("rosterCsvFormat"));
    m_csvFormat->setWordWrap(true);
    m_csvFormat->setTextFormat(Qt::RichText);
    rosterBox->addWidget(m_csvFormat);
    rosterBox->addWidget(new QLabel(tr("…or add existing cases:"), this));
    m_cases = new QListWidget(this);
    for (const Case &c : m_project->cases()) {
        auto *item = new QListWidgetItem(c.name, m_cases);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    rosterBox->addWidget(m_cases, 1);
    auto *casesButton = new QPushButton(tr("Add checked &cases"), this);
    connect(casesButton, &QPushButton::clicked, this, [this] { addCheckedCases(); });
    rosterBox->addWidget(casesButton);
    columns->addLayout(rosterBox, 3);

    // The live codebook: dimensions ticked → their values on the keys.
    auto *dimensionBox = new QVBoxLayout;
    dimensionBox->addWidget(new QLabel(tr("<b>Live codebook</b> — tick the dimensions to code live"), this));
    m_dimensions = new QListWidget(this);
    m_dimensions->setObjectName(QStringLiteral("liveDimensions"));
    const QList<Code> codes = m_project->codes();
    QHash<Id, int> valueCount;
    for (const Code &c : codes)
        if (c.parentId)
            ++valueCount[*c.parentId];
    // Ticked by default: whole dimensions in codebook order while they fit.
    int free = kFunctionKeys;
    int freeCtrl = 9;
    for (const Code &c : codes) {
        if (!c.isDimension || valueCount.value(c.id) == 0)
            continue;
        const int n = valueCount.value(c.id);
        auto *item = new QListWidgetItem(tr("%1 (%n value(s))", nullptr, n).arg(c.name),
                                         m_dimensions);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        bool tick = false;
        if (n <= free) {
            free -= n;
            tick = true;
        } else if (n <= freeCtrl) {
            freeCtrl -= n;
            tick = true;
        }
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
    }
    for (int i = 0; i < m_dimensions->count(); ++i)
        if (m_dimensions->item(i)->checkState() == Qt::Checked)
            m_tickOrder.append(m_dimensions->item(i)->data(Qt::UserRole).toLongLong());
    connect(m_dimensions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const Id dimension = item->data(Qt::UserRole).toLongLong();
        m_tickOrder.removeAll(dimension);
        if (item->checkState() == Qt::Checked)
            m_tickOrder.append(dimension);
        assignTickedDimensions();
    });
    dimensionBox->addWidget(m_dimensions);
    dimensionBox->addWidget(new QLabel(tr("The values of the dimensions ticked go on the keys in the order they "
                                          "were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between "
                                          "them). Any key can then be changed on the right."),
                                       this));
    dimensionBox->itemAt(dimensionBox->count() - 1)->widget()->setProperty("wordWrap", true);
    columns->addLayout(dimensionBox, 2);

    auto *keyBox = new QVBoxLayout;
    keyBox->addWidget(new QLabel(tr("Key → code (Shift+key: the last utterance)"), this));
    const QStringList keys = liveKeys();
    m_keys = new QTableWidget(static_cast<int>(keys.size()), 1, this);
    m_keys->setObjectName(QStringLiteral("liveKeys"));
    m_keys->setHorizontalHeaderLabels({tr("Code")});
    m_keys->setVerticalHeaderLabels(keys);
    m_keys->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < keys.size(); ++row) {
        auto *combo = new QComboBox(m_keys);
        combo->addItem(tr("—"), QVariant());
        for (const Code &c : codes)
            combo->addItem(m_project->codePath(c.id), c.id);
        m_keys->setCellWidget(row, 0, combo);
        m_keyCombos.append(combo);
        // One key per code: choosing a code takes it off any other key.
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            const QVariant code = combo->currentData();
            if (!code.isValid())
                return;
            for (QComboBox *other : std::as_const(m_keyCombos))
                if (other != combo && other->currentData() == code)
                    other->setCurrentIndex(0);
        });
    }
    keyBox->addWidget(m_keys);
    columns->addLayout(keyBox, 3);
    layout->addLayout(columns, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;") + scriptFontsCss());
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start session"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LiveSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LiveSetupDialog::reject);
    layout->addWidget(buttons);
    assignTickedDimensions();
    refreshRoster();
    resize(1100, 700);
}

void LiveSetupDialog::assignTickedDimensions()
{
    const QList<Code> codes = m_project->codes();
    QList<Id> assignment(liveKeys().size(), 0);
    int nextF = 0;
    int nextCtrl = kFunctionKeys;
    for (Id dimension : m_tickOrder) {
        QList<Id> values;
        for (const Code &c : codes)
            if (c.parentId == dimension)
                values.append(c.id);
        const qsizetype n = values.size();
        int at = -1;
        if (nextF + n <= kFunctionKeys) {
            at = nextF;
            nextF += static_cast<int>(n);
        } else if (nextCtrl + n <= assignment.size()) {
            at = nextCtrl;
            nextCtrl += static_cast<int>(n);
        }
        if (at < 0) {
            // The dimension just ticked does not fit: refused, its tick taken
            // back, the keys left as they were.
            m_tickOrder.removeAll(dimension);
            for (int i = 0; i < m_dimensions->count(); ++i)
                if (m_dimensions->item(i)->data(Qt::UserRole).toLongLong() == dimension) {
                    const QSignalBlocker block(m_dimensions);
                    m_dimensions->item(i)->setCheckState(Qt::Unchecked);
                }
            const auto code = m_project->code(dimension);
            showError(tr("%1 does not fit on the free keys; untick another dimension first.")
                          .arg(code ? code->name : QString()));
            return;
        }
        for (qsizetype v = 0; v < n; ++v)
            assignment[at + v] = values[v];
    }
    for (int row = 0; row < m_keyCombos.size(); ++row)
        m_keyCombos[row]->setCurrentIndex(assignment[row] ? m_keyCombos[row]->findData(assignment[row]) : 0);
    showError({});
}

live::SessionInfo LiveSetupDialog::info() const
{
    return {m_title->text().trimmed(), m_date->text().trimmed(), m_place->text().trimmed(), m_facilitator->text().trimmed()};
}

live::RosterEntry LiveSetupDialog::facilitatorEntry() const
{
    const QString name = m_facilitator->text().simplified();
    return {name.isEmpty() ? tr("Facilitator") : name, facilitatorKey(), std::nullopt, {}};
}

QList<live::RosterEntry> LiveSetupDialog::roster() const
{
    const live::RosterEntry facilitator = facilitatorEntry();
    // A roster that names the facilitator, or gives Alt+0 away, keeps it.
    for (const live::RosterEntry &e : m_roster)
        if (e.key == facilitatorKey() || e.pseudonym.compare(facilitator.pseudonym, Qt::CaseInsensitive) == 0)
            return m_roster;
    return QList<live::RosterEntry>{facilitator} + m_roster;
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

bool LiveSetupDialog::addParticipant(const QString &pseudonym)
{
    const QString name = pseudonym.simplified();
    if (name.isEmpty())
        return false;
    for (const live::RosterEntry &e : roster())
        if (e.pseudonym.compare(name, Qt::CaseInsensitive) == 0) {
            showError(tr("\"%1\" is in the roster already.").arg(name));
            refreshRoster();
            return false;
        }
    QList<live::RosterEntry> next = m_roster;
    next.append({name, {}, std::nullopt, {}});
    auto complete = live::completeRoster(next);
    if (!complete) {
        showError(complete.message());
        refreshRoster();
        return false;
    }
    m_roster = *complete;
    refreshRoster();
    showError({});
    return true;
}

void LiveSetupDialog::onRosterEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    // Only the last, empty row takes typing: a name there adds a participant.
    // After the editor has closed: the table is rebuilt, items and all.
    const QString text = item->row() == m_rosterTable->rowCount() - 1 && item->column() == 0 ? item->text() : QString();
    QTimer::singleShot(0, this, [this, text] {
        if (text.trimmed().isEmpty() || !addParticipant(text))
            refreshRoster();
    });
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
    const QSignalBlocker block(m_rosterTable);
    m_refreshing = true;
    const QList<live::RosterEntry> all = roster();
    m_rosterTable->setRowCount(static_cast<int>(all.size()) + 1);
    auto fixed = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    for (int r = 0; r < all.size(); ++r) {
        const live::RosterEntry &e = all[r];
        QStringList attributes;
        for (const auto &[name, value] : e.attributes)
            attributes.append(name + QStringLiteral(": ") + value);
        if (r == 0 && all.size() > m_roster.size())
            attributes.append(tr("facilitator"));
        m_rosterTable->setItem(r, 0, fixed(e.pseudonym));
        m_rosterTable->setItem(r, 1, fixed(e.key.isEmpty() ? QString() : QStringLiteral("Alt+") + e.key));
        m_rosterTable->setItem(r, 2, fixed(attributes.join(QStringLiteral("; "))));
    }
    const int last = static_cast<int>(all.size());
    auto *name = new QTableWidgetItem;
    name->setToolTip(tr("Type a pseudonym and press Enter to add a participant"));
    m_rosterTable->setItem(last, 0, name);
    m_rosterTable->setItem(last, 1, fixed(tr("(next)")));
    m_rosterTable->setItem(last, 2, fixed(QString()));
    m_refreshing = false;
}

void LiveSetupDialog::showError(const QString &message) { m_error->setText(message); }
QString LiveSetupDialog::error() const { return m_error->text(); }

void LiveSetupDialog::accept()
{
    if (info().title.isEmpty())
        return showError(tr("Give the session a title."));
    if (m_project->findDocument(info().title))
        return showError(tr("A document named \"%1\" exists already.").arg(info().title));
    if (m_roster.isEmpty())
        return showError(tr("Add at least one participant: type a name in the roster, load a roster CSV or check cases."));
    QDialog::accept();
}

}  // namespace crosscut::ui
