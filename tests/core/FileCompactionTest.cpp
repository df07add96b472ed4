// Compacting the trial file: each table ends up in consecutive pages, nothing else changes, the
// compaction is audited, and a compaction that fails leaves the file as it was.

#include "exchange/FileCompaction.h"

#include "TestTrial.h"
#include "access/Disclosure.h"
#include "audit/AuditReplay.h"
#include "audit/AuditVerifier.h"
#include "participants/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace td;
using namespace tdtest;

namespace {

class FileCompactionTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        // Participants and their audit rows written in turn: their pages interleave.
        ParticipantRepository participants(db());
        for (int i = 0; i < 150; ++i) {
            const Participant p = consented(i % 2 ? m_siteOsl : m_siteBrg);
            must(participants.setCovariates(m_coordinator, p.id,
                                            {30 + i % 40, QStringLiteral("female"), 12, 6}),
                 "covariates");
        }
    }

    FileLayout layout()
    {
        auto l = FileCompaction::measure(db());
        if (!l.ok())
            throw SetupFailure("measure: " + str(l.message()));
        return *l;
    }

    // The clinical content and the trail, without the compaction's own audit row.
    QString content()
    {
        QString out;
        for (const char* sql : {"SELECT * FROM participant ORDER BY id",
                                "SELECT * FROM eligibility_answer ORDER BY rowid",
                                "SELECT id, hash FROM audit_log WHERE action <> 'compacted' "
                                "ORDER BY id"}) {
            QSqlQuery q(db().connection());
            if (!q.exec(QString::fromLatin1(sql)))
                throw SetupFailure("content");
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        return out;
    }
};

TEST_F(FileCompactionTest, MeasuresTheLayout)
{
    const FileLayout l = layout();
    EXPECT_EQ(l.pageSize, 4096);
    EXPECT_GT(l.pages, 10);
    EXPECT_GT(l.dataPages, 5);
    EXPECT_LT(l.dataPages, l.pages);
    EXPECT_GT(l.scatteredPages, 0) << "the set-up should interleave the participants' pages";
    EXPECT_LE(l.scatteredPages, l.dataPages);
    // Small: reads fast however it lies.
    EXPECT_FALSE(l.worthCompacting());
    FileLayout big = l;
    big.dataPages = 10000;
    big.scatteredPages = 5000;
    EXPECT_TRUE(big.worthCompacting());
    big.scatteredPages = 100;
    EXPECT_FALSE(big.worthCompacting());
}

TEST_F(FileCompactionTest, CompactingPutsEachTableInConsecutivePagesAndChangesNothingElse)
{
    const QString before = content();
    const FileLayout was = layout();
    auto done = FileCompaction::compact(db(), m_admin);
    ASSERT_TRUE(done.ok()) << str(done.message());
    EXPECT_EQ(done->before.scatteredPages, was.scatteredPages);
    EXPECT_LT(done->after.scatteredPages, was.scatteredPages);
    EXPECT_LE(done->after.scattered(), 0.05);
    EXPECT_EQ(done->after.freePages, 0);
    EXPECT_EQ(content(), before);
    // Audited, and the trail still verifies and explains every value.
    const auto rows = auditRows(db(), lastAuditId(db()) - 1);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("compacted"));
    EXPECT_EQ(rows[0].username, QStringLiteral("admin"));
    EXPECT_EQ(rows[0].oldValue.toString(), QString::number(was.pages));
    auto v = AuditVerifier::verify(db());
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact) << str(v->problem);
    auto replay = AuditReplay::run(db(), Disclosure::unblinded());
    ASSERT_TRUE(replay.ok()) << str(replay.message());
    EXPECT_TRUE(replay->clean());
}

TEST_F(FileCompactionTest, OnlyWhoMayBackUpMayCompact)
{
    const QString before = dumpDatabase(db());
    auto refused = FileCompaction::compact(db(), m_coordinator);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(FileCompactionTest, ACompactionThatFailsLeavesTheFileAsItWas)
{
    const QString before = dumpDatabase(db());
    const FileLayout was = layout();
    // Another program holds the write lock; VACUUM gives up after the (short) busy timeout.
    const QString name = QStringLiteral("other-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(dbPath());
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ASSERT_EQ(sqlExec(db(), QStringLiteral("PRAGMA busy_timeout = 50")), QString());
        auto failed = FileCompaction::compact(db(), m_admin);
        ASSERT_FALSE(failed.ok());
        EXPECT_TRUE(failed.message().contains(QStringLiteral("as it was")))
            << str(failed.message());
        ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    EXPECT_EQ(layout().scatteredPages, was.scatteredPages);
    // Nor inside a change of one's own.
    {
        Transaction tx(db());
        auto inside = FileCompaction::compact(db(), m_admin);
        ASSERT_FALSE(inside.ok());
        EXPECT_EQ(inside.error().code, ErrorCode::Conflict);
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(FileCompactionTest, CommandLineReportsTheLayoutAndCompacts)
{
    m_db.reset();
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--db"), dbPath()});
    EXPECT_EQ(info.exitCode, 0) << str(info.err);
    EXPECT_TRUE(info.out.contains(QStringLiteral("of the data pages out of order")))
        << str(info.out);

    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("admin")).toUtf8());
    const CliResult compacted = runCli({QStringLiteral("compact"), QStringLiteral("--db"), dbPath(),
                                        QStringLiteral("--user"), QStringLiteral("admin")});
    qunsetenv("TRIALDESK_PASSWORD");
    EXPECT_EQ(compacted.exitCode, 0) << str(compacted.err);
    EXPECT_TRUE(compacted.out.contains(QStringLiteral("Compacted"))) << str(compacted.out);
    const CliResult verified = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbPath()});
    EXPECT_EQ(verified.exitCode, 0) << str(verified.err);
}

} // namespace
