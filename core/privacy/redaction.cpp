#include "privacy/redaction.h"

#include "import/pdflayout.h"
#include "project/project.h"

#include <QMap>

#include <algorithm>

namespace crosscut::privacy {

namespace {

// The code point ending just before UTF-16 index i, or 0 at the start.
char32_t codePointBefore(const QString &s, qsizetype i)
{
    if (i <= 0)
        return 0;
    const QChar low = s.at(i - 1);
    if (low.isLowSurrogate() && i >= 2 && s.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(i - 2), low);
    return low.unicode();
}

char32_t codePointAt(const QString &s, qsizetype i)
{
    if (i >= s.size())
        return 0;
    const QChar high = s.at(i);
    if (high.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(high, s.at(i + 1));
    return high.unicode();
}

qint64 codePointCount(QStringView s)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    return n;
}

QChar foldedUnit(QChar c) { return c.toCaseFolded(); }

}  // namespace

QString watermark() { return QStringLiteral("Redacted export"); }

qint64 RedactedText::map(qint64 position, bool end) const
{
    // The last edit starting before `position`.
    auto it = std::upper_bound(edits.cbegin(), edits.cend(), position,
                               [](qint64 p, const Edit &e) { return p <= e.start; });
    if (it == edits.cbegin())
        return position;
    const Edit &e = *(it - 1);
    if (position < e.end)
        return end ? e.newEnd : e.newStart;
    return position + (e.newEnd - e.end);
}

QString RedactedText::slice(qint64 start, qint64 end) const
{
    const qsizetype from = index.toUtf16(std::clamp<qint64>(mapStart(start), 0, index.codePointLength()));
    const qsizetype to = index.toUtf16(std::clamp<qint64>(mapEnd(end), 0, index.codePointLength()));
    return to > from ? text.mid(from, to - from) : QString();
}

Redaction Redaction::fromProject(Project &project)
{
    Redaction r;
    r.m_enabled = true;

    const QList<Attribute> attributes = project.attributes();
    std::optional<Id> roleAttribute;
    for (const Attribute &a : attributes) {
        if (a.identifying) {
            r.m_identifying.insert(a.id);
            r.m_identifyingNames.insert(toString(a.scope) + QLatin1Char(':') + a.name);
        } else if (a.scope == AttributeScope::Case && !roleAttribute
                   && a.name.compare(QLatin1String("role"), Qt::CaseInsensitive) == 0) {
            roleAttribute = a.id;
        }
    }
    QHash<Id, QString> roles;
    if (roleAttribute) {
        auto stmt = project.database().prepare(QStringLiteral("SELECT case_id, value FROM case_attribute WHERE attribute_id = ?"));
        if (stmt) {
            stmt->bind(1, *roleAttribute);
            while (stmt->next())
                if (const QString v = stmt->text(1).trimmed(); !v.isEmpty())
                    roles.insert(stmt->int64(0), v);
        }
    }

    // People in order of first appearance: speaker turns in document order,
    // then cases holding whole documents, then every other case by name.
    struct Person {
        std::optional<Id> caseId;
        QString speaker;  // an unlinked speaker's name
        bool speaks = false;
    };
    QList<Person> people;
    QHash<Id, qsizetype> personOfCase;
    QHash<QString, qsizetype> personOfSpeaker;  // unlinked speakers, by folded name
    QHash<QString, Id> caseOfSpeaker;           // linked speakers, folded name → case
    {
        auto turns = project.database().prepare(QStringLiteral(
            "SELECT t.speaker, t.case_id, d.source_file FROM speaker_turn t JOIN document d ON d.id = t.document_id "
            "ORDER BY d.sort_order, d.id, t.start, t.id"));
        while (turns && turns->next()) {
            const QString speaker = turns->text(0).trimmed();
            if (import::isPdfSourceFile(turns->text(2)) && import::pageFromTurnLabel(speaker))
                continue;  // a PDF's page turn ("p. 4"), not a person
            if (!turns->isNull(1)) {
                const Id c = turns->int64(1);
                if (!personOfCase.contains(c)) {
                    personOfCase.insert(c, people.size());
                    people.append({c, QString(), true});
                }
                people[personOfCase.value(c)].speaks = true;
                if (!speaker.isEmpty())
                    caseOfSpeaker.insert(speaker.toCaseFolded(), c);
            } else if (!speaker.isEmpty() && !personOfSpeaker.contains(speaker.toCaseFolded())) {
                personOfSpeaker.insert(speaker.toCaseFolded(), people.size());
                people.append({std::nullopt, speaker, true});
            }
        }
        auto members = project.database().prepare(QStringLiteral(
            "SELECT m.case_id FROM document_case m JOIN document d ON d.id = m.document_id ORDER BY d.sort_order, d.id, m.case_id"));
        while (members && members->next()) {
            const Id c = members->int64(0);
            if (!personOfCase.contains(c)) {
                personOfCase.insert(c, people.size());
                people.append({c, QString(), false});
            }
        }
    }
    QList<Case> cases = project.cases();
    std::stable_sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) { return a.name < b.name; });
    for (const Case &c : cases) {
        if (!personOfCase.contains(c.id)) {
            personOfCase.insert(c.id, people.size());
            people.append({c.id, QString(), false});
        }
    }

    QHash<QString, int> counters;
    QList<Name> names;
    auto addName = [&](const QString &name, const QString &label) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return;
        const QString folded = trimmed.toCaseFolded();
        if (r.m_byName.contains(folded))
            return;
        r.m_byName.insert(folded, label);
        names.append({trimmed, folded, label});
    };
    QHash<Id, QString> caseNames;
    for (const Case &c : cases)
        caseNames.insert(c.id, c.name);
    for (const Person &p : people) {
        QString role = p.caseId ? roles.value(*p.caseId) : QString();
        if (role.isEmpty())
            role = p.speaks ? QStringLiteral("Participant") : QStringLiteral("Case");
        const QString label = QStringLiteral("%1 %2").arg(role).arg(++counters[role]);
        if (p.caseId) {
            r.m_caseLabels.insert(*p.caseId, label);
            addName(caseNames.value(*p.caseId), label);
        } else {
            addName(p.speaker, label);
        }
    }
    for (auto it = caseOfSpeaker.cbegin(); it != caseOfSpeaker.cend(); ++it)
        if (!r.m_byName.contains(it.key()))
            addName(it.key(), r.m_caseLabels.value(it.value()));
    // Values of identifying attributes that stand in a text (a phone number
    // said aloud, a village) go too. Values shorter than three code points
    // ("A", "12") are not looked for: they would blank ordinary words.
    for (const Attribute &a : attributes) {
        if (!a.identifying)
            continue;
        auto values = project.database().prepare(a.scope == AttributeScope::Case
                                                     ? QStringLiteral("SELECT DISTINCT value FROM case_attribute WHERE attribute_id = ?")
                                                     : QStringLiteral("SELECT DISTINCT value FROM document_attribute WHERE attribute_id = ?"));
        if (!values)
            continue;
        values->bind(1, a.id);
        while (values->next())
            if (const QString v = values->text(0).trimmed(); codePointCount(v) >= 3)
                addName(v, QStringLiteral("[redacted]"));
    }

    std::stable_sort(names.begin(), names.end(), [](const Name &a, const Name &b) { return a.name.size() > b.name.size(); });
    for (const Name &n : names)
        r.m_byFirstUnit[foldedUnit(n.name.at(0))].append(n);
    return r;
}

