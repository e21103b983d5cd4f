#include "agreement/boundarydialog.h"

#include "project/project.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace crosscut::ui {

namespace {
constexpr qint64 kPreviewCodePoints = 400;
}

BoundaryDialog::BoundaryDialog(Project *project, const team::Disagreement &disagreement, QWidget *parent)
    : QDialog(parent), m_project(project), m_document(disagreement.document), m_start(new QSpinBox(this)),
      m_end(new QSpinBox(this)), m_preview(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit boundaries"));
    setObjectName(QStringLiteral("boundaryDialog"));
    if (m_project)
        if (const auto doc = m_project->document(m_document))
            m_length = doc->length;
    const int maximum = int(std::min<qint64>(m_length, std::numeric_limits<int>::max()));
    for (QSpinBox *box : {m_start, m_end}) {
        box->setRange(0, maximum);
        box->setGroupSeparatorShown(true);
    }
    m_start->setObjectName(QStringLiteral("boundaryStart"));
    m_end->setObjectName(QStringLiteral("boundaryEnd"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMinimumWidth(420);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Document: %1").arg(disagreement.documentName), this));
    form->addRow(tr("Start (code point):"), m_start);
    form->addRow(tr("End (code point, not included):"), m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QSpinBox::valueChanged, this, &BoundaryDialog::update);
    connect(m_end, &QSpinBox::valueChanged, this, &BoundaryDialog::update);
    setSpan(disagreement.span);
}

team::Span BoundaryDialog::span() const { return {m_start->value(), m_end->value()}; }

void BoundaryDialog::setSpan(const team::Span &span)
{
    m_start->setValue(int(span.start));
    m_end->setValue(int(span.end));
    update();
}

bool BoundaryDialog::isValid() const
{
    const team::Span s = span();
    return s.start < s.end && s.end <= m_length;
}

void BoundaryDialog::update()
{
    const team::Span s = span();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
    if (s.start >= s.end) {
        m_problem->setText(tr("The start must come before the end."));
        m_preview->clear();
        return;
    }
    m_problem->clear();
    QString text = m_project ? m_project->documentSlice(m_document, s.start, std::min(s.end, s.start + kPreviewCodePoints))
                             : QString();
    if (s.end - s.start > kPreviewCodePoints)
        text += QStringLiteral(" …");
    m_preview->setText(text);
}

}  // namespace crosscut::ui
