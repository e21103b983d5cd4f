#include "document/documentview.h"

#include "import/pdflayout.h"
#include "coders/coderfilter.h"
#include "coders/coderlegend.h"

#include "document/quotehighlighter.h"
#include "document/spanmime.h"
#include "document/stripemargin.h"

#include "live/sessionexport.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace crosscut::ui {

namespace {

QColor speakerColor(const QString &speaker)
{
    // A stable colour per speaker, from a small palette that reads well on
    // light and dark pages.
    static const QList<QColor> palette = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0x9467bd),
                                          QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf), QColor(0xbcbd22)};
    return palette.at(int(qHash(speaker) % uint(palette.size())));
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// The direction of what is said: a "Name:" speaker prefix in Latin letters
// does not make an Urdu answer left-to-right.
bool isRightToLeftParagraph(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && colon <= 40 && text.left(colon).isRightToLeft() != text.mid(colon + 1).isRightToLeft())
        return text.mid(colon + 1).isRightToLeft();
    return text.isRightToLeft();
}

}  // namespace

DocumentView::DocumentView(Project *project, QWidget *parent)
    : QPlainTextEdit(parent), m_project(project), m_highlighter(new QuoteHighlighter(nullptr)),
      m_margin(new StripeMargin(this)), m_legend(new CoderLegend(this))
{
    m_legend->hide();
    m_highlighter->setParent(this);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
    setObjectName(QStringLiteral("documentView"));
    // The transcript's direction is its text's, paragraph by paragraph
    // (applyDirections), never the interface's: a mirrored (Urdu) window
    // would lay English answers out right to left, and a mirrored
    // QPlainTextEdit shifts its text under the stripe margin.
    setLayoutDirection(Qt::LeftToRight);
    m_highlighter->setMarks(&m_marks, &m_byBlock);
    connect(m_project, &Project::changed, this, &DocumentView::onChanged);
    connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::selectionChanged, this, &DocumentView::onSelectionChanged);
    updateMarginWidth();
}

DocumentView::~DocumentView() = default;

QWidget *DocumentView::margin() const { return m_margin; }

void DocumentView::showDocument(std::optional<Id> document)
{
    m_document = document;
    m_currentQuote.reset();
    m_marks.clear();
    m_markIndex.clear();
    m_byBlock.clear();
    m_bySpan.clear();
    m_codingQuote.clear();
    // Detach the highlighter while the text is replaced, so the document is
    // highlighted once, after its quotes are known.
    m_highlighter->setDocument(nullptr);
    const QString text = document ? m_project->documentText(*document) : QString();
    m_positions = PositionMap(text);
    setPlainText(text);
    if (document) {
        applyDirections();
        buildTurnLabels();
        reloadQuotes();
    }
    reloadFlags();
    m_highlighter->setBaseColor(palette().color(QPalette::Base));
    m_highlighter->setDocument(this->document());
    updateMarginWidth();
    m_margin->update();
    Q_EMIT currentQuoteChanged(m_currentQuote);
}

void DocumentView::applyDirections(qint64 fromCodePoint)
{
    // Each paragraph takes the direction of its first strong character, so
    // an Urdu answer in an English transcript reads right-to-left.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    const QColor base = palette().color(QPalette::Base);
    const QList<SpeakerTurn> turns = m_project->speakerTurns(*m_document, fromCodePoint);
    qsizetype t = 0;
    const QTextBlock first = fromCodePoint > 0 ? document()->findBlock(int(m_positions.toUtf16(fromCodePoint)))
                                               : document()->begin();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextBlockFormat format;
        bool touched = false;
        if (isRightToLeftParagraph(block.text())) {
            format.setLayoutDirection(Qt::RightToLeft);
            format.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
            touched = true;
        }
        // Speaker turns: a faint wash in the speaker's colour.
        const int pos = block.position();
        while (t < turns.size() && m_positions.toUtf16(turns[t].end) <= pos)
            ++t;
        if (t < turns.size() && m_positions.toUtf16(turns[t].start) < pos + block.length()) {
            format.setBackground(mix(base, speakerColor(turns[t].speaker), 0.07));
            touched = true;
        }
        if (touched) {
            cursor.setPosition(pos);
            cursor.mergeBlockFormat(format);
        }
    }
    cursor.endEditBlock();
}

