#include "text/scripts.h"

#include <unicode/uscript.h>

#include <map>
#include <vector>

namespace crosscut::text {

QString dominantScript(QStringView text)
{
    std::map<int, qsizetype> counts;
    std::vector<int> order;  // scripts in the order first met, for ties
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN)
            continue;
        if (counts[script]++ == 0)
            order.push_back(script);
    }
    int best = -1;
    qsizetype bestCount = 0;
    for (const int script : order) {
        if (counts[script] > bestCount) {
            best = script;
            bestCount = counts[script];
        }
    }
    if (best < 0)
        return {};
    // uscript_getName gives the long property value alias with underscores
    // ("Old_Italic"); a reader wants spaces.
    QString name = QString::fromLatin1(uscript_getName(static_cast<UScriptCode>(best)));
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

}  // namespace crosscut::text
