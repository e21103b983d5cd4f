#include "live/livecapturewindow.h"

#include "live/livecodebooklegend.h"
#include "live/livesetupdialog.h"
#include "live/sessionexport.h"
#include "widgets/scriptfonts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {

// The digit of Alt/Ctrl+digit, also when Shift turned it into its symbol
// (as on most layouts); -1 when the key is not a digit.
int digitOf(const QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return key - Qt::Key_0;
    static const QString shifted = QStringLiteral(")!@#$%^&*(");
    const qsizetype i = event->text().isEmpty() ? -1 : shifted.indexOf(event->text().at(0));
    if (i >= 0)
        return static_cast<int>(i);
    switch (key) {
    case Qt::Key_ParenRight: return 0;
    case Qt::Key_Exclam: return 1;
    case Qt::Key_At: return 2;
    case Qt::Key_NumberSign: return 3;
    case Qt::Key_Dollar: return 4;
    case Qt::Key_Percent: return 5;
    case Qt::Key_AsciiCircum: return 6;
    case Qt::Key_Ampersand: return 7;
    case Qt::Key_Asterisk: return 8;
    case Qt::Key_ParenLeft: return 9;
    default: return -1;
    }
}

QString escaped(const QString &s) { return s.toHtmlEscaped(); }

QString hms(qint64 ms) { return live::formatTimestamp(ms).left(8); }

QPushButton *toolButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setFocusPolicy(Qt::NoFocus);  // the keyboard stays in the input
    return b;
}

}  // namespace

LiveCaptureWindow::LiveCaptureWindow(Project *project, std::unique_ptr<live::LiveSession> session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_project(project), m_session(std::move(session))
{
    installScriptFonts();  // Urdu utterances joined, even when the window stands alone
    setWindowTitle(tr("Live session — %1").arg(m_session->info().title));
    buildUi();
    // Marked open until closed: if the program stops first, reopening the
    // project reopens this window (LiveSession::interruptedSessions). Opening
    // also starts the clock again where the last window left it.
    if (Status s = m_session->markCaptureOpen(true); !s)
        showError(s.message());
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
    m_pauseButton = toolButton(tr("Pause (Ctrl+P)"), this);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { togglePause(); });
    top->addWidget(m_pauseButton);
    m_flagButton = toolButton(tr("⚑ Flag (Ctrl+G)"), this);
    connect(m_flagButton, &QPushButton::clicked, this, [this] { openFlagNote(); });
    top->addWidget(m_flagButton);
    m_endButton = toolButton(tr("■ End session"), this);
    m_endButton->setObjectName(QStringLiteral("endLiveSession"));
    m_endButton->setToolTip(tr("Stops the clock and closes this window. Session → Resume live session continues it; "
                               "the time in between is recorded as a gap, not counted."));
    connect(m_endButton, &QPushButton::clicked, this, [this] { endSession(); });
    top->addWidget(m_endButton);
    layout->addLayout(top);

    // The flag note: hidden, so it takes no key until Ctrl+G opens it.
    m_flagRow = new QWidget(this);
    auto *flagLayout = new QHBoxLayout(m_flagRow);
    flagLayout->setContentsMargins(0, 0, 0, 0);
    m_flagTime = new QLabel(m_flagRow);
    flagLayout->addWidget(m_flagTime);
    m_flagNote = new QLineEdit(m_flagRow);
    m_flagNote->setObjectName(QStringLiteral("liveFlagNote"));
    m_flagNote->setPlaceholderText(tr("note for this flag (optional): Enter flags, Esc cancels"));
    connect(m_flagNote, &QLineEdit::returnPressed, this, [this] { flagNow(); });
    flagLayout->addWidget(m_flagNote, 1);
    m_flagRow->hide();
    layout->addWidget(m_flagRow);

    m_speakerStrip = new QWidget(this);
    new QHBoxLayout(m_speakerStrip);
    m_speakerStrip->layout()->setContentsMargins(0, 0, 0, 0);
    buildSpeakerStrip();
    layout->addWidget(m_speakerStrip);

    // A participant joining: hidden until Ctrl+N (or the + button).
    m_joinRow = new QWidget(this);
    auto *joinLayout = new QHBoxLayout(m_joinRow);
    joinLayout->setContentsMargins(0, 0, 0, 0);
    joinLayout->addWidget(new QLabel(tr("New participant:"), m_joinRow));
    m_joinName = new QLineEdit(m_joinRow);
    m_joinName->setObjectName(QStringLiteral("liveJoinName"));
    m_joinName->setPlaceholderText(tr("pseudonym: Enter adds them on the next Alt+digit, Esc cancels"));
    connect(m_joinName, &QLineEdit::returnPressed, this, [this] { joinNow(); });
    joinLayout->addWidget(m_joinName, 1);
    m_joinRow->hide();
    layout->addWidget(m_joinRow);

    m_transcript = new QTextBrowser(this);
    m_transcript->setOpenLinks(false);
    // Reading and right-clicking only: the keyboard stays in the input.
    m_transcript->setFocusPolicy(Qt::NoFocus);
    m_transcript->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_transcript, &QWidget::customContextMenuRequested, this, &LiveCaptureWindow::showChipMenu);
    layout->addWidget(m_transcript, 1);

    m_legend = new LiveCodebookLegend(m_project, m_session->codeKeys(), this);
    layout->addWidget(m_legend);
    auto *help = new QLabel(tr("Shift+key codes the last utterance · the same key again takes the code off · "
                               "right-click a chip to remove it · Ctrl+Z undoes the last live action · "
                               "Ctrl+N: a participant joins"),
                            this);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: palette(dark);") + scriptFontsCss());
    layout->addWidget(help);

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
    setFocusProxy(m_input);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_input->installEventFilter(this);
    m_flagNote->installEventFilter(this);
    m_joinName->installEventFilter(this);
    resize(1000, 680);
}

