#include "importtestfiles.h"

#include <quazip.h>
#include <quazipfile.h>

#include <iconv.h>

namespace crosscut::test {

QByteArray encodeAs(const QString &text, const char *charset)
{
    QByteArray in = text.toUtf8();
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out(in.size() * 4 + 16, '\0');
    char *inPtr = in.data();
    size_t inLeft = static_cast<size_t>(in.size());
    char *outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    const size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (r == static_cast<size_t>(-1))
        return {};
    out.resize(outPtr - out.data());
    return out;
}

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, content] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(content);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

namespace {
QString xmlEscape(const QString &s) { return s.toHtmlEscaped(); }
}  // namespace

bool writeDocx(const QString &path, const QStringList &paragraphs)
{
    QString body;
    for (const QString &p : paragraphs) {
        // Split each paragraph over two runs, as Word does, to test joining.
        const qsizetype half = p.size() / 2;
        body += QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">")
                + xmlEscape(p.left(half)) + QStringLiteral("</w:t></w:r><w:r><w:t xml:space=\"preserve\">")
                + xmlEscape(p.mid(half)) + QStringLiteral("</w:t></w:r></w:p>");
    }
    const QString document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>")
        + body + QStringLiteral("<w:sectPr/></w:body></w:document>");
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    return writeZip(path, {{QStringLiteral("[Content_Types].xml"), types},
                           {QStringLiteral("word/document.xml"), document.toUtf8()}});
}

bool writeOdt(const QString &path, const QStringList &paragraphs)
{
    QString body;
    for (const QString &p : paragraphs) {
        // Double spaces are written as <text:s/>, as LibreOffice does.
        QString escaped = xmlEscape(p);
        escaped.replace(QStringLiteral("  "), QStringLiteral(" <text:s/>"));
        body += QStringLiteral("<text:p text:style-name=\"Standard\"><text:span>") + escaped
                + QStringLiteral("</text:span></text:p>");
    }
    const QString content =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                       "<office:body><office:text><text:sequence-decls/>")
        + body + QStringLiteral("</office:text></office:body></office:document-content>");
    return writeZip(path, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                           {QStringLiteral("content.xml"), content.toUtf8()}});
}

QString russianSample()
{
    return QString::fromUtf8(
        "Интервьюер: Расскажите, пожалуйста, как ваша организация работает с людьми, которые употребляют наркотики.\n"
        "Респондент: Мы работаем вместе с сообществом уже десять лет. Наши сотрудники сами из сообщества, "
        "и поэтому люди нам доверяют. Мы проводим консультирование, тестирование на ВИЧ и помогаем с лечением.\n"
        "Интервьюер: Какие трудности вы видите в сотрудничестве с государственными службами?\n"
        "Респондент: Главная проблема в том, что нас не считают равными партнёрами.\n");
}

QString frenchSample()
{
    return QString::fromUtf8(
        "Le président de l'association a expliqué que les travailleuses du sexe étaient très impliquées "
        "dans la conception du programme. Ça a été difficile au début, mais la confiance s'est installée. "
        "Les bénévoles ont reçu une formation spécifique à l'été.\n");
}

}  // namespace crosscut::test
