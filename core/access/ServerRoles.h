#pragma once

#include "access/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace td {

class Database;

// TrialDesk's users as PostgreSQL roles, for a trial on a server (docs/postgresql.md, "Roles
// and sign-in"). Every user is a LOGIN role of the same name, signing in with SCRAM-SHA-256;
// every TrialDesk role is a NOLOGIN group role of the trial's database, "<database>:<role>",
// which holds the privileges (ServerPrivileges). Role names are the server's, not one
// database's: two trials on one server cannot both have a user "kari".
//
// All of it happens only in a trial whose database was secured by `new` on a server (enabled()):
// on a file, and in a server trial made without roles, every call here does nothing. The role
// statements run in the caller's transaction, so a user and their role change together.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // The group role of `role` in the trial database `database`.
    static QString groupRole(const QString& database, Role role);
    // "name" as a quoted SQL identifier.
    static QString identifier(const QString& name);

    // Whether this trial's users are server roles (the administrators' group role exists).
    static bool enabled(Database& db);

    // The group roles, with CONNECT on the database for them alone (`new`, as the server's
    // superuser or the database's owner with CREATEROLE). Then ServerPrivileges::grant.
    static Status createGroups(Database& db);

    // The server functions that create and alter this trial's login roles (run as the
    // tables' owner: ServerPrivileges::grant creates them).
    static QStringList functions();

    // A new user's login role, in the group of the role their users row holds, with
    // `password`'s SCRAM verifier. A name the server already has for another role (another
    // trial's user, the server's own) is refused: no trial's administrator takes over a login
    // that is not theirs.
    static Status addLogin(Database& db, const QString& username, const QString& password);
    static Status setPassword(Database& db, const QString& username, const QString& password);
    // Whether this connection may read `table` (or its `column`): always on a file; on a
    // server, what the role's grants say (ServerPrivileges). Readers of what a role may not
    // read take another way then (the server's td_ functions). Each answer is asked of the
    // server once per connection.
    static bool mayRead(Database& db, const QString& table, const QString& column = {});
    static bool mayInsert(Database& db, const QString& table);
    // Asks the server again next time (ServerPrivileges::grant, on the connection that grants).
    static void forgetPrivileges(Database& db);
    // Refused when this connection signed in to the server as another TrialDesk user than
    // `username` (a server's superuser, the harness and `new`, may sign in as anyone).
    static Status checkSignIn(Database& db, const QString& username);
    // A deactivated user's role keeps its name and history and loses LOGIN (never dropped).
    static Status setCanLogin(Database& db, const QString& username, bool canLogin);
};

} // namespace td
