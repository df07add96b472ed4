#include "exchange/BackupService.h"

#include "access/Disclosure.h"
#include "audit/AuditLog.h"
#include "audit/BackupManifest.h"
#include "audit/TrailVerifier.h"
#include "exchange/ServerBackup.h"
#include "storage/CryptVfs.h"
#include "storage/Database.h"
#include "storage/FileOps.h"
#include "storage/Migrations.h"
#include "storage/SchemaShape.h"
#include "storage/Transaction.h"
#include "storage/TrialFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <QtEndian>

namespace td {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
// What a temporary backup file's name adds to the final name: never a listed name.
const QString partialInfix = QStringLiteral(".partial-");

QString backupName(const QString& trialFile, const QDateTime& at)
{
    return QStringLiteral("%1-%2.sqlite")
        .arg(QFileInfo(trialFile).completeBaseName(), at.toUTC().toString(stampFormat));
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The size an SQLite file must have by its header (page size times page count), or -1 when
// the header does not say (its page count is not known to be current).
qint64 sizeByHeader(const QByteArray& header)
{
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return -1;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changes = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || pages == 0 || changes != validFor)
        return -1;
    return static_cast<qint64>(pageSize) * pages;
}

// A backup file as the backup leaves it: an SQLite header and the size it promises, or for an
// encrypted backup a whole header and whole pages (its page count is sealed with its pages).
bool looksComplete(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (CryptVfs::isEncrypted(file)) {
        const qint64 body = f.size() - CryptHeader::regionSize;
        return CryptHeader::decode(f.read(CryptHeader::regionSize)).ok() && body > 0 &&
               body % CryptVfs::pageSize == 0;
    }
    const qint64 expected = sizeByHeader(f.read(100));
    return expected > 0 && f.size() == expected;
}

} // namespace

Status BackupService::verify(const QString& file, const DataKeyPtr& key)
{
    if (!QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound,
                         tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(file)));
    const bool encrypted = CryptVfs::isEncrypted(file);
    std::unique_ptr<CryptVfs::Grant> grant;
    if (encrypted) {
        auto header = CryptVfs::readHeader(file);
        if (!header.ok() || !key || !header->opens(*key))
            return makeError(ErrorCode::AuthenticationFailed,
                             tr("%1 is encrypted, and it was not opened with its key.")
                                 .arg(QDir::toNativeSeparators(file)));
        grant = std::make_unique<CryptVfs::Grant>(key);
    } else if (TrialFile::contentOf(file) != TrialFile::Content::Sqlite)
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a readable trial database: it is not an SQLite database.")
                             .arg(QDir::toNativeSeparators(file)));
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result;
    {
        SqliteDialect dialect;
        QSqlDatabase c = QSqlDatabase::addDatabase(dialect.driver(), name);
        c.setDatabaseName(TrialFile::uri(file, true) +
                          (grant ? QLatin1Char('&') + grant->uriParameters() : QString()));
        c.setConnectOptions(TrialFile::connectOptions(true));
        QSqlQuery q(c);
        if (!c.open() || !q.exec(dialect.integrityCheck()) || !q.next()) {
            result = makeError(ErrorCode::Invalid,
                               tr("%1 is not a readable trial database: %2")
                                   .arg(QDir::toNativeSeparators(file),
                                        q.lastError().text() + c.lastError().text()));
        } else if (q.value(0).toString() != QStringLiteral("ok")) {
            result = makeError(ErrorCode::Invalid,
                               tr("%1 failed the integrity check: %2")
                                   .arg(QDir::toNativeSeparators(file), q.value(0).toString()));
        } else if (!q.exec(dialect.schemaVersionQuery()) || !q.next() || q.value(0).toInt() <= 0) {
            result = makeError(ErrorCode::Invalid,
                               tr("%1 is not a trial database (it has no schema version).")
                                   .arg(QDir::toNativeSeparators(file)));
        }
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<DataKeyPtr> BackupService::unlockBackup(const QString& file, const Database::Unlock& unlock)
{
    if (!CryptVfs::isEncrypted(file))
        return DataKeyPtr();
    if (!unlock.any())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The backup %1 is encrypted: it opens only with the user name and "
                            "password of one of the users it holds, or with the trial's recovery "
                            "key.")
                             .arg(shown(file)),
                         QStringLiteral("username"));
    auto key = Database::unlock(file, unlock);
    if (!key.ok())
        return makeError(
            ErrorCode::AuthenticationFailed,
            !unlock.recoveryKey.isEmpty()
                ? tr("The recovery key does not open the encrypted backup %1.").arg(shown(file))
                : tr("The user name or password does not open the encrypted backup "
                     "%1: it opens with the passwords its users had when it was "
                     "made.")
                      .arg(shown(file)),
            QStringLiteral("password"));
    return key;
}

