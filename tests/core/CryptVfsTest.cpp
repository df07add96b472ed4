// The encrypting VFS (storage/CryptVfs, docs/encryption.md): a file written through it holds no
// readable page, in the database, its write-ahead log or its rollback journal; plain SQLite
// and the sqlite3 program cannot open it; a wrong key opens nothing; a byte changed in any page
// is reported as damage naming the page; a good file passes integrity_check, and VACUUM keeps
// the reserved bytes the cipher needs.

#include "storage/CryptVfs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace td;

namespace {

// Strings of the kinds a trial holds: participant ids, instrument ids, arm codes, user names.
const QStringList knownStrings = {
    QStringLiteral("PX-SECRET-0042"), QStringLiteral("PHQ9-INSTRUMENT-ZQ"),
    QStringLiteral("ARM-CBT-SECRET"), QStringLiteral("kari.nordmann.secret")};

QString uriOf(const QString& path, const QString& parameters)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QLatin1Char('?') + parameters;
}

sqlite3* openEncrypted(const QString& path, const CryptVfs::Grant& grant, int* rc = nullptr)
{
    sqlite3* db = nullptr;
    const QByteArray uri = uriOf(path, grant.uriParameters()).toUtf8();
    const int result =
        sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
    if (rc)
        *rc = result == SQLITE_OK ? result : sqlite3_extended_errcode(db);
    if (result != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    if (!CryptVfs::prepareConnection(db).ok()) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

int exec(sqlite3* db, const QString& sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
}

QString scalar(sqlite3* db, const QString& sql, int* rc = nullptr)
{
    sqlite3_stmt* stmt = nullptr;
    QString out;
    int result = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr);
    if (result == SQLITE_OK) {
        result = sqlite3_step(stmt);
        if (result == SQLITE_ROW) {
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            result = SQLITE_OK;
        }
    }
    if (result != SQLITE_OK && result != SQLITE_DONE)
        result = sqlite3_extended_errcode(db);
    sqlite3_finalize(stmt);
    if (rc)
        *rc = result;
    return out;
}

// Reads every row of every table; the first error's extended code.
int readEverything(sqlite3* db)
{
    int rc = SQLITE_OK;
    const QString check = scalar(db, QStringLiteral("PRAGMA integrity_check"), &rc);
    if (rc != SQLITE_OK)
        return rc;
    // integrity_check reports a page it cannot read in its text ("Page 2: unable to get the
    // page. error code=8202").
    if (check.contains(QStringLiteral("error code=%1").arg(SQLITE_IOERR_DATA)))
        return SQLITE_IOERR_DATA;
    if (check != QLatin1String("ok"))
        return SQLITE_CORRUPT;
    scalar(db, QStringLiteral("SELECT group_concat(code || note) FROM item"), &rc);
    return rc;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void expectNoKnownString(const QByteArray& bytes, const QString& what)
{
    ASSERT_FALSE(bytes.isEmpty()) << what.toStdString();
    for (const QString& s : knownStrings) {
        EXPECT_FALSE(bytes.contains(s.toUtf8())) << s.toStdString() << " in " << what.toStdString();
        EXPECT_FALSE(
            bytes.contains(QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2)))
            << s.toStdString() << " (UTF-16) in " << what.toStdString();
    }
}

class CryptVfsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(CryptVfs::ensureRegistered());
        m_key = DataKey::random();
        ASSERT_TRUE(m_key);
        m_grant = std::make_unique<CryptVfs::Grant>(m_key);
        m_path = m_dir.filePath(QStringLiteral("trial.sqlite"));
        ASSERT_TRUE(CryptVfs::createFile(m_path, *m_key).ok());
    }

    // A database of known strings: 300 rows over a few dozen pages, committed in the log.
    sqlite3* fill(int rows = 300)
    {
        sqlite3* db = openEncrypted(m_path, *m_grant);
        EXPECT_TRUE(db);
        if (!db)
            return nullptr;
        EXPECT_EQ(exec(db, QStringLiteral("PRAGMA journal_mode = WAL")), SQLITE_OK);
        EXPECT_EQ(exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0")), SQLITE_OK);
        EXPECT_EQ(exec(db, QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, code TEXT, "
                                          "note TEXT)")),
                  SQLITE_OK);
        EXPECT_EQ(exec(db, QStringLiteral("CREATE INDEX item_code ON item(code)")), SQLITE_OK);
        EXPECT_EQ(exec(db, QStringLiteral("BEGIN")), SQLITE_OK);
        for (int i = 0; i < rows; ++i)
            EXPECT_EQ(exec(db, QStringLiteral("INSERT INTO item (code, note) VALUES ('%1-%2', "
                                              "'%3 %4')")
                                   .arg(knownStrings[i % 4])
                                   .arg(i)
                                   .arg(knownStrings[(i + 1) % 4])
                                   .arg(QString(40, QLatin1Char('x')))),
                      SQLITE_OK);
        EXPECT_EQ(exec(db, QStringLiteral("COMMIT")), SQLITE_OK);
        return db;
    }

    QTemporaryDir m_dir;
    DataKeyPtr m_key;
    std::unique_ptr<CryptVfs::Grant> m_grant;
    QString m_path;
};

