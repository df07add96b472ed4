// Moving a trial between a file and a server (trialdesk-cli migrate, TrialCopy): every table's
// rows arrive as they were, ids and all, both ways; the copy verifies; a target that holds data
// or a file that exists is refused and left as it was.

#include "ServerTrialRoles.h"
#include "TestBackend.h"
#include "TestTrial.h"
#include "storage/CryptVfs.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class MigrateTest : public TestTrial
{
protected:
    void TearDown() override
    {
        qunsetenv("TRIALDESK_PASSWORD");
        TestTrial::TearDown();
        // The demo users' login roles are the server's: the next test may use the same names.
        for (const QString& uri : m_servers)
            dropTrialAndRoles(uri);
    }
    QStringList m_servers;

    static std::unique_ptr<Database> openAsIs(const QString& where, const QString& user = {})
    {
        Database::Options asIs;
        asIs.mode = OpenMode::AsIs;
        asIs.readOnly = true;
        asIs.user = user;
        asIs.password = user.isEmpty() ? QString() : QStringLiteral("trialdesk-demo");
        auto db = Database::open(where, asIs);
        EXPECT_TRUE(db.ok()) << str(db.message());
        return db.ok() ? std::move(db).value() : nullptr;
    }

    // Every table's rows, each table's in sorted order (a file reads them by rowid, a server
    // in no set order).
    static QMap<QString, QStringList> rowsOf(Database& db)
    {
        QMap<QString, QStringList> tables;
        QString current;
        for (const QString& line : dumpDatabase(db).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
                current = line;
            else if (!line.isEmpty())
                tables[current] << line;
        }
        for (QStringList& rows : tables)
            rows.sort();
        return tables;
    }

    static void expectSameRows(Database& a, Database& b)
    {
        const auto left = rowsOf(a);
        const auto right = rowsOf(b);
        EXPECT_EQ(left.keys(), right.keys());
        for (auto it = left.begin(); it != left.end(); ++it) {
            const QStringList other = right.value(it.key());
            EXPECT_EQ(it.value().size(), other.size()) << str(it.key());
            EXPECT_TRUE(it.value() == other) << str(it.key());
        }
    }
};

