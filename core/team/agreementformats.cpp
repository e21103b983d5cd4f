// The serialisations of an agreement report (agreement.h): JSON with its keys
// in the documented order, CSV (one row per code and pair), Markdown.
#include "team/agreement.h"

#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <utility>

namespace crosscut::team {

namespace {

QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);  // ["…"] → "…"
}

QString number(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

QByteArray jsonNumber(const std::optional<double> &v) { return v ? number(*v).toUtf8() : QByteArrayLiteral("null"); }

// Keys in the order given; with an indent, one key per line.
class JsonObject {
public:
    explicit JsonObject(QByteArray indent = {}) : m_indent(std::move(indent)) {}
    JsonObject &add(const char *key, const QByteArray &json)
    {
        const QByteArray separator = m_indent.isEmpty() ? QByteArrayLiteral(", ") : ",\n" + m_indent;
        const QByteArray start = m_indent.isEmpty() ? QByteArrayLiteral("{") : "{\n" + m_indent;
        m_text += (m_text.isEmpty() ? start : separator) + jsonString(QString::fromUtf8(key)) + ": " + json;
        return *this;
    }
    QByteArray text() const
    {
        if (m_text.isEmpty())
            return QByteArrayLiteral("{}");
        return m_text + (m_indent.isEmpty() ? QByteArrayLiteral("}") : QByteArrayLiteral("\n}"));
    }

private:
    QByteArray m_indent;
    QByteArray m_text;
};

QByteArray jsonList(const QList<QByteArray> &items, const QByteArray &indent)
{
    if (items.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += indent + "  " + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    return out + indent + ']';
}

QByteArray codesJson(const QList<CodeAgreement> &codes, const QByteArray &indent)
{
    QList<QByteArray> items;
    for (const CodeAgreement &c : codes) {
        JsonObject o;
        o.add("code", jsonString(c.path))
            .add("a", QByteArray::number(c.a))
            .add("b", QByteArray::number(c.b))
            .add("both", QByteArray::number(c.both))
            .add("percent", jsonNumber(c.percent))
            .add("kappa", jsonNumber(c.kappa))
            .add("alpha", jsonNumber(c.alpha));
        if (!c.percent || !c.kappa || !c.alpha)
            o.add("reason", jsonString(c.reason));
        items.append(o.text());
    }
    return jsonList(items, indent);
}

QByteArray dimensionsJson(const QList<DimensionAgreement> &dimensions, const QByteArray &indent)
{
    QList<QByteArray> items;
    for (const DimensionAgreement &d : dimensions) {
        JsonObject o;
        o.add("dimension", jsonString(d.name)).add("cu_alpha", jsonNumber(d.cuAlpha));
        if (!d.cuAlpha)
            o.add("reason", jsonString(d.reason));
        items.append(o.text());
    }
    return jsonList(items, indent);
}

QByteArray codersJson(const QStringList &coders)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < coders.size(); ++i)
        out += (i ? ", " : "") + jsonString(coders[i]);
    return out + ']';
}

QString cell(const std::optional<double> &v) { return v ? number(*v) : QString(); }

// The rows of one list of codes; a dimension's row also carries its cu-alpha.
void csvRows(QByteArray &out, const QString &coderA, const QString &coderB, const QList<CodeAgreement> &codes,
             const QList<DimensionAgreement> &dimensions)
{
    for (const CodeAgreement &c : codes) {
        std::optional<double> cu;
        QStringList reasons;
        if (!c.reason.isEmpty())
            reasons << c.reason;
        for (const DimensionAgreement &d : dimensions) {
            if (d.dimension == c.code) {
                cu = d.cuAlpha;
                if (!d.cuAlpha && !d.reason.isEmpty())
                    reasons << d.reason;
            }
        }
        out += csv::formatRow({coderA, coderB, c.path, c.isDimension ? QStringLiteral("true") : QStringLiteral("false"),
                               QString::number(c.a), QString::number(c.b), QString::number(c.both),
                               QString::number(c.total), cell(c.percent), cell(c.kappa), cell(c.alpha), cell(cu),
                               reasons.join(QStringLiteral("; "))})
                   .toUtf8();
    }
}

