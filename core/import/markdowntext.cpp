#include "import/markdowntext.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <md4c.h>

#include <algorithm>

namespace crosscut::import {

namespace {

// md4c (CommonMark, linear time) reports the text of every block and span
// with a pointer into the source; each piece goes back onto the source line
// it came from. Lines that were blank stay blank; lines that were only markup
// (rules, fences, setext underlines, link definitions) disappear.
class LineCollector {
public:
    explicit LineCollector(const QByteArray &source) : m_source(source)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < source.size(); ++i)
            if (source[i] == '\n')
                m_lineStarts.append(i + 1);
        m_lines.resize(m_lineStarts.size());
        m_hasText.resize(m_lineStarts.size());
    }

    void text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR || type == MD_TEXT_NULLCHAR)
            return;  // line structure comes from the source positions
        const char *begin = m_source.constData();
        const bool inSource = text >= begin && text + size <= begin + m_source.size();
        if (!inSource) {  // md4c's own strings (a space for a line end inside a code span)
            append(m_currentLine, QByteArray(text, static_cast<qsizetype>(size)));
            return;
        }
        qsizetype offset = text - begin;
        const qsizetype end = offset + static_cast<qsizetype>(size);
        while (offset < end) {  // code and HTML blocks may hand over several lines at once
            const qsizetype line = lineOf(offset);
            const qsizetype lineEnd = std::min(end, line + 1 < m_lineStarts.size() ? m_lineStarts[line + 1] - 1 : end);
            QByteArray piece = m_source.mid(offset, lineEnd - offset);
            if (type == MD_TEXT_ENTITY)
                piece = decodeEntity(piece);
            append(line, piece);
            offset = lineEnd + 1;
        }
    }

    QString result() const
    {
        QStringList out;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_hasText[i])
                out.append(QString::fromUtf8(m_lines[i]));
            else if (isBlank(i))
                out.append(QString());
        }
        while (!out.isEmpty() && out.last().trimmed().isEmpty())
            out.removeLast();
        while (!out.isEmpty() && out.first().trimmed().isEmpty())
            out.removeFirst();
        return out.join(u'\n');
    }

private:
    qsizetype lineOf(qsizetype offset) const
    {
        return std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin() - 1;
    }

    void append(qsizetype line, const QByteArray &piece)
    {
        m_lines[line] += piece;
        m_hasText[line] = true;
        m_currentLine = line;
    }

    bool isBlank(qsizetype line) const
    {
        const qsizetype end = line + 1 < m_lineStarts.size() ? m_lineStarts[line + 1] - 1 : m_source.size();
        for (qsizetype i = m_lineStarts[line]; i < end; ++i)
            if (m_source[i] != ' ' && m_source[i] != '\t')
                return false;
        return true;
    }

    // "&amp;", "&#233;", "&#x1F600;": numeric references and the few names
    // transcripts use; any other name is kept as written.
    static QByteArray decodeEntity(const QByteArray &entity)
    {
        const QByteArray name = entity.mid(1, entity.size() - 2);
        if (name.startsWith('#')) {
            bool ok = false;
            const uint cp = (name.size() > 1 && (name[1] == 'x' || name[1] == 'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                     : name.mid(1).toUInt(&ok, 10);
            if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return QStringLiteral("\uFFFD").toUtf8();
            const char32_t c = cp;
            return QString::fromUcs4(&c, 1).toUtf8();
        }
        static const QList<std::pair<QByteArray, QByteArray>> names = {
            {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
            {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"hellip", "\xE2\x80\xA6"}, {"copy", "\xC2\xA9"}};
        for (const auto &[n, value] : names)
            if (n == name)
                return value;
        return entity;
    }

    const QByteArray &m_source;
    QList<qsizetype> m_lineStarts;
    QList<QByteArray> m_lines;
    QList<bool> m_hasText;
    qsizetype m_currentLine = 0;
};

int onBlock(MD_BLOCKTYPE, void *, void *) { return 0; }
int onSpan(MD_SPANTYPE, void *, void *) { return 0; }
int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *collector)
{
    static_cast<LineCollector *>(collector)->text(type, text, size);
    return 0;
}

}  // namespace

QString markdownToText(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    LineCollector collector(source);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = onBlock;
    parser.leave_block = onBlock;
    parser.enter_span = onSpan;
    parser.leave_span = onSpan;
    parser.text = onText;
    // md_parse fails only when out of memory; the text collected so far is kept.
    md_parse(source.constData(), static_cast<MD_SIZE>(source.size()), &parser, &collector);
    return collector.result();
}

}  // namespace crosscut::import
