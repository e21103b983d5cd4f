// libFuzzer harness: REFI-QDA import, chosen at build time by
// CROSSCUT_FUZZ_FORMAT: "qdpx" (a whole project; bytes that are not a zip
// become its project.qde) or "qdc" (a codebook merged into a fresh project).

#include "fuzzinput.h"

#include "interop/refiqda.h"

#include <QFile>

#include <cstdlib>

using namespace crosscut;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString format = QStringLiteral(CROSSCUT_FUZZ_FORMAT);
    const QString project = fuzz::scratchDir() + QStringLiteral("/target.crosscut");
    QFile::remove(project);
    QFile::remove(project + QStringLiteral("-wal"));
    QFile::remove(project + QStringLiteral("-shm"));
    if (format == QLatin1String("qdpx")) {
        const QString input = fuzz::writeZipInput(data, size, format, QStringLiteral("project.qde"));
        auto summary = interop::importProject(input, project);
        if (!summary && summary.message().isEmpty())
            std::abort();
        if (!summary && QFile::exists(project))
            std::abort();  // a failed import leaves no project behind
    } else {
        const QString input = fuzz::writeInput(data, size, format);
        auto created = Project::create(project);
        if (!created)
            std::abort();
        auto summary = interop::importCodebook(**created, input);
        if (!summary && summary.message().isEmpty())
            std::abort();
    }
    return 0;
}
