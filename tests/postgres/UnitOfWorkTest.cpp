// A unit of work that loses a race on the server (a deadlock or a serialization failure) runs
// again, and the caller sees only the attempt that succeeded (UnitOfWork).

#include "storage/UnitOfWork.h"

#include "TestBackend.h"
#include "TestTrial.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <atomic>
#include <functional>
#include <future>
#include <gtest/gtest.h>
#include <thread>

using namespace td;
using namespace tdtest;

namespace {

class UnitOfWorkTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        ASSERT_EQ(sqlExec(db(), QStringLiteral("CREATE TABLE td_race (id INTEGER PRIMARY KEY, "
                                               "n INTEGER NOT NULL)")),
                  QString());
        ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO td_race VALUES (1, 0), (2, 0)")),
                  QString());
    }
};

// Another client (psql, or a program that takes no write lock) on a thread of its own.
class OtherClient
{
public:
    OtherClient(const QString& uri, std::function<void(Database&)> work)
        : m_thread([uri, work = std::move(work)] {
              Database::Options asIs;
              asIs.mode = OpenMode::AsIs;
              auto opened = Database::open(uri, asIs);
              if (opened.ok())
                  work(**opened);
              else
                  ADD_FAILURE() << opened.message().toStdString();
          })
    {}
    ~OtherClient() { m_thread.join(); }
    OtherClient(const OtherClient&) = delete;
    OtherClient& operator=(const OtherClient&) = delete;

private:
    std::thread m_thread;
};

void run(Database& c, const QString& sql)
{
    const Status s = c.execDirect(sql);
    EXPECT_TRUE(s.ok()) << sql.toStdString() << ": " << s.message().toStdString();
}

TEST_F(UnitOfWorkTest, ADeadlockIsRolledBackAndTheWholeUnitRunsAgain)
{
    ASSERT_TRUE(onServer());
    // This client is the one the server picks to abort: it checks for a deadlock after half a
    // second of waiting, the other client only after ten.
    ASSERT_EQ(sqlExec(db(), QStringLiteral("SET deadlock_timeout = '500ms'")), QString());
    std::promise<void> otherHolds;
    std::atomic<bool> otherDone = false;
    OtherClient other(dbPath(), [&](Database& c) {
        run(c, QStringLiteral("SET deadlock_timeout = '10s'"));
        run(c, QStringLiteral("BEGIN"));
        run(c, QStringLiteral("UPDATE td_race SET n = n + 10 WHERE id = 2"));
        otherHolds.set_value();
        // Once this client's unit waits for row 2, take row 1 too: a deadlock.
        for (int i = 0; i < 500; ++i) {
            QSqlQuery q(c.connection());
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) &&
                q.next() && q.value(0).toInt() > 0)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        run(c, QStringLiteral("UPDATE td_race SET n = n + 10 WHERE id = 1"));
        run(c, QStringLiteral("COMMIT"));
        otherDone = true;
    });
    otherHolds.get_future().wait();

    int attempts = 0;
    SqlFailure firstFailure = SqlFailure::Other;
    const Status done = UnitOfWork::run(db(), [&]() -> Status {
        ++attempts;
        Transaction tx(db());
        TD_TRY(tx.status());
        TD_TRY(db().execDirect(QStringLiteral("UPDATE td_race SET n = n + 1 WHERE id = 1")));
        const Status second =
            db().execDirect(QStringLiteral("UPDATE td_race SET n = n + 1 WHERE id = 2"));
        if (!second.ok() && attempts == 1)
            firstFailure = db().lastFailure();
        TD_TRY(second);
        return tx.commit();
    });
    ASSERT_TRUE(done.ok()) << str(done.message());
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(firstFailure, SqlFailure::Serialization);
    EXPECT_TRUE(otherDone);
    // Both clients' changes hold, each once.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT n FROM td_race WHERE id = 1")), 11);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT n FROM td_race WHERE id = 2")), 11);
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(UnitOfWorkTest, ASerializationFailureUnderRepeatableReadRunsTheUnitAgain)
{
    ASSERT_TRUE(onServer());
    // A unit that reads under REPEATABLE READ (its own BEGIN, as finer-grained writers will),
    // while another client changes the row it read and commits: its update then fails with
    // SQLSTATE 40001, and the unit runs again on a fresh snapshot.
    Database::Options asIs;
    asIs.mode = OpenMode::AsIs;
    auto other = Database::open(dbPath(), asIs);
    ASSERT_TRUE(other.ok()) << str(other.message());
    int attempts = 0;
    SqlFailure firstFailure = SqlFailure::Other;
    const Status done = UnitOfWork::run(db(), [&]() -> Status {
        ++attempts;
        TD_TRY(db().execDirect(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
        auto before = db().scalar(QStringLiteral("SELECT n FROM td_race WHERE id = 1"));
        if (before.ok() && attempts == 1) {
            const Status changed =
                (*other)->execDirect(QStringLiteral("UPDATE td_race SET n = n + 10 WHERE id = 1"));
            EXPECT_TRUE(changed.ok()) << str(changed.message());
        }
        Status s =
            before.ok()
                ? db().execDirect(QStringLiteral("UPDATE td_race SET n = n + 1 WHERE id = 1"))
                : Status(before.error());
        if (!s.ok()) {
            if (attempts == 1)
                firstFailure = db().lastFailure();
            (void)db().execDirect(QStringLiteral("ROLLBACK"));
            return s;
        }
        return db().execDirect(QStringLiteral("COMMIT"));
    });
    ASSERT_TRUE(done.ok()) << str(done.message());
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(firstFailure, SqlFailure::Serialization);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT n FROM td_race WHERE id = 1")), 11);
}

TEST_F(UnitOfWorkTest, OtherFailuresAreNotRetriedAndANestedUnitRunsOnce)
{
    int attempts = 0;
    const Status refused = UnitOfWork::run(db(), [&]() -> Status {
        ++attempts;
        Transaction tx(db());
        TD_TRY(tx.status());
        return makeError(ErrorCode::Invalid, QStringLiteral("not a race"));
    });
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(attempts, 1);
}

} // namespace
