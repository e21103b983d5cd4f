#include "matrix/axispicker.h"

#include "project/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace crosscut::ui {

using analysis::AxisSpec;

AxisPicker::AxisPicker(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_kind(new QComboBox(this)), m_choice(new QComboBox(this)), m_codes(new QLineEdit(this))
{
    m_kind->addItem(tr("Dimension"), static_cast<int>(AxisSpec::Kind::Dimension));
    m_kind->addItem(tr("Codes"), static_cast<int>(AxisSpec::Kind::Codes));
    m_kind->addItem(tr("Attribute"), static_cast<int>(AxisSpec::Kind::Attribute));
    m_kind->addItem(tr("Documents"), static_cast<int>(AxisSpec::Kind::Documents));
    m_kind->addItem(tr("Cases"), static_cast<int>(AxisSpec::Kind::Cases));
    m_codes->setPlaceholderText(tr("Code paths, separated by commas"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_codes, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        reloadChoices();
        Q_EMIT specChanged();
    });
    connect(m_choice, &QComboBox::activated, this, &AxisPicker::specChanged);
    connect(m_codes, &QLineEdit::editingFinished, this, &AxisPicker::specChanged);
    reloadChoices();
}

void AxisPicker::reloadChoices()
{
    const QString current = m_choice->currentData().toString();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    const auto kind = static_cast<AxisSpec::Kind>(m_kind->currentData().toInt());
    if (m_project && kind == AxisSpec::Kind::Dimension) {
        for (const Code &code : m_project->codes())
            if (code.isDimension)
                m_choice->addItem(m_project->codePath(code.id), m_project->codePath(code.id));
    } else if (m_project && kind == AxisSpec::Kind::Attribute) {
        QStringList names;
        for (const Attribute &a : m_project->attributes())
            if (!names.contains(a.name))
                names.append(a.name);
        for (const QString &name : std::as_const(names))
            m_choice->addItem(name, name);
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(current)));
    updateVisibility();
}

void AxisPicker::updateVisibility()
{
    const auto kind = static_cast<AxisSpec::Kind>(m_kind->currentData().toInt());
    m_choice->setVisible(kind == AxisSpec::Kind::Dimension || kind == AxisSpec::Kind::Attribute);
    m_codes->setVisible(kind == AxisSpec::Kind::Codes);
}

AxisSpec AxisPicker::spec() const
{
    AxisSpec spec;
    spec.kind = static_cast<AxisSpec::Kind>(m_kind->currentData().toInt());
    if (spec.kind == AxisSpec::Kind::Dimension)
        spec.dimension = m_choice->currentData().toString();
    else if (spec.kind == AxisSpec::Kind::Attribute)
        spec.attribute = m_choice->currentData().toString();
    else if (spec.kind == AxisSpec::Kind::Codes) {
        // Same syntax as the CLI's codes: list.
        if (auto parsed = AxisSpec::parse(QStringLiteral("codes:") + m_codes->text().trimmed()); parsed.ok())
            spec.codes = parsed->codes;
    }
    return spec;
}

void AxisPicker::setSpec(const AxisSpec &spec)
{
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(spec.kind))));
    }
    reloadChoices();
    if (spec.kind == AxisSpec::Kind::Dimension)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(spec.dimension)));
    else if (spec.kind == AxisSpec::Kind::Attribute)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(spec.attribute)));
    else if (spec.kind == AxisSpec::Kind::Codes)
        m_codes->setText(spec.toString().mid(QStringLiteral("codes:").size()));
}

}  // namespace crosscut::ui
