// Opening a trial file that is missing, damaged, newer than the program or locked gives a
// clear message and leaves the file exactly as it was.

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace td;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A plain SQLite file (rollback journal, as another program would leave it).
void plainFile(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        c.setDatabaseName(path);
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        for (const QString& s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
}

class TrialFileTest : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

TEST_F(TrialFileTest, AMissingFileIsRefusedWhenItMustExist)
{
    Database::Options options;
    options.mode = OpenMode::Upgrade;
    auto db = Database::open(path("none.sqlite"), options);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.message().contains(QStringLiteral("does not exist")))
        << db.message().toStdString();
    EXPECT_FALSE(QFile::exists(path("none.sqlite")));
}

TEST_F(TrialFileTest, ADamagedFileIsRefusedAndLeftAlone)
{
    QFile f(path("damaged.sqlite"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, '\x5a'));
    f.close();
    const QByteArray before = digest(path("damaged.sqlite"));
    auto db = Database::open(path("damaged.sqlite"));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.message().contains(QStringLiteral("damaged"))) << db.message().toStdString();
    EXPECT_EQ(digest(path("damaged.sqlite")), before);
    EXPECT_FALSE(QFile::exists(path("damaged.sqlite-wal")));
}

TEST_F(TrialFileTest, AFileFromANewerProgramIsRefusedAndLeftAlone)
{
    plainFile(path("newer.sqlite"), {QStringLiteral("CREATE TABLE future (x)"),
                                     QStringLiteral("PRAGMA user_version = 999")});
    const QByteArray before = digest(path("newer.sqlite"));
    auto db = Database::open(path("newer.sqlite"));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.message().contains(QStringLiteral("newer"))) << db.message().toStdString();
    EXPECT_TRUE(db.message().contains(QStringLiteral("999")));
    EXPECT_EQ(digest(path("newer.sqlite")), before);
    EXPECT_FALSE(QFile::exists(path("newer.sqlite-wal")));
}

TEST_F(TrialFileTest, ALockedFileIsRefusedWithWhatToDo)
{
    const QString file = path("locked.sqlite");
    plainFile(file, {QStringLiteral("CREATE TABLE t (x)")});
    const QByteArray before = digest(file);
    QSqlDatabase holder =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(file);
    ASSERT_TRUE(holder.open());
    {
        QSqlQuery q(holder);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto db = Database::open(file);
        ASSERT_FALSE(db.ok());
        EXPECT_TRUE(db.message().contains(QStringLiteral("locked"))) << db.message().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    EXPECT_EQ(digest(file), before);
}

} // namespace