QString mdEscape(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString mdCell(const std::optional<double> &v) { return v ? QString::number(*v, 'f', 4) : QStringLiteral("—"); }

QString mdTable(const QString &title, const QList<CodeAgreement> &codes, const QList<DimensionAgreement> &dimensions)
{
    QString out = QStringLiteral("## %1\n\n").arg(title);
    out += QStringLiteral("| Code | A | B | Both | Percent | Kappa | Alpha | Note |\n");
    out += QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (const CodeAgreement &c : codes)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(mdEscape(c.path))
                   .arg(c.a)
                   .arg(c.b)
                   .arg(c.both)
                   .arg(mdCell(c.percent), mdCell(c.kappa), mdCell(c.alpha), mdEscape(c.reason));
    if (!dimensions.isEmpty()) {
        out += QStringLiteral("\n| Dimension | cu-alpha | Note |\n|---|---:|---|\n");
        for (const DimensionAgreement &d : dimensions)
            out += QStringLiteral("| %1 | %2 | %3 |\n").arg(mdEscape(d.name), mdCell(d.cuAlpha), mdEscape(d.reason));
    }
    return out + QLatin1Char('\n');
}

}  // namespace

QByteArray agreementJson(const AgreementReport &report)
{
    JsonObject o("  ");
    o.add("coders", codersJson(report.coders))
        .add("unit", jsonString(QStringLiteral("code points")))
        .add("codes", codesJson(report.meanCodes, "  "))
        .add("dimensions", dimensionsJson(report.meanDimensions, "  "));
    if (report.coders.size() > 2) {
        QList<QByteArray> pairs;
        for (const PairAgreement &p : report.pairs) {
            JsonObject po;
            po.add("coders", codersJson({p.coderA, p.coderB}))
                .add("codes", codesJson(p.codes, "    "))
                .add("dimensions", dimensionsJson(p.dimensions, "    "));
            pairs.append(po.text());
        }
        o.add("pairs", jsonList(pairs, "  "));
    }
    return o.text() + '\n';
}

QByteArray agreementCsv(const AgreementReport &report)
{
    QByteArray out = csv::formatRow({QStringLiteral("coder_a"), QStringLiteral("coder_b"), QStringLiteral("code"),
                                     QStringLiteral("dimension"), QStringLiteral("a"), QStringLiteral("b"),
                                     QStringLiteral("both"), QStringLiteral("total"), QStringLiteral("percent"),
                                     QStringLiteral("kappa"), QStringLiteral("alpha"), QStringLiteral("cu_alpha"),
                                     QStringLiteral("reason")})
                         .toUtf8();
    for (const PairAgreement &p : report.pairs)
        csvRows(out, p.coderA, p.coderB, p.codes, p.dimensions);
    if (report.pairs.size() > 1)
        csvRows(out, QStringLiteral("mean"), QString(), report.meanCodes, report.meanDimensions);
    return out;
}

QByteArray agreementMarkdown(const AgreementReport &report)
{
    QString out = QStringLiteral("# Inter-coder agreement (code points)\n\n");
    out += QStringLiteral("Coders: %1. A and B count the code points each coder coded; alpha is Krippendorff's "
                          "unitized alpha.\n\n")
               .arg(mdEscape(report.coders.join(QStringLiteral(", "))));
    for (const PairAgreement &p : report.pairs)
        out += mdTable(QStringLiteral("%1 (A) and %2 (B)").arg(mdEscape(p.coderA), mdEscape(p.coderB)), p.codes, p.dimensions);
    if (report.pairs.size() > 1)
        out += mdTable(QStringLiteral("Mean over the pairs"), report.meanCodes, report.meanDimensions);
    return out.toUtf8();
}

}  // namespace crosscut::team