void LiveCaptureWindow::buildSpeakerStrip()
{
    auto *strip = static_cast<QHBoxLayout *>(m_speakerStrip->layout());
    while (QLayoutItem *item = strip->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_speakerButtons.clear();
    for (const live::RosterEntry &e : m_session->roster()) {
        auto *button = toolButton(e.key.isEmpty() ? e.pseudonym : tr("Alt+%1  %2").arg(e.key, e.pseudonym), m_speakerStrip);
        button->setCheckable(true);
        const QString name = e.pseudonym;
        connect(button, &QPushButton::clicked, this, [this, name] {
            setSpeaker(name);
            m_input->setFocus();
        });
        strip->addWidget(button);
        m_speakerButtons.insert(e.pseudonym, button);
    }
    auto *join = toolButton(tr("+ Participant (Ctrl+N)"), m_speakerStrip);
    join->setObjectName(QStringLiteral("liveJoinButton"));
    connect(join, &QPushButton::clicked, this, [this] { openJoin(); });
    strip->addWidget(join);
    strip->addStretch(1);
    if (!m_speaker.isEmpty())
        setSpeaker(m_speaker);
}

void LiveCaptureWindow::reloadTranscript()
{
    m_transcript->clear();
    m_blockOfTurn.clear();
    m_last.reset();
    const QList<live::Utterance> utterances = m_session->utterances();
    const QList<live::Flag> flags = m_session->flags();
    const QList<live::Gap> gaps = m_session->gaps();
    // Flags and gaps at their time among the utterances, also after a resume.
    for (const live::TimelineEntry &e : live::sessionTimeline(utterances, flags, gaps)) {
        if (e.flag)
            appendFlag(*e.flag);
        else if (e.gap)
            appendGap(*e.gap);
        else
            appendUtterance(*e.utterance);
    }
    if (!utterances.isEmpty())
        m_last = utterances.last();
}

void LiveCaptureWindow::onProjectChanged(const ChangeList &changes)
{
    m_unsynced = true;
    if (m_writing)
        return;  // this window's own commit, coding or flag: drawn by it
    // Anything done to the session elsewhere (undo or redo in the workbench
    // or by Ctrl+Z here, an edited, merged or split utterance) redraws the
    // transcript; a deleted session closes the window.
    bool redraw = changes.reset;
    bool roster = changes.reset;
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("document") && row.id == m_session->documentId()
            && row.op == RowChange::Op::Delete) {
            close();
            return;
        }
        if (row.table == QLatin1String("speaker_turn") || row.table == QLatin1String("document_chunk")
            || row.table == QLatin1String("live_flag") || row.table == QLatin1String("coding"))
            redraw = true;
        if (row.table == QLatin1String("live_roster"))
            roster = true;
    }
    if (roster) {
        buildSpeakerStrip();
        if (!m_session->findSpeaker(m_speaker) && !m_session->roster().isEmpty())
            setSpeaker(m_session->roster().first().pseudonym);
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
}

