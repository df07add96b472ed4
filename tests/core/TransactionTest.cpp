// Transaction: a change commits only when commit() is called; nested guards are savepoints.

#include "storage/Transaction.h"

#include "TestTrial.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"

#include <QStringList>

using namespace td;
using namespace tdtest;

namespace {

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = openWithClock(path(), std::make_shared<FixedClock>(QDateTime(
                                                QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)));
        ASSERT_TRUE(opened.ok()) << str(opened.message());
        m_db = std::move(opened).value();
        ASSERT_EQ(sqlExec(*m_db, QStringLiteral("CREATE TABLE scratch (v INTEGER NOT NULL)")),
                  QString());
    }
    void TearDown() override { m_db.reset(); }

    QString path() const { return m_dir.filePath(QStringLiteral("tx.sqlite")); }

    void insert(int v)
    {
        auto q = m_db->exec(QStringLiteral("INSERT INTO scratch (v) VALUES (?)"), {v});
        ASSERT_TRUE(q.ok()) << str(q.message());
    }

    // The values in scratch, as seen by this connection, e.g. "1,2".
    QString values(Database& db)
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT v FROM scratch ORDER BY v")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out.join(QLatin1Char(','));
    }
    QString values() { return values(*m_db); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(TransactionTest, RollsBackWhenNotCommitted)
{
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(tx.status().ok()) << str(tx.status().message());
        EXPECT_EQ(m_db->transactionDepth(), 1);
        insert(1);
        insert(2);
        EXPECT_EQ(values(), QStringLiteral("1,2")); // visible inside the transaction
    }
    EXPECT_EQ(m_db->transactionDepth(), 0);
    EXPECT_EQ(values(), QString());
}

TEST_F(TransactionTest, CommitMakesTheChangeVisibleToOtherConnections)
{
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(tx.status().ok());
        insert(7);
        // Another connection does not see uncommitted work.
        auto other = Database::open(path());
        ASSERT_TRUE(other.ok()) << str(other.message());
        EXPECT_EQ(values(**other), QString());
        ASSERT_TRUE(tx.commit().ok());
        EXPECT_EQ(values(**other), QStringLiteral("7"));
    }
    EXPECT_EQ(m_db->transactionDepth(), 0);
    EXPECT_EQ(values(), QStringLiteral("7"));
}

TEST_F(TransactionTest, SecondCommitIsAnError)
{
    Transaction tx(*m_db);
    insert(1);
    ASSERT_TRUE(tx.commit().ok());
    const Status again = tx.commit();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Database);
    EXPECT_EQ(m_db->transactionDepth(), 0);
    EXPECT_EQ(values(), QStringLiteral("1"));
}

TEST_F(TransactionTest, NestedTransactionsAreSavepoints)
{
    Transaction outer(*m_db);
    ASSERT_TRUE(outer.status().ok());
    insert(1);
    {
        Transaction inner(*m_db);
        ASSERT_TRUE(inner.status().ok());
        EXPECT_EQ(m_db->transactionDepth(), 2);
        // A savepoint, not a new transaction: BEGIN inside BEGIN would have failed.
        EXPECT_EQ(sqlCount(*m_db, QStringLiteral("SELECT COUNT(*) FROM scratch")), 1);
        insert(2);
    }
    EXPECT_EQ(m_db->transactionDepth(), 1);
    EXPECT_EQ(values(), QStringLiteral("1"));
}

TEST_F(TransactionTest, InnerRollbackKeepsTheOutersWork)
{
    {
        Transaction outer(*m_db);
        insert(1);
        {
            Transaction inner(*m_db);
            insert(2);
            // No commit: only the inner work is undone.
        }
        insert(3);
        {
            Transaction inner(*m_db);
            insert(4);
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(values(), QStringLiteral("1,3,4"));
}

TEST_F(TransactionTest, OuterRollbackDropsTheInnersCommittedSavepoint)
{
    {
        Transaction outer(*m_db);
        insert(1);
        {
            Transaction inner(*m_db);
            insert(2);
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_EQ(values(), QStringLiteral("1,2"));
    }
    EXPECT_EQ(values(), QString());
    // The connection is usable again afterwards.
    Transaction next(*m_db);
    insert(5);
    ASSERT_TRUE(next.commit().ok());
    EXPECT_EQ(values(), QStringLiteral("5"));
}

TEST_F(TransactionTest, ThreeLevelsUnwindInOrder)
{
    {
        Transaction a(*m_db);
        insert(1);
        {
            Transaction b(*m_db);
            insert(2);
            {
                Transaction c(*m_db);
                EXPECT_EQ(m_db->transactionDepth(), 3);
                insert(3);
                ASSERT_TRUE(c.commit().ok());
            }
            // b rolls back: c's released savepoint goes with it.
        }
        ASSERT_TRUE(a.commit().ok());
    }
    EXPECT_EQ(values(), QStringLiteral("1"));
}

TEST_F(TransactionTest, AuditRowsAreRefusedOutsideATransaction)
{
    // A new trail holds only its format marker.
    ASSERT_EQ(sqlCount(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    const Status s = AuditLog::record(
        *m_db, QStringLiteral("someone"), QStringLiteral("test"),
        {QStringLiteral("created"), QStringLiteral("scratch"), {}, {}, {}, {}, {}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(sqlCount(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

// The audit log caches the chain's last hash per transaction; a savepoint rollback must not
// leave it pointing at rows that are gone.
TEST_F(TransactionTest, AuditChainStaysIntactAcrossARolledBackSavepoint)
{
    auto record = [&](const char* what) {
        return AuditLog::record(*m_db, QStringLiteral("tester"), QStringLiteral("test"),
                                {QStringLiteral("created"),
                                 QStringLiteral("scratch"),
                                 QString::fromLatin1(what),
                                 {},
                                 {},
                                 {},
                                 {}});
    };
    {
        Transaction outer(*m_db);
        ASSERT_TRUE(record("a").ok());
        {
            Transaction inner(*m_db);
            ASSERT_TRUE(record("b").ok());
            ASSERT_TRUE(record("c").ok());
        }
        ASSERT_TRUE(record("d").ok());
        ASSERT_TRUE(outer.commit().ok());
    }
    {
        Transaction dropped(*m_db);
        ASSERT_TRUE(record("e").ok());
    }
    {
        Transaction last(*m_db);
        ASSERT_TRUE(record("f").ok());
        ASSERT_TRUE(last.commit().ok());
    }
    // After the new trail's format marker (row 1).
    const auto rows = auditRows(*m_db, 1);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].entityId, QStringLiteral("a"));
    EXPECT_EQ(rows[1].entityId, QStringLiteral("d"));
    EXPECT_EQ(rows[2].entityId, QStringLiteral("f"));
    EXPECT_EQ(rows[2].id, 4);
    auto v = AuditVerifier::verify(*m_db);
    ASSERT_TRUE(v.ok()) << str(v.message());
    EXPECT_TRUE(v->intact) << str(v->problem);
    EXPECT_EQ(v->rowsChecked, 4);
}

} // namespace
