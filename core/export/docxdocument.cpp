#include "export/docxdocument.h"

#include "export/atomicfile.h"

#include <QBuffer>
#include <QDateTime>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <functional>
#include <utility>

namespace crosscut::exporting {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRelType = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

constexpr double kEmuPerCm = 360000.0;
constexpr int kTextWidthTwips = 9638;  // A4 (11906) less two 2 cm margins (1134 each)

// XML 1.0 allows neither most control characters nor lone surrogates: a
// transcript pasted from anywhere may hold them, and Word refuses the whole
// file over one. Tabs and line ends are kept (they become w:tab / w:br).
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF)) {
            out.append(QChar(0xFFFD));
        } else if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n') {
            out.append(c);
        } else if (c == u'\r') {
            out.append(u'\n');
        }
    }
    return out;
}

// A fragment of word/document.xml written with the "w:" prefix; the root
// element of the part declares the namespaces.
class Fragment {
public:
    Fragment() : m_xml(&m_text) {}
    QXmlStreamWriter &xml() { return m_xml; }
    QString take() { return std::move(m_text); }

    // <w:r> runs for `text`: tabs and line breaks as their own elements,
    // right-to-left runs marked so Word shapes and orders them.
    void runs(const QString &text, bool bold = false, bool italic = false, const QString &color = {})
    {
        const QString safe = xmlSafe(text);
        const bool rtl = safe.isRightToLeft();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        if (bold || italic || rtl || !color.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            if (bold) {
                m_xml.writeEmptyElement(QStringLiteral("w:b"));
                m_xml.writeEmptyElement(QStringLiteral("w:bCs"));
            }
            if (italic) {
                m_xml.writeEmptyElement(QStringLiteral("w:i"));
                m_xml.writeEmptyElement(QStringLiteral("w:iCs"));
            }
            if (!color.isEmpty()) {
                m_xml.writeEmptyElement(QStringLiteral("w:color"));
                m_xml.writeAttribute(QStringLiteral("w:val"), color);
            }
            if (rtl)
                m_xml.writeEmptyElement(QStringLiteral("w:rtl"));
            m_xml.writeEndElement();
        }
        QString piece;
        auto flush = [&] {
            if (piece.isEmpty())
                return;
            m_xml.writeStartElement(QStringLiteral("w:t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(piece);
            m_xml.writeEndElement();
            piece.clear();
        };
        for (const QChar c : safe) {
            if (c == u'\n') {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("w:br"));
            } else if (c == u'\t') {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("w:tab"));
            } else {
                piece.append(c);
            }
        }
        flush();
        m_xml.writeEndElement();  // w:r
    }

    // A whole paragraph in `style` ("" = Normal).
    void paragraph(const QString &style, const QString &text, bool bold = false)
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        const bool rtl = xmlSafe(text).isRightToLeft();
        if (!style.isEmpty() || rtl) {
            m_xml.writeStartElement(QStringLiteral("w:pPr"));
            if (!style.isEmpty()) {
                m_xml.writeEmptyElement(QStringLiteral("w:pStyle"));
                m_xml.writeAttribute(QStringLiteral("w:val"), style);
            }
            if (rtl)
                m_xml.writeEmptyElement(QStringLiteral("w:bidi"));
            m_xml.writeEndElement();
        }
        if (!text.isEmpty())
            runs(text, bold);
        m_xml.writeEndElement();
    }

    // A paragraph of runs in `style`, aligned right when asked.
    void paragraph(const QString &style, const QList<DocxDocument::Run> &list, bool right = false)
    {
        QString all;
        for (const auto &r : list)
            all += r.text;
        const bool rtl = xmlSafe(all).isRightToLeft();
        m_xml.writeStartElement(QStringLiteral("w:p"));
        if (!style.isEmpty() || rtl || right) {
            m_xml.writeStartElement(QStringLiteral("w:pPr"));
            if (!style.isEmpty()) {
                m_xml.writeEmptyElement(QStringLiteral("w:pStyle"));
                m_xml.writeAttribute(QStringLiteral("w:val"), style);
            }
            if (rtl)
                m_xml.writeEmptyElement(QStringLiteral("w:bidi"));
            if (right) {
                m_xml.writeEmptyElement(QStringLiteral("w:jc"));
                m_xml.writeAttribute(QStringLiteral("w:val"), rtl ? QStringLiteral("left") : QStringLiteral("right"));
            }
            m_xml.writeEndElement();
        }
        for (const auto &r : list)
            if (!r.text.isEmpty())
                runs(r.text, r.bold, r.italic, r.color);
        m_xml.writeEndElement();
    }

