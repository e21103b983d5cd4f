#include "codebook/shortcutdialog.h"

#include "codebook/shortcutedit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

bool isFunctionKey(Qt::Key key) { return key >= Qt::Key_F1 && key <= Qt::Key_F35; }

}  // namespace

ShortcutDialog::ShortcutDialog(Project *project, Id code, QHash<QKeySequence, QString> reserved, QWidget *parent)
    : QDialog(parent), m_project(project), m_code(code), m_reserved(std::move(reserved)), m_edit(new ShortcutEdit(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("shortcutDialog"));
    const std::optional<Code> c = m_project->code(code);
    setWindowTitle(tr("Shortcut for “%1”").arg(c ? c->name : QString()));
    m_edit->setKeySequence(QKeySequence(c ? c->shortcut : QString()));
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setWordWrap(true);
    QPushButton *clear = m_buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
    clear->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(clear, &QPushButton::clicked, m_edit, &ShortcutEdit::clearSequence);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &ShortcutEdit::keySequenceChanged, this, &ShortcutDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):"),
                                 this));
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_edit->setFocus();
    check();
}

QString ShortcutDialog::shortcut() const { return m_edit->keySequence().toString(QKeySequence::PortableText); }

void ShortcutDialog::check()
{
    m_problem.clear();
    QString note;
    const QKeySequence sequence = m_edit->keySequence();
    if (!sequence.isEmpty()) {
        const QKeyCombination key = sequence[0];
        const QString text = sequence.toString(QKeySequence::NativeText);
        const Qt::KeyboardModifiers mods = key.keyboardModifiers();
        if (!(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) && !isFunctionKey(key.key())) {
            m_problem = tr("%1 alone would be typed or taken by the document view (1–9 apply recent codes): "
                           "add Ctrl or Alt, or use a function key.")
                            .arg(text);
        } else if (const auto it = m_reserved.constFind(sequence); it != m_reserved.cend()) {
            m_problem = tr("%1 is the shortcut of “%2”; choose another.").arg(text, it.value());
        } else {
            for (const Code &other : m_project->codes()) {
                if (other.id != m_code && QKeySequence(other.shortcut) == sequence) {
                    note = tr("%1 now applies “%2”; it will apply this code instead.")
                               .arg(text, m_project->codePath(other.id));
                    break;
                }
            }
        }
    }
    m_message->setText(m_problem.isEmpty() ? note : m_problem);
    m_message->setVisible(!m_message->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

}  // namespace crosscut::ui
