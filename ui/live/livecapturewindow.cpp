#include "live/livecapturewindow.h"

#include "live/livesetupdialog.h"
#include "live/sessionexport.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

// Ctrl+Shift+digit arrives as the shifted symbol on most layouts.
int digitOf(const QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return key - Qt::Key_0;
    static const QString shifted = QStringLiteral("!@#$%^&*(");
    const qsizetype i = event->text().isEmpty() ? -1 : shifted.indexOf(event->text().at(0));
    if (i >= 0)
        return static_cast<int>(i) + 1;
    switch (key) {
    case Qt::Key_Exclam: return 1;
    case Qt::Key_At: return 2;
    case Qt::Key_NumberSign: return 3;
    case Qt::Key_Dollar: return 4;
    case Qt::Key_Percent: return 5;
    case Qt::Key_AsciiCircum: return 6;
    case Qt::Key_Ampersand: return 7;
    case Qt::Key_Asterisk: return 8;
    case Qt::Key_ParenLeft: return 9;
    default: return 0;
    }
}

QString escaped(const QString &s) { return s.toHtmlEscaped(); }

}  // namespace

LiveCaptureWindow::LiveCaptureWindow(Project *project, std::unique_ptr<live::LiveSession> session, QWidget *parent)
    : QWidget(parent), m_project(project), m_session(std::move(session))
{
    setWindowTitle(tr("Live session — %1").arg(m_session->info().title));
    buildUi();
    restore();
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(250);
    connect(m_clockTimer, &QTimer::timeout, this, [this] { updateClock(); });
    m_clockTimer->start();
    // At most the last second of typing is ever lost: the draft is saved and
    // everything written since the last tick is synced to disk each second
    // (commits themselves do not wait for the disk, so typing never stutters).
    m_draftTimer = new QTimer(this);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { saveDraftNow(); syncNow(); });
    m_draftTimer->start();
    connect(m_project, &Project::changed, this, &LiveCaptureWindow::onProjectChanged);
    // Marked open until closed: if the program stops first, reopening the
    // project reopens this window (LiveSession::interruptedSessions).
    if (Status s = m_session->markCaptureOpen(true); !s)
        showError(s.message());
    updateClock();
}

LiveCaptureWindow::~LiveCaptureWindow()
{
    saveDraftNow();
    syncNow();
}

void LiveCaptureWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(QStringLiteral("<b>%1</b> %2").arg(escaped(m_session->info().title),
                                                             escaped(QStringList({m_session->info().date, m_session->info().place,
                                                                                  m_session->info().facilitator})
                                                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                                                         .join(QStringLiteral(" · ")))),
                         this);
    top->addWidget(m_title, 1);
    m_clock = new QLabel(this);
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.6);
    clockFont.setBold(true);
    clockFont.setFamily(QStringLiteral("monospace"));
    m_clock->setFont(clockFont);
    m_clock->setObjectName(QStringLiteral("liveClock"));
    top->addWidget(m_clock);
    m_pauseButton = new QPushButton(tr("Pause (Ctrl+P)"), this);
    m_pauseButton->setFocusPolicy(Qt::NoFocus);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { togglePause(); });
    top->addWidget(m_pauseButton);
    m_flagNote = new QLineEdit(this);
    m_flagNote->setPlaceholderText(tr("flag note (Ctrl+Shift+G)"));
    m_flagNote->setMaximumWidth(220);
    connect(m_flagNote, &QLineEdit::returnPressed, this, [this] {
        flag();
        m_input->setFocus();
    });
    top->addWidget(m_flagNote);
    m_flagButton = new QPushButton(tr("⚑ Flag (Ctrl+G)"), this);
    m_flagButton->setFocusPolicy(Qt::NoFocus);
    connect(m_flagButton, &QPushButton::clicked, this, [this] { flag(); });
    top->addWidget(m_flagButton);
    layout->addLayout(top);

    m_speakerStrip = new QWidget(this);
    auto *strip = new QHBoxLayout(m_speakerStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    for (const live::RosterEntry &e : m_session->roster()) {
        auto *button = new QPushButton(e.key.isEmpty() ? e.pseudonym : QStringLiteral("Alt+%1  %2").arg(e.key, e.pseudonym),
                                       m_speakerStrip);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        const QString name = e.pseudonym;
        connect(button, &QPushButton::clicked, this, [this, name] {
            setSpeaker(name);
            m_input->setFocus();
        });
        strip->addWidget(button);
        m_speakerButtons.insert(e.pseudonym, button);
    }
    strip->addStretch(1);
    layout->addWidget(m_speakerStrip);

    m_transcript = new QTextBrowser(this);
    m_transcript->setOpenLinks(false);
    m_transcript->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_transcript, 1);

    QStringList keyHelp;
    for (const live::CodeKey &k : m_session->codeKeys())
        keyHelp.append(QStringLiteral("%1 %2").arg(k.key, escaped(m_project->codePath(k.codeId).section(QLatin1Char('/'), -1))));
    auto *keys = new QLabel(keyHelp.isEmpty() ? tr("No live codebook keys")
                                              : keyHelp.join(QStringLiteral(" · ")) + tr("  — Shift: code the last utterance"),
                            this);
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(keys);

    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_pendingLabel);

    auto *inputRow = new QHBoxLayout;
    m_speakerLabel = new QLabel(this);
    m_speakerLabel->setMinimumWidth(90);
    inputRow->addWidget(m_speakerLabel);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("liveInput"));
    m_input->setPlaceholderText(tr("Type what is said; Enter commits"));
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_typingStartedMs.reset();
        else if (!m_typingStartedMs)
            m_typingStartedMs = m_session->elapsedMs();
        m_draftDirty = true;
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { commit(); });
    inputRow->addWidget(m_input, 1);
    layout->addLayout(inputRow);

    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_status);

    m_input->installEventFilter(this);
    m_flagNote->installEventFilter(this);
    m_transcript->installEventFilter(this);
    resize(900, 600);
}

