#include "codebook/codebookpanel.h"

#include "codebook/codebookmodel.h"
#include "codebook/shortcutdialog.h"
#include "memos/memodialog.h"

#include <QAction>
#include <QColorDialog>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolBar>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace crosscut::ui {

CodebookPanel::CodebookPanel(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new CodebookModel(project, this)), m_tree(new QTreeView(this)),
      m_fitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("codebookPanel"));
    m_tree->setObjectName(QStringLiteral("codebookTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(CodebookModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CodebookModel::ShortcutColumn, QHeaderView::ResizeToContents);
    m_tree->expandAll();
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Names get the width: the Key column is as wide as its keys (gone while
    // no code has one), and a name is not cut to make room for it.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &CodebookPanel::fitColumns);
    auto refit = [this] { m_fitTimer->start(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, refit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refit);
    connect(m_tree, &QTreeView::expanded, this, refit);
    connect(m_tree, &QTreeView::collapsed, this, refit);
    m_tree->viewport()->installEventFilter(this);
    fitColumns();
    // A rebuilt tree (after a move or a new code) opens fully again.
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto code = m_model->codeAt(index))
            Q_EMIT applyRequested(*code);
    });
    connect(m_model, &CodebookModel::operationFailed, this, &CodebookPanel::error);

    auto make = [this](const QString &text, const QString &name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        m_tree->addAction(a);
        return a;
    };
    m_new = make(tr("New code…"), QStringLiteral("newCode"), [this] { newCode(false); });
    m_newChild = make(tr("New sub-code…"), QStringLiteral("newSubCode"), [this] { newCode(true); });
    m_rename = make(tr("Rename"), QStringLiteral("renameCode"), [this] {
        if (const auto c = selectedCode())
            m_tree->edit(m_model->indexOf(*c));
    });
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_describe = make(tr("Description…"), QStringLiteral("describeCode"), [this] {
        if (const auto c = selectedCode())
            editDescription(*c);
    });
    m_memo = make(tr("Memo…"), QStringLiteral("codeMemo"), [this] {
        if (const auto c = selectedCode())
            editMemo(*c);
    });
    m_newMemo = make(tr("New memo on this code…"), QStringLiteral("codeNewMemo"), [this] {
        if (const auto c = selectedCode())
            report(MemoDialog::create(m_project, MemoTarget::Code, *c, this));
    });
    m_color = make(tr("Colour…"), QStringLiteral("recolorCode"), [this] {
        if (const auto c = selectedCode())
            recolorCode(*c);
    });
    m_shortcut = make(tr("Keyboard shortcut…"), QStringLiteral("codeShortcut"), [this] {
        if (const auto c = selectedCode())
            editShortcut(*c);
    });
    m_merge = make(tr("Merge into…"), QStringLiteral("mergeCode"), [this] {
        if (const auto c = selectedCode())
            mergeCode(*c);
    });
    m_delete = make(tr("Delete…"), QStringLiteral("deleteCode"), [this] {
        if (const auto c = selectedCode())
            deleteCode(*c);
    });
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_new);
    bar->addAction(m_newChild);
    bar->addAction(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookPanel::updateActions);
    updateActions();
}

QList<QAction *> CodebookPanel::editActions() const
{
    return {m_new, m_newChild, m_rename, m_describe, m_memo, m_newMemo, m_color, m_shortcut, m_merge, m_delete};
}

void CodebookPanel::updateActions()
{
    const bool has = selectedCode().has_value();
    for (QAction *a : {m_newChild, m_rename, m_describe, m_memo, m_newMemo, m_color, m_shortcut, m_merge, m_delete})
        a->setEnabled(has);
}

void CodebookPanel::fitColumns()
{
    bool any = false;
    for (const Code &c : m_model->codes())
        any = any || !c.shortcut.isEmpty();
    m_tree->setColumnHidden(CodebookModel::ShortcutColumn, !any);
    QHeaderView *header = m_tree->header();
    const int count = header->sectionSize(CodebookModel::CountColumn);
    const int key = any ? header->sectionSize(CodebookModel::ShortcutColumn) : 0;
    const int room = m_tree->viewport()->width();
    // (QTreeView hides the override that counts each row's indentation.)
    const int names = static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(CodebookModel::NameColumn);
    // Names take all the width but the counts' before a key is shown: in a
    // narrow dock the Key column is the one scrolled to.
    header->resizeSection(CodebookModel::NameColumn, std::max(std::min(names, room - count), room - count - key));
}

bool CodebookPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

