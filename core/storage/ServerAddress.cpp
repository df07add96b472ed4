#include "storage/ServerAddress.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace td {

const QStringList& ServerAddress::tlsModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

Result<ConnectionSpec> ServerAddress::build(const QString& host, int port, const QString& database,
                                            const QString& sslMode, const QString& caFile)
{
    const QString h = host.trimmed();
    const QString name = database.trimmed();
    static const QRegularExpression hostChars(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (h.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Name the database server: its host name or address, such as "
                            "db.example.org or 10.0.0.5."),
                         QStringLiteral("host"));
    if (!hostChars.match(h).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a host name or address: use letters, digits, dots, "
                            "hyphens and colons only.")
                             .arg(h),
                         QStringLiteral("host"));
    if (port < 0 || port > 65535)
        return makeError(ErrorCode::Invalid,
                         tr("The port %1 is not a port number: use 1 to 65535 (PostgreSQL's own "
                            "is 5432).")
                             .arg(port),
                         QStringLiteral("port"));
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('?')) ||
        name.contains(QLatin1Char('#')))
        return makeError(ErrorCode::Invalid,
                         tr("Name the trial's database on the server (a name without /, ? or #)."),
                         QStringLiteral("database"));
    if (!sslMode.isEmpty() && !tlsModes().contains(sslMode))
        return makeError(ErrorCode::Invalid,
                         tr("The TLS mode \"%1\" is not one of %2.")
                             .arg(sslMode, tlsModes().join(QStringLiteral(", "))),
                         QStringLiteral("sslmode"));
    const QString ca = caFile.trimmed();
    if (sslMode.startsWith(QLatin1String("verify-")) && ca.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("The TLS mode %1 checks the server's certificate: choose the file of "
                            "the certificate authority that signed it (ask the server's "
                            "administrator).")
                             .arg(sslMode),
                         QStringLiteral("sslrootcert"));
    if (!ca.isEmpty() && !QFileInfo(ca).isFile())
        return makeError(ErrorCode::Invalid,
                         tr("The certificate authority's file %1 does not exist.").arg(ca),
                         QStringLiteral("sslrootcert"));
    if (ca.contains(QLatin1Char(';')) || ca.contains(QLatin1Char(' ')))
        return makeError(ErrorCode::Invalid,
                         tr("The certificate authority's file may not have a space or a semicolon "
                            "in its path: %1")
                             .arg(ca),
                         QStringLiteral("sslrootcert"));
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::Postgres;
    spec.host = h;
    spec.port = port;
    spec.database = name;
    if (!sslMode.isEmpty())
        spec.options << QStringLiteral("sslmode=") + sslMode;
    if (!ca.isEmpty())
        spec.options << QStringLiteral("sslrootcert=") + QFileInfo(ca).absoluteFilePath();
    return spec;
}

QString ServerAddress::of(const ConnectionSpec& spec)
{
    if (!spec.isServer())
        return spec.path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(spec.host);
    if (spec.port > 0)
        url.setPort(spec.port);
    if (!spec.user.isEmpty())
        url.setUserName(spec.user);
    url.setPath(QLatin1Char('/') + spec.database);
    QUrlQuery query;
    for (const QString& o : spec.options) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        query.addQueryItem(o.left(eq), o.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::option(const ConnectionSpec& spec, const QString& key)
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString& o : spec.options)
        if (o.startsWith(prefix))
            return o.mid(prefix.size());
    return {};
}

} // namespace td
