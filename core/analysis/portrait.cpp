#include "analysis/portrait.h"

#include "analysis/quoteselection.h"
#include "analysis/snapshot.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace crosscut::analysis {

const QStringList &portraitPalette()
{
    // Okabe & Ito's colour-blind-safe set (without black), then further
    // distinct hues for larger codebooks.
    static const QStringList palette{
        QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"), QStringLiteral("#009e73"), QStringLiteral("#f0e442"),
        QStringLiteral("#0072b2"), QStringLiteral("#d55e00"), QStringLiteral("#cc79a7"), QStringLiteral("#999999"),
        QStringLiteral("#8c510a"), QStringLiteral("#35978f"), QStringLiteral("#762a83"), QStringLiteral("#b2182b"),
        QStringLiteral("#4d9221"), QStringLiteral("#2166ac"), QStringLiteral("#fdb863"), QStringLiteral("#c51b7d")};
    return palette;
}

const DocumentPortrait *PortraitResult::document(Id documentId) const
{
    for (const DocumentPortrait &d : documents)
        if (d.documentId == documentId)
            return &d;
    return nullptr;
}

Result<PortraitResult> computePortraits(Project &project, const Filter &filter)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return computePortraits(*snapshot, filter);
}

Result<PortraitResult> computePortraits(const Snapshot &s, const Filter &filter)
{
    auto sel = QuoteSelection::resolve(s, filter);
    if (!sel)
        return sel.error();

    struct Raw {
        int document;
        qint64 start, end;
        int code;   // snapshot code index
        int coder;  // snapshot coder index
        Id quote;
    };
    std::vector<Raw> raw;
    std::vector<char> used(s.codes().size(), 0);
    for (const auto &q : s.quotes()) {
        if (!sel->keeps(q))
            continue;
        for (std::uint32_t c = q.firstCoding; c < q.endCoding; ++c) {
            const auto &coding = s.codings()[c];
            if (!sel->counts(coding))
                continue;
            raw.push_back(Raw{q.document, q.start, q.end, coding.code, coding.coder, q.id});
            used[static_cast<size_t>(coding.code)] = 1;
        }
    }

    PortraitResult out;
    // Codes with a segment, in codebook order; colourless ones from the palette.
    std::vector<int> codeSlot(s.codes().size(), -1);
    int paletteNext = 0;
    for (size_t c = 0; c < s.codes().size(); ++c) {
        if (!used[c])
            continue;
        const auto &code = s.codes()[c];
        QString color = code.color;
        // The schema's default grey means "no colour chosen".
        if (color.isEmpty() || color.compare(QLatin1String("#888888"), Qt::CaseInsensitive) == 0) {
            const QStringList &palette = portraitPalette();
            color = palette[paletteNext++ % palette.size()];
        }
        codeSlot[c] = static_cast<int>(out.codes.size());
        out.codes.append(PortraitCode{code.id, code.name, code.path, color});
    }

    // Segments by document, then the lane order.
    std::sort(raw.begin(), raw.end(), [](const Raw &a, const Raw &b) {
        return std::tuple(a.document, a.start, -a.end, a.code, a.coder, a.quote)
               < std::tuple(b.document, b.start, -b.end, b.code, b.coder, b.quote);
    });
    size_t r = 0;
    for (size_t d = 0; d < s.documents().size(); ++d) {
        const int doc = static_cast<int>(d);
        while (r < raw.size() && raw[r].document < doc)
            ++r;
        if (!sel->keepsDocument(doc))
            continue;
        const auto &row = s.documents()[d];
        DocumentPortrait portrait;
        portrait.documentId = row.id;
        portrait.name = row.name;
        portrait.length = row.length;
        std::vector<qint64> laneEnds;  // per lane, the end of its last segment
        // Per code slot: index into portrait.codelines, and the open span.
        std::vector<int> codeline(out.codes.size(), -1);
        for (; r < raw.size() && raw[r].document == doc; ++r) {
            const Raw &seg = raw[r];
            int lane = 0;
            while (lane < static_cast<int>(laneEnds.size()) && laneEnds[static_cast<size_t>(lane)] > seg.start)
                ++lane;
            if (lane == static_cast<int>(laneEnds.size()))
                laneEnds.push_back(seg.end);
            else
                laneEnds[static_cast<size_t>(lane)] = seg.end;
            const int slot = codeSlot[static_cast<size_t>(seg.code)];
            portrait.segments.append(
                PortraitSegment{seg.quote, seg.start, seg.end, slot, s.coders()[static_cast<size_t>(seg.coder)].name, lane});
            int &line = codeline[static_cast<size_t>(slot)];
            if (line < 0) {
                line = static_cast<int>(portrait.codelines.size());
                portrait.codelines.append(Codeline{slot, {}, 0, 0});
            }
            Codeline &cl = portrait.codelines[line];
            ++cl.segments;
            // Segments come by start, so a span only ever extends the last one.
            if (!cl.spans.isEmpty() && seg.start <= cl.spans.last().second)
                cl.spans.last().second = std::max(cl.spans.last().second, seg.end);
            else
                cl.spans.append({seg.start, seg.end});
        }
        portrait.lanes = static_cast<int>(laneEnds.size());
        for (Codeline &cl : portrait.codelines)
            for (const auto &span : std::as_const(cl.spans))
                cl.covered += span.second - span.first;
        std::sort(portrait.codelines.begin(), portrait.codelines.end(),
                  [](const Codeline &a, const Codeline &b) { return a.code < b.code; });
        out.documents.append(std::move(portrait));
    }
    return out;
}

