#include "exchange/FileCompaction.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace td {

bool FileLayout::worthCompacting() const
{
    const bool scatteredData = dataPages >= FileCompaction::minimumDataPages &&
                               scattered() >= FileCompaction::scatteredThreshold;
    const bool muchFree = freePages >= FileCompaction::minimumDataPages && freePages * 4 >= pages;
    return scatteredData || muchFree;
}

Result<FileLayout> FileCompaction::measure(Database& db)
{
    const QString sql = db.dialect().pageLayout(QStringLiteral("audit_log"));
    if (sql.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("This database cannot tell how its file lies on disk."));
    FileLayout layout;
    TD_TRY(db.read(sql, {}, [&layout](const SqlRow& r) -> Status {
        layout.pageSize = r.text(0).toLongLong();
        layout.pages = r.text(1).toLongLong();
        layout.freePages = r.text(2).toLongLong();
        layout.dataPages = r.text(3).toLongLong();
        layout.scatteredPages = r.text(4).toLongLong();
        return {};
    }));
    return layout;
}

Result<CompactionResult> FileCompaction::compact(Database& db, const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::BackupRestore));
    if (db.transactionDepth() > 0)
        return makeError(
            ErrorCode::Conflict,
            tr("The trial file cannot be compacted inside a change; finish it first."));
    const QString statement = db.dialect().compact();
    if (statement.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("The trial %1 is on a database server, which reclaims the space of "
                            "changed rows itself (autovacuum): there is nothing to compact. "
                            "Nothing was changed.")
                             .arg(db.path()));
    CompactionResult result;
    auto before = measure(db);
    TD_TRY(before);
    result.before = *before;
    // SQLite builds the new file in its temporary folder and writes it back through the
    // write-ahead log next to the trial file: room for two copies, with a margin.
    const QFileInfo file(db.path());
    const qint64 size = before->pages * before->pageSize;
    const qint64 needed = 2 * size + (64LL << 20);
    for (const QString& folder : {file.absolutePath(), QDir::tempPath()}) {
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.bytesAvailable() < needed)
            return makeError(ErrorCode::Invalid,
                             tr("Compacting %1 needs %2 MB free in %3; there are %4 MB. Nothing "
                                "was changed.")
                                 .arg(file.fileName())
                                 .arg(needed >> 20)
                                 .arg(folder)
                                 .arg(disk.bytesAvailable() >> 20));
    }
    if (Status s = db.execDirect(statement); !s.ok())
        return makeError(ErrorCode::Database, tr("Compacting %1 failed; the file is as it was. %2")
                                                  .arg(file.fileName(), s.message()));
    // Fold the rewritten pages back into the file now, so that it is compact on disk and the
    // log shrinks (a reader of another program may hold the log; it is folded in later then).
    if (const QString checkpoint = db.dialect().checkpoint(); !checkpoint.isEmpty())
        (void)db.execDirect(checkpoint);
    auto after = measure(db);
    TD_TRY(after);
    result.after = *after;
    Transaction tx(db);
    TD_TRY(tx.status());
    TD_TRY(AuditLog::record(db, actor,
                            {QStringLiteral("compacted"),
                             QStringLiteral("database"),
                             {},
                             QStringLiteral("pages"),
                             QString::number(before->pages),
                             QString::number(after->pages),
                             {}}));
    TD_TRY(tx.commit());
    return result;
}

} // namespace td
