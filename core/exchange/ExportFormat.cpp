#include "exchange/ExportFormat.h"

#include "exchange/CsvWriter.h"

namespace td {

QString ExportFormat::fileFilter() const
{
    return tr("%1 files (*.%2)").arg(suffix().toUpper(), suffix());
}

Status ExportFormat::permits(const Actor& actor) const
{
    return Access::require(actor, Permission::ExportData);
}

Status ExportFormat::fits(const Disclosure&) const
{
    return {};
}

CodebookSection ExportFormat::codebook(const ExportContext&) const
{
    return {};
}

Error ExportFormat::writeFailed(const QIODevice& out)
{
    // The translation context this text has always had.
    return makeError(ErrorCode::Database, QCoreApplication::translate(
                                              "ExportWriters", "Writing the export file failed: %1")
                                              .arg(out.errorString()));
}

void ExportFormat::csvHeader(CsvWriter& csv, const std::vector<ExportVariable>& vars)
{
    for (const ExportVariable& v : vars)
        csv.field(v.name);
    csv.endRow();
}

std::vector<std::pair<QString, QByteArray>> ExportFormat::companions(const ExportContext&,
                                                                     const QString&) const
{
    return {};
}

} // namespace td