private:
    QString m_text;
    QXmlStreamWriter m_xml;
};

// Width and height of a PNG from its IHDR chunk; empty when it is not one.
QSize pngSize(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() < 24 || !png.startsWith(signature) || png.mid(12, 4) != "IHDR")
        return {};
    auto be32 = [&](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
               (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    const quint32 w = be32(16);
    const quint32 h = be32(20);
    if (w == 0 || h == 0 || w > 100000 || h > 100000)
        return {};
    return QSize(int(w), int(h));
}

QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypes(bool header)
{
    return xmlPart([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Types"));
        x.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        auto def = [&](const char *ext, const char *type) {
            x.writeEmptyElement(QStringLiteral("Default"));
            x.writeAttribute(QStringLiteral("Extension"), QString::fromLatin1(ext));
            x.writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        def("png", "image/png");
        auto part = [&](const char *name, const char *type) {
            x.writeEmptyElement(QStringLiteral("Override"));
            x.writeAttribute(QStringLiteral("PartName"), QString::fromLatin1(name));
            x.writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
        };
        part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        part("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
        part("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
        if (header)
            part("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        part("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        x.writeEndElement();
    });
}

QByteArray relationships(const QList<std::pair<QString, QString>> &rels)  // (type, target), ids rId1…
{
    return xmlPart([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Relationships"));
        x.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        for (int i = 0; i < rels.size(); ++i) {
            x.writeEmptyElement(QStringLiteral("Relationship"));
            x.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1));
            x.writeAttribute(QStringLiteral("Type"), rels[i].first);
            x.writeAttribute(QStringLiteral("Target"), rels[i].second);
        }
        x.writeEndElement();
    });
}

QByteArray coreProperties(const QString &title)
{
    return xmlPart([&](QXmlStreamWriter &x) {
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                         QStringLiteral("cp"));
        x.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
        x.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
        x.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        x.writeStartElement(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                            QStringLiteral("coreProperties"));
        x.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("title"), xmlSafe(title));
        x.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("creator"),
                           QStringLiteral("Crosscut"));
        x.writeStartElement(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("created"));
        x.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("type"),
                         QStringLiteral("dcterms:W3CDTF"));
        x.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        x.writeEndElement();
        x.writeEndElement();
    });
}

QByteArray appProperties()
{
    return xmlPart([](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Properties"));
        x.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        x.writeTextElement(QStringLiteral("Application"), QStringLiteral("Crosscut"));
        x.writeEndElement();
    });
}

