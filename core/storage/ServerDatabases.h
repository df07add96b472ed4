#pragma once

#include "common/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

// What a command asks of the server itself before and after it makes a trial's database there
// (docs/postgresql.md, "Moving a trial"): through the server's maintenance database `postgres`,
// with the credentials libpq finds, as Database::open creates a database.
class ServerDatabases
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabases)

public:
    // Whether the database `spec` names exists on its server.
    static Result<bool> exists(const ConnectionSpec& spec);
    // The names among `names` that the server already has as roles (role names are the
    // server's, not one database's).
    static Result<QStringList> rolesAmong(const ConnectionSpec& spec, const QStringList& names);
    // Removes the database (a copy that failed, made by the same command); its connections end.
    static Status drop(const ConnectionSpec& spec);

    // What the database's schema holds (its tables, views, sequences, functions and types, each
    // as "kind:name", and the schema's comment, which names a trial's schema version): taken
    // before a command makes a trial in a database that was there, so that a failure can take
    // back what the command added (`migrate`, docs/postgresql.md).
    struct Contents
    {
        QStringList objects;
        QString comment;
    };
    static Result<Contents> contents(const ConnectionSpec& spec);
    // Drops what the schema holds beyond `before` (with what hangs on it: triggers, policies,
    // grants, rows) and puts its comment back, in one transaction.
    static Status restore(const ConnectionSpec& spec, const Contents& before);
    // A schema upgrade on a server runs as the tables' owner (or a superuser): refused, naming
    // what is needed, for any other login, before anything is changed.
    static Status requireUpgrader(Database& db, const QString& shown, int from, int to);
};

} // namespace td
