// Database::write and Database::read, SQLite's C API behind the cached statements: every kind
// of value is stored and read back exactly as through Qt's SQLite driver; rows and ids are
// reported; refusals are clear; writes take part in transactions.

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

class DatabaseDirectTest : public ::testing::Test
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

TEST_F(DatabaseDirectTest, StoresEveryValueAsTheQtDriverDoes)
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

TEST_F(DatabaseDirectTest, SaysHowManyRowsItWroteAndTheLastId)
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

TEST_F(DatabaseDirectTest, ARefusedStatementSaysWhyAndChangesNothing)
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

TEST_F(DatabaseDirectTest, WritesBelongToTheOpenTransaction)
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

// Every value of every row as read() gives it, and as readThroughQt() (QSqlQuery) does.
std::pair<QStringList, QStringList> readBothWays(Database& db, const QString& sql)
{
    auto collect = [&](bool direct) {
        QStringList out;
        auto visit = [&](const SqlRow& r) -> Status {
            QStringList row;
            for (int c = 0; c < 3; ++c)
                row << (r.isNull(c) ? QStringLiteral("NULL")
                                    : QString::fromUtf8(r.text(c)) + QLatin1Char('|') +
                                          QString::number(r.toDouble(c), 'g', 17));
            out << row.join(QLatin1Char(' '));
            return {};
        };
        const Status s = direct ? db.read(sql, {}, visit) : db.readThroughQt(sql, {}, visit);
        EXPECT_TRUE(s.ok()) << str(s.message());
        return out;
    };
    return {collect(true), collect(false)};
}

TEST_F(DatabaseDirectTest, ReadsEveryValueAsQSqlQueryDoes)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    const QVariantList values = {
        QVariant(),
        0,
        -17,
        qint64(9007199254740993LL),
        2.0,
        0.1,
        -0.125,
        1e20,
        1.0 / 3.0,
        2.5e-7,
        QStringLiteral(""),
        QStringLiteral("12"),
        QStringLiteral("3.50"),
        QStringLiteral("Ærlig ølkasse på vei, 🙂"),
        QByteArray("bytes"),
    };
    for (const QVariant& v : values)
        ASSERT_TRUE(m_db->write(insert, {QStringLiteral("r"), v}).ok());
    const auto [direct, qt] = readBothWays(
        *m_db,
        QStringLiteral("SELECT v, v * 2, typeof(v) FROM scratch WHERE via = 'r' ORDER BY id"));
    ASSERT_EQ(qt.size(), values.size());
    EXPECT_EQ(direct, qt);
    // Numbers as Qt writes them: 2, not SQLite's own 2.0.
    EXPECT_TRUE(direct[4].startsWith(QStringLiteral("2|2 4|4 real"))) << str(direct[4]);
}

TEST_F(DatabaseDirectTest, AReadCanReadTheSameStatementAgainInsideIt)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    for (int v = 1; v <= 3; ++v)
        ASSERT_TRUE(m_db->write(insert, {QStringLiteral("n"), v}).ok());
    const QString sql = QStringLiteral("SELECT v FROM scratch WHERE via = ? ORDER BY v");
    QStringList pairs;
    const Status s = m_db->read(sql, {QStringLiteral("n")}, [&](const SqlRow& outer) -> Status {
        const QString a = QString::fromUtf8(outer.text(0));
        return m_db->read(sql, {QStringLiteral("n")}, [&](const SqlRow& inner) -> Status {
            pairs << a + QString::fromUtf8(inner.text(0));
            return {};
        });
    });
    ASSERT_TRUE(s.ok()) << str(s.message());
    EXPECT_EQ(pairs.join(QLatin1Char(',')), QStringLiteral("11,12,13,21,22,23,31,32,33"));
}

TEST_F(DatabaseDirectTest, AVisitorsErrorStopsTheReadAndABrokenQueryIsRefused)
{
    const QString insert = QStringLiteral("INSERT INTO scratch (via, v) VALUES (?, ?)");
    for (int v = 1; v <= 3; ++v)
        ASSERT_TRUE(m_db->write(insert, {QStringLiteral("n"), v}).ok());
    const QString sql = QStringLiteral("SELECT v FROM scratch ORDER BY v");
    int seen = 0;
    const Status stopped = m_db->read(sql, {}, [&](const SqlRow&) -> Status {
        ++seen;
        return makeError(ErrorCode::Invalid, QStringLiteral("enough"));
    });
    EXPECT_EQ(seen, 1);
    EXPECT_EQ(stopped.message(), QStringLiteral("enough"));
    // The statement was reset: it reads from the start again.
    seen = 0;
    ASSERT_TRUE(m_db->read(sql, {},
                           [&](const SqlRow&) -> Status {
                               ++seen;
                               return {};
                           })
                    .ok());
    EXPECT_EQ(seen, 3);

    const Status broken = m_db->read(QStringLiteral("SELECT absent FROM scratch"), {},
                                     [](const SqlRow&) -> Status { return {}; });
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.message().contains(QStringLiteral("no such column: absent")))
        << str(broken.message());
}

} // namespace