// Styles: fonts that cover Latin, Cyrillic, Devanagari and Arabic script
// (the faces fonts-noto-core installs; Word substitutes its own where absent).
QByteArray styles()
{
    return xmlPart([](QXmlStreamWriter &x) {
        x.writeNamespace(kW, QStringLiteral("w"));
        x.writeStartElement(kW, QStringLiteral("styles"));
        auto val = [&](const QString &element, const QString &value) {
            x.writeEmptyElement(kW, element);
            x.writeAttribute(kW, QStringLiteral("val"), value);
        };
        auto fonts = [&] {
            x.writeEmptyElement(kW, QStringLiteral("rFonts"));
            x.writeAttribute(kW, QStringLiteral("ascii"), QStringLiteral("Noto Sans"));
            x.writeAttribute(kW, QStringLiteral("hAnsi"), QStringLiteral("Noto Sans"));
            x.writeAttribute(kW, QStringLiteral("eastAsia"), QStringLiteral("Noto Sans"));
            x.writeAttribute(kW, QStringLiteral("cs"), QStringLiteral("Noto Naskh Arabic"));
        };
        x.writeStartElement(kW, QStringLiteral("docDefaults"));
        x.writeStartElement(kW, QStringLiteral("rPrDefault"));
        x.writeStartElement(kW, QStringLiteral("rPr"));
        fonts();
        val(QStringLiteral("sz"), QStringLiteral("21"));
        val(QStringLiteral("szCs"), QStringLiteral("21"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("pPrDefault"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("after"), QStringLiteral("120"));
        x.writeAttribute(kW, QStringLiteral("line"), QStringLiteral("264"));
        x.writeAttribute(kW, QStringLiteral("lineRule"), QStringLiteral("auto"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();  // docDefaults

        struct Style {
            QString id, name, based;
            int halfPoints = 0;
            bool bold = false, italic = false;
            int outline = -1;
            QString color;
            int indentTwips = 0;
            QString align;
            int before = -1;
        };
        const QList<Style> list = {
            {QStringLiteral("Normal"), QStringLiteral("Normal"), {}, 0, false, false, -1, {}, 0, {}, -1},
            {QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Normal"), 48, true, false, -1,
             QStringLiteral("1F3864"), 0, {}, -1},
            {QStringLiteral("Heading1"), QStringLiteral("heading 1"), QStringLiteral("Normal"), 32, true, false, 0,
             QStringLiteral("1F3864"), 0, {}, 360},
            {QStringLiteral("Heading2"), QStringLiteral("heading 2"), QStringLiteral("Normal"), 26, true, false, 1,
             QStringLiteral("2F5496"), 0, {}, 240},
            {QStringLiteral("Heading3"), QStringLiteral("heading 3"), QStringLiteral("Normal"), 23, true, false, 2,
             QStringLiteral("2F5496"), 0, {}, 200},
            {QStringLiteral("Quote"), QStringLiteral("Quote"), QStringLiteral("Normal"), 0, false, true, -1,
             QStringLiteral("404040"), 567, {}, -1},
            {QStringLiteral("QuoteSource"), QStringLiteral("Quote Source"), QStringLiteral("Normal"), 18, false, false,
             -1, QStringLiteral("595959"), 567, QStringLiteral("right"), -1},
            {QStringLiteral("ListBullet"), QStringLiteral("List Bullet"), QStringLiteral("Normal"), 0, false, false,
             -1, {}, 0, {}, -1},
            {QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Normal"), 30, false, false, -1,
             QStringLiteral("2F5496"), 0, {}, -1},
            {QStringLiteral("Lead"), QStringLiteral("Lead"), QStringLiteral("Normal"), 24, false, false, -1, {}, 0, {}, -1},
            {QStringLiteral("Note"), QStringLiteral("Note"), QStringLiteral("Normal"), 17, false, false, -1,
             QStringLiteral("595959"), 0, {}, -1},
            {QStringLiteral("Warning"), QStringLiteral("Warning"), QStringLiteral("Normal"), 0, false, false, -1,
             QStringLiteral("8A1C1C"), 0, {}, -1},
            {QStringLiteral("Caption"), QStringLiteral("caption"), QStringLiteral("Normal"), 18, false, true, -1,
             QStringLiteral("595959"), 0, QStringLiteral("center"), -1},
            {QStringLiteral("TOCHeading"), QStringLiteral("TOC Heading"), QStringLiteral("Normal"), 32, true, false, -1,
             QStringLiteral("1F3864"), 0, {}, 360},
            {QStringLiteral("TOC1"), QStringLiteral("toc 1"), QStringLiteral("Normal"), 0, false, false, -1, {}, 0, {}, -1},
            {QStringLiteral("TOC2"), QStringLiteral("toc 2"), QStringLiteral("Normal"), 0, false, false, -1, {}, 283, {}, -1},
        };
        for (const Style &s : list) {
            x.writeStartElement(kW, QStringLiteral("style"));
            x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("paragraph"));
            x.writeAttribute(kW, QStringLiteral("styleId"), s.id);
            if (s.id == QLatin1String("Normal"))
                x.writeAttribute(kW, QStringLiteral("default"), QStringLiteral("1"));
            val(QStringLiteral("name"), s.name);
            if (!s.based.isEmpty()) {
                val(QStringLiteral("basedOn"), s.based);
                val(QStringLiteral("next"), QStringLiteral("Normal"));
            }
            x.writeEmptyElement(kW, QStringLiteral("qFormat"));
            x.writeStartElement(kW, QStringLiteral("pPr"));
            if (s.id == QLatin1String("ListBullet")) {
                x.writeStartElement(kW, QStringLiteral("numPr"));
                val(QStringLiteral("numId"), QStringLiteral("1"));
                x.writeEndElement();
            }
            if (s.outline >= 0 || s.id == QLatin1String("Title"))
                x.writeEmptyElement(kW, QStringLiteral("keepNext"));
            if (s.id == QLatin1String("Quote")) {
                x.writeEmptyElement(kW, QStringLiteral("keepNext"));
                x.writeStartElement(kW, QStringLiteral("pBdr"));
                x.writeEmptyElement(kW, QStringLiteral("left"));
                x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
                x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("18"));
                x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("8"));
                x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("A5A5A5"));
                x.writeEndElement();
            }
            if (s.before >= 0) {
                x.writeEmptyElement(kW, QStringLiteral("spacing"));
                x.writeAttribute(kW, QStringLiteral("before"), QString::number(s.before));
                x.writeAttribute(kW, QStringLiteral("after"), QStringLiteral("120"));
            }
            if (s.indentTwips) {
                x.writeEmptyElement(kW, QStringLiteral("ind"));
                x.writeAttribute(kW, QStringLiteral("left"), QString::number(s.indentTwips));
                x.writeAttribute(kW, QStringLiteral("right"), QString::number(s.indentTwips));
            }
            if (!s.align.isEmpty())
                val(QStringLiteral("jc"), s.align);
            if (s.outline >= 0)
                val(QStringLiteral("outlineLvl"), QString::number(s.outline));
            x.writeEndElement();  // pPr
            x.writeStartElement(kW, QStringLiteral("rPr"));
            if (s.bold) {
                x.writeEmptyElement(kW, QStringLiteral("b"));
                x.writeEmptyElement(kW, QStringLiteral("bCs"));
            }
            if (s.italic) {
                x.writeEmptyElement(kW, QStringLiteral("i"));
                x.writeEmptyElement(kW, QStringLiteral("iCs"));
            }
            if (!s.color.isEmpty())
                val(QStringLiteral("color"), s.color);
            if (s.halfPoints) {
                val(QStringLiteral("sz"), QString::number(s.halfPoints));
                val(QStringLiteral("szCs"), QString::number(s.halfPoints));
            }
            x.writeEndElement();  // rPr
            x.writeEndElement();  // style
        }
        // A table style with a grid, so tables read as tables in Word.
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("table"));
        x.writeAttribute(kW, QStringLiteral("styleId"), QStringLiteral("TableGrid"));
        val(QStringLiteral("name"), QStringLiteral("Table Grid"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("after"), QStringLiteral("0"));
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("tblPr"));
        x.writeStartElement(kW, QStringLiteral("tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.writeEmptyElement(kW, QString::fromLatin1(side));
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
            x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
            x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("0"));
            x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("A6A6A6"));
        }
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("tblCellMar"));
        for (const char *side : {"left", "right"}) {
            x.writeEmptyElement(kW, QString::fromLatin1(side));
            x.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("85"));
            x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        }
        x.writeEndElement();
        x.writeEndElement();  // tblPr
        x.writeEndElement();  // style
        x.writeEndElement();  // styles
    });
}

