#include "storage/ConnectionSpec.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace td {

bool ConnectionSpec::isServerUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

const QStringList& ConnectionSpec::allowedParameters()
{
    static const QStringList names = {QStringLiteral("sslmode"),
                                      QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("sslcrl"),
                                      QStringLiteral("sslcompression"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("target_session_attrs"),
                                      QStringLiteral("channel_binding")};
    return names;
}

ConnectionSpec ConnectionSpec::file(const QString& path)
{
    ConnectionSpec spec;
    spec.path = path;
    return spec;
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString& text)
{
    if (!isServerUri(text))
        return file(text);
    const QUrl url(text, QUrl::StrictMode);
    auto refuse = [&](const QString& why) {
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a database address TrialDesk can use: %2 The form is "
                            "postgresql://user@host:port/database, with ?sslmode=... and the "
                            "other TLS settings after it when needed.")
                             .arg(ConnectionSpec{Kind::Postgres,
                                                 {},
                                                 url.host(),
                                                 url.port(0),
                                                 url.path().mid(1),
                                                 url.userName(),
                                                 {},
                                                 {}}
                                      .displayName(),
                                  why),
                         QStringLiteral("db"));
    };
    if (!url.isValid())
        return refuse(tr("it cannot be read as an address (%1).").arg(url.errorString()));
    ConnectionSpec spec;
    spec.kind = Kind::Postgres;
    spec.host = url.host();
    spec.port = url.port(0);
    spec.user = url.userName();
    spec.password = url.password();
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty() || spec.database.contains(QLatin1Char('/')))
        return refuse(tr("it names no database (the part after the last /)."));
    if (url.hasFragment())
        return refuse(tr("it has a # part."));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key))
            return refuse(tr("the setting \"%1\" is not one TrialDesk passes on (allowed: %2).")
                              .arg(key, allowedParameters().join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return refuse(tr("the value of \"%1\" may not hold a space or a semicolon.").arg(key));
        spec.options << key + QLatin1Char('=') + value;
    }
    return spec;
}

QString ConnectionSpec::settingsKey() const
{
    if (kind == Kind::SqliteFile)
        return path == QLatin1String(":memory:") ? path : QFileInfo(path).absoluteFilePath();
    // libpq's defaults: the local socket when no host is given, port 5432.
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(host.isEmpty() ? QStringLiteral("localhost") : host.toLower())
        .arg(port > 0 ? port : 5432)
        .arg(database);
}

QString ConnectionSpec::displayName() const
{
    if (kind == Kind::SqliteFile)
        return path;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    out += host;
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    return out + QLatin1Char('/') + database;
}

} // namespace td
