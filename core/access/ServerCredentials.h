#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace td {

class Database;

// The users' secrets on a server (docs/postgresql.md, "What each role's login can read"): the
// password hash (Argon2id) and the signing key sealed under the password. No group reads these
// two columns of `users`; a login reads its own row's through td_own_credentials(), a SECURITY
// DEFINER function that returns the row of session_user alone. Administrators still write a
// reset password and key, without reading anyone's. On a file, and for the tables' owner, the
// columns are read directly.
class ServerCredentials
{
public:
    // The function and the column grants; run by ServerPrivileges::grant after the groups got
    // their tables. `groups` is every group role of the trial, quoted, comma separated.
    static Result<QStringList> statements(Database& db, const QString& groups);

    struct Own
    {
        bool found = false; // false: no such user, or not the signed-in login's own row
        QString passwordHash;
        QString signingKeySealed;
    };
    // The password hash and sealed signing key of user `userId` (an active user's only when
    // `activeOnly`), as this connection may read them.
    static Result<Own> of(Database& db, qint64 userId, bool activeOnly = false);
};

} // namespace td