Status BackupService::verifyRestorable(const QString& file, const Database::Unlock& unlock)
{
    // What is wrong, and what a restore takes.
    auto refuse = [](const Error& e) {
        return makeError(e.code, tr("%1 Only an intact TrialDesk trial or backup of schema "
                                    "version 1 to %2, whose audit trail verifies, can be "
                                    "restored.")
                                     .arg(e.message)
                                     .arg(Migrations::schema().latestVersion()));
    };
    DataKeyPtr key;
    if (QFileInfo(file).isFile()) {
        auto unlocked = unlockBackup(file, unlock);
        if (!unlocked.ok())
            return unlocked.error(); // a password problem, not the backup's
        key = *unlocked;
    }
    if (Status s = verify(file, key); !s.ok())
        return refuse(s.error());
    Database::Options options;
    options.mode = OpenMode::AsIs;
    options.readOnly = true;
    options.key = key;
    auto opened = Database::open(file, options);
    if (!opened.ok())
        return refuse(opened.error());
    Database& db = **opened;
    if (Status s = SchemaShape::check(db, db.versionAtOpen()); !s.ok())
        return refuse(s.error());
    auto trail = TrailVerifier::verify(db, Disclosure::blinded());
    if (!trail.ok())
        return refuse(trail.error());
    if (!trail->chain.intact)
        return refuse(
            makeError(ErrorCode::Invalid, tr("The audit trail of %1 is broken at row %2 (%3).")
                                              .arg(shown(file))
                                              .arg(trail->chain.firstBrokenId)
                                              .arg(trail->chain.problem)));
    if (!trail->signatures.intact)
        return refuse(
            makeError(ErrorCode::Invalid, tr("The signatures of %1 do not verify: %2.")
                                              .arg(shown(file), trail->signatures.problem)));
    if (trail->signatures.unsignedRows > 0)
        return refuse(
            makeError(ErrorCode::Invalid, tr("%1 ends in audit rows that nobody signed (%L2).")
                                              .arg(shown(file))
                                              .arg(trail->signatures.unsignedRows)));
    if (!trail->replayError.isEmpty())
        return refuse(makeError(ErrorCode::Invalid, trail->replayError));
    if (!trail->replay.clean())
        return refuse(makeError(ErrorCode::Invalid,
                                tr("In %1, values of the clinical tables differ from what the "
                                   "audit trail gives (%L2); the first: %3.")
                                    .arg(shown(file))
                                    .arg(static_cast<qint64>(trail->replay.findings.size()))
                                    .arg(AuditReplay::describe(trail->replay.findings.front()))));
    bool manifestProblem = false;
    const QString manifest = BackupManifests::describe(db, file, &manifestProblem);
    if (manifestProblem)
        return refuse(makeError(ErrorCode::Invalid, manifest));
    return {};
}

Error BackupService::serverBackupRefusal(Database& db)
{
    const QString refusal = tr("The trial %1 is on a database server, whose own tools back it up "
                               "(pg_dump, or the server's continuous archiving); TrialDesk "
                               "writes backups of trial files only. Nothing was written.")
                                .arg(db.path());
    auto plan = ServerBackup::plan(db, db.clock().nowUtc());
    if (!plan.ok())
        return makeError(ErrorCode::Invalid, refusal);
    return makeError(ErrorCode::Invalid,
                     tr("%1\nAs %2, who owns the trial's tables, back it up with:\n  %3\nand "
                        "restore such a dump with:\n  %4")
                         .arg(refusal, plan->owner, plan->dumpCommand(), plan->restoreCommand()));
}

