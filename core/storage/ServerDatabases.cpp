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

// Runs `work` on a connection to the server's maintenance database, then closes it.
template <typename Work>
auto onMaintenance(const ConnectionSpec& spec, Work work)
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
        conn.setDatabaseName(QStringLiteral("postgres"));
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