void LiveCaptureWindow::reloadTranscript()
{
    m_transcript->clear();
    m_blockOfTurn.clear();
    m_last.reset();
    for (const live::Utterance &u : m_session->utterances()) {
        appendUtterance(u);
        m_last = u;
    }
    // Flags are listed after the transcript when resuming; their times say where they belong.
    for (const live::Flag &f : m_session->flags())
        appendFlag(f);
}

void LiveCaptureWindow::onProjectChanged(const ChangeList &changes)
{
    m_unsynced = true;
    if (m_writing)
        return;  // this window's own commit, coding or flag: drawn by it
    // Anything done to the session elsewhere (undo or redo in the workbench,
    // an edited, merged or split utterance) redraws the transcript; a
    // deleted session closes the window.
    bool redraw = changes.reset;
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("document") && row.id == m_session->documentId()
            && row.op == RowChange::Op::Delete) {
            close();
            return;
        }
        if (row.table == QLatin1String("speaker_turn") || row.table == QLatin1String("document_chunk")
            || row.table == QLatin1String("live_flag") || row.table == QLatin1String("coding"))
            redraw = true;
    }
    if (redraw)
        reloadTranscript();
}

void LiveCaptureWindow::restore()
{
    reloadTranscript();
    if (m_last)
        setSpeaker(m_last->speaker);
    else if (!m_session->roster().isEmpty())
        setSpeaker(m_session->roster().first().pseudonym);
    if (auto draft = m_session->draft()) {
        if (m_session->findSpeaker(draft->speaker))
            setSpeaker(m_session->findSpeaker(draft->speaker)->pseudonym);
        m_input->setText(draft->text);
        m_typingStartedMs = draft->startedMs;
        m_pending = draft->codes;
    }
    updatePending();
    m_draftDirty = false;
    m_input->setFocus();
}

QString LiveCaptureWindow::lastError() const { return m_error; }

