#include "audit/Keyring.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostgresDialect.h"

#include <QAtomicInt>
#include <QSqlError>

// Opening a trial on a PostgreSQL server (docs/postgresql.md): the connection, and the
// database itself when OpenMode::Create finds none; the rest is finishOpen, as for a file.

namespace td {

namespace {
QString nextServerConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("trialdesk-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase connect(const ConnectionSpec& spec, const QString& name, const QString& database)
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
    conn.open();
    return conn;
}

// The server refused the login itself (wrong password, unknown or deactivated role): libpq
// gives no SQLSTATE before a connection exists, only its message.
bool signInRefused(const QString& message)
{
    for (const char* words : {"password authentication failed", "no password supplied",
                              "is not permitted to log in", "does not exist", "SCRAM"})
        if (message.contains(QLatin1String(words)) &&
            !message.contains(QLatin1String("database \"")))
            return true;
    return false;
}

QString quotedIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Creates the database on the server through its maintenance database "postgres".
Status createDatabase(const ConnectionSpec& spec)
{
    const QString name = nextServerConnectionName();
    Status status;
    {
        QSqlDatabase conn = connect(spec, name, QStringLiteral("postgres"));
        if (!conn.isOpen()) {
            status = makeError(ErrorCode::Database,
                               Database::tr("The database %1 does not exist, and it could not be "
                                            "created: %2")
                                   .arg(spec.displayName(), conn.lastError().text()));
        } else {
            QSqlQuery q(conn);
            // Two clients creating it at once: the second finds it there.
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                            .arg(quotedIdentifier(spec.database))) &&
                q.lastError().nativeErrorCode() != QLatin1String("42P04"))
                status = makeError(ErrorCode::Database,
                                   Database::tr("The database %1 does not exist, and it could "
                                                "not be created: %2")
                                       .arg(spec.displayName(), q.lastError().text()));
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec& spec, Options options)
{
    if (spec.isServer())
        return openServer(spec, std::move(options));
    return open(spec.path, std::move(options));
}

Result<std::unique_ptr<Database>> Database::openServer(const ConnectionSpec& spec, Options options)
{
    const QString shown = spec.displayName();
    if (options.encrypt)
        return makeError(ErrorCode::Invalid,
                         tr("A trial on a database server is not encrypted by TrialDesk: the "
                            "server's own encryption and TLS (sslmode=verify-full) protect it. "
                            "Leave out --encrypted for %1.")
                             .arg(shown),
                         QStringLiteral("encrypted"));
    if (!options.clock)
        options.clock = std::make_shared<SystemClock>();
    auto dialect = std::make_unique<PostgresDialect>();
    const PostgresDialect& pg = *dialect;
    // A URI without a user: the TrialDesk user signs in to the server as their own role.
    ConnectionSpec login = spec;
    if (login.user.isEmpty() && !options.user.isEmpty()) {
        login.user = options.user;
        login.password = options.password;
    }
    std::unique_ptr<Database> db(
        new Database(shown, nextServerConnectionName(), options.clock, std::move(dialect)));
    db->m_server = true;
    db->m_readOnly = options.readOnly;
    {
        QSqlDatabase conn = connect(login, db->m_connectionName, login.database);
        if (!conn.isOpen() && options.mode == OpenMode::Create &&
            pg.classify(conn.lastError()) == SqlFailure::MissingDatabase) {
            TD_TRY(createDatabase(login));
            conn.open();
        }
        if (!conn.isOpen() && signInRefused(conn.lastError().text()))
            return makeError(
                ErrorCode::AuthenticationFailed,
                tr("The server of %1 refused the sign-in of \"%2\": the user name or "
                   "password is wrong, or the account is deactivated.")
                    .arg(shown, login.user.isEmpty() ? tr("(no user named)") : login.user),
                QStringLiteral("user"));
        if (!conn.isOpen()) {
            const bool missing = pg.classify(conn.lastError()) == SqlFailure::MissingDatabase;
            return makeError(missing ? ErrorCode::NotFound : ErrorCode::Database,
                             missing ? tr("The database %1 does not exist on the server. Check "
                                          "the name; a trial is created there only by \"new\".")
                                           .arg(shown)
                                     : tr("Could not connect to the database %1: %2")
                                           .arg(shown, conn.lastError().text().trimmed()));
        }
    }
    if (options.readOnly)
        TD_TRY(db->execDirect(QStringLiteral("SET default_transaction_read_only = on")));
    TD_TRY(finishOpen(*db, options, shown));
    return db;
}

} // namespace td
