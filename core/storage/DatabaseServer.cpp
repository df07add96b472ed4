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

// Why a connection could not be made. libpq gives no SQLSTATE before a connection exists, only
// its message, so these read its words (libpq's messages are English unless PGCLIENTENCODING
// and a translated libpq say otherwise; what is not recognised keeps the server's own text).
enum class ConnectFailure { Tls, SignIn, Unreachable, Other };

ConnectFailure connectFailure(const QString& message)
{
    // First TLS: its messages name files that "do not exist", which is no sign-in failure.
    for (const char* words :
         {"SSL", "certificate", "sslmode", "sslrootcert", "GSSAPI", "does not support SSL"})
        if (message.contains(QLatin1String(words)) &&
            !message.contains(QLatin1String("no pg_hba.conf entry")))
            return ConnectFailure::Tls;
    for (const char* words : {"password authentication failed", "no password supplied",
                              "is not permitted to log in", "SCRAM"})
        if (message.contains(QLatin1String(words)))
            return ConnectFailure::SignIn;
    if (message.contains(QLatin1String("role \"")) &&
        message.contains(QLatin1String("does not exist")))
        return ConnectFailure::SignIn;
    for (const char* words :
         {"Connection refused", "could not translate host name", "timeout expired",
          "No route to host", "Network is unreachable", "Connection timed out",
          "could not connect to server", "No such file or directory"})
        if (message.contains(QLatin1String(words)))
            return ConnectFailure::Unreachable;
    return ConnectFailure::Other;
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
    db->m_spec = login;
    db->m_spec.password.clear();
    db->m_readOnly = options.readOnly;
    {
        QSqlDatabase conn = connect(login, db->m_connectionName, login.database);
        if (!conn.isOpen() && options.mode == OpenMode::Create &&
            pg.classify(conn.lastError()) == SqlFailure::MissingDatabase) {
            TD_TRY(createDatabase(login));
            conn.open();
        }
        if (!conn.isOpen()) {
            const QString said = conn.lastError().text().trimmed();
            if (pg.classify(conn.lastError()) == SqlFailure::MissingDatabase)
                return makeError(ErrorCode::NotFound,
                                 tr("The database %1 does not exist on the server. Check "
                                    "the name; a trial is created there only by \"new\".")
                                     .arg(shown),
                                 QStringLiteral("database"));
            switch (connectFailure(said)) {
            case ConnectFailure::SignIn:
                return makeError(
                    ErrorCode::AuthenticationFailed,
                    tr("The server of %1 refused the sign-in of \"%2\": the user name or "
                       "password is wrong, or the account is deactivated.")
                        .arg(shown, login.user.isEmpty() ? tr("(no user named)") : login.user),
                    QStringLiteral("user"));
            case ConnectFailure::Tls:
                return makeError(ErrorCode::Database,
                                 tr("The secure connection (TLS) to %1 failed, so nothing was "
                                    "sent: check the TLS mode and the certificate authority's "
                                    "file, or ask the server's administrator. The server said: "
                                    "%2")
                                     .arg(shown, said),
                                 QStringLiteral("sslmode"));
            case ConnectFailure::Unreachable:
                return makeError(ErrorCode::Database,
                                 tr("The database server of %1 cannot be reached: check the host "
                                    "and port, the network, and that the server is running. "
                                    "(%2)")
                                     .arg(shown, said),
                                 QStringLiteral("host"));
            case ConnectFailure::Other:
                break;
            }
            return makeError(ErrorCode::Database,
                             tr("Could not connect to the database %1: %2").arg(shown, said));
        }
    }
    if (options.readOnly)
        TD_TRY(db->execDirect(QStringLiteral("SET default_transaction_read_only = on")));
    TD_TRY(finishOpen(*db, options, shown));
    return db;
}

} // namespace td
