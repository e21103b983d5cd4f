#include "report/reportdialog.h"

#include "project/project.h"
#include "render/reportwriter.h"
#include "report/matrixspecrow.h"
#include "report/sectionchoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace crosscut::ui {

namespace {

// The formats a user picks from: reportFormats() without its aliases.
QStringList offeredFormats()
{
    QStringList formats = render::reportFormats();
    formats.removeAll(QStringLiteral("htm"));
    return formats;
}

QString formatOfSuffix(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("htm"))
        return QStringLiteral("html");
    return offeredFormats().contains(lower) ? lower : QString();
}

QStringList splitRoles(const QString &text)
{
    QStringList roles;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const QString role = part.trimmed(); !role.isEmpty())
            roles.append(role);
    return roles;
}

}  // namespace

ReportDialog::ReportDialog(Project &project, QWidget *parent)
    : QDialog(parent), m_project(project)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Evaluation report"));

    // Title page.
    auto *titleBox = new QGroupBox(tr("Title page"), this);
    m_title = new QLineEdit(titleBox);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setPlaceholderText(tr("Evaluation report: %1").arg(project.name()));
    m_subtitle = new QLineEdit(titleBox);
    m_subtitle->setObjectName(QStringLiteral("reportSubtitle"));
    m_organisation = new QLineEdit(titleBox);
    m_organisation->setObjectName(QStringLiteral("reportOrganisation"));
    m_author = new QLineEdit(titleBox);
    m_author->setObjectName(QStringLiteral("reportAuthor"));
    auto *titleForm = new QFormLayout(titleBox);
    titleForm->addRow(tr("&Title:"), m_title);
    titleForm->addRow(tr("S&ubtitle:"), m_subtitle);
    titleForm->addRow(tr("&Organisation:"), m_organisation);
    titleForm->addRow(tr("Aut&hor:"), m_author);

    // Which cases count.
    auto *casesBox = new QGroupBox(tr("Cases counted"), this);
    m_roleAttribute = new QComboBox(casesBox);
    m_roleAttribute->setObjectName(QStringLiteral("roleAttribute"));
    m_roleAttribute->setToolTip(tr("The case attribute that says who a case is"));
    m_excludedRoles = new QLineEdit(casesBox);
    m_excludedRoles->setObjectName(QStringLiteral("excludedRoles"));
    m_excludedRoles->setPlaceholderText(tr("Roles separated by commas"));
    m_excludedRoles->setToolTip(tr("Cases with one of these roles are not counted (interviewers and facilitators are "
                                   "not cases of the evaluation); their quotes are still shown."));
    m_roleValues = new QLabel(casesBox);
    m_roleValues->setObjectName(QStringLiteral("roleValues"));
    m_roleValues->setForegroundRole(QPalette::PlaceholderText);
    auto *casesForm = new QFormLayout(casesBox);
    casesForm->addRow(tr("&Role attribute:"), m_roleAttribute);
    casesForm->addRow(tr("&Leave out roles:"), m_excludedRoles);
    casesForm->addRow(QString(), m_roleValues);
    fillRoleAttributes();
    connect(m_roleAttribute, &QComboBox::currentIndexChanged, this, &ReportDialog::showRoleValues);

    // Matrices.
    auto *matricesBox = new QGroupBox(tr("Matrices (rows × columns, what is counted, shares)"), this);
    auto *matricesLayout = new QVBoxLayout(matricesBox);
    m_matrixLayout = new QVBoxLayout;
    matricesLayout->addLayout(m_matrixLayout);
    m_addMatrix = new QPushButton(tr("&Add matrix"), matricesBox);
    m_addMatrix->setObjectName(QStringLiteral("addMatrix"));
    m_quotesPerCell = new QSpinBox(matricesBox);
    m_quotesPerCell->setObjectName(QStringLiteral("quotesPerCell"));
    m_quotesPerCell->setRange(0, 20);
    m_quotesPerCell->setValue(render::ReportOptions{}.quotesPerCell);
    m_quotesPerCell->setSpecialValueText(tr("None"));
    m_quotesPerCell->setToolTip(tr("Representative quotes shown for each cell of a matrix"));
    auto *quotesLabel = new QLabel(tr("&Quotes per cell:"), matricesBox);
    quotesLabel->setBuddy(m_quotesPerCell);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addMatrix);
    addRow->addStretch(1);
    addRow->addWidget(quotesLabel);
    addRow->addWidget(m_quotesPerCell);
    matricesLayout->addLayout(addRow);
    connect(m_addMatrix, &QPushButton::clicked, this, [this] {
        render::ReportMatrixSpec spec = defaultMatrix(m_project);
        spec.unit = QStringLiteral("cases");
        addMatrix(spec);
    });

    // Contents.
    auto *contentsBox = new QGroupBox(tr("Contents"), this);
    auto *contentsLayout = new QVBoxLayout(contentsBox);
    auto *sectionsGrid = new QGridLayout;
    const QList<SectionChoice> choices = sectionChoices();
    constexpr int kColumns = 6;  // two rows: the dialog fits 1366×768
    for (int i = 0; i < choices.size(); ++i) {
        auto *box = new QCheckBox(choices.at(i).label, contentsBox);
        box->setObjectName(QStringLiteral("section_") + choices.at(i).key);
        box->setChecked(true);
        m_sections.append(box);
        sectionsGrid->addWidget(box, i / kColumns, i % kColumns);
    }
    contentsLayout->addLayout(sectionsGrid);

    // The file.
    auto *fileBox = new QGroupBox(tr("File"), this);
    m_format = new QComboBox(fileBox);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    for (const QString &format : offeredFormats()) {
        QString label;
        if (format == QLatin1String("pdf"))
            label = tr("PDF");
        else if (format == QLatin1String("docx"))
            label = tr("Word document (DOCX)");
        else if (format == QLatin1String("odt"))
            label = tr("OpenDocument text (ODT)");
        else if (format == QLatin1String("html"))
            label = tr("Web page (HTML)");
        else if (format == QLatin1String("xlsx"))
            label = tr("Excel workbook (XLSX)");
        else
            label = format.toUpper();
        m_format->addItem(label, format);
    }
    m_path = new QLineEdit(fileBox);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_browse = new QPushButton(tr("&Browse…"), fileBox);
    m_browse->setObjectName(QStringLiteral("browseReportPath"));
    m_redact = new QCheckBox(tr("Re&dact names and identifying attributes"), fileBox);
    m_redact->setObjectName(QStringLiteral("redactCheckBox"));
    m_redact->setToolTip(tr("Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are "
                            "replaced inside quotes, attributes marked identifying are left out, and the report says "
                            "\"Redacted export\" on every page."));
    auto *formatLabel = new QLabel(tr("&Format:"), fileBox);
    formatLabel->setBuddy(m_format);
    auto *pathLabel = new QLabel(tr("F&ile:"), fileBox);
    pathLabel->setBuddy(m_path);
    auto *fileGrid = new QGridLayout(fileBox);
    fileGrid->addWidget(formatLabel, 0, 0);
    fileGrid->addWidget(m_format, 0, 1);
    fileGrid->addWidget(pathLabel, 0, 2);
    fileGrid->addWidget(m_path, 0, 3);
    fileGrid->addWidget(m_browse, 0, 4);
    fileGrid->addWidget(m_redact, 1, 1, 1, 4);
    fileGrid->setColumnStretch(3, 1);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::formatChosen);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::pathEdited);
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write report"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("writeReport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(titleBox, 3);
    top->addWidget(casesBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(matricesBox);
    layout->addWidget(contentsBox);
    layout->addWidget(fileBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setChoices(render::ReportOptions{}, QString());
}

QString ReportDialog::defaultPath(const Project &project, const QString &format)
{
    const QFileInfo file(project.path());
    return file.absoluteDir().filePath(tr("%1 report").arg(file.completeBaseName()) + u'.' + format);
}

render::ReportMatrixSpec ReportDialog::defaultMatrix(Project &project)
{
    QList<Code> dimensions;
    for (const Code &code : project.codes())
        if (code.isDimension)
            dimensions.append(code);
    std::stable_sort(dimensions.begin(), dimensions.end(), [](const Code &a, const Code &b) { return a.sortOrder < b.sortOrder; });
    QStringList picks;
    for (const QString &preferred : {QStringLiteral("Leadership"), QStringLiteral("Population served")})
        if (std::any_of(dimensions.begin(), dimensions.end(), [&](const Code &c) { return c.name == preferred; }))
            picks.append(preferred);
    for (const Code &code : std::as_const(dimensions))
        if (picks.size() < 2 && !picks.contains(code.name))
            picks.append(code.name);
    auto axis = [&project, &dimensions](const QString &name) {
        analysis::AxisSpec spec;
        spec.kind = analysis::AxisSpec::Kind::Dimension;
        const auto found = std::find_if(dimensions.begin(), dimensions.end(), [&](const Code &c) { return c.name == name; });
        spec.dimension = found == dimensions.end() ? name : project.codePath(found->id);
        return spec.toString();
    };
    render::ReportMatrixSpec spec;
    if (!picks.isEmpty())
        spec.rows = axis(picks.at(0));
    spec.columns = picks.size() > 1 ? axis(picks.at(1)) : QStringLiteral("documents");
    return spec;
}

void ReportDialog::setChoices(const render::ReportOptions &options, const QString &path)
{
    m_title->setText(options.title);
    m_subtitle->setText(options.subtitle);
    m_organisation->setText(options.organisation);
    m_author->setText(options.author);

    while (!m_matrices.isEmpty())
        removeMatrix(m_matrices.constLast());
    render::ReportMatrixSpec first = defaultMatrix(m_project);
    if (!options.rows.isEmpty())
        first.rows = options.rows;
    if (!options.columns.isEmpty())
        first.columns = options.columns;
    addMatrix(first);
    for (const render::ReportMatrixSpec &spec : options.moreMatrices)
        addMatrix(spec);

    m_quotesPerCell->setValue(options.quotesPerCell);
    const QList<SectionChoice> choices = sectionChoices();
    for (int i = 0; i < choices.size(); ++i)
        m_sections.at(i)->setChecked(!options.leftOut.contains(choices.at(i).section));

    if (m_roleAttribute->findData(options.roleAttribute) < 0)
        m_roleAttribute->addItem(options.roleAttribute, options.roleAttribute);  // remembered, though no case has it now
    m_roleAttribute->setCurrentIndex(m_roleAttribute->findData(options.roleAttribute));
    m_excludedRoles->setText(options.excludedRoles.join(QStringLiteral(", ")));
    showRoleValues();
    m_redact->setChecked(options.redact);

    const QString chosen = path.isEmpty() ? defaultPath(m_project, offeredFormats().value(0)) : path;
    m_path->setText(QDir::toNativeSeparators(chosen));
    pathEdited();
}

render::ReportOptions ReportDialog::options() const
{
    render::ReportOptions options;
    options.title = m_title->text().trimmed();
    options.subtitle = m_subtitle->text().trimmed();
    options.organisation = m_organisation->text().trimmed();
    options.author = m_author->text().trimmed();
    if (!m_matrices.isEmpty()) {
        const render::ReportMatrixSpec first = m_matrices.constFirst()->spec();
        options.rows = first.rows;
        options.columns = first.columns;
        for (int i = 1; i < m_matrices.size(); ++i)
            options.moreMatrices.append(m_matrices.at(i)->spec());
    }
    options.quotesPerCell = m_quotesPerCell->value();
    const QList<SectionChoice> choices = sectionChoices();
    for (int i = 0; i < choices.size(); ++i)
        if (!m_sections.at(i)->isChecked())
            options.leftOut.append(choices.at(i).section);
    options.roleAttribute = m_roleAttribute->currentData().toString();
    options.excludedRoles = options.roleAttribute.isEmpty() ? QStringList() : splitRoles(m_excludedRoles->text());
    options.redact = m_redact->isChecked();
    return options;
}

QString ReportDialog::path() const
{
    QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (text.isEmpty())
        return {};
    // A bare name goes beside the project, not into the working folder.
    text = QFileInfo(m_project.path()).absoluteDir().absoluteFilePath(text);
    if (formatOfSuffix(QFileInfo(text).suffix()).isEmpty())
        text += u'.' + chosenFormat();
    return text;
}

QString ReportDialog::chosenFormat() const { return m_format->currentData().toString(); }

MatrixSpecRow *ReportDialog::addMatrix(const render::ReportMatrixSpec &spec)
{
    auto *row = new MatrixSpecRow(&m_project, m_matrices.isEmpty(), this);
    row->setSpec(spec);
    m_matrixLayout->addWidget(row);
    m_matrices.append(row);
    connect(row, &MatrixSpecRow::removeRequested, this, [this, row] { removeMatrix(row); });
    renumberMatrices();
    return row;
}

void ReportDialog::removeMatrix(MatrixSpecRow *row)
{
    m_matrices.removeAll(row);
    m_matrixLayout->removeWidget(row);
    row->hide();
    row->deleteLater();
    renumberMatrices();
}

void ReportDialog::renumberMatrices()
{
    for (int i = 0; i < m_matrices.size(); ++i)
        m_matrices.at(i)->setNumber(i + 1);
    // Keyboard order follows the screen: rows added later still come before "Add matrix".
    QList<QWidget *> order;
    auto collect = [&order](QWidget *parent) {
        for (QWidget *w : parent->findChildren<QWidget *>())
            if ((w->focusPolicy() & Qt::TabFocus) && !order.contains(w))
                order.append(w);
    };
    for (MatrixSpecRow *row : std::as_const(m_matrices))
        collect(row);
    order.append(m_addMatrix);
    order.append(m_quotesPerCell);
    if (order.size() > 1) {
        setTabOrder(m_excludedRoles, order.constFirst());
        for (int i = 1; i < order.size(); ++i)
            setTabOrder(order.at(i - 1), order.at(i));
        setTabOrder(m_quotesPerCell, m_sections.constFirst());
    }
}

void ReportDialog::fillRoleAttributes()
{
    m_roleAttribute->addItem(tr("(every case counts)"), QString());
    QStringList names;
    for (const Attribute &attribute : m_project.attributes(AttributeScope::Case))
        if (!names.contains(attribute.name))
            names.append(attribute.name);
    for (const QString &name : std::as_const(names))
        m_roleAttribute->addItem(name, name);
}

void ReportDialog::showRoleValues()
{
    const QString attribute = m_roleAttribute->currentData().toString();
    m_excludedRoles->setEnabled(!attribute.isEmpty());
    QStringList values;
    if (!attribute.isEmpty())
        for (const Case &c : m_project.cases())
            if (const QString value = m_project.attributeValues(AttributeScope::Case, c.id).value(attribute);
                !value.isEmpty() && !values.contains(value))
                values.append(value);
    values.sort(Qt::CaseInsensitive);
    const QString text = attribute.isEmpty() ? QString()
                         : values.isEmpty()  ? tr("No case has this attribute.")
                                             : tr("Values: %1").arg(values.join(QStringLiteral(", ")));
    // One line, the whole list in the tooltip: a project with many roles
    // does not make the dialog taller than the screen.
    m_roleValues->setToolTip(text);
    m_roleValues->setText(m_roleValues->fontMetrics().elidedText(text, Qt::ElideRight, 2 * m_excludedRoles->sizeHint().width()));
}

void ReportDialog::formatChosen()
{
    const QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (text.isEmpty())
        return;
    const QFileInfo file(text);
    QString base = text;
    if (!formatOfSuffix(file.suffix()).isEmpty())
        base.chop(file.suffix().size() + 1);
    const QSignalBlocker blocker(m_path);
    m_path->setText(QDir::toNativeSeparators(base + u'.' + chosenFormat()));
}

void ReportDialog::pathEdited()
{
    const QString format = formatOfSuffix(QFileInfo(m_path->text().trimmed()).suffix());
    if (format.isEmpty() || format == chosenFormat())
        return;
    const QSignalBlocker blocker(m_format);
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ReportDialog::browse()
{
    const QString format = chosenFormat();
    const QString filter = tr("%1 (*.%2)").arg(m_format->currentText(), format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Report file"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ReportDialog::accept()
{
    QString problem;
    const render::ReportOptions chosen = options();
    if (path().isEmpty())
        problem = tr("Choose the file the report is written to.");
    else if (chosen.rows.isEmpty() || chosen.columns.isEmpty())
        problem = tr("Choose the rows and columns of the first matrix.");
    for (int i = 0; problem.isEmpty() && i < chosen.moreMatrices.size(); ++i)
        if (chosen.moreMatrices.at(i).rows.isEmpty() || chosen.moreMatrices.at(i).columns.isEmpty())
            problem = tr("Choose the rows and columns of matrix %1, or remove it.").arg(i + 2);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    if (m_writer && !m_writer(path(), chosen))
        return;  // the writer said why; the dialog stays open to correct it
    QDialog::accept();
}

}  // namespace crosscut::ui