bool LiveCaptureWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool LiveCaptureWindow::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool shift = mods.testFlag(Qt::ShiftModifier);
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12 && !mods.testFlag(Qt::ControlModifier) && !mods.testFlag(Qt::AltModifier)) {
        codeByKey(QStringLiteral("F%1").arg(key - Qt::Key_F1 + 1), shift);
        return true;
    }
    if (mods.testFlag(Qt::AltModifier) && !mods.testFlag(Qt::ControlModifier)) {
        const int digit = digitOf(event);
        if (digit > 0) {
            if (auto who = m_session->findSpeaker(QString::number(digit)))
                setSpeaker(who->pseudonym);
            else
                showError(tr("No participant has the key %1").arg(digit));
            return true;
        }
    }
    if (mods.testFlag(Qt::ControlModifier) && !mods.testFlag(Qt::AltModifier)) {
        if (key == Qt::Key_G) {
            if (shift)
                m_flagNote->setFocus();
            else
                flag();
            return true;
        }
        if (key == Qt::Key_P && !shift) {
            togglePause();
            return true;
        }
        const int digit = digitOf(event);
        if (digit > 0) {
            codeByKey(QStringLiteral("Ctrl+%1").arg(digit), shift);
            return true;
        }
    }
    return false;
}

void LiveCaptureWindow::setSpeaker(const QString &pseudonym)
{
    if (m_speaker != pseudonym)
        m_draftDirty = true;
    m_speaker = pseudonym;
    for (auto it = m_speakerButtons.cbegin(); it != m_speakerButtons.cend(); ++it)
        it.value()->setChecked(it.key() == pseudonym);
    m_speakerLabel->setText(QStringLiteral("<b>%1:</b>").arg(escaped(pseudonym)));
}

void LiveCaptureWindow::codeByKey(const QString &key, bool lastCommitted)
{
    const auto code = m_session->codeForKey(key);
    if (!code) {
        showError(tr("%1 is not in the live codebook").arg(key));
        return;
    }
    if (!lastCommitted) {
        // Pressing the key again takes the code off the utterance being typed.
        if (m_pending.contains(*code))
            m_pending.removeAll(*code);
        else
            m_pending.append(*code);
        m_draftDirty = true;
        updatePending();
        return;
    }
    if (!m_last) {
        showError(tr("Nothing committed yet to code"));
        return;
    }
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (Status s = m_session->codeUtterance(m_last->turnId, *code); !s) {
        showError(s.message());
        return;
    }
    if (!m_last->codes.contains(*code))
        m_last->codes.append(*code);
    rewriteUtterance(*m_last);
    showError({});
}

void LiveCaptureWindow::commit()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty())
        return;
    const qint64 started = m_typingStartedMs.value_or(m_session->elapsedMs());
    const QScopedValueRollback<bool> writing(m_writing, true);
    auto u = m_session->commit(m_speaker, text, started, m_pending);
    if (!u) {
        showError(u.message());
        return;  // the text stays in the input: nothing is lost
    }
    m_input->clear();
    m_pending.clear();
    m_typingStartedMs.reset();
    m_draftDirty = false;  // the commit cleared the stored draft
    m_last = *u;
    appendUtterance(*u);
    updatePending();
    showError({});
    Q_EMIT committed(*u);
}

void LiveCaptureWindow::flag()
{
    const QScopedValueRollback<bool> writing(m_writing, true);
    auto f = m_session->flag(m_flagNote->text());
    if (!f) {
        showError(f.message());
        return;
    }
    m_flagNote->clear();
    appendFlag(*f);
    showError({});
}

void LiveCaptureWindow::togglePause()
{
    const Status s = m_session->isPaused() ? m_session->resume() : m_session->pause();
    if (!s)
        showError(s.message());
    updateClock();
}

void LiveCaptureWindow::updateClock()
{
    const QString time = live::formatTimestamp(m_session->elapsedMs()).left(8);
    m_clock->setText(m_session->isPaused() ? tr("%1 ⏸").arg(time) : time);
    m_pauseButton->setText(m_session->isPaused() ? tr("Resume (Ctrl+P)") : tr("Pause (Ctrl+P)"));
}

void LiveCaptureWindow::updatePending()
{
    m_pendingLabel->setText(m_pending.isEmpty() ? tr("<i>no codes on this utterance yet</i>")
                                                : tr("On commit: %1").arg(chipsHtml(m_pending)));
}

void LiveCaptureWindow::saveDraftNow()
{
    if (!m_draftDirty)
        return;
    if (Status s = m_session->saveDraft({m_speaker, m_input->text(), m_typingStartedMs, m_pending}); !s) {
        showError(tr("Could not save the draft: %1").arg(s.message()));
        return;
    }
    m_draftDirty = false;
    m_unsynced = true;
}