void DocumentView::buildTurnLabels(qint64 fromCodePoint)
{
    QHash<int, QList<QuoteHighlighter::TurnLabel>> labels;
    const QString &text = m_positions.text();
    if (fromCodePoint == 0)
        m_speechStart.clear();
    for (const SpeakerTurn &turn : m_project->speakerTurns(*m_document, fromCodePoint)) {
        const int at = m_positions.toUtf16(turn.start);
        if (turn.speaker.isEmpty() || turn.start < fromCodePoint)
            continue;
        // The importer leaves the "Name:" prefix in the text just before the
        // turn; it is bolded in the speaker's colour.
        const int lineStart = at == 0 ? 0 : int(text.lastIndexOf(u'\n', at - 1)) + 1;
        int from = -1, length = 0;
        if (lineStart < at && QStringView(text).mid(lineStart, at - lineStart).contains(turn.speaker)) {
            from = lineStart;
            length = at - lineStart;
        } else if (QStringView(text).mid(at).startsWith(turn.speaker)) {
            from = at;
            length = int(turn.speaker.size());
            if (at + length < text.size() && text.at(at + length) == u':')
                ++length;
        }
        if (from >= 0) {
            const int block = document()->findBlock(from).blockNumber();
            labels[block].append({from, length, speakerColor(turn.speaker)});
            int speech = from + length;
            while (speech < text.size() && text.at(speech) == u' ')
                ++speech;
            if (!m_speechStart.contains(block))
                m_speechStart.insert(block, speech);
        }
    }
    if (fromCodePoint > 0)
        m_highlighter->addTurnLabels(labels);
    else
        m_highlighter->setTurnLabels(std::move(labels));
}

bool DocumentView::appendText(const ChangeList &changes)
{
    int inserted = 0;
    for (const RowChange &row : changes.rows) {
        if (row.table != QLatin1String("document_chunk"))
            continue;
        if (row.op != RowChange::Op::Insert)
            return false;  // an edit or an undo: the text changed elsewhere
        ++inserted;
    }
    const auto doc = m_project->document(*m_document);
    const qint64 shown = m_positions.codePointLength();
    if (inserted == 0 || !doc || doc->length <= shown)
        return false;
    // The new chunks must be this document's, beginning where the view ends.
    sql::Statement &stmt = m_project->statement(
        "SELECT count(*), coalesce(min(start), -1) FROM document_chunk WHERE document_id = ? AND start >= ?");
    stmt.bind(1, *m_document).bind(2, shown);
    const bool ours = stmt.next() && stmt.int64(0) == inserted && stmt.int64(1) == shown;
    stmt.reset();
    if (!ours)
        return false;
    const QString added = m_project->documentSlice(*m_document, shown, doc->length);
    m_positions = PositionMap(m_positions.text() + added);
    // Follow the end if the reader is there, as the capture window does.
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 1;
    // The reader's caret or selection stays where it was (a QTextCursor at
    // the end would grow over the new text).
    const int anchor = textCursor().anchor();
    const int position = textCursor().position();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    const int firstNewBlock = cursor.blockNumber();
    cursor.insertText(added);
    QTextCursor keep(document());
    keep.setPosition(anchor);
    keep.setPosition(position, QTextCursor::KeepAnchor);
    setTextCursor(keep);
    applyDirections(shown);
    buildTurnLabels(shown);
    // The new lines were highlighted while inserted, before their speaker
    // labels existed: once more now.
    for (QTextBlock b = document()->findBlockByNumber(firstNewBlock); b.isValid(); b = b.next())
        m_highlighter->rehighlightBlock(b);
    if (atBottom)
        bar->setValue(bar->maximum());
    return true;
}

void DocumentView::loadCodeStyles()
{
    m_codeColors.clear();
    m_codeNames.clear();
    for (const Code &code : m_project->codes()) {
        m_codeColors.insert(code.id, QColor(code.color));
        m_codeNames.insert(code.id, code.name);
    }
}

