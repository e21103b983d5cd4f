#include "import/officetext.h"

#include "import/importlimits.h"
#include "import/zipentry.h"
#include "project/project.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>


namespace crosscut::import {

namespace {

const QString kWordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kOdfTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kOdfOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

// Counts the text a reader has produced, so a file that expands into more
// than a document may hold is refused while it is read, not after.
class TextBudget {
public:
    explicit TextBudget(const QString &path) : m_name(QFileInfo(path).fileName()) {}
    template <typename T>
    void append(QString &text, const T &more)
    {
        const qsizetype before = text.size();
        text += more;
        m_units += text.size() - before;
    }
    bool exceeded() const { return m_units > NewDocument::kMaxTextBytes; }
    Error error() const
    {
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds more than %2 MiB of text, the largest document "
                                                            "Crosscut stores; split it into several files")
                                                 .arg(m_name)
                                                 .arg(NewDocument::kMaxTextBytes / (1024 * 1024)));
    }

private:
    QString m_name;
    qint64 m_units = 0;  // UTF-16 units: never more than the UTF-8 bytes they become
};

// Joins paragraphs, dropping empty ones at the start and end.
QString joinParagraphs(QStringList paragraphs)
{
    while (!paragraphs.isEmpty() && paragraphs.last().trimmed().isEmpty())
        paragraphs.removeLast();
    while (!paragraphs.isEmpty() && paragraphs.first().trimmed().isEmpty())
        paragraphs.removeFirst();
    return paragraphs.join(u'\n');
}

Error xmlError(const QString &path, const QString &entry, const QXmlStreamReader &xml)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: %2 line %3: %4")
                                             .arg(QFileInfo(path).fileName(), entry)
                                             .arg(xml.lineNumber())
                                             .arg(xml.errorString()));
}

Result<QString> emptyCheck(const QString &path, const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty: it holds no text").arg(QFileInfo(path).fileName()));
    return text;
}

}  // namespace

Result<QString> readDocxText(const QString &path)
{
    const QString entry = QStringLiteral("word/document.xml");
    ZipEntryStream stream;
    if (Status s = stream.open(path, entry, QStringLiteral("DOCX")); !s)
        return s.error();
    QXmlStreamReader xml(&stream);
    TextBudget budget(path);
    QStringList paragraphs;
    QString current;
    // Text boxes hold paragraphs inside a paragraph: text goes to the innermost.
    QStringList stack;
    int depth = 0;
    while (!xml.atEnd() && !budget.exceeded()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == kWordNs) {
            const QStringView n = xml.name();
            if (n == u"p") {
                stack.append(current);
                current.clear();
                ++depth;
            } else if (n == u"t") {
                budget.append(current, xml.readElementText());
            } else if (n == u"tab") {
                budget.append(current, u'\t');
            } else if (n == u"br" || n == u"cr") {
                budget.append(current, u'\n');
            } else if (n == u"noBreakHyphen") {
                budget.append(current, u'\u2011');
            } else if (n == u"del" || n == u"instrText" || n == u"delText") {
                xml.skipCurrentElement();  // deleted revisions and field codes are not the text
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == kWordNs && xml.name() == u"p" && depth > 0) {
            paragraphs.append(current);
            current = stack.takeLast();
            --depth;
        }
    }
    if (budget.exceeded())
        return budget.error();
    if (Status s = stream.finish(); !s)
        return s.error();  // a limit or damage stops the parser too: say which
    if (xml.hasError())
        return xmlError(path, entry, xml);
    return emptyCheck(path, joinParagraphs(paragraphs));
}

Result<QString> readOdtText(const QString &path)
{
    const QString entry = QStringLiteral("content.xml");
    ZipEntryStream stream;
    if (Status s = stream.open(path, entry, QStringLiteral("ODT")); !s)
        return s.error();
    QXmlStreamReader xml(&stream);
    TextBudget budget(path);
    QStringList paragraphs;
    QString current;
    int depth = 0;  // paragraphs nest (frames, captions): text goes to the innermost
    QList<QString> stack;
    bool inBody = false;
    while (!xml.atEnd() && !budget.exceeded()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.namespaceUri() == kOdfOfficeNs) {
                if (xml.name() == u"text")
                    inBody = true;
                else if (xml.name() == u"annotation")
                    xml.skipCurrentElement();
                continue;
            }
            if (!inBody || xml.namespaceUri() != kOdfTextNs)
                continue;
            const QStringView n = xml.name();
            if (n == u"p" || n == u"h") {
                stack.append(current);
                current.clear();
                ++depth;
            } else if (n == u"s") {
                // c="2147483647" must not become 2 GB of spaces: a run is capped.
                const int count = xml.attributes().value(kOdfTextNs, QStringLiteral("c")).toInt();
                budget.append(current, QString(std::clamp(count, 1, kMaxSpaceRun), u' '));
            } else if (n == u"tab") {
                budget.append(current, u'\t');
            } else if (n == u"line-break") {
                budget.append(current, u'\n');
            } else if (n == u"note" || n == u"tracked-changes" || n == u"sequence-decls") {
                xml.skipCurrentElement();  // footnotes and deleted revisions are not the running text
            }
        } else if (xml.isCharacters() && depth > 0) {
            // ODF collapses XML white space; runs of spaces are written as <text:s>.
            static const QRegularExpression space(QStringLiteral("[ \t\r\n]+"));
            budget.append(current, xml.text().toString().replace(space, QStringLiteral(" ")));
        } else if (xml.isEndElement() && xml.namespaceUri() == kOdfTextNs && (xml.name() == u"p" || xml.name() == u"h")
                   && depth > 0) {
            paragraphs.append(current);
            current = stack.takeLast();
            --depth;
        } else if (xml.isEndElement() && xml.namespaceUri() == kOdfOfficeNs && xml.name() == u"text") {
            inBody = false;
        }
    }
    if (budget.exceeded())
        return budget.error();
    if (Status s = stream.finish(); !s)
        return s.error();  // a limit or damage stops the parser too: say which
    if (xml.hasError())
        return xmlError(path, entry, xml);
    return emptyCheck(path, joinParagraphs(paragraphs));
}

}  // namespace crosscut::import
