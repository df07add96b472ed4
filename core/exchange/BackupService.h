#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace td {

// Who asked for a backup: a user with the BackupRestore permission, or the program itself
// when it closes (any signed-in user; the file is already on their machine, and a copy next
// to it protects what they entered). Both are audited, each under its own action.
enum class BackupTrigger { OnDemand, OnClose };

// Online backups of an open trial database and restore of a closed one. A backup of an
// encrypted trial is encrypted under the trial's key with the trial's header (its key slots and
// recovery key), so what opened the trial when the backup was made opens the backup. A backup is
// written under a temporary name that no listing matches (".<name>.partial-XXXXXX") and gets its
// name only once verified, readable by its owner only (0600); listing and rotation count only
// complete backups, so a backup killed half-way is never taken for one.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Copies the open database to `target` while others keep using it (a consistent snapshot),
    // checks the copy's integrity, moves it into place and audits the backup. Refuses to
    // overwrite a file, and a trial open read-only (the backup could not be audited).
    static Status backup(Database& db, const Actor& actor, const QString& target,
                         BackupTrigger trigger = BackupTrigger::OnDemand);
    // Refuses a target that exists (a backup never overwrites a file) or whose folder does not.
    static Status checkTarget(const QString& target);
    // Why a trial on a server gets no backup or restore from TrialDesk (docs/postgresql.md),
    // with the server's own commands for it (ServerBackup) and who runs them.
    static Error serverBackupRefusal(Database& db);
    static Error serverRestoreRefusal(Database& db);
    // A backup into `folder` named <trial file base>-YYYYMMDDTHHMMSSZ.sqlite (UTC), then keeps
    // only the newest `keep` backups of this trial there (deleting only older complete
    // TrialDesk backups of that name, and temporary files of backups killed over an hour ago).
    // Returns the new file's path.
    static Result<QString> backupRotating(Database& db, const Actor& actor, const QString& folder,
                                          int keep,
                                          BackupTrigger trigger = BackupTrigger::OnDemand);
    // The complete backups of `trialFile` in `folder`, oldest first: files named as backups
    // whose size matches their SQLite header (a file cut short is not listed) and that hold a
    // TrialDesk database (someone else's file of such a name is not listed either).
    static QStringList backupsIn(const QString& folder, const QString& trialFile);

    // PRAGMA integrity_check on a file (opened read-only on its own connection, no migration).
    // An encrypted file (a backup of an encrypted trial) is checked with `key`, its data key.
    static Status verify(const QString& file, const DataKeyPtr& key = {});

    // Whether `file` may replace a trial: it passes verify(), is a TrialDesk trial of a schema
    // version this program can open (not newer, with exactly that version's tables and
    // columns), and its audit trail verifies (read-only, without upgrading it). Every check a
    // restore makes of a backup is here. An encrypted backup (docs/encryption.md) is checked
    // only once `unlock` opens it: a password of one of its users, or its recovery key; what
    // opens nothing restores nothing.
    static Status verifyRestorable(const QString& file, const Database::Unlock& unlock = {});
    // The data key of an encrypted backup (null for a plain one), or why `unlock` does not
    // open it.
    static Result<DataKeyPtr> unlockBackup(const QString& file, const Database::Unlock& unlock);

    // Replaces the trial file by a backup that passes verifyRestorable(). The caller must have
    // closed every Database on `trialFile`. The current file is renamed to
    // <file>.before-restore-<UTC timestamp> (its -wal and -shm with it); nothing changes when
    // the backup is refused. Returns the path the old file was kept under.
    static Result<QString> restore(const QString& trialFile, const QString& backupFile,
                                   const QDateTime& nowUtc, const Database::Unlock& unlock = {});
    // The audit row of a restore, written into the restored database once it is open again.
    static Status recordRestore(Database& db, const Actor& actor, const QString& backupFile,
                                const QString& keptAs);
};

} // namespace td