QString Redaction::caseLabel(Id caseId) const
{
    return m_caseLabels.value(caseId, QStringLiteral("Participant ?"));
}

QString Redaction::speakerLabel(const QString &speaker) const
{
    if (!m_enabled)
        return speaker;
    const QString trimmed = speaker.trimmed();
    if (trimmed.isEmpty())
        return speaker;
    return m_byName.value(trimmed.toCaseFolded(), QStringLiteral("Participant ?"));
}

bool Redaction::isIdentifying(AttributeScope scope, const QString &name) const
{
    return m_identifyingNames.contains(toString(scope) + QLatin1Char(':') + name);
}

bool Redaction::isIdentifyingName(const QString &name) const
{
    return isIdentifying(AttributeScope::Case, name) || isIdentifying(AttributeScope::Document, name);
}

QStringList Redaction::names() const
{
    QStringList out;
    for (const auto &list : m_byFirstUnit)
        for (const Name &n : list)
            out.append(n.name);
    std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

RedactedText Redaction::redact(const QString &text) const
{
    RedactedText out;
    if (!m_enabled || m_byFirstUnit.isEmpty()) {
        out.text = text;
        out.index = CodePointIndex(out.text);
        return out;
    }
    out.text.reserve(text.size());
    qint64 cp = 0, newCp = 0;  // code points consumed of the original, written of the new
    qsizetype copiedTo = 0;    // UTF-16 index up to which `text` is copied
    qsizetype i = 0;
    while (i < text.size()) {
        const Name *match = nullptr;
        const auto candidates = m_byFirstUnit.constFind(foldedUnit(text.at(i)));
        if (candidates != m_byFirstUnit.cend() && !isWordCodePoint(codePointBefore(text, i))) {
            for (const Name &n : *candidates) {
                if (i + n.name.size() > text.size())
                    continue;
                if (QStringView(text).mid(i, n.name.size()).compare(n.name, Qt::CaseInsensitive) != 0)
                    continue;
                if (isWordCodePoint(codePointAt(text, i + n.name.size())))
                    continue;
                match = &n;
                break;
            }
        }
        if (!match) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            i += pair ? 2 : 1;
            ++cp;
            ++newCp;
            continue;
        }
        out.text += QStringView(text).mid(copiedTo, i - copiedTo);
        out.text += match->label;
        const qint64 nameCps = codePointCount(match->name);
        const qint64 labelCps = codePointCount(match->label);
        out.edits.append({cp, cp + nameCps, newCp, newCp + labelCps});
        cp += nameCps;
        newCp += labelCps;
        i += match->name.size();
        copiedTo = i;
    }
    out.text += QStringView(text).mid(copiedTo);
    out.index = CodePointIndex(out.text);
    return out;
}

}  // namespace crosscut::privacy