QList<QuoteMark> DocumentView::makeMarks(const Quote &q)
{
    QuoteMark m;
    m.quoteId = q.id;
    m.start = q.start;
    m.end = q.end;
    m.utf16Start = m_positions.toUtf16(q.start);
    m.utf16End = m_positions.toUtf16(q.end);
    m.firstBlock = document()->findBlock(m.utf16Start).blockNumber();
    m.lastBlock = document()->findBlock(qMax(m.utf16Start, m.utf16End - 1)).blockNumber();
    const bool comparing = m_filter && m_filter->comparing();
    QList<QuoteMark> marks;  // one per coder when comparing, else at most one
    for (const Coding &c : m_project->codings(q.id)) {
        if (m_filter && !m_filter->accepts(c.coderId))
            continue;
        const Id coder = comparing ? c.coderId : 0;
        auto it = std::find_if(marks.begin(), marks.end(), [coder](const QuoteMark &x) { return x.coderId == coder; });
        if (it == marks.end()) {
            marks.append(m);
            it = marks.end() - 1;
            it->coderId = coder;
            if (comparing)
                it->coderName = m_filter->nameOf(coder);
        }
        it->codings.append(c.id);
        if (it->codes.contains(c.codeId))
            continue;
        it->codes.append(c.codeId);
        it->colors.append(comparing ? m_filter->colorOf(coder) : m_codeColors.value(c.codeId, QColor(Qt::gray)));
        it->names.append(m_codeNames.value(c.codeId));
    }
    // The coders in a stable order (their colours' order), side by side.
    if (comparing)
        std::sort(marks.begin(), marks.end(), [](const QuoteMark &a, const QuoteMark &b) { return a.coderId < b.coderId; });
    // A quote without codings (a moment inside an operation) still shows
    // while every coder's work is shown.
    if (marks.isEmpty() && (!m_filter || !m_filter->shownCoderId()))
        marks.append(m);
    return marks;
}

void DocumentView::reloadQuotes()
{
    loadCodeStyles();
    QList<QuoteMark> marks;
    const QList<Quote> quotes = m_project->quotes(*m_document);
    marks.reserve(quotes.size());
    for (const Quote &q : quotes)
        marks.append(makeMarks(q));
    applyMarks(std::move(marks));
}

bool DocumentView::updateQuotes(const ChangeList &changes)
{
    // A bulk operation (import, undo of a merge) touches too many rows to be
    // worth mapping one by one.
    constexpr qsizetype kMaxIncrementalRows = 500;
    if (changes.rows.size() > kMaxIncrementalRows)
        return false;
    QSet<Id> refresh;  // quotes to re-read: new, moved, or with codings changed
    bool styles = false;
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("quote")) {
            refresh.insert(row.id);
        } else if (row.table == QLatin1String("coding")) {
            if (row.op == RowChange::Op::Delete) {
                const auto it = m_codingQuote.constFind(row.id);
                if (it != m_codingQuote.cend())
                    refresh.insert(*it);
                continue;
            }
            sql::Statement &stmt = m_project->statement("SELECT quote_id FROM coding WHERE id = ?");
            stmt.bind(1, row.id);
            if (stmt.next())
                refresh.insert(stmt.int64(0));
            stmt.reset();
        } else if (row.table == QLatin1String("code")) {
            if (row.op == RowChange::Op::Delete)
                return false;  // its codings went too, unlisted
            if (row.op == RowChange::Op::Update)
                styles = true;
        }
    }
    if (refresh.isEmpty() && !styles)
        return true;

    QList<QuoteMark> marks = m_marks;
    if (styles) {
        loadCodeStyles();
        for (QuoteMark &m : marks) {
            for (qsizetype i = 0; i < m.codes.size(); ++i) {
                m.colors[i] = m_codeColors.value(m.codes[i], QColor(Qt::gray));
                m.names[i] = m_codeNames.value(m.codes[i]);
            }
        }
    }
    if (!refresh.isEmpty()) {
        const qsizetype removed = marks.removeIf([&refresh](const QuoteMark &m) { return refresh.contains(m.quoteId); });
        qsizetype added = 0;
        for (Id id : std::as_const(refresh)) {
            const std::optional<Quote> q = m_project->quote(id);
            if (q && q->documentId == *m_document) {
                const QList<QuoteMark> made = makeMarks(*q);
                marks.append(made);
                added += made.size();
            }
        }
        // Quotes of other documents (a live commit while an interview is
        // shown): nothing here changed.
        if (removed == 0 && added == 0 && !styles)
            return true;
        // The order quotes(document) gives: by start, end, id.
        std::sort(marks.begin(), marks.end(), [](const QuoteMark &a, const QuoteMark &b) {
            if (a.start != b.start)
                return a.start < b.start;
            if (a.end != b.end)
                return a.end < b.end;
            if (a.quoteId != b.quoteId)
                return a.quoteId < b.quoteId;
            return a.coderId < b.coderId;
        });
    }
    applyMarks(std::move(marks));
    return true;
}

