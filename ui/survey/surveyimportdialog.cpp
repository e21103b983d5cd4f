#include "survey/surveyimportdialog.h"

#include "project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {
constexpr int kRoleRow = 0;
constexpr int kTypeRow = 1;
constexpr int kFirstDataRow = 2;
}  // namespace

SurveyImportDialog::SurveyImportDialog(Project *project, QWidget *parent)
    : QDialog(parent),
      m_project(project),
      m_file(new QLabel(this)),
      m_preview(new QTableWidget(this)),
      m_wave(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import survey"));
    m_file->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("surveyPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(170);
    m_preview->horizontalHeader()->setMaximumSectionSize(320);
    m_wave->setObjectName(QStringLiteral("surveyWave"));
    m_wave->setPlaceholderText(tr("e.g. baseline (optional)"));
    m_wave->setToolTip(tr("With a wave, attributes and documents are named “Q3 [baseline]”, so that two waves of one "
                          "survey live side by side in the project"));
    m_problem->setObjectName(QStringLiteral("surveyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_import->setObjectName(QStringLiteral("surveyImport"));
    m_import->setDefault(true);

    auto *hint = new QLabel(tr("Choose what each column is: the respondents’ <b>identifier</b> (one case per "
                               "respondent), a <b>closed answer</b> (a case attribute of the type shown), an "
                               "<b>open answer</b> (one document per question, each answer a turn of its respondent, "
                               "to code), or <b>skip</b> it."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Wave:"), m_wave);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(hint);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SurveyImportDialog::runImport);
    m_import->setEnabled(false);
    resize(1000, 600);
}

QComboBox *SurveyImportDialog::roleBox(int column) const { return m_roles.value(column); }
QComboBox *SurveyImportDialog::typeBox(int column) const { return m_types.value(column); }

bool SurveyImportDialog::loadFile(const QString &path)
{
    auto table = survey::readSurveyTable(path);
    m_preview->clear();
    m_roles.clear();
    m_types.clear();
    if (!table) {
        m_file->setText(QFileInfo(path).fileName());
        m_import->setEnabled(false);
        showProblem(tr("This file cannot be imported: %1").arg(table.message()));
        return false;
    }
    m_table = std::move(table).value();
    m_file->setText(tr("<b>%1</b>%2 — %n respondent(s)", nullptr, static_cast<int>(m_table.rows.size()))
                        .arg(m_table.fileName.toHtmlEscaped(),
                             m_table.sheetName.isEmpty() ? QString() : tr(", sheet %1").arg(m_table.sheetName.toHtmlEscaped())));
    const int shown = std::min<int>(kPreviewRows, static_cast<int>(m_table.rows.size()));
    m_preview->setColumnCount(m_table.columnCount());
    m_preview->setRowCount(kFirstDataRow + shown);
    m_preview->setHorizontalHeaderLabels(m_table.headers);
    QStringList rowLabels{tr("Use as"), tr("Type")};
    for (int r = 0; r < shown; ++r)
        rowLabels.append(QString::number(r + 1));
    m_preview->setVerticalHeaderLabels(rowLabels);
    const QList<survey::ColumnPlan> suggested = survey::suggestPlan(m_table);
    for (int c = 0; c < m_table.columnCount(); ++c) {
        auto *role = new QComboBox(m_preview);
        role->setObjectName(QStringLiteral("role%1").arg(c));
        role->addItem(tr("Identifier"), static_cast<int>(survey::ColumnRole::Identifier));
        role->addItem(tr("Closed answer → case attribute"), static_cast<int>(survey::ColumnRole::Closed));
        role->addItem(tr("Open answer → text"), static_cast<int>(survey::ColumnRole::Open));
        role->addItem(tr("Skip"), static_cast<int>(survey::ColumnRole::Skip));
        role->setCurrentIndex(role->findData(static_cast<int>(suggested.at(c).role)));
        auto *type = new QComboBox(m_preview);
        type->setObjectName(QStringLiteral("type%1").arg(c));
        const AttributeType detected = survey::detectType(m_table, c);
        for (const auto &[t, label] : {std::pair{AttributeType::Text, tr("Text")}, std::pair{AttributeType::Number, tr("Number")},
                                       std::pair{AttributeType::Date, tr("Date")},
                                       std::pair{AttributeType::Category, tr("Category")}})
            type->addItem(t == detected ? tr("%1 (detected)").arg(label) : label, static_cast<int>(t));
        type->setCurrentIndex(type->findData(static_cast<int>(detected)));
        m_preview->setCellWidget(kRoleRow, c, role);
        m_preview->setCellWidget(kTypeRow, c, type);
        m_roles.append(role);
        m_types.append(type);
        connect(role, &QComboBox::currentIndexChanged, this, [this, c] { roleChanged(c); });
        connect(type, &QComboBox::currentIndexChanged, this, [this] { showProblem({}); });  // a new plan: the old refusal goes
        for (int r = 0; r < shown; ++r) {
            const QString value = m_table.rows.at(r).cells.at(c);
            auto *item = new QTableWidgetItem(QString(value).replace(u'\n', u' '));
            if (value.size() > 40)
                item->setToolTip(value);
            m_preview->setItem(kFirstDataRow + r, c, item);
        }
        type->setEnabled(suggested.at(c).role == survey::ColumnRole::Closed);
    }
    m_preview->resizeColumnsToContents();
    m_problem->hide();
    m_problemText.clear();
    m_import->setEnabled(true);
    return true;
}

void SurveyImportDialog::roleChanged(int column)
{
    showProblem({});
    const auto role = static_cast<survey::ColumnRole>(m_roles.at(column)->currentData().toInt());
    m_types.at(column)->setEnabled(role == survey::ColumnRole::Closed);
    if (role != survey::ColumnRole::Identifier)
        return;
    // One identifier: the column that was it becomes a closed answer.
    for (int c = 0; c < m_roles.size(); ++c)
        if (c != column && m_roles.at(c)->currentData().toInt() == static_cast<int>(survey::ColumnRole::Identifier))
            m_roles.at(c)->setCurrentIndex(m_roles.at(c)->findData(static_cast<int>(survey::ColumnRole::Closed)));
}

QList<survey::ColumnPlan> SurveyImportDialog::plan() const
{
    QList<survey::ColumnPlan> plan;
    for (int c = 0; c < m_roles.size(); ++c)
        plan.append({static_cast<survey::ColumnRole>(m_roles.at(c)->currentData().toInt()),
                     static_cast<AttributeType>(m_types.at(c)->currentData().toInt())});
    return plan;
}

void SurveyImportDialog::showProblem(const QString &text)
{
    m_problemText = text;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SurveyImportDialog::runImport()
{
    if (!m_project || m_roles.isEmpty())
        return;
    auto report = survey::importSurvey(*m_project, m_table, {plan(), m_wave->text().trimmed()});
    if (!report) {
        showProblem(tr("Nothing was imported: %1").arg(report.message()));
        return;
    }
    m_report = *report;
    accept();
}

}  // namespace crosscut::ui
