#pragma once

// Login and group roles belong to the server, not to one database: a test that makes a trial's
// roles removes them again, so that the next test may use the same user names (the demo's and
// the shared fixture's are the same: admin, pi, coordinator, ...).

#include "storage/ConnectionSpec.h"
#include "storage/ServerDatabases.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <gtest/gtest.h>

namespace tdtest {

// `uri` names the trial's database with the server's superuser (postgresql://postgres@...).
// Drops the database (its grants and policies go with it), then the login roles in the trial's
// groups and the groups, through the server's maintenance database.
inline void dropTrialAndRoles(const QString& uri)
{
    auto spec = td::ConnectionSpec::parse(uri);
    ASSERT_TRUE(spec.ok()) << qPrintable(spec.message());
    const td::Status gone = td::ServerDatabases::drop(*spec);
    EXPECT_TRUE(gone.ok()) << qPrintable(gone.message());
    const QString name = QStringLiteral("test-drop-roles-") + spec->database;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(spec->host);
        conn.setPort(spec->port);
        conn.setDatabaseName(QStringLiteral("postgres"));
        conn.setUserName(spec->user);
        conn.setConnectOptions(spec->connectOptions());
        EXPECT_TRUE(conn.open()) << qPrintable(conn.lastError().text());
        QString prefix = spec->database + QLatin1Char(':');
        prefix.replace(QLatin1Char('\''), QStringLiteral("''"));
        QSqlQuery q(conn);
        EXPECT_TRUE(q.exec(
            QStringLiteral(
                "DO $$ DECLARE r record; p TEXT := '%1'; BEGIN FOR r IN SELECT DISTINCT "
                "u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN "
                "pg_roles u ON u.oid = m.member WHERE left(g.rolname, length(p)) = p AND "
                "left(u.rolname, length(p)) <> p LOOP EXECUTE format('DROP ROLE %I', r.rolname); "
                "END LOOP; FOR r IN SELECT rolname FROM pg_roles WHERE left(rolname, length(p)) = "
                "p LOOP EXECUTE format('DROP ROLE %I', r.rolname); END LOOP; END $$")
                .arg(prefix)))
            << qPrintable(q.lastError().text());
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The same database's address without a user: a client signs in as its own login role.
inline QString withoutUser(const QString& uri)
{
    QString out = uri;
    const int at = out.indexOf(QLatin1Char('@'));
    const int scheme = out.indexOf(QStringLiteral("://"));
    if (at > scheme && scheme >= 0)
        out.remove(scheme + 3, at - scheme - 2);
    return out;
}

} // namespace tdtest