void DocumentView::applyMarks(QList<QuoteMark> marks)
{
    // Blocks whose look changes: those of quotes added, removed or changed.
    QSet<int> dirty;
    QHash<QPair<Id, Id>, const QuoteMark *> old;  // (quote, coder)
    for (const QuoteMark &m : std::as_const(m_marks))
        old.insert({m.quoteId, m.coderId}, &m);
    auto markBlocks = [&dirty](const QuoteMark &m) {
        for (int b = m.firstBlock; b <= m.lastBlock; ++b)
            dirty.insert(b);
    };
    for (const QuoteMark &m : std::as_const(marks)) {
        const QuoteMark *before = old.take({m.quoteId, m.coderId});
        if (!before || before->utf16Start != m.utf16Start || before->utf16End != m.utf16End ||
            before->colors != m.colors) {
            markBlocks(m);
            if (before)
                markBlocks(*before);
        }
    }
    for (const QuoteMark *gone : std::as_const(old))
        markBlocks(*gone);

    m_marks = std::move(marks);
    m_markIndex.clear();
    m_byBlock.clear();
    m_bySpan.clear();
    m_codingQuote.clear();
    for (int i = 0; i < m_marks.size(); ++i) {
        const QuoteMark &m = m_marks[i];
        if (!m_markIndex.contains(m.quoteId))
            m_markIndex.insert(m.quoteId, i);  // a quote's first mark
        for (Id coding : m.codings)
            m_codingQuote.insert(coding, m.quoteId);
        m_bySpan.insert({m.start, m.end}, m.quoteId);
        for (int b = m.firstBlock; b <= m.lastBlock; ++b)
            m_byBlock[b].append(i);
    }
    layoutStripes();
    if (m_currentQuote && !m_markIndex.contains(*m_currentQuote)) {
        m_currentQuote.reset();
        Q_EMIT currentQuoteChanged(m_currentQuote);
    }

    if (m_highlighter->document()) {
        if (dirty.size() > 2000) {
            m_highlighter->rehighlight();
        } else {
            for (int b : std::as_const(dirty))
                m_highlighter->rehighlightBlock(document()->findBlockByNumber(b));
        }
    }
    updateLegend();
    updateMarginWidth();
    m_margin->update();
}

void DocumentView::layoutStripes()
{
    // Greedy interval colouring by lines: a stripe takes the leftmost column
    // free from its first line on.
    QList<int> order(m_marks.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const QuoteMark &x = m_marks[a], &y = m_marks[b];
        if (x.firstBlock != y.firstBlock)
            return x.firstBlock < y.firstBlock;
        return (x.lastBlock - x.firstBlock) > (y.lastBlock - y.firstBlock);
    });
    QList<int> columnEnds;
    for (int i : order) {
        QuoteMark &m = m_marks[i];
        int col = 0;
        while (col < columnEnds.size() && columnEnds[col] >= m.firstBlock)
            ++col;
        if (col == columnEnds.size())
            columnEnds.append(m.lastBlock);
        else
            columnEnds[col] = m.lastBlock;
        m.column = col;
    }
    m_columns = int(columnEnds.size());
}

void DocumentView::updateMarginWidth()
{
    const int width = m_margin->preferredWidth(m_columns);
    const int top = m_legend->isVisibleTo(this) ? m_legend->preferredHeight() : 0;
    setViewportMargins(width, top, 0, 0);
    // The scroll area mirrors the margin in a right-to-left interface (Urdu):
    // the stripes go where it leaves room, on the right.
    const QRect cr = contentsRect();
    m_legend->setGeometry(QRect(cr.left(), cr.top(), cr.width(), top));
    m_margin->setGeometry(
        QStyle::visualRect(layoutDirection(), cr, QRect(cr.left(), cr.top() + top, width, cr.height() - top)));
}

