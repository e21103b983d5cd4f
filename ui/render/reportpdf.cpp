// The report as PDF with its own pagination: every block is laid out alone
// (a QTextDocument per paragraph, quote and table cell), then placed on A4
// pages: headings stay with what follows, a quote is never split (one taller
// than a page is broken between lines, its box closed and reopened), a table
// is split between rows with its header rows repeated, figures are scaled to
// fit. The contents' page numbers are known once every block is placed, so
// pages are drawn after the layout.
#include "render/chartrenderer.h"
#include "render/reportformats.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <optional>

namespace crosscut::render {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 20;

const QColor kNavy(0x1F, 0x3A, 0x5F);
const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrey(0x66, 0x66, 0x66);
const QColor kWarning(0x8A, 0x1C, 0x1C);
const QColor kQuoteBox(0xF4, 0xF6, 0xF9);
const QColor kRule(0xBF, 0xBF, 0xBF);

qreal mm(double millimetres) { return millimetres * kDpi / 25.4; }

struct Footer {
    static QString tr(const char *s) { return QCoreApplication::translate("crosscut::render::Report", s); }
};

// One paragraph of a laid-out text: its runs and how they are set.
struct Para {
    ReportText text;
    double points = 10;
    bool bold = false;    // every run bold (headings)
    bool italic = false;  // every run italic (small-group cells)
    QColor color = kInk;  // runs without a colour of their own
    Qt::Alignment alignment = Qt::AlignLeft;
    bool rightToLeft = false;
    qreal leftMargin = 0;
    qreal textIndent = 0;
    qreal spaceAfter = 0;
};

// A QTextDocument laid out at the PDF's resolution, `width` wide.
std::unique_ptr<QTextDocument> layOut(QPaintDevice *device, qreal width, const QList<Para> &paras)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    QFont font;
    font.setFamilies(textFontFamilies());
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    // A word wider than its cell (a long code path, a URL) breaks rather than runs over the cell's edge.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setTextWidth(width);
    QTextCursor cursor(doc.get());
    bool first = true;
    for (const Para &p : paras) {
        QTextBlockFormat block;
        block.setAlignment(p.alignment | Qt::AlignAbsolute);
        block.setLayoutDirection(p.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        block.setLeftMargin(p.leftMargin);
        block.setTextIndent(p.textIndent);
        block.setBottomMargin(p.spaceAfter);
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        first = false;
        for (const ReportRun &run : p.text) {
            QTextCharFormat format;
            format.setFontFamilies(textFontFamilies());
            format.setFontPointSize(p.points);
            format.setFontWeight(p.bold || run.bold ? QFont::Bold : QFont::Normal);
            format.setFontItalic(p.italic || run.italic);
            format.setForeground(run.color.isValid() ? run.color : p.color);
            QString text = run.text;
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            cursor.insertText(text, format);
        }
    }
    return doc;
}

// The bottom of each line, top to bottom: where a text may be broken.
QList<qreal> lineBottoms(QTextDocument &doc)
{
    QList<qreal> bottoms;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        const qreal top = layout->position().y();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            bottoms.append(top + line.y() + line.height());
        }
    }
    return bottoms;
}

