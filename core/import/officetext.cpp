#include "import/officetext.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace crosscut::import {

namespace {

const QString kWordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kOdfTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kOdfOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

Result<QByteArray> readZipEntry(const QString &path, const QString &entry, const QString &format)
{
    const QString name = QFileInfo(path).fileName();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is not a valid %2 file: it is not a zip archive").arg(name, format));
    if (!zip.setCurrentFile(entry))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a valid %2 file: it has no %3").arg(name, format, entry));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: cannot read %2").arg(name, entry));
    QByteArray bytes = file.readAll();
    const bool damaged = file.getZipError() != UNZ_OK;
    file.close();
    if (damaged || file.getZipError() != UNZ_OK)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: %2 fails its checksum").arg(name, entry));
    return bytes;
}

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
    auto bytes = readZipEntry(path, entry, QStringLiteral("DOCX"));
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    QStringList paragraphs;
    QString current;
    // Text boxes hold paragraphs inside a paragraph: text goes to the innermost.
    QStringList stack;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == kWordNs) {
            const QStringView n = xml.name();
            if (n == u"p") {
                stack.append(current);
                current.clear();
                ++depth;
            } else if (n == u"t") {
                current += xml.readElementText();
            } else if (n == u"tab") {
                current += u'\t';
            } else if (n == u"br" || n == u"cr") {
                current += u'\n';
            } else if (n == u"noBreakHyphen") {
                current += u'\u2011';
            } else if (n == u"del" || n == u"instrText" || n == u"delText") {
                xml.skipCurrentElement();  // deleted revisions and field codes are not the text
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == kWordNs && xml.name() == u"p" && depth > 0) {
            paragraphs.append(current);
            current = stack.takeLast();
            --depth;
        }
    }
    if (xml.hasError())
        return xmlError(path, entry, xml);
    return emptyCheck(path, joinParagraphs(paragraphs));
}

Result<QString> readOdtText(const QString &path)
{
    const QString entry = QStringLiteral("content.xml");
    auto bytes = readZipEntry(path, entry, QStringLiteral("ODT"));
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    QStringList paragraphs;
    QString current;
    int depth = 0;  // paragraphs nest (frames, captions): text goes to the innermost
    QList<QString> stack;
    bool inBody = false;
    while (!xml.atEnd()) {
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
                const int count = xml.attributes().value(kOdfTextNs, QStringLiteral("c")).toInt();
                current += QString(std::max(count, 1), u' ');
            } else if (n == u"tab") {
                current += u'\t';
            } else if (n == u"line-break") {
                current += u'\n';
            } else if (n == u"note" || n == u"tracked-changes" || n == u"sequence-decls") {
                xml.skipCurrentElement();  // footnotes and deleted revisions are not the running text
            }
        } else if (xml.isCharacters() && depth > 0) {
            // ODF collapses XML white space; runs of spaces are written as <text:s>.
            static const QRegularExpression space(QStringLiteral("[ \t\r\n]+"));
            current += xml.text().toString().replace(space, QStringLiteral(" "));
        } else if (xml.isEndElement() && xml.namespaceUri() == kOdfTextNs && (xml.name() == u"p" || xml.name() == u"h")
                   && depth > 0) {
            paragraphs.append(current);
            current = stack.takeLast();
            --depth;
        } else if (xml.isEndElement() && xml.namespaceUri() == kOdfOfficeNs && xml.name() == u"text") {
            inBody = false;
        }
    }
    if (xml.hasError())
        return xmlError(path, entry, xml);
    return emptyCheck(path, joinParagraphs(paragraphs));
}

}  // namespace crosscut::import