std::optional<Id> CodebookPanel::selectedCode() const { return m_model->codeAt(m_tree->currentIndex()); }

void CodebookPanel::selectCode(Id code) { m_tree->setCurrentIndex(m_model->indexOf(code)); }

void CodebookPanel::report(const Status &status)
{
    if (!status)
        Q_EMIT error(status.message());
}

void CodebookPanel::newCode(bool asChild)
{
    const std::optional<Id> parent = asChild ? selectedCode() : std::nullopt;
    if (asChild && !parent)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, asChild ? tr("New sub-code") : tr("New code"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    CodeSpec spec;
    spec.name = name;
    // New codes get a colour from a fixed cycle so neighbours differ.
    static const QStringList cycle = {QStringLiteral("#4e79a7"), QStringLiteral("#f28e2b"), QStringLiteral("#e15759"),
                                      QStringLiteral("#76b7b2"), QStringLiteral("#59a14f"), QStringLiteral("#edc948"),
                                      QStringLiteral("#b07aa1"), QStringLiteral("#ff9da7"), QStringLiteral("#9c755f")};
    spec.color = cycle.at(int(m_model->codes().size() % cycle.size()));
    const Result<Id> id = m_project->addCode(parent, spec);
    if (!id)
        Q_EMIT error(id.message());
    else
        selectCode(*id);
}

void CodebookPanel::deleteCode(Id code, bool confirm)
{
    const QList<Id> all = m_project->codeDescendants(code);
    int codings = 0;
    for (Id c : all)
        codings += m_project->codingCount(c);
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Delete code"),
            tr("Delete “%1” with %n sub-code(s)?", "", int(all.size() - 1)).arg(m_project->codePath(code)) + u'\n' +
                tr("%n coding(s) will be removed, with the quotes left without a code. You can undo this.", "",
                   codings));
        if (answer != QMessageBox::Yes)
            return;
    }
    report(m_project->deleteCode(code));
}

void CodebookPanel::mergeCode(Id from)
{
    QStringList paths;
    QList<Id> ids;
    const QList<Id> excluded = m_project->codeDescendants(from);
    for (const Code &c : m_model->codes()) {
        if (excluded.contains(c.id))
            continue;
        paths << m_project->codePath(c.id);
        ids << c.id;
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Merge code"),
                                                 tr("Merge “%1” into:").arg(m_project->codePath(from)), paths, 0,
                                                 false, &ok);
    if (!ok)
        return;
    report(m_project->mergeCode(from, ids.at(paths.indexOf(choice))));
}

void CodebookPanel::recolorCode(Id code)
{
    const auto c = m_model->code(code);
    if (!c)
        return;
    const QColor color = QColorDialog::getColor(QColor(c->color), this, tr("Code colour"));
    if (color.isValid())
        report(m_project->setCodeColor(code, color.name()));
}

void CodebookPanel::editShortcut(Id code)
{
    if (!m_model->code(code))
        return;
    // The window's own commands keep their keys (an ambiguous shortcut
    // would run neither); other codes' keys are the project's to move.
    QSet<QString> codeKeys;
    for (const Code &c : m_model->codes())
        if (!c.shortcut.isEmpty())
            codeKeys.insert(QKeySequence(c.shortcut).toString(QKeySequence::PortableText));
    QHash<QKeySequence, QString> reserved;
    for (const QAction *action : window()->findChildren<QAction *>()) {
        // "Undo", not "Undo Set shortcut of Global".
        QString command = action->text().remove(u'&').remove(QStringLiteral("…"));
        for (const QString &label : {m_project->undoLabel(), m_project->redoLabel()})
            if (!label.isEmpty() && command.endsWith(label))
                command = command.chopped(label.size()).trimmed().remove(QRegularExpression(QStringLiteral("[:：]$")));
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty() && !codeKeys.contains(key.toString(QKeySequence::PortableText)))
                reserved.insert(key, command);
        }
    }
    ShortcutDialog dialog(m_project, code, reserved, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_project->setCodeShortcut(code, dialog.shortcut()));
}

void CodebookPanel::editDescription(Id code)
{
    const auto c = m_model->code(code);
    if (!c)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Description of “%1”").arg(c->name),
                                                        tr("What this code means, and when to apply it:"),
                                                        c->description, &ok);
    if (!ok)
        return;
    const QString description = text.trimmed();
    if (description != c->description)
        report(m_project->setCodeDescription(code, description));
}

void CodebookPanel::editMemo(Id code)
{
    if (m_model->code(code))
        report(MemoDialog::edit(m_project, MemoTarget::Code, code, this));
}

}  // namespace crosscut::ui