TEST_F(CryptVfsTest, WritesNoKnownStringToTheFileOrItsLog)
{
    sqlite3* db = fill();
    ASSERT_TRUE(db);
    // Committed in the log, not yet in the file.
    ASSERT_GT(QFileInfo(m_path + QStringLiteral("-wal")).size(), 10 * CryptVfs::pageSize);
    expectNoKnownString(bytesOf(m_path + QStringLiteral("-wal")), QStringLiteral("the log"));
    ASSERT_EQ(exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), SQLITE_OK);
    expectNoKnownString(bytesOf(m_path), QStringLiteral("the file"));
    sqlite3_close(db);
    expectNoKnownString(bytesOf(m_path), QStringLiteral("the closed file"));

    db = openEncrypted(m_path, *m_grant);
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM item")), QStringLiteral("300"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT code FROM item WHERE id = 3")),
              knownStrings[2] + QStringLiteral("-2"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA page_size")), QStringLiteral("4096"));
    sqlite3_close(db);
}

TEST_F(CryptVfsTest, RollbackJournalHoldsNoKnownString)
{
    sqlite3_close(fill());
    sqlite3* db = openEncrypted(m_path, *m_grant);
    ASSERT_TRUE(db);
    ASSERT_EQ(exec(db, QStringLiteral("PRAGMA journal_mode = DELETE")), SQLITE_OK);
    ASSERT_EQ(exec(db, QStringLiteral("PRAGMA cache_size = 2")), SQLITE_OK);
    ASSERT_EQ(exec(db, QStringLiteral("BEGIN")), SQLITE_OK);
    ASSERT_EQ(exec(db, QStringLiteral("UPDATE item SET note = 'changed'")), SQLITE_OK);
    const QString journal = m_path + QStringLiteral("-journal");
    ASSERT_GT(QFileInfo(journal).size(), 5 * CryptVfs::pageSize);
    expectNoKnownString(bytesOf(journal), QStringLiteral("the rollback journal"));
    expectNoKnownString(bytesOf(m_path), QStringLiteral("the file during the transaction"));
    // Rolling back reads the journal's pages back through the cipher.
    ASSERT_EQ(exec(db, QStringLiteral("ROLLBACK")), SQLITE_OK);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM item WHERE note = 'changed'")),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    sqlite3_close(db);
}

TEST_F(CryptVfsTest, PlainSqliteCannotOpenTheFile)
{
    sqlite3_close(fill());
    sqlite3* plain = nullptr;
    ASSERT_EQ(sqlite3_open_v2(m_path.toUtf8().constData(), &plain, SQLITE_OPEN_READONLY, nullptr),
              SQLITE_OK);
    int rc = SQLITE_OK;
    scalar(plain, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &rc);
    EXPECT_EQ(rc, SQLITE_NOTADB);
    sqlite3_close(plain);

    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        GTEST_SKIP() << "no sqlite3 program on this machine";
    QProcess p;
    p.start(program, {m_path, QStringLiteral("SELECT count(*) FROM sqlite_schema;")});
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_NE(p.exitCode(), 0);
    EXPECT_TRUE(p.readAllStandardError().contains("not a database"));
}

TEST_F(CryptVfsTest, AWrongOrMissingKeyOpensNothing)
{
    sqlite3_close(fill());
    auto other = DataKey::random();
    CryptVfs::Grant wrong(other);
    int rc = SQLITE_OK;
    EXPECT_EQ(openEncrypted(m_path, wrong, &rc), nullptr);
    EXPECT_EQ(rc, SQLITE_AUTH);

    sqlite3* db = nullptr;
    const QByteArray uri =
        uriOf(m_path, QStringLiteral("vfs=trialdesk-crypt&tdkey=0123456789abcdef")).toUtf8();
    EXPECT_NE(
        sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr),
        SQLITE_OK);
    sqlite3_close(db);

    EXPECT_TRUE(CryptVfs::readHeader(m_path)->opens(*m_key));
    EXPECT_FALSE(CryptVfs::readHeader(m_path)->opens(*other));
}