Error BackupService::serverRestoreRefusal(Database& db)
{
    const QString refusal = tr("The trial %1 is on a database server: a dump of it is restored "
                               "with the server's own pg_restore; TrialDesk restores trial files "
                               "only. Nothing was restored.")
                                .arg(db.path());
    auto plan = ServerBackup::plan(db, db.clock().nowUtc(), QStringLiteral("DUMPFILE"));
    if (!plan.ok())
        return makeError(ErrorCode::Invalid, refusal);
    return makeError(ErrorCode::Invalid, tr("%1\nAs %2, who owns the trial's tables:\n  %3")
                                             .arg(refusal, plan->owner, plan->restoreCommand()));
}

Status BackupService::backup(Database& db, const Actor& actor, const QString& target,
                             BackupTrigger trigger)
{
    if (trigger == BackupTrigger::OnDemand)
        TD_TRY(Access::require(actor, Permission::BackupRestore));
    if (db.isServer())
        return serverBackupRefusal(db);
    if (db.readOnly())
        return makeError(ErrorCode::Conflict,
                         tr("Every backup is recorded in the trial's audit trail, which cannot be "
                            "written now, so no backup was made. %1")
                             .arg(db.readOnlyNote()));
    TD_TRY(checkTarget(target));
    const QFileInfo info(target);
    // An empty file of the owner's alone, under a name no listing matches; SQLite writes the
    // copy into it (VACUUM INTO takes an empty file), and it is renamed once verified.
    QString temporary;
    {
        QTemporaryFile reserve(info.absoluteDir().filePath(
            QStringLiteral(".%1%2XXXXXX").arg(info.fileName(), partialInfix)));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return makeError(
                ErrorCode::Invalid,
                tr("Cannot create a file in %1: %2")
                    .arg(QDir::toNativeSeparators(info.absolutePath()), reserve.errorString()));
        temporary = reserve.fileName();
    }
    // An encrypted trial's backup: the trial's header (key check and key slots), then its
    // pages sealed under the same key by the VACUUM INTO through the encrypting VFS.
    QString into = temporary;
    if (db.encrypted()) {
        auto header = db.cryptHeader();
        Status made = header.ok() ? CryptVfs::createFile(temporary, *header) : header.error();
        if (!made.ok()) {
            QFile::remove(temporary);
            return makeError(ErrorCode::Database,
                             tr("The backup to %1 failed: %2").arg(shown(target), made.message()));
        }
        into = TrialFile::uri(temporary, false) + QLatin1Char('&') + db.cryptUriParameters();
    }
    const QString statement = db.dialect().backupInto(into);
    if (statement.isEmpty()) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Invalid, tr("This database cannot make online backups."));
    }
    if (Status s = db.execDirect(statement); !s.ok()) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Database,
                         tr("The backup to %1 failed: %2").arg(shown(target), s.message()));
    }
    if (Status s = verify(temporary, db.dataKey()); !s.ok()) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Invalid,
                         tr("The backup to %1 failed its check, so it was not kept: %2")
                             .arg(shown(target), s.message()));
    }
    FileOps::sync(temporary);
    // The signed manifest first (the chain head this backup holds: an anchor outside the trial
    // file), then the backup under its name: a kill in between leaves a manifest that is still
    // a true anchor, never a backup without one.
    if (auto m = BackupManifests::write(db, actor, temporary, info.absoluteFilePath()); !m.ok()) {
        QFile::remove(temporary);
        return makeError(m.error().code,
                         tr("The backup to %1 was not kept: %2").arg(shown(target), m.message()));
    }
    if (Status s = FileOps::place(temporary, info.absoluteFilePath(), false); !s.ok()) {
        QFile::remove(temporary);
        QFile::remove(BackupManifest::pathFor(info.absoluteFilePath()));
        return s;
    }
    Transaction tx(db);
    TD_TRY(tx.status());
    AuditEntry entry;
    entry.action = trigger == BackupTrigger::OnClose ? QStringLiteral("backup_on_close")
                                                     : QStringLiteral("backup");
    entry.entity = QStringLiteral("database");
    entry.field = QStringLiteral("file");
    entry.newValue = info.absoluteFilePath();
    TD_TRY(AuditLog::record(db, actor, entry));
    return tx.commit();
}