QByteArray numbering()
{
    return xmlPart([](QXmlStreamWriter &x) {
        x.writeNamespace(kW, QStringLiteral("w"));
        x.writeStartElement(kW, QStringLiteral("numbering"));
        x.writeStartElement(kW, QStringLiteral("abstractNum"));
        x.writeAttribute(kW, QStringLiteral("abstractNumId"), QStringLiteral("0"));
        x.writeStartElement(kW, QStringLiteral("lvl"));
        x.writeAttribute(kW, QStringLiteral("ilvl"), QStringLiteral("0"));
        auto val = [&](const QString &element, const QString &value) {
            x.writeEmptyElement(kW, element);
            x.writeAttribute(kW, QStringLiteral("val"), value);
        };
        val(QStringLiteral("start"), QStringLiteral("1"));
        val(QStringLiteral("numFmt"), QStringLiteral("bullet"));
        val(QStringLiteral("lvlText"), QString(QChar(0x2022)));
        val(QStringLiteral("lvlJc"), QStringLiteral("left"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("ind"));
        x.writeAttribute(kW, QStringLiteral("left"), QStringLiteral("567"));
        x.writeAttribute(kW, QStringLiteral("hanging"), QStringLiteral("283"));
        x.writeEndElement();
        x.writeEndElement();  // lvl
        x.writeEndElement();  // abstractNum
        x.writeStartElement(kW, QStringLiteral("num"));
        x.writeAttribute(kW, QStringLiteral("numId"), QStringLiteral("1"));
        val(QStringLiteral("abstractNumId"), QStringLiteral("0"));
        x.writeEndElement();
        x.writeEndElement();
    });
}

// Header (the watermark line) or footer ("page n / N", centred).
QByteArray headerFooter(bool footer, const QString &text)
{
    return xmlPart([&](QXmlStreamWriter &x) {
        x.writeNamespace(kW, QStringLiteral("w"));
        x.writeStartElement(kW, footer ? QStringLiteral("ftr") : QStringLiteral("hdr"));
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("jc"));
        x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("center"));
        x.writeEndElement();
        auto run = [&](const QString &t) {
            x.writeStartElement(kW, QStringLiteral("r"));
            x.writeStartElement(kW, QStringLiteral("rPr"));
            x.writeEmptyElement(kW, QStringLiteral("color"));
            x.writeAttribute(kW, QStringLiteral("val"), footer ? QStringLiteral("595959") : QStringLiteral("C00000"));
            if (!footer)
                x.writeEmptyElement(kW, QStringLiteral("b"));
            x.writeEndElement();
            x.writeStartElement(kW, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(t);
            x.writeEndElement();
            x.writeEndElement();
        };
        auto field = [&](const QString &instruction) {
            x.writeStartElement(kW, QStringLiteral("fldSimple"));
            x.writeAttribute(kW, QStringLiteral("instr"), instruction);
            run(QStringLiteral("1"));
            x.writeEndElement();
        };
        if (footer) {
            run(QStringLiteral("Page "));
            field(QStringLiteral(" PAGE "));
            run(QStringLiteral(" of "));
            field(QStringLiteral(" NUMPAGES "));
        } else {
            run(xmlSafe(text));
        }
        x.writeEndElement();  // p
        x.writeEndElement();
    });
}