// Draws the part [from, to) of `doc` with its top at `at`.
void drawSlice(QPainter &painter, QTextDocument &doc, QPointF at, qreal from, qreal to)
{
    painter.save();
    painter.translate(at.x(), at.y() - from);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(-mm(2), from, doc.textWidth() + mm(4), to - from);
    context.palette.setColor(QPalette::Text, kInk);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

struct Fragment {
    qreal height = 0;
    std::function<void(QPainter &, QPointF)> draw;
};

// One block laid out, handing out the parts that fit on a page.
class Flow {
public:
    virtual ~Flow() = default;
    // The next part that fits in `room`; nullopt to go on on the next page.
    // `pageTop`: the page is empty, so a part must be given.
    virtual std::optional<Fragment> next(qreal room, bool pageTop) = 0;
    virtual bool done() const = 0;
    // The least that must follow a heading on its page.
    virtual qreal leadHeight() const = 0;

    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    bool keepWithNext = false;
    bool newPage = false;
    QString anchor;  // a heading's, for the contents
};

// Text: paragraphs, headings, quotes (in a box). A paragraph of four lines
// and more may break between lines, two lines at least on either side; a
// boxed quote breaks only when it is taller than a whole page.
class TextFlow : public Flow {
public:
    TextFlow(std::unique_ptr<QTextDocument> doc, qreal pageHeight, bool boxed)
        : m_doc(std::move(doc)), m_bottoms(lineBottoms(*m_doc)), m_pageHeight(pageHeight), m_boxed(boxed)
    {
        m_height = m_doc->size().height();
        if (boxed)
            m_pad = mm(2.5);
    }

    bool done() const override { return m_done; }
    qreal leadHeight() const override
    {
        if (keepWithNext || m_bottoms.size() < 4)
            return m_height + 2 * m_pad;
        return m_bottoms.value(1) + 2 * m_pad;
    }

    std::optional<Fragment> next(qreal room, bool pageTop) override
    {
        const qreal rest = m_height - m_from;
        if (rest + 2 * m_pad <= room || (pageTop && !mayBreak(rest)))
            return take(m_height);
        if (!mayBreak(rest))
            return std::nullopt;
        // Lines [first, last) fit; keep `minimum` lines on either side.
        const int minimum = m_boxed ? 3 : 2;
        const qsizetype first = std::count_if(m_bottoms.cbegin(), m_bottoms.cend(), [&](qreal b) { return b <= m_from + 0.5; });
        qsizetype last = first;
        while (last < m_bottoms.size() && m_bottoms.at(last) - m_from + 2 * m_pad <= room)
            ++last;
        if (!m_boxed)
            last = std::min(last, m_bottoms.size() - minimum);
        if (last - first < minimum && !pageTop)
            return std::nullopt;
        if (last <= first)
            last = first + 1;  // a line taller than a page: drawn clipped
        return take(m_bottoms.at(last - 1));
    }

private:
    bool mayBreak(qreal rest) const
    {
        if (m_boxed)
            return rest + 2 * m_pad > m_pageHeight;
        return !keepWithNext && m_bottoms.size() >= 4;
    }

    Fragment take(qreal to)
    {
        const qreal from = m_from;
        m_from = to;
        m_done = to >= m_height - 0.5;
        Fragment f;
        f.height = to - from + 2 * m_pad;
        QTextDocument *doc = m_doc.get();
        const bool boxed = m_boxed;
        const qreal pad = m_pad;
        f.draw = [doc, boxed, pad, from, to, height = f.height](QPainter &painter, QPointF at) {
            if (boxed) {
                const qreal width = doc->textWidth() + 2 * pad + mm(1.2);
                painter.fillRect(QRectF(at.x(), at.y(), width, height), kQuoteBox);
                painter.fillRect(QRectF(at.x(), at.y(), mm(1.2), height), kNavy);
                at += QPointF(mm(1.2) + pad, pad);
            }
            drawSlice(painter, *doc, at, from, to);
        };
        return f;
    }

    std::unique_ptr<QTextDocument> m_doc;
    QList<qreal> m_bottoms;
    qreal m_pageHeight;
    bool m_boxed;
    qreal m_height = 0;
    qreal m_pad = 0;
    qreal m_from = 0;
    bool m_done = false;
};

// A figure and its caption, always together, scaled down to fit a page.
class FigureFlow : public Flow {
public:
    FigureFlow(const ReportFigure &figure, std::unique_ptr<QTextDocument> caption, qreal width, qreal pageHeight)
        : m_image(figure.image), m_caption(std::move(caption))
    {
        m_width = std::min(mm(figure.widthMm), width);
        m_imageHeight = m_image.width() > 0 ? m_width * m_image.height() / m_image.width() : 0;
        const qreal captionHeight = m_caption ? m_caption->size().height() + mm(1.5) : 0;
        if (m_imageHeight + captionHeight > pageHeight && m_imageHeight > 0) {
            const qreal scale = (pageHeight - captionHeight) / m_imageHeight;
            m_width *= scale;
            m_imageHeight *= scale;
        }
        m_fullWidth = width;
        m_height = m_imageHeight + captionHeight;
    }

    bool done() const override { return m_done; }
    qreal leadHeight() const override { return m_height; }

    std::optional<Fragment> next(qreal room, bool pageTop) override
    {
        if (m_height > room && !pageTop)
            return std::nullopt;
        m_done = true;
        Fragment f;
        f.height = m_height;
        f.draw = [this](QPainter &painter, QPointF at) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(at.x() + (m_fullWidth - m_width) / 2, at.y(), m_width, m_imageHeight), m_image);
            if (m_caption)
                drawSlice(painter, *m_caption, at + QPointF(0, m_imageHeight + mm(1.5)), 0, m_caption->size().height());
        };
        return f;
    }