void DocumentView::setCoderFilter(CoderFilter *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter)
        connect(m_filter, &CoderFilter::changed, this, [this] {
            if (m_document)
                reloadQuotes();
            updateLegend();
        });
    if (m_document)
        reloadQuotes();
    updateLegend();
}

std::optional<Id> DocumentView::stripeCoder(const QuoteMark &mark) const
{
    if (mark.coderId)
        return mark.coderId;
    if (m_filter)
        if (const std::optional<Id> shown = m_filter->shownCoderId(); shown && *shown != CoderFilter::kNoCoder)
            return shown;
    return std::nullopt;
}

void DocumentView::updateLegend()
{
    const bool comparing = m_filter && m_filter->comparing();
    if (comparing) {
        // The coders whose work this document shows, in their colours' order.
        QList<Id> coders;
        for (const QuoteMark &m : std::as_const(m_marks))
            if (m.coderId && !coders.contains(m.coderId))
                coders.append(m.coderId);
        std::sort(coders.begin(), coders.end());
        QList<CoderLegend::Entry> entries;
        for (Id c : std::as_const(coders))
            entries.append({m_filter->nameOf(c), m_filter->colorOf(c)});
        m_legend->setEntries(entries);
    }
    if (comparing != m_legend->isVisibleTo(this)) {
        m_legend->setVisible(comparing);
        updateMarginWidth();
    }
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMarginWidth();
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter->document()) {
        m_highlighter->setBaseColor(palette().color(QPalette::Base));
        m_highlighter->rehighlight();
    }
}

void DocumentView::reloadFlags()
{
    m_flags.clear();
    if (!m_document)
        return;
    for (const live::Flag &f : live::readFlags(*m_project, *m_document))
        m_flags.append({f.position, QStringLiteral("⚑ %1 %2").arg(live::formatTimestamp(f.timeMs).left(8), f.note).trimmed()});
    // A PDF imported without speakers has one turn per page, labelled "p. N".
    m_pages.clear();
    const auto doc = m_project->document(*m_document);
    if (doc && import::isPdfSourceFile(doc->sourceFile))
        for (const SpeakerTurn &turn : m_project->speakerTurns(*m_document))
            if (const auto page = import::pageFromTurnLabel(turn.speaker))
                m_pages.append({turn.start, tr("p. %1", "page of a PDF document").arg(*page)});
    viewport()->update();
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_flags.isEmpty() && m_pages.isEmpty())
        return;
    QPainter p(viewport());
    const QFontMetrics metrics(font());
    // Page rules: a dotted line above each page's first line, its number at the right.
    const QColor pageColor = palette().color(QPalette::PlaceholderText);
    for (const FlagMark &page : m_pages) {
        QTextCursor cursor(document());
        cursor.setPosition(int(m_positions.toUtf16(std::clamp<qint64>(page.position, 0, m_positions.codePointLength()))));
        const int y = cursorRect(cursor).top();
        if (y < -metrics.height() || y > viewport()->height() + metrics.height())
            continue;
        const int w = metrics.horizontalAdvance(page.label) + 8;
        p.setPen(QPen(pageColor, 1, Qt::DotLine));
        if (page.position > 0)
            p.drawLine(0, y, viewport()->width() - w - 4, y);
        p.setPen(pageColor);
        p.drawText(QRect(viewport()->width() - w - 4, y, w, metrics.height()), Qt::AlignCenter, page.label);
    }
    const QColor flagColor(0xc0, 0x50, 0x00);
    for (const FlagMark &f : m_flags) {
        QTextCursor cursor(document());
        cursor.setPosition(int(m_positions.toUtf16(std::clamp<qint64>(f.position, 0, m_positions.codePointLength()))));
        const int y = cursorRect(cursor).top();
        if (y < -metrics.height() || y > viewport()->height() + metrics.height())
            continue;
        p.setPen(QPen(flagColor, 1, Qt::DashLine));
        p.drawLine(0, y, viewport()->width(), y);
        // The label sits on the line at the right, over a patch of background.
        const QString label = metrics.elidedText(f.label, Qt::ElideRight, viewport()->width() / 2);
        const int w = metrics.horizontalAdvance(label) + 8;
        const QRect box(viewport()->width() - w - 4, y - metrics.height() / 2, w, metrics.height());
        p.fillRect(box, palette().color(QPalette::Base));
        p.setPen(flagColor);
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.drawText(box, Qt::AlignCenter, label);
    }
}

