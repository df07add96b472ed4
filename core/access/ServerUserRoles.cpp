#include "access/ServerUserRoles.h"

#include "access/ServerRoles.h"
#include "storage/Database.h"

namespace td {

namespace {
// The role keys of every TrialDesk role, as an SQL array of text.
QString roleKeys()
{
    QStringList keys;
    for (Role role : allRoles)
        keys << QLatin1Char('\'') + Roles::key(role) + QLatin1Char('\'');
    return QStringLiteral("ARRAY[%1]::TEXT[]").arg(keys.join(QStringLiteral(", ")));
}

QString setRole()
{
    // Membership as granted (pg_has_role would also say yes for a superuser).
    const QString memberOf = QStringLiteral(
        "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN "
        "pg_roles u ON u.oid = m.member WHERE u.rolname = p_name AND r.rolname = "
        "ANY(trial_groups)");
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION td_set_role(p_name TEXT) RETURNS void LANGUAGE plpgsql "
               "SECURITY DEFINER SET search_path = public, pg_temp AS $td$ DECLARE g TEXT; "
               "trial_groups TEXT[]; prev TEXT; BEGIN "
               "SELECT array_agg(current_database() || ':' || k) INTO trial_groups FROM "
               "unnest(%1) k; "
               "SELECT current_database() || ':' || role INTO g FROM users WHERE username = "
               "p_name; "
               "IF g IS NULL OR NOT g = ANY(trial_groups) THEN RAISE EXCEPTION 'no TrialDesk "
               "user % in this trial', p_name USING ERRCODE = '42501'; END IF; "
               "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name AND (rolsuper OR "
               "rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN RAISE "
               "EXCEPTION 'the role % is the server''s, not a TrialDesk user''s', p_name USING "
               "ERRCODE = '42501'; END IF; "
               "IF NOT EXISTS (%2) THEN RAISE EXCEPTION 'the role % is not this trial''s', "
               "p_name USING ERRCODE = '42501'; END IF; "
               "FOR prev IN %2 AND r.rolname <> g LOOP EXECUTE format('REVOKE %I FROM %I', "
               "prev, p_name); END LOOP; "
               "IF NOT EXISTS (%2 AND r.rolname = g) THEN EXECUTE format('GRANT %I TO %I', g, "
               "p_name); END IF; END $td$")
        .arg(roleKeys(), memberOf);
}
} // namespace

QStringList ServerUserRoles::statements(const Group& group)
{
    const QString administrators = group(Role::Administrator);
    return {
        setRole(),
        QStringLiteral("REVOKE ALL ON FUNCTION td_set_role(TEXT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION td_set_role(TEXT) TO %1").arg(administrators),
        // The sign-in throttle: a failure is counted, and a success clears the count, under the
        // login's own name (the program signs in only as the connection's login,
        // ServerRoles::checkSignIn); an administrator's password reset clears another's.
        QStringLiteral("ALTER TABLE login_throttle ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS td_own ON login_throttle"),
        QStringLiteral("CREATE POLICY td_own ON login_throttle USING (username = session_user) "
                       "WITH CHECK (username = session_user)"),
        QStringLiteral("DROP POLICY IF EXISTS td_admin_read ON login_throttle"),
        QStringLiteral("CREATE POLICY td_admin_read ON login_throttle FOR SELECT TO %1 USING "
                       "(true)")
            .arg(administrators),
        QStringLiteral("DROP POLICY IF EXISTS td_admin_reset ON login_throttle"),
        QStringLiteral("CREATE POLICY td_admin_reset ON login_throttle FOR DELETE TO %1 USING "
                       "(true)")
            .arg(administrators),
    };
}

Status ServerUserRoles::moveLogin(Database& db, const QString& username)
{
    if (!ServerRoles::enabled(db))
        return {};
    auto q = db.exec(QStringLiteral("SELECT td_set_role(?)"), {username});
    TD_TRY(q);
    (*q)->finish();
    return {};
}

} // namespace td
