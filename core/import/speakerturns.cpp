#include "import/speakerturns.h"

#include "text/codepoints.h"

#include <QSet>

namespace crosscut::import {

bool isNameLike(QStringView name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    const QChar first = name.front();
    if (!first.isLetter() || first.isLower())
        return false;
    int words = 1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u' ') {
            ++words;
            continue;
        }
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
            continue;
        // Hyphens, apostrophes, dots in initials ("A. K.") are name-like only
        // after a letter; "(IK)" style labels are allowed.
        if (c == u'-' || c == u'\'' || c == u'\u2019' || c == u'_' || c == u'(' || c == u')' || c == u'#')
            continue;
        if (c == u'.' && i > 0 && name[i - 1].isUpper())
            continue;
        return false;
    }
    return words <= 5;
}

std::optional<SpeakerPrefix> speakerPrefix(QStringView line)
{
    auto skipSpaces = [&](qsizetype i) {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        return i;
    };
    if (line.startsWith(u'[')) {
        const qsizetype close = line.indexOf(u']');
        if (close < 2)
            return std::nullopt;
        const QStringView name = line.sliced(1, close - 1).trimmed();
        // "[Name]:" is common too.
        qsizetype after = close + 1;
        if (after < line.size() && line[after] == u':')
            ++after;
        if (after < line.size() && line[after] != u' ' && line[after] != u'\t')
            return std::nullopt;
        if (!isNameLike(name))
            return std::nullopt;
        return SpeakerPrefix{name.toString(), skipSpaces(after)};
    }
    const qsizetype colon = line.indexOf(u':');
    if (colon < 1 || colon > 41)
        return std::nullopt;
    // "Name:" must be followed by a space or the end of the line (not "http://", "10:30").
    if (colon + 1 < line.size() && line[colon + 1] != u' ' && line[colon + 1] != u'\t')
        return std::nullopt;
    const QStringView name = line.first(colon);
    if (name != name.trimmed() || !isNameLike(name))
        return std::nullopt;
    return SpeakerPrefix{name.toString(), skipSpaces(colon + 1)};
}

qsizetype distinctSpeakers(const QList<NewDocument::Turn> &turns)
{
    QSet<QString> names;
    for (const auto &t : turns)
        if (!t.speaker.isEmpty())
            names.insert(t.speaker);
    return names.size();
}

QList<NewDocument::Turn> findSpeakerTurns(const QString &text)
{
    struct Line {
        qsizetype start;  // UTF-16
        qsizetype end;    // UTF-16, before the LF
        std::optional<SpeakerPrefix> prefix;
    };
    QList<Line> lines;
    QHash<QString, int> counts;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        Line line{start, end, speakerPrefix(QStringView(text).sliced(start, end - start))};
        if (line.prefix)
            ++counts[line.prefix->speaker];
        lines.append(line);
        start = end + 1;
    }
    bool recurs = false;
    for (int n : std::as_const(counts))
        recurs = recurs || n >= 2;
    if (counts.size() < 2 || !recurs)
        return {};

    const CodePointIndex index(text);
    QList<NewDocument::Turn> turns;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].prefix)
            continue;
        qsizetype begin = lines[i].start + lines[i].prefix->length;
        qsizetype end = lines[i].end;
        for (qsizetype j = i + 1; j < lines.size() && !lines[j].prefix; ++j)
            if (!QStringView(text).sliced(lines[j].start, lines[j].end - lines[j].start).trimmed().isEmpty())
                end = lines[j].end;
        while (begin < end && text[begin].isSpace())
            ++begin;  // "[Name]" alone on its line: the turn starts on the next
        while (end > begin && text[end - 1].isSpace())
            --end;
        if (end <= begin)
            continue;  // a prefix with nothing said
        NewDocument::Turn turn;
        turn.start = index.toCodePoint(begin);
        turn.end = index.toCodePoint(end);
        turn.speaker = lines[i].prefix->speaker;
        turns.append(turn);
    }
    return turns;
}

}  // namespace crosscut::import
