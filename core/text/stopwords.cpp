#include "text/stopwords.h"

#include "project/project.h"
#include "project/projectwriter.h"
#include "text/wordbreak.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <tuple>

namespace crosscut::text {

namespace {

const char *const kLanguagesKey = "stopwords.languages";
const char *const kAddedKey = "stopwords.added";
const char *const kRemovedKey = "stopwords.removed";

std::optional<QString> infoValue(Project &project, const char *key)
{
    sql::Statement &st = project.statement("SELECT value FROM project_info WHERE key = ?");
    st.bind(1, QString::fromLatin1(key));
    std::optional<QString> value;
    if (st.next())
        value = st.text(0);
    st.reset();
    return value;
}

QStringList splitLines(const QString &value)
{
    return value.split(u'\n', Qt::SkipEmptyParts);
}

QStringList normalisedWords(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        const QString folded = foldWord(w.trimmed());
        if (!folded.isEmpty())
            out.append(folded);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

const QStringList &stopWordLanguages()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"),
                                      QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("id")};
    return codes;
}

QString stopWordLanguageName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("ru"), QStringLiteral("Russian")},
        {QStringLiteral("uk"), QStringLiteral("Ukrainian")}, {QStringLiteral("fr"), QStringLiteral("French")},
        {QStringLiteral("es"), QStringLiteral("Spanish")},  {QStringLiteral("id"), QStringLiteral("Indonesian")},
    };
    return names.value(code, code);
}

QString stopWordLanguageCode(const QString &nameOrCode)
{
    static const QHash<QString, QString> byName = {
        {QStringLiteral("en"), QStringLiteral("en")},       {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("ru"), QStringLiteral("ru")},       {QStringLiteral("russian"), QStringLiteral("ru")},
        {QStringLiteral("русский"), QStringLiteral("ru")},  {QStringLiteral("uk"), QStringLiteral("uk")},
        {QStringLiteral("ukrainian"), QStringLiteral("uk")}, {QStringLiteral("українська"), QStringLiteral("uk")},
        {QStringLiteral("fr"), QStringLiteral("fr")},       {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("français"), QStringLiteral("fr")}, {QStringLiteral("es"), QStringLiteral("es")},
        {QStringLiteral("spanish"), QStringLiteral("es")},  {QStringLiteral("español"), QStringLiteral("es")},
        {QStringLiteral("id"), QStringLiteral("id")},       {QStringLiteral("indonesian"), QStringLiteral("id")},
        {QStringLiteral("bahasa indonesia"), QStringLiteral("id")},
    };
    return byName.value(foldWord(nameOrCode.trimmed()));
}

QSet<QString> parseStopWords(const QString &text)
{
    QSet<QString> words;
    for (QString line : text.split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            words.insert(foldWord(line));
    }
    return words;
}

Result<QSet<QString>> shippedStopWords(const QString &language)
{
    if (!stopWordLanguages().contains(language))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("no stop words for language \"%1\" (shipped: %2)")
                             .arg(language, stopWordLanguages().join(QStringLiteral(", "))));
    QFile file(QStringLiteral(":/stopwords/%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("the stop words of \"%1\" are missing from this build").arg(language));
    return parseStopWords(QString::fromUtf8(file.readAll()));
}

Result<QSet<QString>> readStopWordFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("stop-word file %1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read stop-word file %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("stop-word file %1 is not UTF-8 text").arg(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parseStopWords(text);
}

StopWordSettings stopWordSettings(Project &project)
{
    StopWordSettings s;
    const std::optional<QString> languages = infoValue(project, kLanguagesKey);
    s.chosen = languages.has_value();
    s.languages = languages.value_or(QString()).split(u',', Qt::SkipEmptyParts);
    s.added = splitLines(infoValue(project, kAddedKey).value_or(QString()));
    s.removed = splitLines(infoValue(project, kRemovedKey).value_or(QString()));
    return s;
}

Status setStopWordSettings(Project &project, const StopWordSettings &settings)
{
    StopWordSettings clean;
    clean.chosen = settings.chosen || !settings.languages.isEmpty();
    for (const QString &language : settings.languages) {
        const QString code = stopWordLanguageCode(language);
        if (code.isEmpty())
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("no stop words for language \"%1\" (shipped: %2)")
                                 .arg(language, stopWordLanguages().join(QStringLiteral(", "))));
        if (!clean.languages.contains(code))
            clean.languages.append(code);
    }
    clean.added = normalisedWords(settings.added);
    clean.removed = normalisedWords(settings.removed);
    for (const QString &w : std::as_const(clean.added))
        if (w.contains(u'\n'))
            return makeError(ErrorKind::Invalid, QStringLiteral("a stop word cannot hold a line break"));
    if (clean == stopWordSettings(project))
        return {};
    return project.transact(QStringLiteral("Edit stop words"), [&](ProjectWriter &w) -> Status {
        const std::tuple<const char *, QString, bool> rows[] = {
            {kLanguagesKey, clean.languages.join(u','), clean.chosen},
            {kAddedKey, clean.added.join(u'\n'), !clean.added.isEmpty()},
            {kRemovedKey, clean.removed.join(u'\n'), !clean.removed.isEmpty()},
        };
        for (const auto &[key, value, keep] : rows) {
            if (!keep) {
                if (Status s = w.exec("DELETE FROM project_info WHERE key = ?", {QString::fromLatin1(key)}); !s)
                    return s;
            } else if (Status s = w.exec("INSERT INTO project_info(key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                         {QString::fromLatin1(key), value});  // REPLACE would delete unseen by the log
                       !s) {
                return s;
            }
        }
        return {};
    });
}

QStringList defaultStopWordLanguages(Project &project)
{
    QStringList languages;
    sql::Statement &st = project.statement(
        "SELECT DISTINCT da.value FROM document_attribute da JOIN attribute a ON a.id = da.attribute_id "
        "WHERE a.scope = 'document' AND lower(a.name) IN ('language', 'lang') ORDER BY da.value");
    while (st.next()) {
        // "en; ru" or "English, Russian": a bilingual transcript names both.
        for (const QString &part : st.text(0).split(QRegularExpression(QStringLiteral("[,;/]")), Qt::SkipEmptyParts)) {
            const QString code = stopWordLanguageCode(part);
            if (!code.isEmpty() && !languages.contains(code))
                languages.append(code);
        }
    }
    if (languages.isEmpty())
        return {QStringLiteral("en")};
    std::sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        return stopWordLanguages().indexOf(a) < stopWordLanguages().indexOf(b);
    });
    return languages;
}

QStringList effectiveStopWordLanguages(Project &project)
{
    const StopWordSettings s = stopWordSettings(project);
    return s.chosen ? s.languages : defaultStopWordLanguages(project);
}

Result<QSet<QString>> projectStopWords(Project &project, const QStringList &languages)
{
    QSet<QString> words;
    for (const QString &language : languages) {
        auto list = shippedStopWords(language);
        if (!list)
            return list.error();
        words.unite(*list);
    }
    const StopWordSettings s = stopWordSettings(project);
    for (const QString &w : s.removed)
        words.remove(w);
    for (const QString &w : s.added)
        words.insert(w);
    return words;
}

}  // namespace crosscut::text
