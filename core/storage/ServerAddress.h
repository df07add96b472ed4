#pragma once

#include "common/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace td {

// A server trial's address as the window asks for it and remembers it (docs/postgresql.md, "The
// window on a server"): built from its parts, and stored without a password.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // A server database from its parts: the host (a name or address), the port (0: libpq's
    // default, 5432), the database, the TLS mode (one of tlsModes(); empty: libpq's default,
    // "prefer") and the file of the certificate authority that signed the server's certificate
    // (needed by verify-ca and verify-full). No user: the TrialDesk user signs in as their own
    // login role. A part that cannot be used is refused by name (Error::field: "host", "port",
    // "database", "sslmode", "sslrootcert").
    static Result<ConnectionSpec> build(const QString& host, int port, const QString& database,
                                        const QString& sslMode, const QString& caFile);
    // libpq's TLS modes, from none to the strictest.
    static const QStringList& tlsModes();

    // The address without a password but with its settings (sslmode, sslrootcert, ...): what may
    // be stored (the window's last and recent trials) and opened again. A file: its path.
    static QString of(const ConnectionSpec& spec);
    // A setting of the address (sslmode, ...), or empty.
    static QString option(const ConnectionSpec& spec, const QString& key);
    // Whether the user signs in to the server as their own login role: a server address that
    // names no user (docs/postgresql.md, "Signing in").
    static bool signsInAsUser(const ConnectionSpec& spec)
    {
        return spec.isServer() && spec.user.isEmpty();
    }
};

} // namespace td
