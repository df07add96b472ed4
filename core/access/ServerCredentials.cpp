#include "access/ServerCredentials.h"

#include "access/ServerRoles.h"
#include "storage/Database.h"

namespace td {

Result<QStringList> ServerCredentials::statements(Database& db, const QString& groups)
{
    // Every column of `users` but the two secrets, for a column-level grant.
    auto q = db.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                    "table_schema = 'public' AND table_name = 'users' ORDER BY "
                                    "ordinal_position"));
    TD_TRY(q);
    QStringList kept;
    while ((*q)->next()) {
        const QString c = (*q)->value(0).toString();
        if (c != QLatin1String("password_hash") && c != QLatin1String("signing_key_sealed"))
            kept << ServerRoles::identifier(c);
    }
    (*q)->finish();
    return QStringList{
        // The signed-in login's own row, nobody else's (session_user cannot be set to another
        // login; a SECURITY DEFINER function does not change it).
        QStringLiteral("CREATE OR REPLACE FUNCTION td_own_credentials(OUT id BIGINT, OUT "
                       "password_hash TEXT, OUT signing_key_sealed TEXT, OUT active INTEGER) "
                       "RETURNS SETOF record LANGUAGE sql STABLE SECURITY DEFINER SET search_path "
                       "= public, pg_temp AS $td$ SELECT CAST(id AS BIGINT), password_hash, "
                       "signing_key_sealed, CAST(active AS INTEGER) FROM users WHERE username = "
                       "session_user $td$"),
        QStringLiteral("REVOKE ALL ON FUNCTION td_own_credentials() FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION td_own_credentials() TO %1").arg(groups),
        QStringLiteral("REVOKE SELECT ON users FROM %1").arg(groups),
        QStringLiteral("GRANT SELECT (%1) ON users TO %2")
            .arg(kept.join(QStringLiteral(", ")), groups),
    };
}

Result<ServerCredentials::Own> ServerCredentials::of(Database& db, qint64 userId, bool activeOnly)
{
    const bool direct =
        ServerRoles::mayRead(db, QStringLiteral("users"), QStringLiteral("password_hash")) &&
        ServerRoles::mayRead(db, QStringLiteral("users"), QStringLiteral("signing_key_sealed"));
    const QString from = direct ? QStringLiteral("users") : QStringLiteral("td_own_credentials()");
    auto q = db.exec(QStringLiteral("SELECT password_hash, signing_key_sealed FROM %1 WHERE id = "
                                    "?%2")
                         .arg(from, activeOnly ? QStringLiteral(" AND active = 1") : QString()),
                     {userId});
    TD_TRY(q);
    Own own;
    if ((*q)->next()) {
        own.found = true;
        own.passwordHash = (*q)->value(0).toString();
        own.signingKeySealed = (*q)->value(1).toString();
    }
    (*q)->finish();
    return own;
}

} // namespace td