void LiveCaptureWindow::syncNow()
{
    if (!m_unsynced)
        return;
    if (Status s = m_project->syncToDisk(); !s) {
        showError(tr("Could not sync the project to disk: %1").arg(s.message()));
        return;
    }
    m_unsynced = false;
}

void LiveCaptureWindow::showError(const QString &message)
{
    m_error = message;
    m_status->setText(message);
}

QString LiveCaptureWindow::chipsHtml(const QList<Id> &codes) const
{
    QString html;
    for (Id id : codes) {
        const auto code = m_project->code(id);
        if (!code)
            continue;
        const QColor color(code->color);
        const QString fg = color.lightnessF() > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
        html += QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span> ")
                    .arg(color.name(), fg, escaped(code->name));
    }
    return html;
}

QString LiveCaptureWindow::utteranceHtml(const live::Utterance &u) const
{
    return QStringLiteral("<span style=\"color:#777777;\">%1</span> <b>%2:</b> %3 %4")
        .arg(live::formatTimestamp(u.startMs).left(8), escaped(u.speaker), escaped(u.text), chipsHtml(u.codes));
}

int LiveCaptureWindow::appendLine(const QString &html)
{
    QScrollBar *bar = m_transcript->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(m_transcript->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_transcript->document()->isEmpty())
        cursor.insertBlock();
    // Time and speaker come first on every line, also for Urdu utterances:
    // the line is left-to-right, the utterance's own words keep their direction.
    QTextBlockFormat ltr;
    ltr.setLayoutDirection(Qt::LeftToRight);
    cursor.setBlockFormat(ltr);
    const int block = cursor.blockNumber();
    cursor.insertHtml(html);
    // Follow the newest line unless the note-taker scrolled up to read.
    if (atBottom)
        bar->setValue(bar->maximum());
    return block;
}

void LiveCaptureWindow::appendUtterance(const live::Utterance &u)
{
    m_blockOfTurn.insert(u.turnId, appendLine(utteranceHtml(u)));
}

void LiveCaptureWindow::rewriteUtterance(const live::Utterance &u)
{
    const auto it = m_blockOfTurn.constFind(u.turnId);
    if (it == m_blockOfTurn.cend())
        return;
    const QTextBlock block = m_transcript->document()->findBlockByNumber(*it);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.insertHtml(utteranceHtml(u));
}

void LiveCaptureWindow::appendFlag(const live::Flag &f)
{
    appendLine(QStringLiteral("<span style=\"color:#c05000;\">⚑ %1 %2</span>")
                   .arg(live::formatTimestamp(f.timeMs).left(8), escaped(f.note)));
}

void LiveCaptureWindow::closeEvent(QCloseEvent *event)
{
    saveDraftNow();
    (void)m_session->markCaptureOpen(false);
    m_unsynced = true;
    syncNow();
    QWidget::closeEvent(event);
}

LiveCaptureWindow *startLiveSession(Project *project, QWidget *parent)
{
    LiveSetupDialog dialog(project, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    auto session = live::LiveSession::start(*project, dialog.info(), dialog.roster(), dialog.codeKeys());
    if (!session) {
        QMessageBox::warning(parent, QObject::tr("Live session"), session.message());
        return nullptr;
    }
    auto *window = new LiveCaptureWindow(project, std::move(session).value(), parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

LiveCaptureWindow *resumeLiveSession(Project *project, Id document, QWidget *parent)
{
    // One capture window per session.
    if (parent)
        for (LiveCaptureWindow *open : parent->findChildren<LiveCaptureWindow *>())
            if (open->session().documentId() == document) {
                open->show();
                open->raise();
                open->activateWindow();
                return open;
            }
    auto session = live::LiveSession::resume(*project, document);
    if (!session) {
        if (parent)
            QMessageBox::warning(parent, QObject::tr("Live session"), session.message());
        return nullptr;
    }
    auto *window = new LiveCaptureWindow(project, std::move(session).value(), parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

}  // namespace crosscut::ui
