#include "exchange/ExportService.h"

#include "access/Disclosure.h"
#include "audit/AuditLog.h"
#include "exchange/BlockWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td {

Result<ExportSummary> ExportService::exportTo(const Actor& actor, const ExportFormat& format,
                                              const QString& path, ExportOptions options)
{
    TD_TRY(format.permits(actor));
    const Disclosure disclosure = ExportFormats::dataSet(actor, options.blinded);
    TD_TRY(format.fits(disclosure));
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
    ExportContext ctx{m_db, std::move(protocol).value(), std::move(catalog).value(), disclosure};

    // The scripts beside the file, checked before anything is written.
    const auto companions = format.companions(ctx, QFileInfo(path).fileName());
    QStringList companionNames;
    for (const auto& [name, bytes] : companions) {
        TD_TRY(ExportFile::checkTarget(QFileInfo(path).dir().filePath(name), m_db.path(),
                                       options.file));
        companionNames << name;
    }

    ExportFile file(path, m_db.path(), options.file);
    TD_TRY(file.open());
    BlockWriter out(file.device());
    Result<qint64> rows = format.write(ctx, out);
    if (rows.ok() && !out.flushAll())
        rows = ExportFormat::writeFailed(out);
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
    entry.newValue =
        QStringLiteral("%1; %2 rows; %3%4%5")
            .arg(format.key())
            .arg(*rows)
            .arg(QFileInfo(path).fileName(),
                 ctx.disclosure.arms() ? QString() : QStringLiteral("; blinded"),
                 companionNames.isEmpty()
                     ? QString()
                     : QStringLiteral("; with ") + companionNames.join(QStringLiteral(", ")));
    TD_TRY(AuditLog::record(m_db, actor, entry));
    // The file is committed before the audit row so a failed rename leaves no false record;
    // a failed audit commit removes the file again.
    TD_TRY(file.commit());
    if (auto s = tx.commit(); !s.ok()) {
        QFile::remove(path);
        return s.error();
    }
    for (const auto& [name, bytes] : companions)
        TD_TRY(ExportFile::write(QFileInfo(path).dir().filePath(name), bytes, m_db.path(),
                                 options.file));
    return ExportSummary{format.key(), *rows, path, ctx.disclosure.arms(), companionNames};
}

} // namespace td