// word/settings.xml: with a table of contents, ask the reader to update
// fields on opening so the TOC gets its entries and page numbers.
QByteArray settings(bool updateFields)
{
    return xmlPart([&](QXmlStreamWriter &x) {
        x.writeNamespace(kW, QStringLiteral("w"));
        x.writeStartElement(kW, QStringLiteral("settings"));
        if (updateFields) {
            x.writeEmptyElement(kW, QStringLiteral("updateFields"));
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("true"));
        }
        x.writeEmptyElement(kW, QStringLiteral("defaultTabStop"));
        x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("709"));
        x.writeEndElement();
    });
}

}  // namespace

DocxDocument::DocxDocument(QString title) : m_title(std::move(title)) {}

void DocxDocument::setWatermark(const QString &text) { m_watermark = text; }

void DocxDocument::heading(int level, const QString &text)
{
    Fragment f;
    f.paragraph(QStringLiteral("Heading%1").arg(std::clamp(level, 1, 3)), text);
    m_body.append(f.take());
}

void DocxDocument::paragraph(const QString &text)
{
    Fragment f;
    f.paragraph({}, text);
    m_body.append(f.take());
}

void DocxDocument::quote(const QString &text, const QString &attribution)
{
    Fragment f;
    f.paragraph(QStringLiteral("Quote"), text);
    if (!attribution.isEmpty())
        f.paragraph(QStringLiteral("QuoteSource"), attribution);
    m_body.append(f.take());
}

void DocxDocument::bullet(const QString &text)
{
    Fragment f;
    f.paragraph(QStringLiteral("ListBullet"), text);
    m_body.append(f.take());
}

