#include "search/kwic.h"

#include "search/textfold.h"

#include <algorithm>

namespace crosscut::search {

std::optional<KwicSort> parseKwicSort(const QString &name)
{
    if (name == QLatin1String("document"))
        return KwicSort::Document;
    if (name == QLatin1String("left"))
        return KwicSort::Left;
    if (name == QLatin1String("right"))
        return KwicSort::Right;
    return std::nullopt;
}

HitQuery kwicQuery(const QString &phrase, bool wholeWord, int width)
{
    HitQuery q;
    q.terms = {{phrase.trimmed(), !wholeWord}};
    q.icuWholeWords = wholeWord;
    q.context = width;
    q.sentences = true;
    // The phrase as an FTS5 string, which FTS5 tokenises as it tokenised the
    // documents (it folds fewer diacritics than the hits do: its choice of
    // documents decides). An emoji is not in the index: every document is
    // read for it.
    if (!foldForMatching(phrase).isEmpty()) {
        QString quoted = phrase.trimmed();
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        q.ftsQuery = QLatin1Char('"') + quoted + QLatin1Char('"') + (wholeWord ? QString() : QStringLiteral("*"));
    }
    return q;
}

Result<QList<SearchHit>> kwic(Project &project, const QString &phrase, bool wholeWord, int width)
{
    if (phrase.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("the word or phrase to show in context is empty"));
    if (width < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("the context width must be 0 or more code points"));
    return findHits(project, kwicQuery(phrase, wholeWord, width));
}

QString leftSortKey(const SearchHit &hit)
{
    QStringList words = foldForMatching(hit.before).split(u' ', Qt::SkipEmptyParts);
    std::reverse(words.begin(), words.end());
    return words.join(u' ');
}

QString rightSortKey(const SearchHit &hit)
{
    return foldForMatching(hit.after);
}

void sortHits(QList<SearchHit> &hits, KwicSort by)
{
    if (by == KwicSort::Document)
        return;
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(hits.size());
    for (qsizetype i = 0; i < hits.size(); ++i)
        keys.append({by == KwicSort::Left ? leftSortKey(hits[i]) : rightSortKey(hits[i]), i});
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<SearchHit> sorted;
    sorted.reserve(hits.size());
    for (const auto &k : keys)
        sorted.append(std::move(hits[k.second]));
    hits = std::move(sorted);
}

}  // namespace crosscut::search
