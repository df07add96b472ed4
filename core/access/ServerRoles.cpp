#include "access/ServerRoles.h"

#include "storage/Database.h"
#include "storage/ScramVerifier.h"

#include <QHash>
#include <QMutex>

namespace td {

namespace {
Result<QString> currentDatabase(Database& db)
{
    auto name = db.scalar(QStringLiteral("SELECT current_database()"));
    TD_TRY(name);
    return name->toString();
}

Status call(Database& db, const QString& sql, const QVariantList& bindings)
{
    auto q = db.exec(sql, bindings);
    TD_TRY(q);
    (*q)->finish();
    return {};
}
} // namespace

QString ServerRoles::groupRole(const QString& database, Role role)
{
    return database + QLatin1Char(':') + Roles::key(role);
}

QString ServerRoles::identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool ServerRoles::enabled(Database& db)
{
    if (!db.isServer())
        return false;
    auto found = db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = "
                                          "current_database() || ':administrator'"));
    return found.ok() && found->toInt() > 0;
}

Status ServerRoles::createGroups(Database& db)
{
    if (!db.isServer())
        return {};
    auto database = currentDatabase(db);
    TD_TRY(database);
    // A role name has at most 63 bytes; the longest group is "<database>:principal_investigator".
    if (groupRole(*database, Role::PrincipalInvestigator).toUtf8().size() > 63)
        return makeError(ErrorCode::Invalid,
                         tr("The database name \"%1\" is too long for its roles: a trial on a "
                            "server needs a database name of at most 40 characters.")
                             .arg(*database),
                         QStringLiteral("db"));
    TD_TRY(db.execDirect(
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(identifier(*database))));
    for (Role role : allRoles) {
        const QString group = groupRole(*database, role);
        auto exists =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {group});
        TD_TRY(exists);
        if (exists->toInt() == 0)
            TD_TRY(db.execDirect(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(group))));
        TD_TRY(db.execDirect(QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
                                 .arg(identifier(*database), identifier(group))));
    }
    return {};
}

QStringList ServerRoles::functions()
{
    // SECURITY DEFINER, owned by who ran `new`: an administrator's login needs no CREATEROLE
    // (which on PostgreSQL 15 could grant itself any role on the server). Each function checks
    // that the login role belongs to a user of this trial, so no trial's administrator can
    // touch another trial's logins or a role that is not TrialDesk's.
    const QString head = QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS void LANGUAGE "
                                        "plpgsql SECURITY DEFINER SET search_path = public, "
                                        "pg_temp AS $td$ DECLARE g TEXT; BEGIN SELECT "
                                        "current_database() || ':' || role INTO g FROM users "
                                        "WHERE username = p_name; IF g IS NULL THEN RAISE "
                                        "EXCEPTION 'no TrialDesk user % in this trial', p_name "
                                        "USING ERRCODE = '42501'; END IF; IF EXISTS (SELECT 1 FROM "
                                        "pg_roles WHERE rolname = p_name AND (rolsuper OR "
                                        "rolcreaterole OR rolcreatedb OR rolreplication OR "
                                        "rolbypassrls)) THEN RAISE EXCEPTION 'the role % is the "
                                        "server''s, not a TrialDesk user''s', p_name USING "
                                        "ERRCODE = '42501'; END IF; %2 END $td$");
    // Membership granted directly (pg_has_role would also say yes for a superuser).
    const QString member = QStringLiteral(
        "EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN "
        "pg_roles u ON u.oid = m.member WHERE r.rolname = g AND u.rolname = p_name)");
    const QString trialRole = QStringLiteral("IF NOT %1 THEN RAISE EXCEPTION 'the role % is not "
                                             "this trial''s', p_name USING ERRCODE = '42501'; "
                                             "END IF; ")
                                  .arg(member);
    const QString administrator = QStringLiteral(
        "pg_has_role(session_user, current_database() || ':administrator', 'MEMBER') OR (SELECT "
        "rolsuper FROM pg_roles WHERE rolname = session_user)");
    return {
        // A new user's login, right after their row (UserRepository, same transaction).
        head.arg(QStringLiteral("td_create_login(p_name TEXT, p_verifier TEXT)"),
                 QStringLiteral(
                     "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) AND NOT %1 THEN "
                     "RAISE EXCEPTION 'a role named % exists on this server', p_name USING "
                     "ERRCODE = '42710'; END IF; IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname "
                     "= p_name) THEN EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, "
                     "p_verifier); ELSE EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', "
                     "p_name, p_verifier); END IF; EXECUTE format('GRANT %I TO %I', g, p_name);")
                     .arg(member)),
        // A password: the user's own, or any of this trial's users' by an administrator.
        head.arg(QStringLiteral("td_set_password(p_name TEXT, p_verifier TEXT)"),
                 trialRole + QStringLiteral("IF session_user <> p_name AND NOT (%1) THEN RAISE "
                                            "EXCEPTION 'only an administrator sets another "
                                            "user''s password' USING ERRCODE = '42501'; END IF; "
                                            "EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, "
                                            "p_verifier);")
                                 .arg(administrator)),
        // Deactivation and reactivation (an administrator's; EXECUTE is theirs alone).
        head.arg(QStringLiteral("td_set_login(p_name TEXT, p_login BOOLEAN)"),
                 trialRole + QStringLiteral("EXECUTE format('ALTER ROLE %I %s', p_name, CASE WHEN "
                                            "p_login THEN 'LOGIN' ELSE 'NOLOGIN' END);")),
    };
}