void DocxDocument::table(const QStringList &header, const QList<QStringList> &rows)
{
    const qsizetype width = !header.isEmpty() ? header.size() : (rows.isEmpty() ? 0 : rows.first().size());
    if (width == 0)
        return;
    QList<QList<Cell>> cells;
    auto add = [&](const QStringList &texts) {
        QList<Cell> row;
        for (qsizetype c = 0; c < width; ++c)
            row.append(Cell{{Run{c < texts.size() ? texts[c] : QString()}}});
        cells.append(row);
    };
    if (!header.isEmpty())
        add(header);
    for (const QStringList &r : rows)
        add(r);
    table(cells, header.isEmpty() ? 0 : 1, {});
}

void DocxDocument::image(const QByteArray &png, double widthCm, const QString &altText)
{
    const QSize pixels = pngSize(png);
    if (pixels.isEmpty() || widthCm <= 0) {
        paragraph(altText);
        return;
    }
    m_images.append({png, pixels});
    const int n = int(m_images.size());
    const qint64 cx = qint64(widthCm * kEmuPerCm);
    const qint64 cy = qint64(double(cx) * pixels.height() / pixels.width());
    const QString alt = xmlSafe(altText);
    Fragment f;
    QXmlStreamWriter &x = f.xml();
    x.writeStartElement(QStringLiteral("w:p"));
    x.writeStartElement(QStringLiteral("w:pPr"));
    x.writeEmptyElement(QStringLiteral("w:keepNext"));
    x.writeEmptyElement(QStringLiteral("w:jc"));
    x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("w:r"));
    x.writeStartElement(QStringLiteral("w:drawing"));
    x.writeStartElement(QStringLiteral("wp:inline"));
    for (const char *d : {"distT", "distB", "distL", "distR"})
        x.writeAttribute(QString::fromLatin1(d), QStringLiteral("0"));
    x.writeEmptyElement(QStringLiteral("wp:extent"));
    x.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    x.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    x.writeEmptyElement(QStringLiteral("wp:docPr"));
    x.writeAttribute(QStringLiteral("id"), QString::number(n));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("Picture %1").arg(n));
    x.writeAttribute(QStringLiteral("descr"), alt);
    x.writeStartElement(QStringLiteral("a:graphic"));
    x.writeStartElement(QStringLiteral("a:graphicData"));
    x.writeAttribute(QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    x.writeStartElement(QStringLiteral("pic:pic"));
    x.writeStartElement(QStringLiteral("pic:nvPicPr"));
    x.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    x.writeAttribute(QStringLiteral("id"), QString::number(n));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("image%1.png").arg(n));
    x.writeAttribute(QStringLiteral("descr"), alt);
    x.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("pic:blipFill"));
    x.writeEmptyElement(QStringLiteral("a:blip"));
    x.writeAttribute(QStringLiteral("r:embed"), QStringLiteral("rIdImage%1").arg(n));
    x.writeStartElement(QStringLiteral("a:stretch"));
    x.writeEmptyElement(QStringLiteral("a:fillRect"));
    x.writeEndElement();
    x.writeEndElement();  // blipFill
    x.writeStartElement(QStringLiteral("pic:spPr"));
    x.writeStartElement(QStringLiteral("a:xfrm"));
    x.writeEmptyElement(QStringLiteral("a:off"));
    x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    x.writeEmptyElement(QStringLiteral("a:ext"));
    x.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    x.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("a:prstGeom"));
    x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    x.writeEmptyElement(QStringLiteral("a:avLst"));
    x.writeEndElement();
    x.writeEndElement();  // spPr
    x.writeEndElement();  // pic:pic
    x.writeEndElement();  // graphicData
    x.writeEndElement();  // graphic
    x.writeEndElement();  // wp:inline
    x.writeEndElement();  // w:drawing
    x.writeEndElement();  // w:r
    x.writeEndElement();  // w:p
    m_body.append(f.take());
}

void DocxDocument::pageBreak()
{
    m_body.append(QStringLiteral("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"));
}

