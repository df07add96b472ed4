// The server's read path (PostgresReads): a row's text through libpq is the text Qt's own read
// gives for the same value, a statement it does not take is read through Qt, and a failure is
// reported as Qt reports it.

#include "storage/PostgresReads.h"

#include "TestBackend.h"
#include "TestTrial.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class PostgresReadsTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (!onServer())
            GTEST_SKIP() << "server only";
    }

    // Each column of the first row as Qt's read gives it (Database's QueryRow): "NULL" for null.
    QStringList throughQt(const QString& sql)
    {
        QSqlQuery q(db().connection());
        EXPECT_TRUE(q.exec(sql)) << qPrintable(sql);
        EXPECT_TRUE(q.next());
        QStringList out;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            out << (q.isNull(c) ? QStringLiteral("NULL")
                    : v.typeId() == QMetaType::QByteArray
                        ? QString::fromLatin1(v.toByteArray().toHex())
                        : v.toString());
        }
        return out;
    }

    // The same through PostgresReads, `columns` of them (the last as hex when `bytes`);
    // `taken` says whether it took the statement.
    QStringList direct(const QString& sql, const QVariantList& bindings, int columns, bool* taken,
                       bool bytes = false)
    {
        auto pg = PostgresReads::attach(db().connection());
        EXPECT_TRUE(pg);
        QStringList out;
        Status visited;
        *taken =
            pg && pg->read(
                      sql, bindings,
                      [&](const SqlRow& row) {
                          for (int c = 0; c < columns; ++c) {
                              const QByteArray t = row.text(c).toByteArray();
                              out << (row.isNull(c)               ? QStringLiteral("NULL")
                                      : bytes && c == columns - 1 ? QString::fromLatin1(t.toHex())
                                                                  : QString::fromUtf8(t));
                          }
                          return Status{};
                      },
                      visited);
        EXPECT_TRUE(visited.ok());
        return out;
    }
};

TEST(PostgresReadsNumbering, PlaceholdersAreNumberedOutsideQuotesOnly)
{
    EXPECT_EQ(PostgresReads::numbered(QStringLiteral("SELECT ? FROM t WHERE a = '?' AND \"b?\" = ? "
                                                     "AND c = 'it''s ?' AND d = ?")),
              QByteArray("SELECT $1 FROM t WHERE a = '?' AND \"b?\" = $2 AND c = 'it''s ?' AND d "
                         "= $3"));
    EXPECT_EQ(PostgresReads::numbered(QStringLiteral("SELECT 'æ?'")), QByteArray("SELECT 'æ?'"));
}

TEST_F(PostgresReadsTest, EachTypesTextIsWhatQtsReadGives)
{
    // Whole and real numbers, numerics (a sum and an average of integers), text, a boolean,
    // NULL and bytes.
    const QString sql = QStringLiteral(
        "SELECT CAST(42 AS BIGINT), CAST(-7 AS INTEGER), CAST(2.5 AS DOUBLE PRECISION), "
        "CAST(0.1 AS DOUBLE PRECISION) + CAST(0.2 AS DOUBLE PRECISION), CAST(1e-7 AS DOUBLE "
        "PRECISION), CAST(123456789012 AS DOUBLE PRECISION), CAST(1e22 AS DOUBLE PRECISION), "
        "CAST(21.75 AS REAL), (SELECT SUM(x) FROM generate_series(1, 4) x), (SELECT AVG(x) FROM "
        "generate_series(1, 4) x), CAST(1 AS NUMERIC) / 3, 'Bjørn «sa» \"hei\"', true, false, "
        "CAST(NULL AS TEXT), CAST(NULL AS DOUBLE PRECISION), CAST('\\x00ff41' AS BYTEA)");
    bool taken = false;
    const QStringList ours = direct(sql, {}, 17, &taken, true);
    EXPECT_TRUE(taken);
    EXPECT_EQ(ours, throughQt(sql));
    EXPECT_EQ(ours.value(2), QStringLiteral("2.5"));
    EXPECT_EQ(ours.value(12), QStringLiteral("true"));
    EXPECT_EQ(ours.value(16), QStringLiteral("00ff41"));
}