namespace {

QByteArray csvField(const QString &value)
{
    return csv::escapeField(value).toUtf8();
}

}  // namespace

QByteArray portraitsCsv(const PortraitResult &result)
{
    QByteArray out = "document,length,start,end,code,color,coder,lane,quote\n";
    for (const DocumentPortrait &d : result.documents) {
        for (const PortraitSegment &seg : d.segments) {
            const PortraitCode &code = result.codes[seg.code];
            out += csvField(d.name) + ',' + QByteArray::number(d.length) + ',' + QByteArray::number(seg.start) + ','
                   + QByteArray::number(seg.end) + ',' + csvField(code.path) + ',' + code.color.toUtf8() + ','
                   + csvField(seg.coder) + ',' + QByteArray::number(seg.lane) + ',' + QByteArray::number(seg.quoteId)
                   + '\n';
        }
    }
    return out;
}

QByteArray portraitsJson(const PortraitResult &result)
{
    QJsonArray codes;
    for (const PortraitCode &c : result.codes)
        codes.append(QJsonObject{{QStringLiteral("path"), c.path}, {QStringLiteral("color"), c.color}});
    QJsonArray documents;
    for (const DocumentPortrait &d : result.documents) {
        QJsonArray segments;
        for (const PortraitSegment &seg : d.segments) {
            const PortraitCode &code = result.codes[seg.code];
            segments.append(QJsonObject{{QStringLiteral("start"), seg.start},
                                        {QStringLiteral("end"), seg.end},
                                        {QStringLiteral("code"), code.path},
                                        {QStringLiteral("color"), code.color},
                                        {QStringLiteral("coder"), seg.coder},
                                        {QStringLiteral("lane"), seg.lane},
                                        {QStringLiteral("quote"), seg.quoteId}});
        }
        QJsonArray codelines;
        for (const Codeline &cl : d.codelines) {
            QJsonArray spans;
            for (const auto &span : cl.spans)
                spans.append(QJsonArray{span.first, span.second});
            codelines.append(QJsonObject{{QStringLiteral("code"), result.codes[cl.code].path},
                                         {QStringLiteral("color"), result.codes[cl.code].color},
                                         {QStringLiteral("spans"), spans},
                                         {QStringLiteral("covered"), cl.covered},
                                         {QStringLiteral("segments"), cl.segments}});
        }
        documents.append(QJsonObject{{QStringLiteral("name"), d.name},
                                     {QStringLiteral("length"), d.length},
                                     {QStringLiteral("lanes"), d.lanes},
                                     {QStringLiteral("segments"), segments},
                                     {QStringLiteral("codelines"), codelines}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("codes"), codes}, {QStringLiteral("documents"), documents}})
               .toJson(QJsonDocument::Compact)
           + '\n';
}

}  // namespace crosscut::analysis
