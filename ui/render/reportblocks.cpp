#include "render/reportblocks.h"

namespace crosscut::render {

QString toPlainString(const ReportText &text)
{
    QString plain;
    for (const ReportRun &run : text)
        plain += run.text;
    return plain;
}

}  // namespace crosscut::render