void DocumentView::onChanged(const ChangeList &changes)
{
    if (!m_document)
        return;
    if (changes.reset || changes.touches(QStringLiteral("live_flag")))
        reloadFlags();
    if (changes.reset) {
        if (m_project->document(*m_document))
            showDocument(m_document);
        else
            showDocument(std::nullopt);
        return;
    }
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("document") && row.id == *m_document) {
            if (row.op == RowChange::Op::Delete) {
                showDocument(std::nullopt);
                return;
            }
            if (row.op == RowChange::Op::Update && appendText(changes))
                break;  // then the appended quotes, below
            if (row.op == RowChange::Op::Update && m_project->documentText(*m_document) != m_positions.text())
                showDocument(m_document);
            return;
        }
    }
    if (!updateQuotes(changes))
        reloadQuotes();
}

CodePointSpan DocumentView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {};
    return m_positions.spanForSelection(cursor.selectionStart(), cursor.selectionEnd(), m_snapToWords);
}

void DocumentView::selectSpan(const CodePointSpan &span)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_positions.toUtf16(span.start));
    cursor.setPosition(m_positions.toUtf16(span.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void DocumentView::onSelectionChanged()
{
    const CodePointSpan span = selectedSpan();
    if (span.isEmpty())
        return;  // a click elsewhere keeps the quote being tagged
    const auto it = m_bySpan.constFind({span.start, span.end});
    const std::optional<Id> quote = it == m_bySpan.cend() ? std::nullopt : std::optional<Id>(*it);
    if (quote != m_currentQuote) {
        m_currentQuote = quote;
        m_margin->update();
        Q_EMIT currentQuoteChanged(m_currentQuote);
    }
}

void DocumentView::setCurrentQuote(std::optional<Id> quote)
{
    if (quote && !m_markIndex.contains(*quote))
        quote.reset();
    if (quote) {
        const QuoteMark &m = m_marks[m_markIndex.value(*quote)];
        selectSpan({m.start, m.end});
    }
    if (quote != m_currentQuote) {
        m_currentQuote = quote;
        Q_EMIT currentQuoteChanged(m_currentQuote);
    }
    m_margin->update();
}

void DocumentView::revealQuote(Id quote)
{
    setCurrentQuote(quote);
    ensureCursorVisible();
}

const QuoteMark *DocumentView::mark(Id quote) const
{
    const auto it = m_markIndex.constFind(quote);
    return it == m_markIndex.cend() ? nullptr : &m_marks[*it];
}

QRect DocumentView::stripeRect(Id quote) const
{
    const auto it = m_markIndex.constFind(quote);
    return it == m_markIndex.cend() ? QRect() : m_margin->stripeRect(*it);
}

QString turnTimeText(const SpeakerTurn &turn)
{
    if (!turn.timeStartMs)
        return {};
    QString text = live::formatTimestamp(*turn.timeStartMs).left(8);
    if (turn.timeEndMs && *turn.timeEndMs > *turn.timeStartMs)
        text += QStringLiteral("–") + live::formatTimestamp(*turn.timeEndMs).left(8);
    return text;
}

qint64 DocumentView::codePointAt(const QPoint &viewportPos) const
{
    return m_positions.toCodePoint(cursorForPosition(viewportPos).position());
}

std::optional<SpeakerTurn> DocumentView::turnAt(qint64 at) const
{
    if (!m_document)
        return std::nullopt;
    for (const SpeakerTurn &turn : m_project->speakerTurns(*m_document))
        if (turn.start <= at && at < std::max(turn.end, turn.start + 1))
            return turn;
    return std::nullopt;
}

std::optional<Id> DocumentView::quoteAt(qint64 at) const
{
    auto holds = [at](const QuoteMark &m) { return m.start <= at && at < m.end; };
    if (const QuoteMark *current = m_currentQuote ? mark(*m_currentQuote) : nullptr; current && holds(*current))
        return current->quoteId;
    const QuoteMark *best = nullptr;
    for (const QuoteMark &m : m_marks) {
        if (m.start > at)
            break;  // marks are in start order
        if (holds(m) && (!best || m.end - m.start < best->end - best->start))
            best = &m;
    }
    return best ? std::optional<Id>(best->quoteId) : std::nullopt;
}

std::unique_ptr<QMenu> DocumentView::buildContextMenu(const QPoint &viewportPos)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(viewportPos));
    if (!m_document)
        return menu;
    const qint64 at = codePointAt(viewportPos);
    if (const std::optional<Id> quote = quoteAt(at)) {
        menu->addSeparator();
        QAction *memo = menu->addAction(tr("Memo on quote…"));
        memo->setObjectName(QStringLiteral("quoteMemo"));
        connect(memo, &QAction::triggered, this, [this, id = *quote] { Q_EMIT memoRequested(id); });
    }
    Q_EMIT contextMenuRequested(menu.get(), at);
    return menu;
}

