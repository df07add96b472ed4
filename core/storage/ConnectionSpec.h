#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace td {

// Where a trial's database is: an SQLite file, or a PostgreSQL database named by a libpq URI,
// postgresql://[user[:password]@]host[:port]/dbname[?sslmode=...] (docs/postgresql.md). The
// command line's and the window's --db take either; Database::open picks the dialect by it.
class ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    enum class Kind { SqliteFile, Postgres };

    // Whether `text` names a server database (postgresql:// or postgres://) rather than a file.
    static bool isServerUri(const QString& text);
    // A file path as it is, or a server URI read in libpq's syntax; a URI with a part TrialDesk
    // does not take (another scheme's parameters, no database name) is refused by name.
    static Result<ConnectionSpec> parse(const QString& text);
    static ConnectionSpec file(const QString& path);

    Kind kind = Kind::SqliteFile;
    QString path; // SqliteFile: the file (or ":memory:")
    // Postgres: empty host or port leave libpq its defaults (the local socket, 5432).
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;
    QStringList options; // libpq keywords as key=value (sslmode, sslrootcert, ...)

    bool isServer() const { return kind == Kind::Postgres; }
    // What the user is shown: the path, or the URI without a password.
    QString displayName() const;
    // What names the database itself, whoever opens it and however the address is written:
    // the file's absolute path, or "postgresql://host:port/database" with the host in lower
    // case and the port given (5432 by default), without user, password or settings. The
    // window's remembered settings of a trial (its backups) are kept under it.
    QString settingsKey() const;
    // The libpq keywords for Qt's driver (QSqlDatabase::setConnectOptions).
    QString connectOptions() const { return options.join(QLatin1Char(';')); }

    // The libpq parameters a URI may carry (the TLS settings and time-outs).
    static const QStringList& allowedParameters();
};

} // namespace td