private:
    QImage m_image;
    std::unique_ptr<QTextDocument> m_caption;
    qreal m_width = 0;
    qreal m_fullWidth = 0;
    qreal m_imageHeight = 0;
    qreal m_height = 0;
    bool m_done = false;
};

// A table split between rows, its header rows repeated on every page.
class TableFlow : public Flow {
public:
    TableFlow(QPaintDevice *device, const ReportTable &table, qreal width) : m_headerRows(std::clamp(table.headerRows, 0, int(table.rows.size())))
    {
        for (const double share : columnShares(table))
            m_widths.append(width * share);
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool head = r < m_headerRows;
            Row row;
            qreal tallest = 0;
            for (qsizetype c = 0; c < m_widths.size(); ++c) {
                const ReportCell cell = table.rows.at(r).value(c);
                Para p;
                p.text = cell.text;
                p.points = 9;
                if (head) {
                    p.bold = true;
                    p.color = Qt::white;
                    p.text = plainText(toPlainString(cell.text));
                    p.text.first().color = Qt::white;
                }
                if (cell.smallGroup) {
                    p.italic = true;
                    p.text.append(ReportRun{QStringLiteral("\u00A0†"), false, false, {}});
                }
                p.alignment = cell.numeric ? Qt::AlignRight : Qt::AlignLeft;
                p.rightToLeft = toPlainString(cell.text).isRightToLeft();
                if (p.rightToLeft && !cell.numeric)
                    p.alignment = Qt::AlignRight;
                auto doc = layOut(device, std::max<qreal>(1, m_widths.at(c) - 2 * kPad), {p});
                tallest = std::max(tallest, doc->size().height());
                row.background.append(head ? kNavy : cell.background);
                row.cells.push_back(std::move(doc));
            }
            row.height = tallest + 2 * kPad;
            m_rows.push_back(std::move(row));
        }
        m_next = m_headerRows;
        for (int r = 0; r < m_headerRows; ++r)
            m_headerHeight += m_rows.at(r).height;
    }

    bool done() const override { return m_next >= int(m_rows.size()) && m_given; }
    qreal leadHeight() const override
    {
        qreal h = m_headerHeight;
        for (int r = m_headerRows; r < std::min<int>(m_headerRows + 2, int(m_rows.size())); ++r)
            h += m_rows.at(r).height;
        return h;
    }

    std::optional<Fragment> next(qreal room, bool pageTop) override
    {
        const int total = int(m_rows.size());
        int last = m_next;
        qreal height = m_headerHeight;
        while (last < total && height + m_rows.at(last).height <= room)
            height += m_rows.at(last++).height;
        const int wanted = std::min(2, total - m_next);  // no header left alone with one row
        if (last - m_next < wanted && !pageTop && !(last == total))
            return std::nullopt;
        if (height > room && !pageTop)
            return std::nullopt;
        if (last == m_next && m_next < total)
            height += m_rows.at(last++).height;  // a row taller than a page: drawn clipped
        const int from = m_next;
        m_next = last;
        m_given = true;
        Fragment f;
        f.height = height;
        f.draw = [this, from, last](QPainter &painter, QPointF at) {
            qreal y = at.y();
            for (int r = 0; r < m_headerRows; ++r)
                y += drawRow(painter, r, QPointF(at.x(), y));
            for (int r = from; r < last; ++r)
                y += drawRow(painter, r, QPointF(at.x(), y));
        };
        return f;
    }