QString LiveCaptureWindow::lastError() const { return m_error; }
QString LiveCaptureWindow::statusText() const { return m_status->text(); }

bool LiveCaptureWindow::event(QEvent *event)
{
    // Whenever the window becomes active (at start, on Resume, after
    // switching windows) the keyboard goes to the utterance field, unless
    // the facilitator is writing a flag note or a new participant's name.
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::Show) {
        if (!m_flagRow->isVisible() && !m_joinRow->isVisible())
            m_input->setFocus(Qt::ActiveWindowFocusReason);
    }
    return QWidget::event(event);
}

bool LiveCaptureWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((watched == m_flagNote || watched == m_joinName) && key->key() == Qt::Key_Escape) {
            backToInput();
            showInfo(watched == m_flagNote ? tr("No flag.") : tr("No participant added."));
            return true;
        }
        if (handleKey(key))
            return true;
    }
    // Leaving a note or name field any other way (a click in the input)
    // closes it, so it cannot hold keys meant for the transcript.
    if (event->type() == QEvent::FocusOut && (watched == m_flagNote || watched == m_joinName) && !m_leavingRow) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            QTimer::singleShot(0, this, [this] { backToInput(); });
    }
    return QWidget::eventFilter(watched, event);
}

bool LiveCaptureWindow::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool shift = mods.testFlag(Qt::ShiftModifier);
    const bool ctrl = mods.testFlag(Qt::ControlModifier);
    const bool alt = mods.testFlag(Qt::AltModifier);
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12 && !ctrl && !alt) {
        codeByKey(QStringLiteral("F%1").arg(key - Qt::Key_F1 + 1), shift);
        return true;
    }
    if (alt && !ctrl) {
        const int digit = digitOf(event);
        if (digit >= 0) {
            if (auto who = m_session->findSpeaker(QString::number(digit)))
                setSpeaker(who->pseudonym);
            else
                showError(tr("No participant has the key Alt+%1").arg(digit));
            return true;
        }
    }
    if (ctrl && !alt) {
        switch (key) {
        case Qt::Key_G: openFlagNote(); return true;
        case Qt::Key_N: openJoin(); return true;
        case Qt::Key_P: togglePause(); return true;
        case Qt::Key_Z:
            if (!shift) {
                undoLast();
                return true;
            }
            break;
        default: break;
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
        showError(tr("%1 has no code in this session's live codebook (see the keys above the input).").arg(key));
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
        showError({});
        return;
    }
    if (!m_last) {
        showError(tr("Nothing committed yet to code"));
        return;
    }
    // Again on the same utterance: the coding comes off.
    if (m_last->codes.contains(*code)) {
        removeCoding(m_last->turnId, *code);
        return;
    }
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (Status s = m_session->codeUtterance(m_last->turnId, *code); !s) {
        showError(s.message());
        return;
    }
    m_last->codes.append(*code);
    rewriteUtterance(*m_last);
    showError({});
}

