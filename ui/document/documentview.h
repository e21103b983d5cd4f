#pragma once
// The transcript of one document, read-only, with its quotes highlighted in
// code colours and a margin of coding stripes (one per quote). It reads
// through Project and refreshes from Project::changed; it never writes.

#include "coders/coderfilter.h"
#include "document/positionmap.h"
#include "document/quotemark.h"
#include "project/project.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QPointer>

#include <memory>
#include <optional>

class QMenu;

namespace crosscut::ui {

class CoderLegend;
class QuoteHighlighter;

// "00:01:23–00:01:30": a speaker turn's session time; empty when untimed.
QString turnTimeText(const SpeakerTurn &turn);
class StripeMargin;

class DocumentView : public QPlainTextEdit {
    Q_OBJECT
public:
    DocumentView(Project *project, QWidget *parent);
    ~DocumentView() override;

    void showDocument(std::optional<Id> document);
    // Whose codings are shown (View → Coders); null shows every coder's.
    // Comparing coders, each coder's codings of a quote get a stripe in the
    // coder's colour, and the legend above the text names them.
    void setCoderFilter(CoderFilter *filter);
    CoderLegend *coderLegend() const { return m_legend; }
    CoderFilter *coderFilter() const { return m_filter; }
    // The one coder whose work a stripe stands for (comparing, or a view of
    // one coder's codings); nullopt when it shows every coder's.
    std::optional<Id> stripeCoder(const QuoteMark &mark) const;
    std::optional<Id> documentId() const { return m_document; }
    const PositionMap &positions() const { return m_positions; }

    // The selection as a code-point span (grapheme- and optionally
    // word-snapped); empty when nothing is selected.
    CodePointSpan selectedSpan() const;
    void selectSpan(const CodePointSpan &span);
    void setSnapToWords(bool snap) { m_snapToWords = snap; }
    bool snapToWords() const { return m_snapToWords; }

    // The quote being worked on: chosen from its stripe, just coded, or
    // exactly selected.
    std::optional<Id> currentQuote() const { return m_currentQuote; }
    void setCurrentQuote(std::optional<Id> quote);
    void revealQuote(Id quote);

    const QList<QuoteMark> &marks() const { return m_marks; }
    const QuoteMark *mark(Id quote) const;
    // Where a quote's stripe is drawn, in margin coordinates (for tests and
    // tooltips); empty when not visible.
    QRect stripeRect(Id quote) const;
    QWidget *margin() const;

    // The innermost quote holding code point `at` (the current one first).
    std::optional<Id> quoteAt(qint64 at) const;
    // A live session's flags as drawn: a line where each was set (between
    // the utterances said before and after it) labelled "⚑ time note".
    struct FlagMark {
        qint64 position = 0;  // code point
        QString label;
    };
    const QList<FlagMark> &flagMarks() const { return m_flags; }
    // Where the pages of a PDF document begin ("p. 4"), drawn as page rules.
    const QList<FlagMark> &pageMarks() const { return m_pages; }

    // The code point under a viewport position.
    qint64 codePointAt(const QPoint &viewportPos) const;
    // The speaker turn holding code point `at`, if any.
    std::optional<SpeakerTurn> turnAt(qint64 at) const;
    // The context menu for a viewport position (the standard one, plus what
    // contextMenuRequested adds); shown by contextMenuEvent, built apart for tests.
    std::unique_ptr<QMenu> buildContextMenu(const QPoint &viewportPos);

Q_SIGNALS:
    void currentQuoteChanged(std::optional<crosscut::Id> quote);
    // A number key 1–9 pressed: apply the n-th recent code.
    void recentCodeRequested(int index);
    void removeCodingRequested(crosscut::Id quote, crosscut::Id code);
    void deleteQuoteRequested(crosscut::Id quote);
    // From a stripe of one coder's work: remove only that coder's codings of
    // the quote, of `code` (0: of every code).
    void removeCoderCodingsRequested(crosscut::Id quote, crosscut::Id coder, crosscut::Id code);
    // "Memo…" on a quote, from its stripe or the text's context menu.
    void memoRequested(crosscut::Id quote);
    // Keyboard adjustment of the current quote's edges, in graphemes.
    void adjustQuoteRequested(crosscut::Id quote, crosscut::ui::CodePointSpan bounds);
    // The context menu is being built for code point `at`: add to `menu`
    // (the view itself never writes; see UtteranceActions).
    void contextMenuRequested(QMenu *menu, qint64 at);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Draws a live session's flags at their place in the transcript.
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    friend class StripeMargin;
    void onChanged(const ChangeList &changes);
    void reloadQuotes();
    void reloadFlags();
    // Applies quote/coding/code row changes to the affected marks only;
    // false when the changes cannot be mapped and a full reload is needed.
    bool updateQuotes(const ChangeList &changes);
    void loadCodeStyles();
    // The quote's marks: none when the filter hides all its codings, one
    // per coder when comparing.
    QList<QuoteMark> makeMarks(const Quote &quote);
    void updateLegend();
    // Replaces the marks, re-highlighting only blocks whose quotes changed.
    void applyMarks(QList<QuoteMark> marks);
    void layoutStripes();
    // Both from `fromCodePoint` on (0: the whole document; more: only what a
    // live session appended).
    void applyDirections(qint64 fromCodePoint = 0);
    void buildTurnLabels(qint64 fromCodePoint = 0);
    // A selection extended by keys within what a speaker says stops where
    // the speech starts: it never takes in the "Name:" prefix (the mouse can).
    void keepSelectionOutOfPrefix(int positionBefore);
    // A live commit appended text (new chunks, nothing else of the text
    // changed): append it to the view instead of reloading. False when the
    // change is anything else.
    bool appendText(const ChangeList &changes);
    void updateMarginWidth();
    void onSelectionChanged();

    Project *m_project;
    std::optional<Id> m_document;
    QList<FlagMark> m_flags;
    QList<FlagMark> m_pages;
    PositionMap m_positions;
    QList<QuoteMark> m_marks;  // ordered by start
    QHash<Id, int> m_markIndex;
    QHash<int, QList<int>> m_byBlock;
    QHash<QPair<qint64, qint64>, Id> m_bySpan;
    QHash<Id, Id> m_codingQuote;  // coding → quote, for codings in this document
    QHash<Id, QColor> m_codeColors;
    QHash<Id, QString> m_codeNames;
    QHash<int, int> m_speechStart;  // block number → UTF-16 position after its speaker prefix
    QuoteHighlighter *m_highlighter;
    StripeMargin *m_margin;
    CoderLegend *m_legend;
    QPointer<CoderFilter> m_filter;
    int m_columns = 0;
    bool m_snapToWords = false;
    std::optional<Id> m_currentQuote;
};

}  // namespace crosscut::ui
