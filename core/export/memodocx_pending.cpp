// TEMPORARY until DocxDocument's implementation is merged from main.
#include "export/memoexport.h"
namespace crosscut::exporting {
Result<QByteArray> memosToDocx(const QList<analysis::MemoEntry> &, const MemoExportInfo &)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("DOCX export is not built yet"));
}
}  // namespace crosscut::exporting
