#include "cli/wordsrequest.h"

#include "text/stopwords.h"

#include <QFileInfo>

namespace crosscut::cli {

namespace {

Result<int> intOption(const Args &args, const QString &name, int fallback, int minimum, int maximum)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const int v = args.value(name).toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 must be a whole number from %2 to %3")
                                                 .arg(name).arg(minimum).arg(maximum));
    return v;
}

}  // namespace

QStringList wordsValueOptions()
{
    return {QStringLiteral("--code"),      QStringLiteral("--set"),       QStringLiteral("--ngram"),
            QStringLiteral("--by"),        QStringLiteral("--stopwords"), QStringLiteral("--top"),
            QStringLiteral("--min-length"), QStringLiteral("--min-count"), QStringLiteral("--format"),
            QStringLiteral("--out")};
}

QStringList wordsFlags() { return {QStringLiteral("--numbers"), QStringLiteral("--no-emoji")}; }

Result<text::WordRequest> wordRequestFromArgs(const Args &args, Project &project)
{
    using namespace text;
    WordRequest request;
    if (args.has(QStringLiteral("--code")) && args.has(QStringLiteral("--set")))
        return makeError(ErrorKind::Invalid, QStringLiteral("--code and --set cannot be combined"));
    if (args.has(QStringLiteral("--code"))) {
        request.scope = WordScope::Code;
        request.code = args.value(QStringLiteral("--code"));
    } else if (args.has(QStringLiteral("--set"))) {
        request.scope = WordScope::DocumentSet;
        request.set = args.value(QStringLiteral("--set"));
    }
    auto ngram = intOption(args, QStringLiteral("--ngram"), 1, 1, 3);
    auto top = intOption(args, QStringLiteral("--top"), 0, 0, 1000000);
    auto minLength = intOption(args, QStringLiteral("--min-length"), 1, 1, 1000);
    auto minCount = intOption(args, QStringLiteral("--min-count"), 1, 1, 1000000000);
    for (const auto *r : {&ngram, &top, &minLength, &minCount})
        if (!*r)
            return r->error();
    request.ngram = *ngram;
    request.top = *top;
    request.minLength = *minLength;
    request.minCount = *minCount;
    request.numbers = args.has(QStringLiteral("--numbers"));
    request.emoji = !args.has(QStringLiteral("--no-emoji"));

    const QString by = args.value(QStringLiteral("--by"));
    if (by.isEmpty()) {
        request.grouping = WordGrouping::None;
    } else if (by == QLatin1String("document") || by == QLatin1String("documents")) {
        request.grouping = WordGrouping::Document;
    } else if (by.startsWith(QLatin1String("case:")) && by.size() > 5) {
        request.grouping = WordGrouping::CaseAttribute;
        request.attribute = by.mid(5);
    } else if (by.startsWith(QLatin1String("document:")) && by.size() > 9) {
        request.grouping = WordGrouping::DocumentAttribute;
        request.attribute = by.mid(9);
    } else {
        return makeError(ErrorKind::Invalid, QStringLiteral("--by must be document, case:ATTRIBUTE or document:ATTRIBUTE"));
    }

    // --stopwords en,ru,words.txt: languages and files; "none" for no stop words.
    if (!args.has(QStringLiteral("--stopwords"))) {
        auto words = projectStopWords(project, effectiveStopWordLanguages(project));
        if (!words)
            return words.error();
        request.stopWords = *words;
        return request;
    }
    QStringList languages;
    QSet<QString> fromFiles;
    bool none = false;
    for (const QString &item : args.value(QStringLiteral("--stopwords")).split(u',', Qt::SkipEmptyParts)) {
        if (item == QLatin1String("none")) {
            none = true;
            continue;
        }
        const QString code = stopWordLanguageCode(item);
        if (!code.isEmpty() && !QFileInfo::exists(item)) {
            languages.append(code);
            continue;
        }
        if (!QFileInfo::exists(item) && !item.contains(u'/') && !item.contains(u'.'))
            return makeError(ErrorKind::Invalid, QStringLiteral("--stopwords: \"%1\" is neither a language (%2) nor a file")
                                                     .arg(item, stopWordLanguages().join(u',')));
        auto words = readStopWordFile(item);
        if (!words)
            return words.error();
        fromFiles.unite(*words);
    }
    if (!none) {
        auto words = projectStopWords(project, languages);
        if (!words)
            return words.error();
        request.stopWords = *words;
    }
    request.stopWords.unite(fromFiles);
    return request;
}

}  // namespace crosscut::cli