TEST_F(CryptVfsTest, AByteChangedInAnyPageIsReportedAsDamage)
{
    sqlite3* db = fill(120);
    ASSERT_EQ(exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), SQLITE_OK);
    sqlite3_close(db);
    const QByteArray good = bytesOf(m_path);
    const qint64 pages = (good.size() - CryptHeader::regionSize) / CryptVfs::pageSize;
    ASSERT_GE(pages, 5);
    ASSERT_EQ((good.size() - CryptHeader::regionSize) % CryptVfs::pageSize, 0);
    for (qint64 page = 0; page < pages; ++page) {
        // The first byte, a middle one and one of the nonce and tag, in turn.
        const int within[] = {0, 2000, CryptVfs::pageSize - 30, CryptVfs::pageSize - 1};
        const qint64 at = CryptHeader::regionSize + page * CryptVfs::pageSize + within[page % 4];
        QByteArray bad = good;
        bad[at] = static_cast<char>(bad[at] ^ 0x01);
        {
            QFile f(m_path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bad);
        }
        CryptVfs::clearDamage();
        // SQLite reads the first page as it opens the file, the others when asked.
        int rc = SQLITE_OK;
        sqlite3* damaged = openEncrypted(m_path, *m_grant, &rc);
        EXPECT_EQ(damaged ? readEverything(damaged) : rc, SQLITE_IOERR_DATA) << "page " << page + 1;
        EXPECT_TRUE(CryptVfs::lastDamage().startsWith(QStringLiteral("Page %1 of ").arg(page + 1)))
            << CryptVfs::lastDamage().toStdString();
        sqlite3_close(damaged);
    }
    {
        QFile f(m_path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(good);
    }
    CryptVfs::clearDamage();
    db = openEncrypted(m_path, *m_grant);
    EXPECT_EQ(readEverything(db), SQLITE_OK);
    EXPECT_TRUE(CryptVfs::lastDamage().isEmpty());
    sqlite3_close(db);
}

// Copies the file and its log while a connection keeps the log (no checkpoint).
void copyWithLog(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal"}) {
        QFile::remove(to + QLatin1String(suffix));
        ASSERT_TRUE(QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)));
    }
}

void flip(const QString& path, qint64 at)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(at);
    char c = 0;
    f.getChar(&c);
    f.seek(at);
    f.putChar(static_cast<char>(c ^ 0x10));
}

TEST_F(CryptVfsTest, AByteChangedInACommittedLogFrameIsReportedAsDamage)
{
    sqlite3* db = fill(120);
    // A second transaction commits after the first's frames.
    ASSERT_EQ(exec(db, QStringLiteral("UPDATE item SET note = 'later' WHERE id = 1")), SQLITE_OK);
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    copyWithLog(m_path, copy);
    sqlite3_close(db);
    // The page of the log's first frame (32-byte log header, 24-byte frame header).
    flip(copy + QStringLiteral("-wal"), 32 + 24 + 100);
    CryptVfs::clearDamage();
    sqlite3* damaged = openEncrypted(copy, *m_grant);
    ASSERT_TRUE(damaged);
    EXPECT_EQ(readEverything(damaged), SQLITE_IOERR_DATA);
    EXPECT_TRUE(CryptVfs::lastDamage().contains(QStringLiteral("write-ahead log")))
        << CryptVfs::lastDamage().toStdString();
    sqlite3_close(damaged);
}

TEST_F(CryptVfsTest, ATornLastFrameIsTheEndOfTheLogAsAfterACrash)
{
    sqlite3* db = fill(120);
    ASSERT_EQ(exec(db, QStringLiteral("UPDATE item SET note = 'later' WHERE id = 1")), SQLITE_OK);
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    copyWithLog(m_path, copy);
    sqlite3_close(db);
    // The last frame (the UPDATE's commit) cut off half-way, as a crash during the write leaves.
    const qint64 size = QFileInfo(copy + QStringLiteral("-wal")).size();
    flip(copy + QStringLiteral("-wal"), size - 1000);
    CryptVfs::clearDamage();
    sqlite3* reopened = openEncrypted(copy, *m_grant);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(readEverything(reopened), SQLITE_OK);
    EXPECT_EQ(scalar(reopened, QStringLiteral("SELECT count(*) FROM item WHERE note = 'later'")),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(reopened, QStringLiteral("SELECT count(*) FROM item")), QStringLiteral("120"));
    EXPECT_FALSE(CryptVfs::lastDamage().isEmpty());
    sqlite3_close(reopened);
}

