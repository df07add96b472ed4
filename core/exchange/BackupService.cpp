#include "exchange/BackupService.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace td {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QString backupName(const QString& trialFile, const QDateTime& at)
{
    return QStringLiteral("%1-%2.sqlite")
        .arg(QFileInfo(trialFile).completeBaseName(), at.toUTC().toString(stampFormat));
}

} // namespace

Status BackupService::verify(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound, tr("The backup %1 does not exist.").arg(file));
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result;
    {
        SqliteDialect dialect;
        QSqlDatabase c = QSqlDatabase::addDatabase(dialect.driver(), name);
        c.setDatabaseName(file);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(c);
        if (!c.open() || !q.exec(dialect.integrityCheck()) || !q.next()) {
            result = makeError(ErrorCode::Invalid,
                               tr("%1 is not a readable trial database: %2")
                                   .arg(file, q.lastError().text() + c.lastError().text()));
        } else if (q.value(0).toString() != QStringLiteral("ok")) {
            result =
                makeError(ErrorCode::Invalid,
                          tr("%1 failed the integrity check: %2").arg(file, q.value(0).toString()));
        } else if (!q.exec(dialect.schemaVersionQuery()) || !q.next() || q.value(0).toInt() <= 0) {
            result =
                makeError(ErrorCode::Invalid,
                          tr("%1 is not a trial database (it has no schema version).").arg(file));
        }
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status BackupService::backup(Database& db, const Actor& actor, const QString& target,
                             BackupTrigger trigger)
{
    if (trigger == BackupTrigger::OnDemand)
        TD_TRY(Access::require(actor, Permission::BackupRestore));
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; a backup never overwrites a file.").arg(target));
    const QString statement = db.dialect().backupInto(QFileInfo(target).absoluteFilePath());
    if (statement.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This database cannot make online backups."));
    if (Status s = db.execDirect(statement); !s.ok()) {
        QFile::remove(target);
        return makeError(ErrorCode::Database,
                         tr("The backup to %1 failed: %2").arg(target, s.message()));
    }
    if (Status s = verify(target); !s.ok()) {
        QFile::remove(target);
        return s;
    }
    Transaction tx(db);
    TD_TRY(tx.status());
    AuditEntry entry;
    entry.action = trigger == BackupTrigger::OnClose ? QStringLiteral("backup_on_close")
                                                     : QStringLiteral("backup");
    entry.entity = QStringLiteral("database");
    entry.field = QStringLiteral("file");
    entry.newValue = QFileInfo(target).absoluteFilePath();
    TD_TRY(AuditLog::record(db, actor, entry));
    return tx.commit();
}

QStringList BackupService::backupsIn(const QString& folder, const QString& trialFile)
{
    const QString pattern =
        QFileInfo(trialFile).completeBaseName() + QStringLiteral("-????????T??????Z.sqlite");
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

Result<QString> BackupService::backupRotating(Database& db, const Actor& actor,
                                              const QString& folder, int keep,
                                              BackupTrigger trigger)
{
    if (keep < 1)
        return makeError(ErrorCode::Invalid,
                         tr("The number of backups to keep must be at least 1, not %1.").arg(keep));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Invalid, tr("Cannot create the folder %1.").arg(folder));
    // Names sort by time; a backup within the second of the newest one takes the next second,
    // so the newest is always last by name.
    QDateTime at = db.clock().nowUtc().toUTC();
    const QStringList existing = backupsIn(folder, db.path());
    if (!existing.isEmpty()) {
        const QString base = QFileInfo(existing.last()).completeBaseName();
        QDateTime newest = QDateTime::fromString(base.right(16), stampFormat);
        newest.setTimeSpec(Qt::UTC);
        if (newest.isValid() && newest >= at.addMSecs(-at.time().msec()))
            at = newest.addSecs(1);
    }
    const QString target = QDir(folder).filePath(backupName(db.path(), at));
    TD_TRY(backup(db, actor, target, trigger));
    QStringList all = backupsIn(folder, db.path());
    while (all.size() > keep)
        QFile::remove(all.takeFirst());
    return target;
}

Result<QString> BackupService::restore(const QString& trialFile, const QString& backupFile,
                                       const QDateTime& nowUtc)
{
    TD_TRY(verify(backupFile));
    const QString staged = trialFile + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupFile, staged))
        return makeError(ErrorCode::Invalid,
                         tr("Cannot copy %1 next to %2.").arg(backupFile, trialFile));
    QString kept;
    if (QFileInfo::exists(trialFile)) {
        kept =
            trialFile + QStringLiteral(".before-restore-") + nowUtc.toUTC().toString(stampFormat);
        if (!QFile::rename(trialFile, kept)) {
            QFile::remove(staged);
            return makeError(
                ErrorCode::Invalid,
                tr("Cannot move %1 aside to %2; nothing was restored.").arg(trialFile, kept));
        }
        // The write-ahead log belongs to the file it was written for.
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(trialFile + suffix))
                QFile::rename(trialFile + suffix, kept + suffix);
    }
    if (!QFile::rename(staged, trialFile)) {
        if (!kept.isEmpty())
            QFile::rename(kept, trialFile);
        QFile::remove(staged);
        return makeError(
            ErrorCode::Invalid,
            tr("Cannot put the backup in place of %1; the current file was kept.").arg(trialFile));
    }
    return kept;
}

Status BackupService::recordRestore(Database& db, const Actor& actor, const QString& backupFile,
                                    const QString& keptAs)
{
    Transaction tx(db);
    TD_TRY(tx.status());
    AuditEntry entry;
    entry.action = QStringLiteral("restored");
    entry.entity = QStringLiteral("database");
    entry.field = QStringLiteral("file");
    entry.oldValue = keptAs.isEmpty() ? QVariant() : QVariant(keptAs);
    entry.newValue = QFileInfo(backupFile).absoluteFilePath();
    TD_TRY(AuditLog::record(db, actor, entry));
    return tx.commit();
}

} // namespace td
