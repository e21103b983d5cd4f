#include "privacy/pseudonymisedialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

enum Column { NameColumn, PseudonymColumn, ProposedColumn, FoundColumn };

QString oneLine(QString s) { return s.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")); }

}  // namespace

PseudonymiseDialog::PseudonymiseDialog(Project &project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Pseudonymise"));
    setObjectName(QStringLiteral("pseudonymiseDialog"));
    resize(900, 640);

    auto *intro = new QLabel(
        tr("Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every "
           "document's text, speaker, case, attribute value and memo; quotes move with the text, so codings and "
           "matrices stay as they are.<br><b>This cannot be undone.</b> The project's history is erased and the real "
           "names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the "
           "project."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("names"));
    m_table->setHorizontalHeaderLabels({tr("Real name"), tr("Pseudonym"), tr("Proposed as"), tr("Found")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add name"), this);
    add->setObjectName(QStringLiteral("addName"));
    auto *remove = new QPushButton(tr("&Remove name"), this);
    remove->setObjectName(QStringLiteral("removeName"));
    auto *load = new QPushButton(tr("&Load names file…"), this);
    load->setObjectName(QStringLiteral("loadNames"));
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addWidget(load);
    tableButtons->addStretch();
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addLayout(tableButtons);

    m_previewTree = new QTreeWidget(this);
    m_previewTree->setObjectName(QStringLiteral("preview"));
    m_previewTree->setHeaderLabels({tr("Where and in context"), tr("Replacements")});
    m_previewTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_previewTree->header()->setStretchLastSection(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tablePane);
    split->addWidget(m_previewTree);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("No key file: the mapping back to real names is kept nowhere"));
    auto *chooseKey = new QPushButton(tr("&Choose…"), this);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(new QLabel(tr("Key file:"), this));
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(chooseKey);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Pseudonymise"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addLayout(keyRow);
    layout->addWidget(buttons);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &PseudonymiseDialog::refreshPreview);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == NameColumn || item->column() == PseudonymColumn)
            m_refresh->start();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, {}, {});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            m_refresh->start();
        }
    });
    connect(load, &QPushButton::clicked, this, &PseudonymiseDialog::chooseNamesFile);
    connect(chooseKey, &QPushButton::clicked, this, &PseudonymiseDialog::chooseKeyFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });

    for (const privacy::NameCandidate &c : privacy::proposedNames(m_project)) {
        QStringList as;
        if (c.speaker)
            as << tr("speaker");
        if (c.caseName)
            as << tr("case");
        addRow(c.name, {}, as.join(QStringLiteral(", ")));
    }
    refreshPreview();
}

void PseudonymiseDialog::addRow(const QString &name, const QString &pseudonym, const QString &proposedAs)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_table->setItem(row, PseudonymColumn, new QTableWidgetItem(pseudonym));
    for (int column : {int(ProposedColumn), int(FoundColumn)}) {
        auto *item = new QTableWidgetItem(column == ProposedColumn ? proposedAs : QString());
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
    }
}

QStringList PseudonymiseDialog::names() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << m_table->item(row, NameColumn)->text();
    return out;
}

void PseudonymiseDialog::setPseudonym(const QString &name, const QString &pseudonym)
{
    const int row = int(names().indexOf(name));
    if (row < 0)
        addRow(name, pseudonym, {});
    else
        m_table->item(row, PseudonymColumn)->setText(pseudonym);
    m_refresh->start();
}

void PseudonymiseDialog::setKeyFile(const QString &path) { m_keyFile->setText(path); }

bool PseudonymiseDialog::loadNamesFile(const QString &path)
{
    auto list = privacy::readNameFile(path);
    if (!list) {
        m_lastError = list.message();
        m_status->setText(m_lastError);
        return false;
    }
    std::sort(list->begin(), list->end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    for (const privacy::NamePair &p : std::as_const(*list))
        setPseudonym(p.name, p.pseudonym);
    refreshPreview();
    return true;
}

Result<privacy::NameList> PseudonymiseDialog::pairs() const
{
    privacy::NameList list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        const QString pseudonym = m_table->item(row, PseudonymColumn)->text().trimmed();
        if (pseudonym.isEmpty())
            continue;  // not to be replaced
        if (name.isEmpty())
            return makeError(ErrorKind::Invalid, tr("The pseudonym \"%1\" has no real name beside it.").arg(pseudonym));
        list.append({name, pseudonym, 0});
    }
    if (list.isEmpty())
        return makeError(ErrorKind::Invalid, tr("Enter a pseudonym beside each name to replace."));
    return privacy::validateNames(list);
}