TEST_F(CryptVfsTest, VacuumKeepsTheReservedBytes)
{
    sqlite3* db = fill();
    ASSERT_EQ(exec(db, QStringLiteral("DELETE FROM item WHERE id % 2 = 0")), SQLITE_OK);
    ASSERT_EQ(exec(db, QStringLiteral("VACUUM")), SQLITE_OK);
    int reserve = -1;
    ASSERT_EQ(sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve), SQLITE_OK);
    EXPECT_EQ(reserve, CryptVfs::reserveBytes);
    ASSERT_EQ(exec(db, QStringLiteral("INSERT INTO item (code) VALUES ('after vacuum')")),
              SQLITE_OK);

    // VACUUM INTO a new encrypted file (the backup's route).
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(CryptVfs::createFile(copy, *m_key).ok());
    QString into = uriOf(copy, m_grant->uriParameters());
    ASSERT_EQ(exec(db, QStringLiteral("VACUUM INTO '%1'").arg(into)), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
    expectNoKnownString(bytesOf(copy), QStringLiteral("the vacuumed copy"));
    for (const QString& path : {m_path, copy}) {
        sqlite3* c = openEncrypted(path, *m_grant);
        ASSERT_TRUE(c);
        EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        EXPECT_EQ(scalar(c, QStringLiteral("SELECT count(*) FROM item")), QStringLiteral("151"));
        ASSERT_EQ(exec(c, QStringLiteral("INSERT INTO item (code) VALUES ('more')")), SQLITE_OK);
        sqlite3_close(c);
    }
}

TEST_F(CryptVfsTest, QtsDriverReadsThroughTheVfs)
{
    sqlite3_close(fill(10));
    const QString name = QStringLiteral("crypt-qt");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        c.setDatabaseName(uriOf(m_path, m_grant->uriParameters()));
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM item")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 10);
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(CryptVfsTest, TheHeaderIsKeptTwiceAndSurvivesATornUpdate)
{
    sqlite3* db = fill(10);
    auto header = CryptVfs::readOpenHeader(db);
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(header->generation, 1u);
    CryptHeader changed = *header;
    changed.slotArea[0] = 'A';
    ASSERT_TRUE(CryptVfs::writeOpenHeader(db, changed).ok());
    changed.slotArea[0] = 'B';
    ASSERT_TRUE(CryptVfs::writeOpenHeader(db, changed).ok());
    auto now = CryptVfs::readOpenHeader(db);
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now->generation, 3u);
    EXPECT_EQ(now->slotArea[0], 'B');
    EXPECT_EQ(now->fileId, header->fileId);
    sqlite3_close(db);

    // The newer copy torn: the older one is read, and the data still opens.
    QByteArray region = bytesOf(m_path).left(CryptHeader::regionSize);
    int newer = -1;
    ASSERT_TRUE(CryptHeader::decode(region, &newer).ok());
    flip(m_path, newer * CryptHeader::copySize + 200);
    auto older = CryptVfs::readHeader(m_path);
    ASSERT_TRUE(older.ok());
    EXPECT_EQ(older->generation, 2u);
    EXPECT_EQ(older->slotArea[0], 'A');
    db = openEncrypted(m_path, *m_grant);
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM item")), QStringLiteral("10"));
    sqlite3_close(db);
}

} // namespace

namespace {

TEST_F(CryptVfsTest, TwoConnectionsShareTheLogAndTemporaryTablesStayInMemory)
{
    sqlite3* writer = fill(50);
    sqlite3* reader = openEncrypted(m_path, *m_grant);
    ASSERT_TRUE(reader);
    EXPECT_EQ(scalar(reader, QStringLiteral("SELECT count(*) FROM item")), QStringLiteral("50"));
    ASSERT_EQ(exec(writer, QStringLiteral("INSERT INTO item (code) VALUES ('new')")), SQLITE_OK);
    EXPECT_EQ(scalar(reader, QStringLiteral("SELECT count(*) FROM item")), QStringLiteral("51"));
    // A temporary table, a large sort and a statement journal, all through temporary files.
    ASSERT_EQ(exec(reader, QStringLiteral("PRAGMA cache_size = 2")), SQLITE_OK);
    ASSERT_EQ(exec(reader, QStringLiteral("CREATE TEMP TABLE t AS SELECT item.code || b.id AS v "
                                          "FROM "
                                          "item, item AS b LIMIT 2000")),
              SQLITE_OK);
    EXPECT_EQ(scalar(reader, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT v FROM t "
                                            "ORDER BY v DESC)")),
              scalar(reader, QStringLiteral("SELECT count(DISTINCT v) FROM t")));
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
    EXPECT_EQ(left, QStringList({QStringLiteral("trial.sqlite"), QStringLiteral("trial.sqlite-shm"),
                                 QStringLiteral("trial.sqlite-wal")}));
    sqlite3_close(reader);
    sqlite3_close(writer);
}

} // namespace
