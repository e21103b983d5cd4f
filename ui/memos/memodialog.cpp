#include "memos/memodialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace crosscut::ui {

MemoDialog::MemoDialog(Project *project, MemoTarget target, Id targetId, QWidget *parent, Mode mode)
    : QDialog(parent), m_project(project), m_target(target), m_targetId(targetId), m_title(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("memoDialog"));
    QString about;
    if (target == MemoTarget::Code) {
        about = m_project->codePath(targetId);
        setWindowTitle(mode == Mode::NewMemo ? tr("New memo on code “%1”").arg(about) : tr("Memo on code “%1”").arg(about));
    } else {
        if (const std::optional<Quote> q = m_project->quote(targetId))
            about = m_project->quoteText(*q).simplified();
        setWindowTitle(mode == Mode::NewMemo ? tr("New memo on quote") : tr("Memo on quote"));
    }
    const QList<Memo> existing = mode == Mode::NewMemo ? QList<Memo>() : m_project->memos(target, targetId);
    if (!existing.isEmpty()) {
        m_memo = existing.first().id;
        m_savedTitle = existing.first().title;
        m_savedText = existing.first().text;
    }
    m_title->setText(m_memo ? m_savedTitle : about.left(60));
    m_text->setPlainText(m_savedText);
    m_text->setTabChangesFocus(true);
    auto *aboutLabel = new QLabel(about.size() > 300 ? about.left(300) + QStringLiteral("…") : about, this);
    aboutLabel->setWordWrap(true);
    aboutLabel->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(target == MemoTarget::Code ? tr("Code:") : tr("Quote:"), aboutLabel);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Memo:"), m_text);
    form->addRow(buttons);
    resize(480, 320);
    m_text->setFocus();
}

Status MemoDialog::save()
{
    const QString title = m_title->text().trimmed();
    const QString text = m_text->toPlainText();
    if (m_memo) {
        if (title.isEmpty() && text.trimmed().isEmpty())
            return m_project->deleteMemo(*m_memo);
        if (title == m_savedTitle && text == m_savedText)
            return {};
        return m_project->updateMemo(*m_memo, title, text);
    }
    if (text.trimmed().isEmpty())
        return {};  // a title alone is no memo
    const Result<Id> made = m_project->addMemo(m_target, m_targetId, title, text);
    if (!made)
        return made.error();
    m_memo = *made;
    return {};
}

Status MemoDialog::edit(Project *project, MemoTarget target, Id targetId, QWidget *parent)
{
    MemoDialog dialog(project, target, targetId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.save();
}

Status MemoDialog::create(Project *project, MemoTarget target, Id targetId, QWidget *parent)
{
    MemoDialog dialog(project, target, targetId, parent, Mode::NewMemo);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.save();
}

}  // namespace crosscut::ui