void PseudonymiseDialog::refreshPreview()
{
    m_refresh->stop();
    m_previewTree->clear();
    m_preview = {};
    auto list = pairs();
    QHash<QString, int> found;
    if (list) {
        m_preview = privacy::preview(m_project, *list);
        for (const privacy::DocumentPreview &d : std::as_const(m_preview.documents)) {
            auto *doc = new QTreeWidgetItem(m_previewTree, {d.documentName, QString::number(d.occurrences.size())});
            for (const privacy::TextOccurrence &o : d.occurrences) {
                found[o.name] += 1;
                new QTreeWidgetItem(doc, {QStringLiteral("…%1[%2 → %3]%4…")
                                              .arg(oneLine(o.before), o.name, o.pseudonym, oneLine(o.after))});
            }
        }
        if (!m_preview.fields.isEmpty()) {
            auto *fields = new QTreeWidgetItem(m_previewTree, {tr("Speakers, cases, attributes, memos and other names"),
                                                               QString::number(m_preview.fields.size())});
            for (const privacy::FieldChange &f : std::as_const(m_preview.fields))
                new QTreeWidgetItem(fields, {tr("%1: %2 → %3").arg(f.field, oneLine(f.before), oneLine(f.after))});
        }
        qsizetype documents = 0;
        for (const privacy::DocumentPreview &d : std::as_const(m_preview.documents))
            documents += d.occurrences.isEmpty() ? 0 : 1;
        m_status->setText(tr("%1 replacements in the text of %2 of %3 documents, and %4 other fields.")
                              .arg(m_preview.textOccurrences())
                              .arg(documents)
                              .arg(m_preview.documents.size())
                              .arg(m_preview.fields.size()));
    } else {
        m_status->setText(list.message());
    }
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        const bool replaced = !m_table->item(row, PseudonymColumn)->text().trimmed().isEmpty();
        m_table->item(row, FoundColumn)->setText(list && replaced ? QString::number(found.value(name)) : QString());
    }
    m_apply->setEnabled(list.ok());
}

int PseudonymiseDialog::occurrencesIn(const QString &documentName) const
{
    for (const privacy::DocumentPreview &d : m_preview.documents)
        if (d.documentName == documentName)
            return int(d.occurrences.size());
    return -1;
}

QString PseudonymiseDialog::statusText() const { return m_status->text(); }

bool PseudonymiseDialog::apply()
{
    auto list = pairs();
    if (!list) {
        m_lastError = list.message();
        m_status->setText(m_lastError);
        return false;
    }
    const QString keyFile = m_keyFile->text().trimmed();
    if (m_confirm) {
        const QString question =
            keyFile.isEmpty()
                ? tr("Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be "
                     "written: the real names will be kept nowhere.",
                     nullptr, int(list->size()))
                : tr("Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep "
                     "it apart from the project.",
                     nullptr, int(list->size()))
                      .arg(QDir::toNativeSeparators(keyFile));
        if (QMessageBox::warning(this, tr("Pseudonymise"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = privacy::pseudonymise(m_project, *list, keyFile);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        m_lastError = summary.message();
        m_status->setText(m_lastError);
        if (m_confirm)
            QMessageBox::warning(this, tr("Pseudonymise"), tr("Nothing was replaced: %1").arg(m_lastError));
        return false;
    }
    m_summary = *summary;
    accept();
    return true;
}

void PseudonymiseDialog::chooseKeyFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Key file (keep it apart from the project)"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

void PseudonymiseDialog::chooseNamesFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Names file (name,pseudonym)"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !loadNamesFile(path) && m_confirm)
        QMessageBox::warning(this, tr("Pseudonymise"), m_lastError);
}

}  // namespace crosscut::ui
