// TEMPORARY until main's DocxDocument lands (replaced by frameworkdocx.cpp).
#include "export/frameworkexport.h"

namespace crosscut::exporting {
Status writeFrameworkDocx(Project &, const analysis::FrameworkResult &, const QString &)
{
    return makeError(ErrorKind::Unsupported, QStringLiteral("DOCX export is not available in this build"));
}
}  // namespace crosscut::exporting
