#include "agreement/disagreementtext.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <algorithm>

namespace crosscut::ui::agreement {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    return html;
}

QString grey(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<span style=\"color:#8a8a8a\">") + escaped(text)
                                             + QStringLiteral("</span>");
}

// Pieces of the stretch, [start, end) relative to it, and whether they are coded.
struct Piece {
    qint64 start = 0;
    qint64 end = 0;
    bool coded = false;
};

QList<Piece> piecesOf(qint64 length, const QList<team::Span> &coded)
{
    QList<Piece> pieces;
    qint64 at = 0;
    for (const team::Span &s : coded) {
        const qint64 start = std::clamp(s.start, at, length);
        const qint64 end = std::clamp(s.end, start, length);
        if (start > at)
            pieces.append({at, start, false});
        if (end > start)
            pieces.append({start, end, true});
        at = end;
    }
    if (at < length)
        pieces.append({at, length, false});
    return pieces;
}

}  // namespace

QString markedStretch(const QString &text, const QList<team::Span> &coded)
{
    const qint64 length = codePointCount(text);
    // The shown windows of the stretch: all of it, or its head and tail.
    QList<team::Span> windows{{0, length}};
    if (length > kStretchShown)
        windows = {{0, kStretchShown / 2}, {length - kStretchShown / 2, length}};
    QString html;
    for (qsizetype w = 0; w < windows.size(); ++w) {
        if (w > 0)
            html += QStringLiteral(" <span style=\"color:#8a8a8a\">[…]</span> ");
        for (const Piece &p : piecesOf(length, coded)) {
            const qint64 start = std::max(p.start, windows[w].start);
            const qint64 end = std::min(p.end, windows[w].end);
            if (end <= start)
                continue;
            const QString part = escaped(codePointSlice(text, start, end));
            html += p.coded ? QStringLiteral("<b><u>") + part + QStringLiteral("</u></b>") : part;
        }
    }
    return html;
}

DisagreementText disagreementText(Project &project, const team::Disagreement &d)
{
    const qint64 from = std::max<qint64>(0, d.span.start - kContextCodePoints);
    const qint64 to = d.span.end + kContextCodePoints;
    const QString all = project.documentSlice(d.document, from, to);
    const qint64 stretchStart = d.span.start - from;
    const qint64 stretchEnd = d.span.end - from;
    const QString before = codePointSlice(all, 0, stretchStart);
    const QString stretch = codePointSlice(all, stretchStart, stretchEnd);
    const QString after = codePointSlice(all, stretchEnd, codePointCount(all));
    auto relative = [&d](const QList<team::Span> &spans) {
        QList<team::Span> out;
        for (const team::Span &s : spans)
            out.append({s.start - d.span.start, s.end - d.span.start});
        return out;
    };
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    const QString trail = d.span.end + kContextCodePoints < project.document(d.document).value_or(Document{}).length
                              ? QStringLiteral("…")
                              : QString();
    DisagreementText text;
    text.sideA = grey(lead + before) + markedStretch(stretch, relative(d.a)) + grey(after + trail);
    text.sideB = grey(lead + before) + markedStretch(stretch, relative(d.b)) + grey(after + trail);
    text.plain = stretch;
    return text;
}

}  // namespace crosscut::ui::agreement
