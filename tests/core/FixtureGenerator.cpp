// Writes the schema fixtures tests/fixtures/schema_vN.sqlite: a database of each earlier schema
// version holding representative rows (FixtureData.cpp) and a valid audit chain. The files are
// committed, so that the migration tests upgrade databases made by the old schema, not by
// today's code. Only missing files are written, so adding a version writes just its file:
//
//   trialdesk_core_tests --gtest_also_run_disabled_tests --gtest_filter=FixtureGenerator.*

#include "FixtureData.h"
#include "TestTrial.h"
#include "access/PasswordHasher.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace td;
using namespace tdtest;

namespace {

void generate(int version)
{
    const QString file = fixture::path(version);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(file).absolutePath()));
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(file + suffix);

    auto clock = std::make_shared<FixedClock>(fixture::auditStart());
    // No steps: open without migrating, then take the real schema exactly to `version`.
    const Migrations none({});
    Database::Options options;
    options.clock = clock;
    options.migrations = &none;
    auto opened = Database::open(file, options);
    ASSERT_TRUE(opened.ok()) << str(opened.message());
    std::unique_ptr<Database> handle = std::move(opened).value();
    Database& db = *handle;
    ASSERT_TRUE(Migrations::schema().migrateTo(db, version).ok());
    ASSERT_EQ(*db.schemaVersion(), version);

    {
        Transaction tx(db);
        ASSERT_TRUE(tx.status().ok());
        for (const fixture::Table& t : fixture::tables(version)) {
            QStringList columns = t.columns;
            const bool users = t.name == QStringLiteral("users");
            if (users)
                columns << QStringLiteral("password_hash");
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(t.name, columns.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", ")));
            for (QVariantList row : t.rows) {
                if (users)
                    row << PasswordHasher::hash(fixture::password(row[1].toString()));
                auto q = db.exec(sql, row);
                ASSERT_TRUE(q.ok()) << str(q.message());
            }
        }
        for (const fixture::AuditRecord& a : fixture::audit(version)) {
            ASSERT_TRUE(AuditLog::record(db, a.username, a.role, a.entry).ok());
            clock->advanceSeconds(60);
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    // One self-contained file: fold the WAL back in and leave WAL mode.
    ASSERT_EQ(sqlExec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
    ASSERT_EQ(sqlValue(db, QStringLiteral("PRAGMA journal_mode = DELETE")).toString(),
              QStringLiteral("delete"));
    handle.reset();
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
    std::printf("wrote %s\n", qPrintable(file));
}

} // namespace

TEST(FixtureGenerator, DISABLED_Generate)
{
    PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    // Only versions without a file: the committed fixtures stay byte for byte as they are.
    for (int version : fixture::versions) {
        if (QFileInfo::exists(fixture::path(version)))
            continue;
        SCOPED_TRACE(version);
        generate(version);
        if (HasFatalFailure())
            return;
    }
}
