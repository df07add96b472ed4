#include "exchange/ExportService.h"

#include "access/Disclosure.h"
#include "audit/AuditLog.h"
#include "exchange/BlockWriter.h"
#include "exchange/ExportWriters.h"
#include "exchange/OdmExport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QFile>
#include <QFileInfo>

namespace td {

namespace {

constexpr std::array<std::pair<ExportFormat, const char*>, 9> formats = {{
    {ExportFormat::CsvLong, "csv-long"},
    {ExportFormat::CsvWide, "csv-wide"},
    {ExportFormat::Sessions, "sessions"},
    {ExportFormat::Codebook, "codebook"},
    {ExportFormat::Sav, "sav"},
    {ExportFormat::Dta, "dta"},
    {ExportFormat::Odm, "odm"},
    {ExportFormat::Allocation, "allocation"},
    {ExportFormat::Signatures, "signatures"},
}};

} // namespace

bool ExportService::allows(const Actor& actor, ExportFormat format)
{
    return actor.can(Permission::ExportData) &&
           (format != ExportFormat::Allocation || actor.can(Permission::ManageRandomization));
}

std::optional<ExportFormat> ExportService::formatFromKey(const QString& key)
{
    for (const auto& [format, name] : formats)
        if (key == QLatin1String(name))
            return format;
    return std::nullopt;
}

QString ExportService::key(ExportFormat format)
{
    for (const auto& [f, name] : formats)
        if (f == format)
            return QLatin1String(name);
    return {};
}

QStringList ExportService::keys()
{
    QStringList out;
    for (const auto& entry : formats)
        out << QLatin1String(entry.second);
    return out;
}

Result<ExportSummary> ExportService::exportTo(const Actor& actor, ExportFormat format,
                                              const QString& path, ExportOptions options)
{
    TD_TRY(Access::require(actor, Permission::ExportData));
    if (format == ExportFormat::Allocation) {
        TD_TRY(Access::require(actor, Permission::ManageRandomization));
        if (options.blinded)
            return makeError(ErrorCode::Invalid,
                             tr("The allocation list is the arms: it has no blinded form. "
                                "Export it without \"blinded\"."));
    }
    if (m_db.readOnly())
        return makeError(ErrorCode::Conflict,
                         tr("Every export is recorded in the trial's audit trail, which cannot be "
                            "written now, so nothing was exported. %1")
                             .arg(m_db.readOnlyNote()));
    TD_TRY(ExportFile::checkTarget(path, m_db.path(), options.file));
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    ExportContext ctx{m_db, std::move(protocol).value(), std::move(catalog).value(),
                      options.blinded ? Disclosure::blinded() : Disclosure::of(actor)};
    if (format == ExportFormat::Sessions && !ctx.disclosure.sessions())
        return makeError(ErrorCode::Invalid,
                         tr("Therapy sessions follow the treatment arm, so a blinded data set has "
                            "no sessions file. Export the sessions without \"blinded\"."));

    ExportFile file(path, m_db.path(), options.file);
    TD_TRY(file.open());
    BlockWriter out(file.device());
    Result<qint64> rows = qint64(0);
    switch (format) {
    case ExportFormat::CsvLong:
        rows = ExportWriters::longCsv(ctx, out);
        break;
    case ExportFormat::CsvWide:
        rows = ExportWriters::wideCsv(ctx, out);
        break;
    case ExportFormat::Sessions:
        rows = ExportWriters::sessionsCsv(ctx, out);
        break;
    case ExportFormat::Codebook:
        rows = ExportWriters::codebook(ctx, out);
        break;
    case ExportFormat::Sav:
    case ExportFormat::Dta:
        rows = ExportWriters::statFile(ctx, out, format == ExportFormat::Dta);
        break;
    case ExportFormat::Odm:
        rows = OdmExport::write(ctx, out);
        break;
    case ExportFormat::Allocation:
        rows = ExportWriters::allocationCsv(ctx, out);
        break;
    case ExportFormat::Signatures:
        rows = ExportWriters::signaturesCsv(ctx, out);
        break;
    }
    if (rows.ok() && !out.flushAll())
        rows = ExportWriters::writeFailed(out);
    if (!rows.ok()) {
        file.cancel();
        return rows.error();
    }

    Transaction tx(m_db);
    TD_TRY(tx.status());
    AuditEntry entry;
    entry.action = QStringLiteral("exported");
    entry.entity = QStringLiteral("export");
    entry.field = QStringLiteral("file");
    entry.newValue = QStringLiteral("%1; %2 rows; %3%4")
                         .arg(key(format))
                         .arg(*rows)
                         .arg(QFileInfo(path).fileName(),
                              ctx.disclosure.arms() ? QString() : QStringLiteral("; blinded"));
    TD_TRY(AuditLog::record(m_db, actor, entry));
    // The file is committed before the audit row so a failed rename leaves no false record;
    // a failed audit commit removes the file again.
    TD_TRY(file.commit());
    if (auto s = tx.commit(); !s.ok()) {
        QFile::remove(path);
        return s.error();
    }
    return ExportSummary{format, *rows, path, ctx.disclosure.arms()};
}

} // namespace td