void DocxDocument::paragraph(const QList<Run> &runs, const QString &style)
{
    Fragment f;
    f.paragraph(style, runs);
    m_body.append(f.take());
}

void DocxDocument::table(const QList<QList<Cell>> &rows, int headerRows, const QList<double> &widths)
{
    const qsizetype width = rows.isEmpty() ? 0 : rows.first().size();
    if (width == 0)
        return;
    QList<int> twips;
    double sum = 0;
    for (qsizetype c = 0; c < width; ++c)
        sum += c < widths.size() && widths[c] > 0 ? widths[c] : 1.0;
    for (qsizetype c = 0; c < width; ++c)
        twips.append(int(kTextWidthTwips * (c < widths.size() && widths[c] > 0 ? widths[c] : 1.0) / sum));
    Fragment f;
    QXmlStreamWriter &x = f.xml();
    x.writeStartElement(QStringLiteral("w:tbl"));
    x.writeStartElement(QStringLiteral("w:tblPr"));
    x.writeEmptyElement(QStringLiteral("w:tblStyle"));
    x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("TableGrid"));
    x.writeEmptyElement(QStringLiteral("w:tblW"));
    x.writeAttribute(QStringLiteral("w:w"), QStringLiteral("5000"));
    x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("pct"));
    x.writeEmptyElement(QStringLiteral("w:tblLayout"));
    x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("w:tblGrid"));
    for (const int w : std::as_const(twips)) {
        x.writeEmptyElement(QStringLiteral("w:gridCol"));
        x.writeAttribute(QStringLiteral("w:w"), QString::number(w));
    }
    x.writeEndElement();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool isHeader = r < headerRows;
        x.writeStartElement(QStringLiteral("w:tr"));
        x.writeStartElement(QStringLiteral("w:trPr"));
        x.writeEmptyElement(QStringLiteral("w:cantSplit"));
        if (isHeader)
            x.writeEmptyElement(QStringLiteral("w:tblHeader"));
        x.writeEndElement();
        for (qsizetype c = 0; c < width; ++c) {
            const Cell cell = c < rows[r].size() ? rows[r][c] : Cell{};
            x.writeStartElement(QStringLiteral("w:tc"));
            x.writeStartElement(QStringLiteral("w:tcPr"));
            x.writeEmptyElement(QStringLiteral("w:tcW"));
            x.writeAttribute(QStringLiteral("w:w"), QString::number(twips[c]));
            x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
            const QString fill = !cell.fill.isEmpty() ? cell.fill : (isHeader ? QStringLiteral("DEEAF6") : QString());
            if (!fill.isEmpty()) {
                x.writeEmptyElement(QStringLiteral("w:shd"));
                x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
                x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
                x.writeAttribute(QStringLiteral("w:fill"), fill);
            }
            x.writeEndElement();
            QList<Run> runs = cell.runs;
            if (isHeader)
                for (Run &run : runs)
                    run.bold = true;
            f.paragraph({}, runs, cell.right);
            x.writeEndElement();  // w:tc
        }
        x.writeEndElement();  // w:tr
    }
    x.writeEndElement();  // w:tbl
    m_body.append(f.take());
    paragraph(QString());  // two tables in a row would merge into one in Word
}

void DocxDocument::tableOfContents(const QString &title, const QStringList &entries)
{
    m_updateFields = true;
    Fragment f;
    f.paragraph(QStringLiteral("TOCHeading"), title);
    QXmlStreamWriter &x = f.xml();
    // A complex field: begin, instruction, separate, the current result (the
    // entries as known now), end.
    auto fieldChar = [&](const char *type) {
        x.writeStartElement(QStringLiteral("w:r"));
        x.writeEmptyElement(QStringLiteral("w:fldChar"));
        x.writeAttribute(QStringLiteral("w:fldCharType"), QString::fromLatin1(type));
        x.writeEndElement();
    };
    x.writeStartElement(QStringLiteral("w:p"));
    x.writeStartElement(QStringLiteral("w:pPr"));
    x.writeEmptyElement(QStringLiteral("w:pStyle"));
    x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("TOC1"));
    x.writeEndElement();
    fieldChar("begin");
    x.writeStartElement(QStringLiteral("w:r"));
    x.writeStartElement(QStringLiteral("w:instrText"));
    x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    x.writeCharacters(QStringLiteral(" TOC \\o \"1-2\" \\h \\z \\u "));
    x.writeEndElement();
    x.writeEndElement();
    fieldChar("separate");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:br"));
            x.writeEndElement();
        }
        f.runs(entries[i]);
    }
    fieldChar("end");
    x.writeEndElement();  // w:p
    m_body.append(f.take());
}

