#pragma once

#include "common/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace td {

class Database;

// Server roles for a trial that was written onto a server without them: `migrate --to
// postgresql://...` and `demo --db postgresql://...` (docs/postgresql.md, "Moving a trial").
// `new` makes them as it goes (ServerRoles, UserRepository); these make them all at once
// afterwards, in one transaction, as the server's superuser that wrote the trial.
class ServerLogins
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogins)

public:
    // Every user name of the trial, active or not, in order.
    static Result<QStringList> usernames(Database& db);
    // Refused (Conflict), naming every one of `usernames` the server of `server` already has as
    // a role: role names are the server's, and no trial takes over another's login.
    static Status refuseTaken(const ConnectionSpec& server, const QStringList& usernames);
    // Refused unless `username` is an active administrator of `db` whose password is
    // `password`. Reads only (no sign-in is recorded).
    static Status checkAdministrator(Database& db, const QString& username,
                                     const QString& password);
    // The trial's group roles and grants (ServerRoles::createGroups, ServerPrivileges::grant)
    // and a login role for every user, in one transaction: nothing is made unless all of it is.
    // `passwordOf(name)` gives the user's password, or an empty one for a random password that
    // nobody knows (they sign in once an administrator gives them a new one). A deactivated
    // user's role is NOLOGIN. Returns the active users who got a random password.
    static Result<QStringList> secure(Database& db,
                                      const std::function<QString(const QString&)>& passwordOf);
};

} // namespace td
