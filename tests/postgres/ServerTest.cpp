// The trial database on a PostgreSQL server: the same schema as a file's, its rules in the
// server (append-only tables, the database lock), and what opening refuses.

#include "TestBackend.h"
#include "TestTrial.h"
#include "storage/Migrations.h"

#include <QSqlDatabase>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerTest : public TestTrial
{
};

TEST_F(ServerTest, TheTrialIsOnTheServerWithTheWholeSchema)
{
    ASSERT_TRUE(db().isServer());
    EXPECT_EQ(db().dialect().name(), QStringLiteral("postgresql"));
    EXPECT_EQ(*db().schemaVersion(), Migrations::schema().latestVersion());
    // Every table of a file's schema is there.
    const QStringList expected = {
        QStringLiteral("users"),       QStringLiteral("audit_log"),
        QStringLiteral("participant"), QStringLiteral("allocation_list_entry"),
        QStringLiteral("data_query"),  QStringLiteral("data_lock")};
    for (const QString& table : expected)
        EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE tablename = "
                                                "'%1'")
                                     .arg(table)),
                  1)
            << str(table);
    // The widened CHECK of schema version 9 takes the new status.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE "
                                            "pg_get_constraintdef(oid) LIKE '%discontinued%'")),
              1);
}

TEST_F(ServerTest, AppendOnlyTablesRefuseChangesInTheServerItself)
{
    ASSERT_GT(lastAuditId(db()), 0);
    const QString update = sqlExec(db(), QStringLiteral("UPDATE audit_log SET reason = 'x'"));
    EXPECT_TRUE(update.contains(QStringLiteral("append-only"))) << str(update);
    const QString erase = sqlExec(db(), QStringLiteral("DELETE FROM audit_log"));
    EXPECT_TRUE(erase.contains(QStringLiteral("append-only"))) << str(erase);
    const QString truncate = sqlExec(db(), QStringLiteral("TRUNCATE audit_log"));
    EXPECT_TRUE(truncate.contains(QStringLiteral("append-only"))) << str(truncate);
}

TEST_F(ServerTest, ReopeningFindsTheTrialAndAMissingDatabaseIsNotCreatedByAnOpen)
{
    const QString uri = dbPath();
    m_db.reset();
    Database::Options asIs;
    asIs.mode = OpenMode::AsIs;
    auto again = Database::open(uri, asIs);
    ASSERT_TRUE(again.ok()) << str(again.message());
    EXPECT_FALSE((*again)->upgraded());
    EXPECT_GT(sqlCount(**again, QStringLiteral("SELECT COUNT(*) FROM users")), 0);

    Database::Options upgrade;
    upgrade.mode = OpenMode::Upgrade;
    auto missing = Database::open(newServerDatabase(), upgrade);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.message().contains(QStringLiteral("does not exist")))
        << str(missing.message());
}

TEST_F(ServerTest, ADatabaseWithOtherTablesIsNotATrial)
{
    const QString uri = newServerDatabase();
    {
        auto made = Database::open(uri, {});
        ASSERT_TRUE(made.ok()) << str(made.message());
    }
    // A database with someone else's tables, and no trial's.
    Migrations foreignSchema({{QStringLiteral("CREATE TABLE invoices (id {PK}, total REAL)")}});
    const QString other = newServerDatabase();
    {
        Database::Options options;
        options.migrations = &foreignSchema;
        auto made = Database::open(other, options);
        ASSERT_TRUE(made.ok()) << str(made.message());
    }
    auto opened = Database::open(other);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("not a TrialDesk trial")))
        << str(opened.message());
}

TEST_F(ServerTest, AnInsertGivesTheNewRowsId)
{
    auto first = db().write(
        QStringLiteral("INSERT INTO instrument_norm (instrument_id, sd_source, sd) VALUES (?, "
                       "'published', 7.5)"),
        {QStringLiteral("phq9")});
    ASSERT_TRUE(first.ok()) << str(first.message());
    EXPECT_EQ(first->rows, 1);
    auto site = db().write(QStringLiteral("INSERT INTO site (code, name) VALUES (?, ?)"),
                           {QStringLiteral("TRD"), QStringLiteral("Trondheim")});
    ASSERT_TRUE(site.ok()) << str(site.message());
    EXPECT_EQ(site->lastId,
              sqlCount(db(), QStringLiteral("SELECT id FROM site WHERE code = 'TRD'")));
    EXPECT_GT(site->lastId, m_siteBrg);
}

} // namespace