Result<QByteArray> DocxDocument::toDocx() const
{
    const bool header = !m_watermark.isEmpty();
    // word/document.xml: the namespaces on the root, the fragments inside.
    QString document = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"%1\" xmlns:r=\"%2\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>")
                           .arg(kW, kR);
    for (const QString &element : m_body)
        document += element;
    // Relationships of the document part: styles, numbering, footer, header, images.
    QList<std::pair<QString, QString>> rels = {
        {kRelType + QStringLiteral("styles"), QStringLiteral("styles.xml")},
        {kRelType + QStringLiteral("numbering"), QStringLiteral("numbering.xml")},
        {kRelType + QStringLiteral("footer"), QStringLiteral("footer1.xml")},
    };
    if (header)
        rels.append({kRelType + QStringLiteral("header"), QStringLiteral("header1.xml")});
    rels.append({kRelType + QStringLiteral("settings"), QStringLiteral("settings.xml")});
    document += QStringLiteral("<w:sectPr>");
    if (header)
        document += QStringLiteral("<w:headerReference w:type=\"default\" r:id=\"rId4\"/>");
    document += QStringLiteral(
        "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
        "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");

    QByteArray documentRels = relationships(rels);
    // Images are addressed as rIdImageN, not by position: add them by hand.
    {
        QString imageRels;
        for (int i = 0; i < m_images.size(); ++i)
            imageRels += QStringLiteral("<Relationship Id=\"rIdImage%1\" Type=\"%2image\" Target=\"media/image%1.png\"/>")
                             .arg(i + 1)
                             .arg(kRelType);
        documentRels.replace(QByteArrayLiteral("</Relationships>"), QByteArray(imageRels.toUtf8() + QByteArrayLiteral("</Relationships>")));
    }

    QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"), contentTypes(header)},
        {QStringLiteral("_rels/.rels"),
         relationships({{kRelType + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                        {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                        "core-properties"),
                         QStringLiteral("docProps/core.xml")},
                        {kRelType + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}})},
        {QStringLiteral("word/document.xml"), document.toUtf8()},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRels},
        {QStringLiteral("word/styles.xml"), styles()},
        {QStringLiteral("word/numbering.xml"), numbering()},
        {QStringLiteral("word/settings.xml"), settings(m_updateFields)},
        {QStringLiteral("word/footer1.xml"), headerFooter(true, {})},
        {QStringLiteral("docProps/core.xml"), coreProperties(m_title)},
        {QStringLiteral("docProps/app.xml"), appProperties()},
    };
    if (header)
        parts.append({QStringLiteral("word/header1.xml"), headerFooter(false, m_watermark)});
    for (int i = 0; i < m_images.size(); ++i)
        parts.append({QStringLiteral("word/media/image%1.png").arg(i + 1), m_images[i].png});

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return makeError(ErrorKind::Io, QStringLiteral("cannot make the DOCX package (zip error %1)").arg(zip.getZipError()));
    for (const auto &[name, content] : parts) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || out.write(content) != content.size())
            return makeError(ErrorKind::Io, QStringLiteral("cannot write %1 into the DOCX package").arg(name));
        out.close();
        if (out.getZipError() != 0)
            return makeError(ErrorKind::Io, QStringLiteral("cannot write %1 into the DOCX package").arg(name));
    }
    zip.close();
    if (zip.getZipError() != 0)
        return makeError(ErrorKind::Io, QStringLiteral("cannot finish the DOCX package"));
    return bytes;
}

Status DocxDocument::write(const QString &path) const
{
    const Result<QByteArray> bytes = toDocx();
    if (!bytes)
        return bytes.error();
    return writeAtomically(path, *bytes);
}

}  // namespace crosscut::exporting