TEST_F(MigrateTest, TheDemoMovesToTheServerAndBackWithEveryRowAndRefusesAFullTarget)
{
    ASSERT_TRUE(onServer());
    const QString file = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliResult demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                                   QStringLiteral("--participants"), QStringLiteral("16")});
    ASSERT_EQ(demo.exitCode, 0) << str(demo.err);
    ASSERT_TRUE(CryptVfs::isEncrypted(file));
    qputenv("TRIALDESK_PASSWORD", "trialdesk-demo");

    // The encrypted demo's allocation list is sealed under its statisticians' key, which a
    // server could never open: such a trial is refused, and nothing is copied. The database the
    // command made for it goes again.
    const QString refused = newServerDatabase();
    m_servers << refused;
    const CliResult sealedList =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                refused, QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(sealedList.exitCode, 1) << str(sealedList.out);
    EXPECT_TRUE(sealedList.err.contains(QStringLiteral("sealed"))) << str(sealedList.err);
    {
        auto spec = ConnectionSpec::parse(refused);
        auto exists = ServerDatabases::exists(*spec);
        ASSERT_TRUE(exists.ok()) << str(exists.message());
        EXPECT_FALSE(*exists);
    }

    // File to server: the plain demo.
    const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    const CliResult plainDemo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), plain,
                                        QStringLiteral("--participants"), QStringLiteral("16"),
                                        QStringLiteral("--unencrypted")});
    ASSERT_EQ(plainDemo.exitCode, 0) << str(plainDemo.err);
    // (A server trial has a login role for every user: the administrator named makes them.)
    const QString server = newServerDatabase();
    m_servers << server;
    const CliResult there =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), plain, QStringLiteral("--to"),
                server, QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(there.exitCode, 0) << str(there.err) << str(there.out);
    EXPECT_TRUE(there.out.contains(QStringLiteral("Audit chain:"))) << str(there.out);
    EXPECT_TRUE(there.out.contains(QStringLiteral("intact"))) << str(there.out);
    EXPECT_TRUE(there.out.contains(QStringLiteral(" 0 mismatches"))) << str(there.out);
    EXPECT_TRUE(there.out.contains(QStringLiteral("  participant: 16 rows"))) << str(there.out);
    {
        auto source = openAsIs(plain);
        auto copy = openAsIs(server);
        ASSERT_TRUE(source && copy);
        expectSameRows(*source, *copy);
        // New rows are numbered after the ids copied.
        EXPECT_EQ(sqlCount(*copy, QStringLiteral("SELECT last_value FROM audit_log_id_seq")),
                  sqlCount(*copy, QStringLiteral("SELECT MAX(id) FROM audit_log")));
        EXPECT_EQ(sqlCount(*copy, QStringLiteral("SELECT last_value FROM participant_id_seq")),
                  sqlCount(*copy, QStringLiteral("SELECT MAX(id) FROM participant")));
        // The planner has the copied rows' statistics at once, not after autovacuum's first
        // visit (a table never analysed has reltuples -1).
        EXPECT_EQ(sqlCount(*copy, QStringLiteral("SELECT CAST(reltuples AS BIGINT) FROM pg_class "
                                                 "WHERE relname = 'participant' AND relkind = "
                                                 "'r'")),
                  16);
    }

    // A database that holds data is refused, and stays as it was.
    QString before;
    {
        auto copy = openAsIs(server);
        before = dumpDatabase(*copy);
    }
    const CliResult again =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                server, QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds data"))) << str(again.err);
    {
        auto copy = openAsIs(server);
        EXPECT_TRUE(sameDump(before, dumpDatabase(*copy)));
    }

    // Server to a plain file: the same rows again.
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const CliResult home = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), server,
                                   QStringLiteral("--to"), back, QStringLiteral("--unencrypted")});
    ASSERT_EQ(home.exitCode, 0) << str(home.err) << str(home.out);
    EXPECT_FALSE(CryptVfs::isEncrypted(back));
    {
        auto copy = openAsIs(server);
        auto file2 = openAsIs(back);
        ASSERT_TRUE(copy && file2);
        expectSameRows(*copy, *file2);
    }

    // A file that exists is never overwritten.
    const QByteArray kept = [&] {
        QFile f(back);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const CliResult over = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), server,
                                   QStringLiteral("--to"), back, QStringLiteral("--unencrypted")});
    EXPECT_EQ(over.exitCode, 2);
    EXPECT_TRUE(over.err.contains(QStringLiteral("already exists"))) << str(over.err);
    QFile f(back);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), kept);

    // By default the file copy is encrypted, opened with the administrator's password.
    const QString sealed = m_dir.filePath(QStringLiteral("sealed.sqlite"));
    const CliResult enc =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), server, QStringLiteral("--to"),
                sealed, QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(enc.exitCode, 0) << str(enc.err) << str(enc.out);
    EXPECT_TRUE(CryptVfs::isEncrypted(sealed));
    auto opened = openAsIs(sealed, QStringLiteral("admin"));
    ASSERT_TRUE(opened);
    EXPECT_EQ(sqlCount(*opened, QStringLiteral("SELECT COUNT(*) FROM participant")), 16);
    const CliResult verify =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), sealed,
                QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(verify.exitCode, 0) << str(verify.out) << str(verify.err);
}

