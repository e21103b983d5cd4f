#include "copies/mergedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosscut::ui {

MergeDialog::MergeDialog(QWidget *parent)
    : QDialog(parent), m_files(new QListWidget(this)), m_add(new QPushButton(tr("&Add files…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_keepBoth(new QCheckBox(tr("&Keep both documents when names clash"), this)),
      m_theirs(new QCheckBox(tr("&Take their attribute values"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge projects"));
    auto *intro = new QLabel(tr("Coder copies (or other Crosscut projects) to merge into this one. Documents are "
                                "matched by their identity or their text, never by name alone; every coder's "
                                "codings are kept. The merge is one step of Edit → Undo."),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(440);
    m_files->setObjectName(QStringLiteral("mergeFiles"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_keepBoth->setObjectName(QStringLiteral("keepBoth"));
    m_keepBoth->setToolTip(tr("A copy's document whose name is taken by a different text comes in as \"NAME (2)\"; "
                              "without this, such a clash stops the merge and nothing is merged."));
    m_theirs->setObjectName(QStringLiteral("theirs"));
    m_theirs->setToolTip(tr("Where an attribute value differs, the copy's replaces this project's."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filesRow);
    layout->addWidget(m_keepBoth);
    layout->addWidget(m_theirs);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        updateButtons();
    });
    connect(m_files, &QListWidget::itemSelectionChanged, this, &MergeDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void MergeDialog::addFiles(const QStringList &paths)
{
    const QStringList have = files();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (have.contains(absolute))
            continue;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(absolute), m_files);
        item->setData(Qt::UserRole, absolute);
    }
    updateButtons();
}

QStringList MergeDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

team::MergeOptions MergeDialog::options() const
{
    team::MergeOptions options;
    options.keepBoth = m_keepBoth->isChecked();
    options.theirs = m_theirs->isChecked();
    return options;
}

void MergeDialog::chooseFiles()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Merge projects"), {},
                                           tr("Crosscut projects (*.crosscut);;All files (*)")));
}

void MergeDialog::updateButtons()
{
    m_remove->setEnabled(!m_files->selectedItems().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_files->count() > 0);
}

MergeReportDialog::MergeReportDialog(const team::MergeReport &report, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_lines(report.lines())
{
    setObjectName(QStringLiteral("mergeReport"));
    setWindowTitle(tr("Merge report"));
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("mergeSummary"));
    summary->setWordWrap(true);
    summary->setText(report.changedNothing()
                         ? tr("Nothing new in %1: everything in it is in this project already.").arg(names.join(QStringLiteral(", ")))
                         : tr("Merged %1. Edit → Undo takes the whole merge back.").arg(names.join(QStringLiteral(", "))));
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("mergeLines"));
    text->setReadOnly(true);
    text->setPlainText(m_lines.join(u'\n'));
    const QFontMetrics fm(text->font());
    text->setMinimumSize(fm.horizontalAdvance(QLatin1Char('M')) * 56, fm.lineSpacing() * std::min<qsizetype>(16, m_lines.size() + 2));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(text, 1);
    if (!report.conflicts.isEmpty()) {
        auto *note = new QLabel(tr("%n conflict(s) above: the values kept are named; nothing was settled silently.",
                                   nullptr, int(report.conflicts.size())),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
}

}  // namespace crosscut::ui