void DocumentView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu = buildContextMenu(event->pos());
    menu->exec(event->globalPos());
}

bool DocumentView::viewportEvent(QEvent *event)
{
    // A speaker turn's time, kept from a live session or a timed transcript.
    if (event->type() == QEvent::ToolTip && m_document) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto turn = turnAt(codePointAt(help->pos()));
        if (turn && turn->timeStartMs) {
            const QString time = turnTimeText(*turn);
            QToolTip::showText(help->globalPos(), QStringLiteral("%1 · %2").arg(turn->speaker, time), viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DocumentView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        Q_EMIT recentCodeRequested(event->key() - Qt::Key_1);
        return;
    }
    // Alt+Shift+Left/Right move the end of the current quote, Ctrl+Alt+Shift
    // +Left/Right its start, one grapheme at a time.
    if (m_currentQuote && (mods & Qt::AltModifier) && (mods & Qt::ShiftModifier) &&
        (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const QuoteMark *m = mark(*m_currentQuote);
        if (m) {
            const bool right = event->key() == Qt::Key_Right;
            int a = m->utf16Start, b = m->utf16End;
            if (mods & Qt::ControlModifier)
                a = right ? m_positions.nextGrapheme(a) : m_positions.previousGrapheme(a);
            else
                b = right ? m_positions.nextGrapheme(b) : m_positions.previousGrapheme(b);
            if (a < b)
                Q_EMIT adjustQuoteRequested(*m_currentQuote, {m_positions.toCodePoint(a), m_positions.toCodePoint(b)});
        }
        return;
    }
    const int before = textCursor().position();
    QPlainTextEdit::keyPressEvent(event);
    keepSelectionOutOfPrefix(before);
}

void DocumentView::keepSelectionOutOfPrefix(int positionBefore)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || cursor.position() >= cursor.anchor())
        return;
    const auto speech = m_speechStart.constFind(cursor.block().blockNumber());
    if (speech == m_speechStart.cend())
        return;
    // Only while the selection stays within this line's speech: a selection
    // that started in a later line may take in the turns above it.
    const int start = *speech;
    const QTextBlock block = cursor.block();
    const bool anchorInThisLine = cursor.anchor() < block.position() + block.length();
    if (cursor.position() < start && cursor.anchor() >= start && anchorInThisLine && positionBefore >= start) {
        const int anchor = cursor.anchor();
        cursor.setPosition(anchor);
        cursor.setPosition(start, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
    }
}

QMimeData *DocumentView::createMimeDataFromSelection() const
{
    QMimeData *data = QPlainTextEdit::createMimeDataFromSelection();
    const CodePointSpan span = selectedSpan();
    if (m_document && !span.isEmpty())
        spanmime::write(data, {*m_document, span.start, span.end});
    return data;
}

bool DocumentView::canInsertFromMimeData(const QMimeData *) const { return false; }

}  // namespace crosscut::ui