Status ServerRoles::addLogin(Database& db, const QString& username, const QString& password)
{
    if (!enabled(db))
        return {};
    auto taken = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ? AND (rolsuper OR "
                       "rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls OR NOT "
                       "pg_has_role(rolname, current_database() || ':' || (SELECT role FROM users "
                       "WHERE username = ?), 'MEMBER'))"),
        {username, username});
    TD_TRY(taken);
    if (taken->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("The database server already has a role named \"%1\" (another "
                            "trial's user, or the server's own); a user of this trial needs a "
                            "name of their own there. Choose another user name.")
                             .arg(username),
                         QStringLiteral("username"));
    return call(db, QStringLiteral("SELECT td_create_login(?, ?)"),
                {username, ScramVerifier::make(password)});
}

Status ServerRoles::setPassword(Database& db, const QString& username, const QString& password)
{
    if (!enabled(db))
        return {};
    return call(db, QStringLiteral("SELECT td_set_password(?, ?)"),
                {username, ScramVerifier::make(password)});
}

Status ServerRoles::setCanLogin(Database& db, const QString& username, bool canLogin)
{
    if (!enabled(db))
        return {};
    return call(db, QStringLiteral("SELECT td_set_login(?, ?)"), {username, canLogin});
}

namespace {
// A privilege of this connection's login, asked of the server once per connection: a login's
// grants change only when ServerPrivileges::grant runs (which empties the cache on its own
// connection; a login's connection is never the one that grants). An answer the server could
// not give is not kept.
// Per connection (its name, never used twice): privilege -> whether the login has it.
QMutex cacheMutex;
QHash<QString, QHash<QString, bool>>& privilegeCache()
{
    static QHash<QString, QHash<QString, bool>> cache;
    return cache;
}

bool privilege(Database& db, const QString& key, const QString& sql, const QVariantList& args)
{
    const QString connection = db.connection().connectionName();
    {
        QMutexLocker lock(&cacheMutex);
        const auto& known = privilegeCache()[connection];
        if (auto it = known.constFind(key); it != known.constEnd())
            return it.value();
    }
    auto may = db.scalar(sql, args);
    if (!may.ok())
        return true;
    const bool yes = may->toInt() == 1;
    QMutexLocker lock(&cacheMutex);
    privilegeCache()[connection].insert(key, yes);
    return yes;
}
} // namespace

bool ServerRoles::mayRead(Database& db, const QString& table, const QString& column)
{
    if (!db.isServer())
        return true;
    if (column.isEmpty())
        return privilege(db, QStringLiteral("SELECT ") + table,
                         QStringLiteral("SELECT CASE WHEN has_table_privilege(?, 'SELECT') THEN "
                                        "1 ELSE 0 END"),
                         {table});
    return privilege(db, QStringLiteral("SELECT %1.%2").arg(table, column),
                     QStringLiteral("SELECT CASE WHEN has_column_privilege(?, ?, 'SELECT') THEN 1 "
                                    "ELSE 0 END"),
                     {table, column});
}

void ServerRoles::forgetPrivileges(Database& db)
{
    QMutexLocker lock(&cacheMutex);
    privilegeCache().remove(db.connection().connectionName());
}

bool ServerRoles::mayInsert(Database& db, const QString& table)
{
    if (!db.isServer())
        return true;
    return privilege(db, QStringLiteral("INSERT ") + table,
                     QStringLiteral("SELECT CASE WHEN has_table_privilege(?, 'INSERT') THEN 1 "
                                    "ELSE 0 END"),
                     {table});
}

Status ServerRoles::checkSignIn(Database& db, const QString& username)
{
    if (!enabled(db))
        return {};
    auto same = db.scalar(QStringLiteral("SELECT CASE WHEN session_user = ? OR rolsuper THEN 1 "
                                         "ELSE 0 END FROM pg_roles WHERE rolname = session_user"),
                          {username});
    TD_TRY(same);
    if (same->toInt() == 1)
        return {};
    return makeError(ErrorCode::Forbidden,
                     tr("This connection signed in to the server as another user; \"%1\" signs "
                        "in with --user %1 and their own password.")
                         .arg(username),
                     QStringLiteral("user"));
}

} // namespace td