void LiveCaptureWindow::removeCoding(Id turn, Id code)
{
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (Status s = m_session->uncodeUtterance(turn, code); !s) {
        showError(s.message());
        return;
    }
    // Redrawn from the database: the utterance may be any line.
    reloadTranscript();
    const auto c = m_project->code(code);
    showInfo(tr("Removed coding “%1” (Ctrl+Z puts it back)").arg(c ? c->name : QString()));
}

void LiveCaptureWindow::showChipMenu(const QPoint &pos)
{
    static const QRegularExpression chip(QStringLiteral("^chip:(\\d+):(\\d+)$"));
    const auto m = chip.match(m_transcript->anchorAt(pos));
    if (!m.hasMatch())
        return;
    const Id turn = m.captured(1).toLongLong();
    const Id code = m.captured(2).toLongLong();
    const auto c = m_project->code(code);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("liveChipMenu"));
    QAction *remove = menu->addAction(tr("Remove coding “%1” from this utterance").arg(c ? c->name : QString()));
    connect(remove, &QAction::triggered, this, [this, turn, code] { removeCoding(turn, code); });
    // Not exec(): the session goes on while the menu is open.
    menu->popup(m_transcript->viewport()->mapToGlobal(pos));
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

void LiveCaptureWindow::openFlagNote()
{
    // The flag is for the moment of Ctrl+G, not of the Enter after the note.
    if (!m_flagAt)
        m_flagAt = m_session->elapsedMs();
    const QScopedValueRollback<bool> switching(m_leavingRow, true);
    m_joinRow->hide();
    m_flagTime->setText(tr("⚑ %1").arg(hms(*m_flagAt)));
    m_flagRow->show();
    m_flagNote->setFocus(Qt::ShortcutFocusReason);
}

void LiveCaptureWindow::flagNow()
{
    const QScopedValueRollback<bool> writing(m_writing, true);
    auto f = m_session->flag(m_flagNote->text(), m_flagAt);
    if (!f) {
        showError(f.message());
        return;
    }
    appendFlag(*f);
    backToInput();
    showError({});
}

void LiveCaptureWindow::openJoin()
{
    const QScopedValueRollback<bool> switching(m_leavingRow, true);
    m_flagRow->hide();
    m_flagAt.reset();
    m_joinRow->show();
    m_joinName->setFocus(Qt::ShortcutFocusReason);
}

void LiveCaptureWindow::joinNow()
{
    const QScopedValueRollback<bool> writing(m_writing, true);
    auto added = m_session->addParticipant(m_joinName->text());
    if (!added) {
        showError(added.message());  // the name stays, to correct it
        return;
    }
    buildSpeakerStrip();
    setSpeaker(added->pseudonym);  // who joins is usually who speaks next
    backToInput();
    showInfo(added->key.isEmpty() ? tr("%1 joined (no key left: click their name)").arg(added->pseudonym)
                                  : tr("%1 joined: Alt+%2").arg(added->pseudonym, added->key));
}

void LiveCaptureWindow::backToInput()
{
    const QScopedValueRollback<bool> leaving(m_leavingRow, true);
    m_flagAt.reset();
    m_flagNote->clear();
    m_joinName->clear();
    m_input->setFocus(Qt::OtherFocusReason);
    m_flagRow->hide();
    m_joinRow->hide();
}

void LiveCaptureWindow::undoLast()
{
    auto undone = m_session->undoLastAction();  // redraws through Project::changed
    if (!undone) {
        showError(undone.message());
        return;
    }
    showInfo(tr("Undone: %1").arg(*undone));
}

void LiveCaptureWindow::togglePause()
{
    const Status s = m_session->isPaused() ? m_session->resume() : m_session->pause();
    if (!s)
        showError(s.message());
    updateClock();
}

void LiveCaptureWindow::endSession()
{
    // closeEvent saves the draft and stops the clock.
    close();
}

