#include "import/subtitles.h"

#include "import/importlimits.h"
#include "import/speakerturns.h"
#include "text/codepoints.h"

#include <QRegularExpression>
#include <QStringList>

namespace crosscut::import {

namespace {

struct Cue {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;
    QString text;
};

QString decodeEntities(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&nbsp;"), QStringLiteral("\u00a0"));
    s.replace(QLatin1String("&lrm;"), QStringLiteral("\u200e"));
    s.replace(QLatin1String("&rlm;"), QStringLiteral("\u200f"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// Removes markup (<i>, <b>, <c.x>, <00:01.000>, {\an8}) and takes the voice.
QString cueText(const QStringList &lines, QString *speaker)
{
    static const QRegularExpression voice(QStringLiteral(R"(<v(?:\.[^ \t>]*)?[ \t]+([^>]+)>)"));
    static const QRegularExpression tag(QStringLiteral(R"(<[^>]*>|\{\\[^}]*\})"));
    QStringList parts;
    for (const QString &line : lines) {
        QString l = line;
        if (auto m = voice.match(l); m.hasMatch() && speaker->isEmpty())
            *speaker = m.captured(1).trimmed();
        l.remove(tag);
        l = decodeEntities(l).trimmed();
        if (!l.isEmpty())
            parts.append(l);
    }
    QString text = parts.join(u' ');
    if (speaker->isEmpty()) {
        if (auto prefix = speakerPrefix(text)) {
            *speaker = prefix->speaker;
            text = text.mid(prefix->length);
        }
    }
    return text;
}

Result<Transcript> build(const QList<Cue> &cues, const QString &what)
{
    Transcript t;
    QStringList lines;
    qint64 position = 0;  // code points
    for (const Cue &cue : cues) {
        if (cue.text.isEmpty())
            continue;
        if (!lines.isEmpty())
            ++position;  // the LF before this line
        QString line;
        if (!cue.speaker.isEmpty())
            line = cue.speaker + QStringLiteral(": ");
        NewDocument::Turn turn;
        turn.start = position + codePointCount(line);
        line += cue.text;
        turn.end = position + codePointCount(line);
        turn.speaker = cue.speaker;
        turn.timeStartMs = cue.startMs;
        turn.timeEndMs = cue.endMs;
        t.turns.append(turn);
        position += codePointCount(line);
        lines.append(line);
    }
    if (lines.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty: it holds no cue text").arg(what));
    t.text = lines.join(u'\n');
    return t;
}

// Parses "START --> END [settings]".
bool parseTiming(QStringView line, Cue *cue)
{
    const qsizetype arrow = line.indexOf(QLatin1String("-->"));
    if (arrow < 0)
        return false;
    const QStringView left = line.first(arrow).trimmed();
    QStringView right = line.sliced(arrow + 3).trimmed();
    if (const qsizetype space = right.indexOf(u' '); space >= 0)
        right = right.first(space);
    const auto start = parseCueTime(left);
    const auto end = parseCueTime(right);
    if (!start || !end)
        return false;
    cue->startMs = *start;
    cue->endMs = *end;
    return true;
}

// A cue or header block: its lines and the 1-based line number of the first.
struct Block {
    qsizetype firstLine = 0;
    QStringList lines;
};

QList<Block> blocks(const QString &text)
{
    QList<Block> result;
    Block current;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) {
            if (!current.lines.isEmpty())
                result.append(current);
            current = {};
        } else {
            if (current.lines.isEmpty())
                current.firstLine = i + 1;
            current.lines.append(lines[i]);
        }
    }
    if (!current.lines.isEmpty())
        result.append(current);
    return result;
}

Error badTiming(const QString &what, const char *format, const Block &block, qsizetype timingLine, const char *example)
{
    const QString line = block.lines.value(timingLine, block.lines.first());
    return makeError(ErrorKind::Invalid,
                     QStringLiteral("%1 is not a valid %2 file: line %3 (\"%4\") is not a valid \"%5\" timing line "
                                    "(hours at most %6)")
                         .arg(what, QString::fromLatin1(format))
                         .arg(block.firstLine + std::min<qsizetype>(timingLine, block.lines.size() - 1))
                         .arg(line.left(80), QString::fromLatin1(example))
                         .arg(kMaxCueHours));
}

}  // namespace

std::optional<qint64> parseCueTime(QStringView time)
{
    // At most four digits of hours: a longer field would overflow the
    // milliseconds (and is no recording).
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:(\d{1,4}):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})$)"));
    const auto m = pattern.match(time);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 hours = m.capturedView(1).isEmpty() ? 0 : m.capturedView(1).toLongLong();
    QString fraction = m.captured(4);
    while (fraction.size() < 3)
        fraction += u'0';
    return ((hours * 60 + m.capturedView(2).toLongLong()) * 60 + m.capturedView(3).toLongLong()) * 1000
           + fraction.toLongLong();
}

Result<Transcript> parseSrt(const QString &text, const QString &what)
{
    QList<Cue> cues;
    for (const Block &b : blocks(text)) {
        const QStringList &block = b.lines;
        // "index" line, then timing; some files omit the index.
        qsizetype timingLine = block.first().contains(QLatin1String("-->")) ? 0 : 1;
        Cue cue;
        if (timingLine >= block.size() || !parseTiming(block[timingLine], &cue))
            return badTiming(what, "SRT", b, timingLine, "00:00:01,000 --> 00:00:02,000");
        cue.text = cueText(block.mid(timingLine + 1), &cue.speaker);
        cues.append(cue);
    }
    return build(cues, what);
}

Result<Transcript> parseWebVtt(const QString &text, const QString &what)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    if (!body.startsWith(QLatin1String("WEBVTT")))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a WebVTT file: it does not start with WEBVTT").arg(what));
    QList<Cue> cues;
    const QList<Block> all = blocks(body);
    for (qsizetype b = 1; b < all.size(); ++b) {  // block 0 is the header
        const QStringList &block = all[b].lines;
        const QString &first = block.first();
        if (first.startsWith(QLatin1String("NOTE")) || first.startsWith(QLatin1String("STYLE"))
            || first.startsWith(QLatin1String("REGION")))
            continue;
        const qsizetype timingLine = first.contains(QLatin1String("-->")) ? 0 : 1;  // optional cue id
        Cue cue;
        if (timingLine >= block.size() || !parseTiming(block[timingLine], &cue))
            return badTiming(what, "WebVTT", all[b], timingLine, "00:00:01.000 --> 00:00:02.000");
        cue.text = cueText(block.mid(timingLine + 1), &cue.speaker);
        cues.append(cue);
    }
    return build(cues, what);
}

}  // namespace crosscut::import