Status BackupService::checkTarget(const QString& target)
{
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; a backup never overwrites a file. Name a new "
                            "file, or a folder for dated backups.")
                             .arg(shown(target)));
    if (!info.absoluteDir().exists())
        return makeError(
            ErrorCode::NotFound,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    return {};
}

QStringList BackupService::backupsIn(const QString& folder, const QString& trialFile)
{
    const QString pattern =
        QFileInfo(trialFile).completeBaseName() + QStringLiteral("-????????T??????Z.sqlite");
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        if (looksComplete(dir.filePath(name)) &&
            TrialFile::probe(dir.filePath(name)) == TrialFile::Probe::Trial)
            out << dir.filePath(name);
    return out;
}

Result<QString> BackupService::backupRotating(Database& db, const Actor& actor,
                                              const QString& folder, int keep,
                                              BackupTrigger trigger)
{
    if (db.isServer())
        return serverBackupRefusal(db);
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
    QString target = QDir(folder).filePath(backupName(db.path(), at));
    // A file of that name that is not a complete backup (one cut short) stays as it is.
    while (QFileInfo::exists(target)) {
        at = at.addSecs(1);
        target = QDir(folder).filePath(backupName(db.path(), at));
    }
    TD_TRY(backup(db, actor, target, trigger));
    // Only complete TrialDesk backups count (backupsIn), and only they are ever deleted.
    QStringList all = backupsIn(folder, db.path());
    while (all.size() > keep) {
        const QString old = all.takeFirst();
        QFile::remove(old);
        QFile::remove(BackupManifest::pathFor(old));
    }
    // Temporary files of backups killed half-way; a running backup's file is written to all
    // the time, so one untouched for an hour is left over.
    const QDir dir(folder);
    const QString partials = QStringLiteral(".%1-????????T??????Z.sqlite%2??????")
                                 .arg(QFileInfo(db.path()).completeBaseName(), partialInfix);
    for (const QFileInfo& stale :
         dir.entryInfoList({partials}, QDir::Files | QDir::Hidden | QDir::System))
        if (stale.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > 3600)
            QFile::remove(stale.absoluteFilePath());
    return target;
}

Result<QString> BackupService::restore(const QString& trialFile, const QString& backupFile,
                                       const QDateTime& nowUtc, const Database::Unlock& unlock)
{
    TD_TRY(verifyRestorable(backupFile, unlock));
    const QFileInfo trial(trialFile);
    // A copy beside the trial, its owner's alone, under a name of its own.
    QString staged;
    {
        QTemporaryFile copy(trial.absoluteDir().filePath(
            QStringLiteral(".%1.restoring-XXXXXX").arg(trial.fileName())));
        copy.setAutoRemove(false);
        QFile source(backupFile);
        if (!copy.open() || !source.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Invalid,
                             tr("Cannot copy %1 next to %2; nothing was restored.")
                                 .arg(shown(backupFile), shown(trialFile)));
        staged = copy.fileName();
        bool copied = true;
        while (copied && !source.atEnd()) {
            const QByteArray block = source.read(1 << 20);
            copied = !block.isEmpty() && copy.write(block) == block.size();
        }
        copied = copied && copy.flush();
        copy.close();
        if (!copied || !FileOps::sync(staged)) {
            QFile::remove(staged);
            return makeError(ErrorCode::Invalid,
                             tr("Cannot copy %1 next to %2; nothing was restored.")
                                 .arg(shown(backupFile), shown(trialFile)));
        }
    }
    QString kept;
    if (trial.exists()) {
        kept =
            trialFile + QStringLiteral(".before-restore-") + nowUtc.toUTC().toString(stampFormat);
        if (QFileInfo::exists(kept) || !QFile::rename(trialFile, kept)) {
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
    if (!FileOps::place(staged, trialFile, false).ok()) {
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