TEST_F(PostgresReadsTest, BindingsGoAsTextAndOtherKindsAreLeftToQt)
{
    bool taken = false;
    const QStringList ours =
        direct(QStringLiteral("SELECT CAST(? AS BIGINT) + 1, CAST(? AS TEXT), CAST(? AS DOUBLE "
                              "PRECISION) * 2, CAST(? AS TEXT)"),
               {41, QStringLiteral("Åse"), 1.25, QVariant()}, 4, &taken);
    EXPECT_TRUE(taken);
    EXPECT_EQ(ours, (QStringList{QStringLiteral("42"), QStringLiteral("Åse"), QStringLiteral("2.5"),
                                 QStringLiteral("NULL")}));
    // A date binding, a date column: not taken. Database::read still reads them, through Qt.
    direct(QStringLiteral("SELECT CAST(? AS TEXT)"), {QDate(2026, 12, 6)}, 1, &taken);
    EXPECT_FALSE(taken);
    direct(QStringLiteral("SELECT CAST('2026-12-06' AS DATE)"), {}, 1, &taken);
    EXPECT_FALSE(taken);
    QString read;
    ASSERT_TRUE(db().read(QStringLiteral("SELECT CAST('2026-12-06' AS DATE)"), {},
                          [&](const SqlRow& row) {
                              read = QString::fromUtf8(row.text(0).toByteArray());
                              return Status{};
                          })
                    .ok());
    EXPECT_EQ(read, QStringLiteral("2026-12-06"));
}

TEST_F(PostgresReadsTest, InsideATransactionAndOnFailureQtReads)
{
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.status().ok());
        bool taken = true;
        direct(QStringLiteral("SELECT 1"), {}, 1, &taken);
        EXPECT_FALSE(taken);
        int rows = 0;
        ASSERT_TRUE(db().read(QStringLiteral("SELECT COUNT(*) FROM participant"), {},
                              [&](const SqlRow&) {
                                  ++rows;
                                  return Status{};
                              })
                        .ok());
        EXPECT_EQ(rows, 1);
    }
    // The server's refusal, reported as any statement's.
    const Status failed = db().read(QStringLiteral("SELECT * FROM no_such_table WHERE id = ?"), {1},
                                    [](const SqlRow&) { return Status{}; });
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.message().contains(QStringLiteral("no_such_table")))
        << qPrintable(failed.message());
    // The connection reads on.
    bool taken = false;
    EXPECT_EQ(direct(QStringLiteral("SELECT 'still'"), {}, 1, &taken),
              QStringList{QStringLiteral("still")});
    EXPECT_TRUE(taken);
}

TEST_F(PostgresReadsTest, ANotificationThatArrivesDuringAReadIsStillPassedOn)
{
    // Live updates listen on the trial's own connection. A notification already waiting on
    // the connection when a read runs is taken in by libpq with the read's result; Qt's driver
    // still emits it.
    QSqlDriver* driver = db().connection().driver();
    ASSERT_TRUE(driver->subscribeToNotification(QStringLiteral("td_reads_test")));
    QStringList received;
    QObject::connect(driver, &QSqlDriver::notification,
                     [&](const QString& name, QSqlDriver::NotificationSource, const QVariant&) {
                         received << name;
                     });
    // What the driver queued after its own LISTEN runs now, before the notification is sent.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    {
        auto other = Database::open(dbPath(), Database::Options{});
        ASSERT_TRUE(other.ok()) << str(other.message());
        ASSERT_TRUE((*other)->execDirect(QStringLiteral("NOTIFY td_reads_test")).ok());
    }
    QThread::msleep(300); // it reaches this connection's socket; no event is handled yet
    int rows = 0;
    ASSERT_TRUE(db().read(QStringLiteral("SELECT 1"), {},
                          [&](const SqlRow&) {
                              ++rows;
                              return Status{};
                          })
                    .ok());
    EXPECT_EQ(rows, 1);
    for (int i = 0; i < 50 && received.isEmpty(); ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
    EXPECT_EQ(received, QStringList{QStringLiteral("td_reads_test")});
    driver->unsubscribeFromNotification(QStringLiteral("td_reads_test"));
}

} // namespace
