// Database::write: the cached C-API write path stores every kind of value exactly as Qt's
// SQLite driver does, reports rows and ids, refuses clearly and takes part in transactions.

#include "TestTrial.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

using namespace td;
using namespace tdtest;

namespace {

class DatabaseWriteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = openWithClock(
            m_dir.filePath(QStringLiteral("write.sqlite")),
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)));
        ASSERT_TRUE(opened.ok()) << str(opened.message());
        m_db = std::move(opened).value();
        ASSERT_EQ(sqlExec(*m_db, QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, "
                                                "via TEXT NOT NULL, v, UNIQUE (via, v))")),
                  QString());
    }
    void TearDown() override { m_db.reset(); }

    // How SQLite stored the value of each row written through `via`.
    QStringList stored(const QString& via)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT typeof(v), quote(v) FROM scratch WHERE via = ? ORDER "
                                 "BY id"));
        q.addBindValue(via);
        EXPECT_TRUE(q.exec());
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(DatabaseWriteTest, StoresEveryValueAsTheQtDriverDoes)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    const QVariantList values = {
        QVariant(),
        QVariant(QString()), // a null string is NULL
        QString(),
        QStringLiteral(""), // an empty string is empty text
        QStringLiteral("Ærlig ølkasse på vei, 🙂"),
        42,
        qint64(9007199254740993LL),
        true,
        false,
        2.5,
        -0.125,
        QDate(2026, 11, 21),
        QDate(),
        QDateTime(QDate(2026, 11, 21), QTime(9, 30, 15, 250), Qt::UTC),
        QByteArray("\x00\x01\xff", 3),
        QByteArray(),
        uint(7),
        qulonglong(8),
    };
    for (const QVariant& v : values) {
        auto viaQt = m_db->exec(insert, {QStringLiteral("qt"), v});
        ASSERT_TRUE(viaQt.ok()) << str(viaQt.message());
        auto viaWrite = m_db->write(insert, {QStringLiteral("write"), v});
        ASSERT_TRUE(viaWrite.ok()) << str(viaWrite.message());
    }
    const QStringList expected = stored(QStringLiteral("qt"));
    ASSERT_EQ(expected.size(), values.size());
    EXPECT_EQ(stored(QStringLiteral("write")), expected);
    // And what that is, for the values whose storage matters to the audit trail.
    EXPECT_EQ(expected[1], QStringLiteral("null NULL"));
    EXPECT_EQ(expected[3], QStringLiteral("text ''"));
    EXPECT_EQ(expected[7], QStringLiteral("integer 1"));
    EXPECT_EQ(expected[11], QStringLiteral("text '2026-11-21'"));
}

TEST_F(DatabaseWriteTest, SaysHowManyRowsItWroteAndTheLastId)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    auto first = m_db->write(insert, {QStringLiteral("a"), 1});
    ASSERT_TRUE(first.ok()) << str(first.message());
    EXPECT_EQ(first->rows, 1);
    auto second = m_db->write(insert, {QStringLiteral("a"), 2});
    ASSERT_TRUE(second.ok()) << str(second.message());
    EXPECT_EQ(second->lastId, first->lastId + 1);

    auto changed = m_db->write(QStringLiteral("UPDATE scratch SET v = v + 10 WHERE via = ?"),
                               {QStringLiteral("a")});
    ASSERT_TRUE(changed.ok()) << str(changed.message());
    EXPECT_EQ(changed->rows, 2);
    auto none = m_db->write(QStringLiteral("UPDATE scratch SET v = 0 WHERE via = ?"),
                            {QStringLiteral("nobody")});
    ASSERT_TRUE(none.ok()) << str(none.message());
    EXPECT_EQ(none->rows, 0);
    EXPECT_EQ(stored(QStringLiteral("a")),
              (QStringList{QStringLiteral("integer 11"), QStringLiteral("integer 12")}));
}

TEST_F(DatabaseWriteTest, ARefusedStatementSaysWhyAndChangesNothing)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    ASSERT_TRUE(m_db->write(insert, {QStringLiteral("a"), 1}).ok());

    auto duplicate = m_db->write(insert, {QStringLiteral("a"), 1});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Database);
    EXPECT_TRUE(duplicate.message().contains(QStringLiteral("UNIQUE constraint failed")))
        << str(duplicate.message());
    EXPECT_TRUE(duplicate.message().contains(QStringLiteral("INSERT INTO scratch")));

    auto missing = m_db->write(insert, {QStringLiteral("a")});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.message().contains(QStringLiteral("takes 2 values, not 1")))
        << str(missing.message());

    auto broken = m_db->write(QStringLiteral("INSERT INTO nowhere (v) VALUES (?)"), {1});
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.message().contains(QStringLiteral("no such table: nowhere")))
        << str(broken.message());

    // The statement still works after its refusals (reset, bindings cleared).
    ASSERT_TRUE(m_db->write(insert, {QStringLiteral("a"), 2}).ok());
    EXPECT_EQ(stored(QStringLiteral("a")),
              (QStringList{QStringLiteral("integer 1"), QStringLiteral("integer 2")}));
}

TEST_F(DatabaseWriteTest, WritesBelongToTheOpenTransaction)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(tx.status().ok());
        ASSERT_TRUE(m_db->write(insert, {QStringLiteral("tx"), 1}).ok());
        EXPECT_EQ(stored(QStringLiteral("tx")).size(), 1);
    } // not committed: rolled back
    EXPECT_TRUE(stored(QStringLiteral("tx")).isEmpty());
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(m_db->write(insert, {QStringLiteral("tx"), 2}).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(stored(QStringLiteral("tx")), QStringList{QStringLiteral("integer 2")});
}

} // namespace
