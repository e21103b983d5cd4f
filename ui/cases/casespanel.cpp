#include "cases/casespanel.h"

#include "cases/attributeimport.h"
#include "cases/attributetablemodel.h"
#include "project/project.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crosscut::ui {

CasesPanel::CasesPanel(crosscut::Project *project, QWidget *parent)
    : QWidget(parent),
      m_project(project),
      m_model(new AttributeTableModel(project, AttributeScope::Document, this)),
      m_scope(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_newAttribute(new QLineEdit(this)),
      m_newType(new QComboBox(this)),
      m_addAttribute(new QPushButton(tr("Add attribute"), this)),
      m_addCase(new QPushButton(tr("Add case…"), this)),
      m_import(new QPushButton(tr("Import CSV…"), this))
{
    m_scope->addItem(tr("Documents"), static_cast<int>(AttributeScope::Document));
    m_scope->addItem(tr("Cases"), static_cast<int>(AttributeScope::Case));
    m_newAttribute->setPlaceholderText(tr("New attribute name"));
    m_newType->addItem(tr("Text"), static_cast<int>(AttributeType::Text));
    m_newType->addItem(tr("Number"), static_cast<int>(AttributeType::Number));
    m_newType->addItem(tr("Date"), static_cast<int>(AttributeType::Date));
    m_newType->addItem(tr("Category"), static_cast<int>(AttributeType::Category));
    m_import->setToolTip(tr("CSV with a header document,attribute,value[,type] or case,attribute,value[,type]"));

    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_newAttribute);
    bar->addWidget(m_newType);
    bar->addWidget(m_addAttribute);
    bar->addStretch();
    bar->addWidget(m_addCase);
    bar->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setScope(static_cast<AttributeScope>(m_scope->currentData().toInt()));
        m_addCase->setVisible(m_model->scope() == AttributeScope::Case);
    });
    m_addCase->setVisible(false);
    connect(m_addAttribute, &QPushButton::clicked, this, &CasesPanel::addAttribute);
    connect(m_newAttribute, &QLineEdit::returnPressed, this, &CasesPanel::addAttribute);
    connect(m_addCase, &QPushButton::clicked, this, &CasesPanel::addCase);
    connect(m_import, &QPushButton::clicked, this, &CasesPanel::importClicked);
    connect(m_model, &AttributeTableModel::editRejected, this, &CasesPanel::report);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.column() == 0 && m_model->scope() == AttributeScope::Document)
            Q_EMIT openDocumentRequested(m_model->targetId(index.row()));
    });
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QHeaderView *header = m_view->horizontalHeader();
        if (QMenu *menu = headerMenu(header->logicalIndexAt(pos))) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(header->mapToGlobal(pos));
        }
    });
    if (m_project)
        connect(m_project, &Project::changed, this, &CasesPanel::onChanged);
}

QMenu *CasesPanel::headerMenu(int section)
{
    if (!m_project || section < 1 || section >= m_model->columnCount())
        return nullptr;
    const Attribute attribute = m_model->attribute(section);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("attributeHeaderMenu"));
    QAction *identifying = menu->addAction(tr("Identifying (left out of redacted exports)"));
    identifying->setObjectName(QStringLiteral("identifyingAction"));
    identifying->setCheckable(true);
    identifying->setChecked(attribute.identifying);
    connect(identifying, &QAction::toggled, this, [this, id = attribute.id](bool on) {
        if (const Status s = m_project->setAttributeIdentifying(id, on); !s.ok())
            report(s.message());
    });
    return menu;
}

void CasesPanel::addAttribute()
{
    const QString name = m_newAttribute->text().trimmed();
    if (name.isEmpty() || !m_project)
        return;
    if (m_model->rowCount() == 0) {
        report(m_model->scope() == AttributeScope::Document ? tr("Import a document before adding attributes.")
                                                            : tr("Add a case before adding attributes."));
        return;
    }
    // An attribute exists once a value is set; an empty value on the first
    // row declares it with its type.
    const Status status = m_project->setAttribute(m_model->scope(), m_model->targetId(0), name, QString(),
                                                  static_cast<AttributeType>(m_newType->currentData().toInt()));
    if (!status.ok()) {
        report(status.message());
        return;
    }
    m_newAttribute->clear();
}

void CasesPanel::addCase()
{
    const QString name = QInputDialog::getText(this, tr("Add case"), tr("Case name:")).trimmed();
    if (name.isEmpty())
        return;
    if (const Result<Id> added = m_project->addCase(name); !added.ok())
        report(added.message());
}

Result<int> CasesPanel::importCsv(const QString &path)
{
    return importAttributesCsv(*m_project, path);
}

void CasesPanel::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import attributes"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<int> imported = importCsv(path);
    if (!imported.ok())
        report(imported.message());
}

void CasesPanel::onChanged(const crosscut::ChangeList &changes)
{
    if (changes.reset || changes.touches(QStringLiteral("document")) || changes.touches(QStringLiteral("case_"))
        || changes.touches(QStringLiteral("attribute")) || changes.touches(QStringLiteral("document_attribute"))
        || changes.touches(QStringLiteral("case_attribute")))
        m_model->reload();
}

void CasesPanel::report(const QString &message)
{
    m_lastError = message;
    // Window-modal and not blocking, so that an edit delegate closing is not held up.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cases & attributes"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace crosscut::ui
