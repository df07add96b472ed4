#pragma once

// Login and group roles belong to the server, not to one database: a test that makes a trial's
// roles removes them again, so that the next test may use the same user names (the demo's and
// the shared fixture's are the same: admin, pi, coordinator, ...).

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/ServerDatabases.h"

#include <QString>
#include <gtest/gtest.h>

namespace tdtest {

// `uri` names the trial's database with the server's superuser (postgresql://postgres@...).
// Drops the login roles in the trial's groups, the groups, and then the database.
inline void dropTrialAndRoles(const QString& uri)
{
    {
        td::Database::Options asIs;
        asIs.mode = td::OpenMode::AsIs;
        auto db = td::Database::open(uri, asIs);
        if (!db.ok())
            return; // nothing was made (a refusal)
        const td::Status dropped = (*db)->execDirect(QStringLiteral(
            "DO $$ DECLARE r record; p TEXT := current_database() || ':'; BEGIN FOR r IN SELECT "
            "DISTINCT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN "
            "pg_roles u ON u.oid = m.member WHERE left(g.rolname, length(p)) = p LOOP EXECUTE "
            "format('DROP OWNED BY %I', r.rolname); EXECUTE format('DROP ROLE %I', r.rolname); "
            "END LOOP; FOR r IN SELECT rolname FROM pg_roles WHERE left(rolname, length(p)) = p "
            "LOOP EXECUTE format('DROP OWNED BY %I', r.rolname); EXECUTE format('DROP ROLE %I', "
            "r.rolname); END LOOP; END $$"));
        EXPECT_TRUE(dropped.ok()) << qPrintable(dropped.message());
    }
    auto spec = td::ConnectionSpec::parse(uri);
    ASSERT_TRUE(spec.ok());
    const td::Status gone = td::ServerDatabases::drop(*spec);
    EXPECT_TRUE(gone.ok()) << qPrintable(gone.message());
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
