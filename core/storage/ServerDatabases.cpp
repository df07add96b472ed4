#include "storage/ServerDatabases.h"

#include "storage/Database.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace td {

namespace {
QString quoted(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Runs `work` on a connection to the server's maintenance database (or to `database`), then
// closes it.
template <typename Work>
auto onMaintenance(const ConnectionSpec& spec, Work work,
                   const QString& database = QStringLiteral("postgres"))
    -> decltype(work(std::declval<QSqlDatabase&>()))
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("trialdesk-maintenance-%1").arg(counter.fetchAndAddRelaxed(1));
    decltype(work(std::declval<QSqlDatabase&>())) result = makeError(ErrorCode::Database, {});
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!spec.host.isEmpty())
            conn.setHostName(spec.host);
        if (spec.port > 0)
            conn.setPort(spec.port);
        conn.setDatabaseName(database);
        if (!spec.user.isEmpty())
            conn.setUserName(spec.user);
        if (!spec.password.isEmpty())
            conn.setPassword(spec.password);
        conn.setConnectOptions(spec.connectOptions());
        if (conn.open())
            result = work(conn);
        else
            result = makeError(ErrorCode::Database,
                               ServerDatabases::tr("Could not connect to the server of %1: %2")
                                   .arg(spec.displayName(), conn.lastError().text().trimmed()));
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error failed(const ConnectionSpec& spec, const QSqlQuery& q)
{
    return makeError(ErrorCode::Database,
                     ServerDatabases::tr("The server of %1 refused: %2")
                         .arg(spec.displayName(), q.lastError().text().trimmed()));
}
} // namespace

Result<bool> ServerDatabases::exists(const ConnectionSpec& spec)
{
    return onMaintenance(spec, [&](QSqlDatabase& conn) -> Result<bool> {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"));
        q.addBindValue(spec.database);
        if (!q.exec() || !q.next())
            return failed(spec, q);
        return q.value(0).toInt() > 0;
    });
}

Result<QStringList> ServerDatabases::rolesAmong(const ConnectionSpec& spec,
                                                const QStringList& names)
{
    return onMaintenance(spec, [&](QSqlDatabase& conn) -> Result<QStringList> {
        QStringList taken;
        for (const QString& name : names) {
            QSqlQuery q(conn);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"));
            q.addBindValue(name);
            if (!q.exec() || !q.next())
                return failed(spec, q);
            if (q.value(0).toInt() > 0)
                taken << name;
        }
        return taken;
    });
}

Status ServerDatabases::drop(const ConnectionSpec& spec)
{
    return onMaintenance(spec, [&](QSqlDatabase& conn) -> Status {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                        .arg(quoted(spec.database))))
            return failed(spec, q);
        return {};
    });
}

namespace {
// The schema's objects, each as "kind:identity" (the identity quoted as DROP takes it), in the
// order they are dropped: tables (whose triggers, policies and identity sequences go with them)
// before what may depend on nothing else.
const char* const objectsQuery =
    "SELECT o FROM ("
    " SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' "
    "  THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE 'table' END || ':' || "
    "  format('%I', c.relname) AS o, CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 1 WHEN "
    "  c.relkind IN ('v', 'm') THEN 2 ELSE 3 END AS rank FROM pg_class c WHERE c.relnamespace = "
    "  CAST(current_schema() AS regnamespace) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
    " UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' "
    "  ELSE 'function' END || ':' || CAST(CAST(p.oid AS regprocedure) AS TEXT), 4 FROM pg_proc "
    "  p WHERE p.pronamespace = CAST(current_schema() AS regnamespace)"
    " UNION ALL SELECT 'type:' || format('%I', t.typname), 5 FROM pg_type t WHERE "
    "  t.typnamespace = CAST(current_schema() AS regnamespace) AND (t.typtype IN ('e', 'd', "
    "  'r') OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = "
    "  t.typrelid) = 'c'))"
    ") x ORDER BY rank, o";

Result<QStringList> objectsOn(const ConnectionSpec& spec, QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    if (!q.exec(QLatin1String(objectsQuery)))
        return failed(spec, q);
    QStringList objects;
    while (q.next())
        objects << q.value(0).toString();
    return objects;
}

const char* const commentQuery =
    "SELECT obj_description(CAST(current_schema() AS regnamespace), 'pg_namespace')";
} // namespace