// Runs `sql` on the database `uri` names (with the server's superuser).
void runOn(const QString& uri, const QString& database, const QStringList& sql)
{
    auto spec = ConnectionSpec::parse(uri);
    ASSERT_TRUE(spec.ok()) << str(spec.message());
    const QString name = QStringLiteral("migrate-test-") + database;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(spec->host);
        conn.setPort(spec->port);
        conn.setDatabaseName(database);
        conn.setUserName(spec->user);
        ASSERT_TRUE(conn.open()) << str(conn.lastError().text());
        QSqlQuery q(conn);
        for (const QString& statement : sql)
            EXPECT_TRUE(q.exec(statement)) << str(statement) << str(q.lastError().text());
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(MigrateTest, AFailedMoveLeavesAnEmptyDatabaseThatWasThereAsItWas)
{
    ASSERT_TRUE(onServer());
    const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    const CliResult demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), plain,
                                   QStringLiteral("--participants"), QStringLiteral("4"),
                                   QStringLiteral("--unencrypted")});
    ASSERT_EQ(demo.exitCode, 0) << str(demo.err);
    qputenv("TRIALDESK_PASSWORD", "trialdesk-demo");

    // An empty database made before the command, whose server refuses the grants that make the
    // trial's roles: the move fails after the schema, the copy and its check.
    const QString server = newServerDatabase();
    m_servers << server;
    auto spec = ConnectionSpec::parse(server);
    ASSERT_TRUE(spec.ok());
    runOn(server, QStringLiteral("postgres"),
          {QStringLiteral("CREATE DATABASE \"%1\"").arg(spec->database)});
    runOn(server, spec->database,
          {QStringLiteral("CREATE FUNCTION refuse_grants() RETURNS event_trigger LANGUAGE plpgsql "
                          "AS $$ BEGIN RAISE EXCEPTION 'this server refuses grants'; END $$"),
           QStringLiteral("CREATE EVENT TRIGGER refuse_grants ON ddl_command_end WHEN TAG IN "
                          "('GRANT', 'REVOKE') EXECUTE FUNCTION refuse_grants()")});
    auto before = ServerDatabases::contents(*spec);
    ASSERT_TRUE(before.ok()) << str(before.message());
    EXPECT_EQ(before->objects, QStringList{QStringLiteral("function:refuse_grants()")});

    const CliResult failed =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), plain, QStringLiteral("--to"),
                server, QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(failed.exitCode, 1) << str(failed.out) << str(failed.err);
    EXPECT_TRUE(failed.out.contains(QStringLiteral("intact"))) << str(failed.out);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("this server refuses grants")))
        << str(failed.err);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("as it was before this command")))
        << str(failed.err);

    // The database is there, holding what it held: no table, no function of the trial, no
    // schema version, and no role of the trial on the server.
    auto exists = ServerDatabases::exists(*spec);
    ASSERT_TRUE(exists.ok());
    EXPECT_TRUE(*exists);
    auto after = ServerDatabases::contents(*spec);
    ASSERT_TRUE(after.ok()) << str(after.message());
    EXPECT_EQ(after->objects, before->objects);
    EXPECT_EQ(after->comment, before->comment);
    auto roles =
        ServerDatabases::rolesAmong(*spec, {QStringLiteral("admin"), QStringLiteral("coordinator"),
                                            spec->database + QStringLiteral(":administrator")});
    ASSERT_TRUE(roles.ok()) << str(roles.message());
    EXPECT_TRUE(roles->isEmpty()) << str(roles->join(QLatin1Char(',')));

    // Without the refusal, the same move goes through into the same database.
    runOn(server, spec->database, {QStringLiteral("DROP EVENT TRIGGER refuse_grants")});
    const CliResult moved =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), plain, QStringLiteral("--to"),
                server, QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(moved.exitCode, 0) << str(moved.out) << str(moved.err);
    auto copy = openAsIs(server);
    ASSERT_TRUE(copy);
    EXPECT_EQ(sqlCount(*copy, QStringLiteral("SELECT COUNT(*) FROM participant")), 4);
}

TEST_F(MigrateTest, BadArgumentsAreRefusedByName)
{
    const CliResult both =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("a.sqlite"),
                QStringLiteral("--to"), QStringLiteral("b.sqlite")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("must be a server database"))) << str(both.err);
    const CliResult noUser =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), dbPath(),
                QStringLiteral("--to"), m_dir.filePath(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(noUser.exitCode, 2);
    EXPECT_TRUE(noUser.err.contains(QStringLiteral("--unencrypted"))) << str(noUser.err);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
}

} // namespace
