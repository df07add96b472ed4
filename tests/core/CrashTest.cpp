// Crash safety: a writer process (CrashWriter.cpp) that commits batches of 20 screenings is
// killed with SIGKILL in the middle of its work. Afterwards the database is intact, every
// batch it reported as committed is there, no batch is there by halves, and the audit trail
// verifies.

#include "TestTrial.h"
#include "audit/AuditVerifier.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace td;
using namespace tdtest;

namespace {

constexpr int batchSize = 20;

// Reads the writer's "batch number" lines; returns the highest number seen.
qint64 readBatches(QProcess& writer, QByteArray& pending, qint64 highest)
{
    pending += writer.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(newline).trimmed();
        pending.remove(0, newline + 1);
        bool ok = false;
        const qint64 n = line.toLongLong(&ok);
        if (ok) {
            EXPECT_EQ(n, highest + 1) << "batches are reported in order";
            highest = n;
        } else {
            ADD_FAILURE() << "unexpected writer output: " << line.toStdString();
        }
    }
    return highest;
}

void crashAndCheck(int minimumBatches)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));

    QProcess writer;
    writer.start(QStringLiteral(TD_CRASH_WRITER), {path});
    ASSERT_TRUE(writer.waitForStarted(10000)) << str(writer.errorString());

    qint64 reported = 0;
    QByteArray pending;
    QDeadlineTimer deadline(30000);
    while (reported < minimumBatches && !deadline.hasExpired() &&
           writer.state() == QProcess::Running) {
        writer.waitForReadyRead(100);
        reported = readBatches(writer, pending, reported);
    }
    ASSERT_EQ(writer.state(), QProcess::Running)
        << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
    ASSERT_GE(reported, minimumBatches) << "the writer was too slow";

    writer.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
    ASSERT_TRUE(writer.waitForFinished(10000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
    // Lines that were printed before the kill are committed batches too.
    reported = readBatches(writer, pending, reported);
    EXPECT_TRUE(pending.isEmpty() || !pending.contains('\n'));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << str(opened.message());
    Database& db = **opened;
    EXPECT_EQ(sqlValue(db, QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    EXPECT_EQ(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);

    // Every reported batch is there; whatever is there came in whole batches.
    const qint64 count = sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM participant"));
    EXPECT_GE(count, reported * batchSize);
    EXPECT_EQ(count % batchSize, 0) << count << " participants: a batch was half committed";
    // A SIGKILL can land after a commit and before its line was printed, never more than one.
    EXPECT_LE(count, (reported + 1) * batchSize);

    // Study ids are OSL-001, OSL-002, ... without gaps or duplicates.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT study_id FROM participant ORDER BY id")));
    QSet<int> numbers;
    while (q.next()) {
        const QString studyId = q.value(0).toString();
        ASSERT_TRUE(studyId.startsWith(QStringLiteral("OSL-"))) << str(studyId);
        numbers.insert(studyId.mid(4).toInt());
    }
    EXPECT_EQ(numbers.size(), count);
    for (int n = 1; n <= count; ++n)
        if (!numbers.contains(n)) {
            ADD_FAILURE() << "study number " << n << " is missing";
            break;
        }
    EXPECT_EQ(sqlCount(db, QStringLiteral("SELECT next_number FROM site WHERE code = 'OSL'")),
              count + 1);

    // One audit row of six values per screening, and the chain is unbroken up to the last
    // commit.
    auto v = AuditVerifier::verify(db);
    ASSERT_TRUE(v.ok()) << str(v.message());
    EXPECT_TRUE(v->intact) << "row " << v->firstBrokenId << ": " << str(v->problem);
    EXPECT_EQ(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                          "'participant'")),
              count);
    EXPECT_EQ(auditEntries(db, QStringLiteral("entity = 'participant'")), count * 6);

    // The database takes new work after the crash.
    EXPECT_EQ(sqlExec(db, QStringLiteral("INSERT INTO site (code, name) VALUES ('BRG', 'Bergen')")),
              QString());
}

TEST(CrashTest, KilledWriterLeavesWholeCommittedBatches)
{
    crashAndCheck(5);
}

TEST(CrashTest, KilledWriterLeavesWholeCommittedBatchesLater)
{
    // A second kill at a different point of the work.
    crashAndCheck(12);
}

} // namespace

namespace {

// An encrypted trial (docs/encryption.md) killed 30 times during writes, each time after a
// few committed batches and a random moment into the next: it opens with the administrator's
// password every time, passes integrity_check and the audit verification, and has lost no
// batch that was reported committed (nor kept one by halves).
TEST(CrashTest, EncryptedTrialSurvivesThirtyKillsDuringWrites)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    Database::Options options;
    options.mode = OpenMode::AsIs;
    options.user = QStringLiteral("admin");
    options.password = QStringLiteral("Krasj-passord-1");
    qint64 committed = 0; // participants reported committed over all runs
    for (int kill = 1; kill <= 30; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(TD_CRASH_WRITER), {QStringLiteral("encrypted"), path});
        ASSERT_TRUE(writer.waitForStarted(10000)) << str(writer.errorString());
        const int batches = 1 + kill % 3;
        qint64 reported = 0;
        QByteArray pending;
        QDeadlineTimer deadline(30000);
        while (reported < batches && !deadline.hasExpired() &&
               writer.state() == QProcess::Running) {
            writer.waitForReadyRead(50);
            reported = readBatches(writer, pending, reported);
        }
        ASSERT_EQ(writer.state(), QProcess::Running)
            << "kill " << kill
            << ": the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        QThread::usleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(20000)));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(10000));
        reported = readBatches(writer, pending, reported);

        auto opened = Database::open(path, options);
        ASSERT_TRUE(opened.ok()) << "kill " << kill << ": " << str(opened.message());
        Database& db = **opened;
        ASSERT_TRUE(db.encrypted());
        ASSERT_EQ(sqlValue(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"))
            << "kill " << kill;
        const qint64 count = sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM participant"));
        committed += reported * batchSize;
        ASSERT_GE(count, committed) << "kill " << kill << ": a committed batch was lost";
        ASSERT_EQ(count % batchSize, 0) << "kill " << kill << ": a batch was half committed";
        // A kill can land after a commit and before its line was printed.
        committed = count;
        auto v = AuditVerifier::verify(db);
        ASSERT_TRUE(v.ok()) << str(v.message());
        ASSERT_TRUE(v->intact) << "kill " << kill << ", row " << v->firstBrokenId << ": "
                               << str(v->problem);
        EXPECT_EQ(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                              "'participant'")),
                  count);
    }
    EXPECT_GE(committed, 30 * batchSize);
    // No known string in the file or its log.
    for (const char* suffix : {"", "-wal"}) {
        QFile f(path + QLatin1String(suffix));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains("OSL-001")) << suffix;
        EXPECT_FALSE(bytes.contains("coordinator")) << suffix;
    }
}

} // namespace