Result<ServerDatabases::Contents> ServerDatabases::contents(const ConnectionSpec& spec)
{
    return onMaintenance(
        spec,
        [&](QSqlDatabase& conn) -> Result<Contents> {
            auto objects = objectsOn(spec, conn);
            TD_TRY(objects);
            QSqlQuery q(conn);
            if (!q.exec(QLatin1String(commentQuery)) || !q.next())
                return failed(spec, q);
            return Contents{*objects, q.value(0).toString()};
        },
        spec.database);
}

Status ServerDatabases::restore(const ConnectionSpec& spec, const Contents& before)
{
    return onMaintenance(
        spec,
        [&](QSqlDatabase& conn) -> Status {
            QSqlQuery q(conn);
            auto run = [&](const QString& sql) -> Status {
                if (!q.exec(sql))
                    return failed(spec, q);
                return {};
            };
            TD_TRY(run(QStringLiteral("BEGIN")));
            auto now = objectsOn(spec, conn);
            if (!now.ok()) {
                q.exec(QStringLiteral("ROLLBACK"));
                return now.error();
            }
            for (const QString& object : *now) {
                if (before.objects.contains(object))
                    continue;
                const qsizetype colon = object.indexOf(QLatin1Char(':'));
                const QString drop = QStringLiteral("DROP %1 IF EXISTS %2 CASCADE")
                                         .arg(object.left(colon).toUpper(), object.mid(colon + 1));
                if (Status dropped = run(drop); !dropped.ok()) {
                    q.exec(QStringLiteral("ROLLBACK"));
                    return dropped;
                }
            }
            QString comment = before.comment;
            comment.replace(QLatin1Char('\''), QStringLiteral("''"));
            const QString said = before.comment.isEmpty()
                                     ? QStringLiteral("NULL")
                                     : QStringLiteral("'") + comment + QLatin1Char('\'');
            if (Status put =
                    run(QStringLiteral("DO $td$ BEGIN EXECUTE format('COMMENT ON SCHEMA "
                                       "%I IS %s', current_schema(), %1); END $td$")
                            .arg(before.comment.isEmpty()
                                     ? QStringLiteral("'NULL'")
                                     : QStringLiteral("quote_literal(") + said + QLatin1Char(')')));
                !put.ok()) {
                q.exec(QStringLiteral("ROLLBACK"));
                return put;
            }
            return run(QStringLiteral("COMMIT"));
        },
        spec.database);
}

Status ServerDatabases::requireUpgrader(Database& db, const QString& shown, int from, int to)
{
    // The owner of the trial's tables (whoever ran `new` or `migrate`), or a superuser.
    auto owner = db.scalar(QStringLiteral(
        "SELECT CASE WHEN pg_has_role(current_user, c.relowner, 'USAGE') THEN 1 ELSE 0 END FROM "
        "pg_class c WHERE c.relname = 'users' AND c.relnamespace = CAST(current_schema() AS "
        "regnamespace)"));
    if (owner.ok() && owner->toInt() == 1)
        return {};
    return makeError(ErrorCode::Forbidden,
                     tr("The trial %1 has schema version %2 and must be upgraded to version %3 "
                        "before it can be used. On a server only the owner of the trial's tables "
                        "upgrades it: open it once with the server's credentials (an address "
                        "with the user who ran new or migrate, such as postgresql://postgres@..., "
                        "and PGPASSWORD or ~/.pgpass), then sign in as before. Nothing was "
                        "changed.")
                         .arg(shown)
                         .arg(from)
                         .arg(to),
                     QStringLiteral("db"));
}

} // namespace td
