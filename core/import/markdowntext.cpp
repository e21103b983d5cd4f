#include "import/markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

namespace crosscut::import {

namespace {

QString inlineToText(QString line)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\([^)]*\))"));
    static const QRegularExpression refLink(QStringLiteral(R"(\[([^\]]+)\]\[[^\]]*\])"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|mailto):[^>\s]+)>)"));
    static const QRegularExpression code(QStringLiteral(R"(`+([^`]+)`+)"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression strike(QStringLiteral(R"(~~(?=\S)(.+?)(?<=\S)~~)"));
    static const QRegularExpression emStar(QStringLiteral(R"(\*(?=\S)(.+?)(?<=\S)\*)"));
    // Underscores inside words (snake_case) are not emphasis.
    static const QRegularExpression emUnderscore(QStringLiteral(R"((?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w]))"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression escape(QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!>~|]))"));

    // Escaped characters must not start emphasis: hide them, then restore.
    QStringList escaped;
    QString hidden;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        hidden += QStringView(line).sliced(last, m.capturedStart() - last);
        hidden += QChar(char16_t(0xE000 + escaped.size()));
        escaped.append(m.captured(1));
        last = m.capturedEnd();
    }
    hidden += QStringView(line).sliced(last);
    line = hidden;

    line.replace(image, QStringLiteral("\\1"));
    line.replace(link, QStringLiteral("\\1"));
    line.replace(refLink, QStringLiteral("\\1"));
    line.replace(autolink, QStringLiteral("\\1"));
    line.replace(code, QStringLiteral("\\1"));
    line.replace(strong, QStringLiteral("\\2"));
    line.replace(strike, QStringLiteral("\\1"));
    line.replace(emStar, QStringLiteral("\\1"));
    line.replace(emUnderscore, QStringLiteral("\\1"));
    for (qsizetype i = 0; i < escaped.size(); ++i)
        line.replace(QChar(char16_t(0xE000 + i)), escaped[i]);
    return line;
}

}  // namespace

QString markdownToText(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+\s*)?$)"));
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}(?:(?:[-*_]\s*){3,}|=+)\s*$)"));
    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}(?:>\s?)+)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)"));
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(```|~~~))"));
    static const QRegularExpression linkDefinition(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:\s+\S+.*$)"));

    QStringList out;
    bool inFence = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &raw : lines) {
        if (fence.match(raw).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out.append(raw);  // code is kept verbatim
            continue;
        }
        if (rule.match(raw).hasMatch() || linkDefinition.match(raw).hasMatch())
            continue;
        QString line = raw;
        line.remove(quote);
        if (auto m = heading.match(line); m.hasMatch())
            line = m.captured(1);
        else
            line.remove(listItem);
        out.append(inlineToText(line));
    }
    // Removed rules and fences can leave runs of blank lines at the ends.
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    while (!out.isEmpty() && out.first().trimmed().isEmpty())
        out.removeFirst();
    return out.join(u'\n');
}

}  // namespace crosscut::import