void LiveCaptureWindow::updateClock()
{
    const QString time = hms(m_session->elapsedMs());
    m_clock->setText(m_session->isPaused() ? tr("%1 ⏸").arg(time) : time);
    m_pauseButton->setText(m_session->isPaused() ? tr("Resume (Ctrl+P)") : tr("Pause (Ctrl+P)"));
}

void LiveCaptureWindow::updatePending()
{
    m_pendingLabel->setText(m_pending.isEmpty() ? tr("<i>no codes on this utterance yet</i>")
                                                : tr("On commit: %1").arg(chipsHtml(m_pending)));
    m_legend->setPending(m_pending);
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
    m_status->setStyleSheet(QStringLiteral("color: #b00020;") + scriptFontsCss());
    m_status->setText(message);
}

void LiveCaptureWindow::showInfo(const QString &message)
{
    m_error.clear();
    m_status->setStyleSheet(QStringLiteral("color: palette(text);") + scriptFontsCss());
    m_status->setText(message);
}

QString LiveCaptureWindow::chipsHtml(const QList<Id> &codes, Id turn) const
{
    QString html;
    for (Id id : codes) {
        const auto code = m_project->code(id);
        if (!code)
            continue;
        const QColor color(code->color);
        const QString fg = color.lightnessF() > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
        const QString chip = QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                                 .arg(color.name(), fg, escaped(code->name));
        html += turn ? QStringLiteral("<a href=\"chip:%1:%2\" style=\"color:%3; text-decoration:none;\">%4</a> ")
                           .arg(turn)
                           .arg(id)
                           .arg(fg, chip)
                     : chip + QLatin1Char(' ');
    }
    return html;
}

QString LiveCaptureWindow::utteranceHtml(const live::Utterance &u) const
{
    return QStringLiteral("<span style=\"color:#777777;\">%1</span> <b>%2:</b> %3 %4")
        .arg(hms(u.startMs), escaped(u.speaker), escaped(u.text), chipsHtml(u.codes, u.turnId));
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
    // the line runs in the interface's direction (right to left in Urdu, time
    // on the right), the utterance's own words keep their direction.
    QTextBlockFormat line;
    line.setLayoutDirection(m_transcript->layoutDirection());
    cursor.setBlockFormat(line);
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
    appendLine(QStringLiteral("<span style=\"color:#c05000;\">⚑ %1 %2</span>").arg(hms(f.timeMs), escaped(f.note)));
}

void LiveCaptureWindow::appendGap(const live::Gap &g)
{
    appendLine(QStringLiteral("<span style=\"color:#777777;\">⏸ %1 %2</span>")
                   .arg(hms(g.atMs), escaped(tr("capture window closed for %1 — not counted as session time")
                                                 .arg(hms(g.durationMs())))));
}

void LiveCaptureWindow::closeEvent(QCloseEvent *event)
{
    saveDraftNow();
    // Ends the capture: the clock stands still until the session is resumed.
    (void)m_session->markCaptureOpen(false);
    m_unsynced = true;
    syncNow();
    QWidget::closeEvent(event);
}

namespace {

LiveCaptureWindow *openWindow(Project *project, std::unique_ptr<live::LiveSession> session, QWidget *parent)
{
    // A window of its own from construction (not re-parented after), so the
    // focus given to the input is not lost on the way.
    auto *window = new LiveCaptureWindow(project, std::move(session), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->activateWindow();
    return window;
}

}  // namespace

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
    return openWindow(project, std::move(session).value(), parent);
}

LiveCaptureWindow *resumeLiveSession(Project *project, Id document, QWidget *parent)
{
    // One capture window per session.
    if (parent)
        for (LiveCaptureWindow *open : parent->findChildren<LiveCaptureWindow *>())
            // A window closed but not deleted yet has ended its capture: not reused.
            if (open->session().documentId() == document && open->isVisible()) {
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
    return openWindow(project, std::move(session).value(), parent);
}

}  // namespace crosscut::ui
