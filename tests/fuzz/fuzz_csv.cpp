// libFuzzer harness: the RFC 4180 CSV reader behind every --from file.

#include "util/csv.h"

#include <cstdint>
#include <cstdlib>

using namespace crosscut;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    csv::Reader reader(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    csv::Row row;
    int previousLine = 0;
    for (;;) {
        auto more = reader.next(row);
        if (!more) {
            if (more.message().isEmpty())
                std::abort();
            break;
        }
        if (!*more)
            break;
        if (row.line <= previousLine)
            std::abort();  // line numbers in errors must move forward
        previousLine = row.line;
    }
    return 0;
}
