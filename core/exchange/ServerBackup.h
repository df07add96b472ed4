#pragma once

#include "common/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace td {

class Database;

// How a trial on a server is backed up and restored (docs/postgresql.md, "Backups on a
// server"): by the server's own tools, pg_dump and pg_restore, run by whoever holds the
// credentials of the role that owns the trial's tables (who ran `new` or `migrate`) or of a
// superuser. A TrialDesk user's own login may not read the allocation list or the users'
// password hashes, so it cannot make a whole copy, and TrialDesk writes no backup of a server
// trial itself (BackupService refuses). This says what to run, with the trial's own address.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    struct Plan
    {
        QString owner;       // the role that owns the trial's tables
        QString file;        // <database>-YYYYMMDDTHHMMSSZ.dump
        QStringList dump;    // pg_dump and its arguments
        QStringList restore; // pg_restore and its arguments
        // The same as one line each, quoted for a POSIX shell.
        QString dumpCommand() const { return shellLine(dump); }
        QString restoreCommand() const { return shellLine(restore); }
    };

    // The commands for the server trial `db` (refused for a file): a dump in pg_dump's custom
    // format into `file` (empty: the name above, made from `nowUtc`), and a restore of such a
    // dump in place, in one transaction (what fails changes nothing), with every table, rule
    // and grant as it was dumped.
    static Result<Plan> plan(Database& db, const QDateTime& nowUtc, const QString& file = {});
    // libpq's connection string for the database of `spec` as `user`, with its TLS settings
    // and no password (libpq finds it in PGPASSWORD or ~/.pgpass).
    static QString connectionString(const ConnectionSpec& spec, const QString& user);
    static QString shellLine(const QStringList& arguments);
};

} // namespace td