private:
    static constexpr qreal kPad = 14;  // device pixels: 1.2 mm

    struct Row {
        std::vector<std::unique_ptr<QTextDocument>> cells;
        QList<QColor> background;
        qreal height = 0;
    };

    qreal drawRow(QPainter &painter, int r, QPointF at)
    {
        const Row &row = m_rows.at(r);
        qreal x = at.x();
        for (size_t c = 0; c < row.cells.size(); ++c) {
            const QRectF cell(x, at.y(), m_widths.at(c), row.height);
            if (row.background.at(c).isValid())
                painter.fillRect(cell, row.background.at(c));
            painter.setPen(QPen(kRule, mm(0.2)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            drawSlice(painter, *row.cells.at(c), cell.topLeft() + QPointF(kPad, kPad), 0, row.cells.at(c)->size().height());
            x += m_widths.at(c);
        }
        return row.height;
    }

    int m_headerRows = 1;
    QList<qreal> m_widths;
    std::vector<Row> m_rows;
    qreal m_headerHeight = 0;
    int m_next = 0;
    bool m_given = false;
};

// One line of the contents: the heading's text, dots, its page number.
class ContentsLine : public Flow {
public:
    ContentsLine(std::unique_ptr<QTextDocument> doc, QString target, const QHash<QString, int> *pages, qreal width, qreal indent)
        : m_doc(std::move(doc)), m_target(std::move(target)), m_pages(pages), m_width(width), m_indent(indent)
    {
    }

    bool done() const override { return m_done; }
    qreal leadHeight() const override { return m_doc->size().height(); }

    std::optional<Fragment> next(qreal room, bool pageTop) override
    {
        const qreal height = m_doc->size().height();
        if (height > room && !pageTop)
            return std::nullopt;
        m_done = true;
        Fragment f;
        f.height = height;
        f.draw = [this, height](QPainter &painter, QPointF at) {
            drawSlice(painter, *m_doc, at + QPointF(m_indent, 0), 0, height);
            const QTextLayout *layout = m_doc->lastBlock().layout();
            const QTextLine line = layout->lineAt(layout->lineCount() - 1);
            const qreal baseline = at.y() + layout->position().y() + line.y() + line.ascent();
            QFont font;
            font.setFamilies(textFontFamilies());
            font.setPointSizeF(10);
            painter.setFont(font);
            painter.setPen(kInk);
            const QString number = QString::number(m_pages->value(m_target));
            const QFontMetricsF metrics(font, painter.device());
            const qreal numberX = at.x() + m_width - metrics.horizontalAdvance(number);
            painter.drawText(QPointF(numberX, baseline), number);
            // Dotted leaders from the text's end to the number.
            const qreal dotsFrom = at.x() + m_indent + line.naturalTextWidth() + mm(2);
            painter.setPen(QPen(kGrey, mm(0.25), Qt::DotLine));
            if (numberX - mm(2) > dotsFrom)
                painter.drawLine(QPointF(dotsFrom, baseline), QPointF(numberX - mm(2), baseline));
        };
        return f;
    }

private:
    std::unique_ptr<QTextDocument> m_doc;
    QString m_target;
    const QHash<QString, int> *m_pages;
    qreal m_width;
    qreal m_indent;
    bool m_done = false;
};

struct Placed {
    Fragment fragment;
    qreal y = 0;
};

class Paginator {
public:
    Paginator(QPdfWriter &writer, const ReportDocument &report)
        : m_device(&writer), m_report(report)
    {
        m_left = mm(kMarginMm);
        m_top = mm(kMarginMm);
        m_width = writer.width() - 2 * m_left;
        m_height = writer.height() - 2 * m_top;
    }

    void build()
    {
        titlePage();
        bool breakPending = true;  // the title page is a page of its own
        for (const ReportBlock &block : m_report.blocks) {
            const size_t before = m_flows.size();
            if (std::holds_alternative<ReportPageBreak>(block)) {
                breakPending = true;
                continue;
            }
            add(block);
            if (breakPending && m_flows.size() > before) {
                m_flows.at(before)->newPage = true;
                breakPending = false;
            }
        }
    }

    void place()
    {
        m_pages = {QList<Placed>()};
        qreal y = 0;
        auto newPage = [&] {
            m_pages.append(QList<Placed>());
            y = 0;
        };
        for (size_t i = 0; i < m_flows.size(); ++i) {
            Flow &flow = *m_flows.at(i);
            if (flow.newPage && !m_pages.last().isEmpty())
                newPage();
            if (!m_pages.last().isEmpty())
                y += flow.spaceBefore;
            if (flow.keepWithNext && !m_pages.last().isEmpty()) {
                // The heading, what else keeps with what follows, and the start of that.
                qreal need = 0;
                for (size_t j = i; j < m_flows.size(); ++j) {
                    const Flow &f = *m_flows.at(j);
                    if (j > i && f.newPage)
                        break;
                    need += f.leadHeight() + (j > i ? f.spaceBefore : 0);
                    if (!f.keepWithNext)
                        break;
                    need += f.spaceAfter;
                }
                if (y + need > m_height)
                    newPage();
            }
            while (!flow.done()) {
                auto fragment = flow.next(m_height - y, m_pages.last().isEmpty());
                if (!fragment) {
                    newPage();
                    continue;
                }
                if (!flow.anchor.isEmpty() && !m_anchorPages.contains(flow.anchor))
                    m_anchorPages.insert(flow.anchor, int(m_pages.size()));
                m_pages.last().append(Placed{*fragment, y});
                y += fragment->height;
            }
            y += flow.spaceAfter;
        }
    }

    void draw(QPdfWriter &writer)
    {
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        const int total = int(m_pages.size());
        for (int p = 0; p < total; ++p) {
            if (p > 0)
                writer.newPage();
            for (const Placed &placed : m_pages.at(p))
                placed.fragment.draw(painter, QPointF(m_left, m_top + placed.y));
            QFont small;
            small.setFamilies(textFontFamilies());
            small.setPointSizeF(8);
            const qreal pageWidth = writer.width();
            if (!m_report.watermark.isEmpty()) {
                QFont bold = small;
                bold.setBold(true);
                painter.setFont(bold);
                painter.setPen(kWarning);
                painter.drawText(QRectF(0, mm(8), pageWidth, mm(6)), Qt::AlignCenter, m_report.watermark);
            }
            if (p > 0) {
                painter.setFont(small);
                painter.setPen(kGrey);
                painter.drawText(QRectF(0, writer.height() - mm(14), pageWidth, mm(6)), Qt::AlignCenter,
                                 Footer::tr("Page %1 of %2").arg(p + 1).arg(total));
            }
        }
    }

    int pageCount() const { return int(m_pages.size()); }

private:
    std::unique_ptr<QTextDocument> text(const QList<Para> &paras, qreal width = -1)
    {
        return layOut(m_device, width < 0 ? m_width : width, paras);
    }

    void addText(const QList<Para> &paras, qreal spaceAfter, bool keep = false)
    {
        auto flow = std::make_unique<TextFlow>(text(paras), m_height, false);
        flow->spaceAfter = spaceAfter;
        flow->keepWithNext = keep;
        m_flows.push_back(std::move(flow));
    }

    void titlePage()
    {
        const QLocale english(QLocale::English);
        auto spacer = [this](qreal h) {
            Para p;
            p.text = plainText(QStringLiteral(" "));
            addText({p}, h);
        };
        spacer(mm(35));
        Para title;
        title.text = plainText(m_report.title);
        title.points = 26;
        title.bold = true;
        title.color = kNavy;
        addText({title}, mm(6));
        QList<Para> lines;
        for (const QString &line : {m_report.subtitle, m_report.organisation, m_report.author,
                                    m_report.date.isValid() ? english.toString(m_report.date, QStringLiteral("d MMMM yyyy")) : QString()}) {
            if (line.isEmpty())
                continue;
            Para p;
            p.text = plainText(line);
            p.points = lines.isEmpty() && !m_report.subtitle.isEmpty() ? 15 : 12;
            p.spaceAfter = mm(2);
            lines.append(p);
        }
        if (!lines.isEmpty())
            addText(lines, mm(14));
        if (!m_report.facts.isEmpty()) {
            ReportTable facts;
            facts.headerRows = 0;
            facts.columnWidths = {3, 7};
            for (const QString &fact : m_report.facts) {
                const qsizetype colon = fact.indexOf(QStringLiteral(": "));
                ReportCell name;
                name.text = {ReportRun{colon < 0 ? fact : fact.left(colon), true, false, {}}};
                ReportCell value;
                value.text = plainText(colon < 0 ? QString() : fact.mid(colon + 2));
                facts.rows.append({name, value});
            }
            auto flow = std::make_unique<TableFlow>(m_device, facts, m_width);
            flow->spaceAfter = mm(12);
            m_flows.push_back(std::move(flow));
        }
        if (!m_report.confidentiality.isEmpty()) {
            Para p;
            p.text = plainText(m_report.confidentiality);
            p.color = kWarning;
            addText({p}, 0);
        }
    }

    void add(const ReportBlock &block)
    {
        if (const auto *h = std::get_if<ReportHeading>(&block)) {
            Para p;
            p.text = plainText(h->text);
            p.bold = true;
            p.color = kNavy;
            p.points = h->level <= 1 ? 18 : h->level == 2 ? 13 : 11;
            auto flow = std::make_unique<TextFlow>(text({p}), m_height, false);
            flow->keepWithNext = true;
            flow->newPage = h->level <= 1 && h->newPage;
            flow->anchor = h->anchor;
            flow->spaceBefore = h->level <= 1 ? 0 : mm(h->level == 2 ? 5 : 3.5);
            flow->spaceAfter = mm(h->level <= 1 ? 4 : 2);
            m_flows.push_back(std::move(flow));
        } else if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
            Para p;
            p.text = paragraph->text;
            switch (paragraph->style) {
            case ReportParagraph::Style::Note:
                p.points = 8.5;
                p.color = kGrey;
                break;
            case ReportParagraph::Style::Warning: p.color = kWarning; break;
            case ReportParagraph::Style::Lead: p.points = 12; break;
            case ReportParagraph::Style::Body: break;
            }
            if (paragraph->bullet) {
                p.text.prepend(ReportRun{QStringLiteral("•\u2002"), false, false, {}});
                p.leftMargin = mm(5);
                p.textIndent = -mm(3.5);
            }
            p.rightToLeft = toPlainString(paragraph->text).isRightToLeft();
            if (p.rightToLeft)
                p.alignment = Qt::AlignRight;
            addText({p}, mm(paragraph->bullet ? 1.2 : 2.5));
        } else if (const auto *table = std::get_if<ReportTable>(&block)) {
            if (!table->caption.isEmpty()) {
                Para caption;
                caption.text = plainText(table->caption);
                caption.bold = true;
                caption.points = 9.5;
                addText({caption}, mm(1.5), true);
            }
            auto flow = std::make_unique<TableFlow>(m_device, *table, m_width);
            flow->spaceAfter = mm(table->note.isEmpty() ? 5 : 1.5);
            m_flows.push_back(std::move(flow));
            if (!table->note.isEmpty()) {
                Para note;
                note.text = plainText(table->note);
                note.points = 8.5;
                note.color = kGrey;
                addText({note}, mm(5));
            }
        } else if (const auto *quote = std::get_if<ReportQuote>(&block)) {
            QList<Para> paras;
            Para said;
            said.text = plainText(quote->text);
            said.rightToLeft = quote->rightToLeft;
            said.alignment = quote->rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
            said.spaceAfter = mm(1.5);
            paras.append(said);
            if (!quote->attribution.isEmpty()) {
                Para who;
                who.text = plainText(QStringLiteral("— ") + quote->attribution);
                who.points = 8.5;
                who.color = QColor(0x55, 0x55, 0x55);
                who.spaceAfter = mm(0.8);
                paras.append(who);
            }
            if (!quote->codes.isEmpty()) {
                Para codes;
                codes.text = plainText(quote->codes.join(QStringLiteral(" · ")));
                codes.points = 7.5;
                codes.color = QColor(0x77, 0x77, 0x77);
                paras.append(codes);
            }
            const qreal inner = m_width - mm(1.2) - 2 * mm(2.5);
            auto flow = std::make_unique<TextFlow>(text(paras, inner), m_height, true);
            flow->spaceAfter = mm(3);
            m_flows.push_back(std::move(flow));
        } else if (const auto *figure = std::get_if<ReportFigure>(&block)) {
            std::unique_ptr<QTextDocument> caption;
            if (!figure->caption.isEmpty()) {
                Para p;
                p.text = plainText(figure->caption);
                p.italic = true;
                p.points = 8.5;
                p.color = QColor(0x55, 0x55, 0x55);
                p.alignment = Qt::AlignHCenter;
                caption = text({p});
            }
            auto flow = std::make_unique<FigureFlow>(*figure, std::move(caption), m_width, m_height);
            flow->spaceAfter = mm(5);
            m_flows.push_back(std::move(flow));
        } else if (const auto *contents = std::get_if<ReportContents>(&block)) {
            Para title;
            title.text = plainText(contents->title);
            title.bold = true;
            title.color = kNavy;
            title.points = 18;
            auto flow = std::make_unique<TextFlow>(text({title}), m_height, false);
            flow->keepWithNext = true;
            flow->newPage = true;
            flow->spaceAfter = mm(5);
            m_flows.push_back(std::move(flow));
            for (const ReportBlock &b : m_report.blocks) {
                const auto *h = std::get_if<ReportHeading>(&b);
                if (!h || !h->inContents || h->anchor.isEmpty())
                    continue;
                const qreal indent = h->level <= 1 ? 0 : mm(6);
                Para p;
                p.text = plainText(h->text);
                p.bold = h->level <= 1;
                auto line = std::make_unique<ContentsLine>(text({p}, m_width - indent - mm(14)), h->anchor, &m_anchorPages, m_width, indent);
                line->spaceBefore = h->level <= 1 ? mm(2.5) : mm(0.8);
                m_flows.push_back(std::move(line));
            }
        }
    }

    QPaintDevice *m_device;
    const ReportDocument &m_report;
    qreal m_left = 0, m_top = 0, m_width = 0, m_height = 0;
    std::vector<std::unique_ptr<Flow>> m_flows;
    QList<QList<Placed>> m_pages;
    QHash<QString, int> m_anchorPages;
};

}  // namespace

Result<QByteArray> reportDocumentPdf(const ReportDocument &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Crosscut"));
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        Paginator paginator(writer, report);
        paginator.build();
        paginator.place();
        paginator.draw(writer);
    }
    if (bytes.isEmpty())
        return makeError(ErrorKind::Io, QStringLiteral("could not write the PDF report"));
    return bytes;
}

}  // namespace crosscut::render
