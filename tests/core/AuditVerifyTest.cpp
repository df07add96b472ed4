// `audit verify`: the hash chain shows an edited, a deleted and an inserted audit row, both
// through AuditVerifier and through trialdesk-cli. Tampering happens with raw SQL after dropping
// the append-only triggers, as someone with the database file (but not the program) could.

#include "TestTrial.h"
#include "audit/AuditVerifier.h"
#include "participants/ParticipantRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace td;
using namespace tdtest;

namespace {

class AuditVerifyTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        // Some clinical history on top of the set-up's rows.
        randomized(m_armCbt);
        randomized(m_armPdt, m_therapist2);
        m_rows = lastAuditId(db());
        ASSERT_GT(m_rows, 20);
        m_middle = m_rows / 2;
    }

    void dropTriggers()
    {
        ASSERT_EQ(
            dropTrigger(db(), QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log")),
            QString());
        ASSERT_EQ(
            dropTrigger(db(), QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log")),
            QString());
    }

    AuditVerification verify()
    {
        auto v = AuditVerifier::verify(db());
        if (!v.ok())
            throw SetupFailure("verify failed: " + str(v.message()));
        return *v;
    }

    CliResult verifyWithCli()
    {
        return runCli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbPath()});
    }

    qint64 m_rows = 0;
    qint64 m_middle = 0;
};

TEST_F(AuditVerifyTest, IntactTrailVerifies)
{
    const AuditVerification v = verify();
    EXPECT_TRUE(v.intact) << str(v.problem);
    EXPECT_EQ(v.rowsChecked, m_rows);
    EXPECT_EQ(v.firstBrokenId, 0);
    EXPECT_TRUE(v.problem.isEmpty());

    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 0) << str(cli.err);
    EXPECT_TRUE(cli.out.contains(QStringLiteral("intact"))) << str(cli.out);
    EXPECT_TRUE(cli.out.contains(QString::number(m_rows))) << str(cli.out);
}

TEST_F(AuditVerifyTest, EmptyTrailIsIntact)
{
    QTemporaryDir dir;
    auto empty = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    ASSERT_TRUE(empty.ok());
    // A new trail holds its format marker only.
    auto v = AuditVerifier::verify(**empty);
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact);
    EXPECT_EQ(v->rowsChecked, 1);
    EXPECT_EQ(v->formatMarkerId, 1);
}

TEST_F(AuditVerifyTest, EditedRowIsReported)
{
    dropTriggers();
    ASSERT_EQ(
        sqlExec(db(), QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = %1")
                          .arg(m_middle)),
        QString());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, m_middle);
    EXPECT_EQ(v.rowsChecked, m_middle - 1);
    EXPECT_TRUE(v.problem.contains(QString::number(m_middle))) << str(v.problem);

    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("row %1").arg(m_middle))) << str(cli.err);
    EXPECT_FALSE(cli.out.contains(QStringLiteral("intact"))) << str(cli.out);
}

TEST_F(AuditVerifyTest, EditedReasonOrTimestampIsReported)
{
    // Every column is covered by the hash, not only the values.
    dropTriggers();
    ASSERT_EQ(
        sqlExec(db(), QStringLiteral("UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' "
                                     "WHERE id = %1")
                          .arg(m_rows)),
        QString());
    EXPECT_EQ(verify().firstBrokenId, m_rows);
}

TEST_F(AuditVerifyTest, EmptyTextInPlaceOfNullIsReported)
{
    // '' and NULL hash differently, so "no old value" cannot be swapped for an empty one.
    dropTriggers();
    const qint64 target = sqlCount(db(), QStringLiteral("SELECT MIN(id) FROM audit_log WHERE "
                                                        "old_value IS NULL AND id >= %1")
                                             .arg(m_middle));
    ASSERT_GT(target, 0);
    ASSERT_EQ(
        sqlExec(db(),
                QStringLiteral("UPDATE audit_log SET old_value = '' WHERE id = %1").arg(target)),
        QString());
    EXPECT_EQ(verify().firstBrokenId, target);
}

TEST_F(AuditVerifyTest, DeletedRowIsReportedAtTheNextRow)
{
    dropTriggers();
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_middle)),
              QString());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, m_middle + 1);
    EXPECT_TRUE(v.problem.contains(QString::number(m_middle + 1))) << str(v.problem);

    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("row %1").arg(m_middle + 1))) << str(cli.err);
}

TEST_F(AuditVerifyTest, DeletedRowWithRenumberedSuccessorsIsReported)
{
    // Closing the gap by renumbering still breaks the chain: ids and prev_hash are hashed.
    dropTriggers();
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_middle)),
              QString());
    ASSERT_EQ(
        sqlExec(db(),
                QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > %1").arg(m_middle)),
        QString());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, m_middle);
}

TEST_F(AuditVerifyTest, ForgedRowAtTheEndIsReported)
{
    // A forger who links to the last real hash but cannot produce a matching hash of their own.
    const QString lastHash =
        sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(m_rows))
            .toString();
    const QString madeUp =
        QString::fromLatin1(QCryptographicHash::hash("forged", QCryptographicHash::Sha256).toHex());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, "
                                           "action, entity, entity_id, field, old_value, "
                                           "new_value, reason, prev_hash, hash) VALUES (%1, "
                                           "'2025-06-02T10:00:00.000Z', 'coordinator', "
                                           "'coordinator', 'changed', 'participant', '1', 'age', "
                                           "'40', '41', NULL, '%2', '%3')")
                                .arg(m_rows + 1)
                                .arg(lastHash, madeUp)),
              QString());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, m_rows + 1);
    EXPECT_EQ(v.rowsChecked, m_rows);

    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("row %1").arg(m_rows + 1))) << str(cli.err);
}

TEST_F(AuditVerifyTest, ForgedRowInTheMiddleIsReportedEvenWithAValidOwnHash)
{
    // Replace a real row by a forged one whose own hash is computed correctly (the algorithm is
    // no secret): the next row's link to its predecessor still gives it away.
    dropTriggers();
    const QString prevHash =
        sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(m_middle - 1))
            .toString();
    const QString at = QStringLiteral("2025-06-02T10:00:00.000Z");
    const QString changes = QStringLiteral(R"([["age","40","41"]])");
    const QByteArray hash = AuditLog::compactRowHash(
        m_middle, at, QStringLiteral("coordinator"), QStringLiteral("coordinator"),
        QStringLiteral("changed"), QStringLiteral("participant"), QStringLiteral("1"), changes,
        QString(), prevHash.toLatin1());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_middle)),
              QString());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, "
                                           "action, entity, entity_id, changes, reason, "
                                           "prev_hash, hash) VALUES (%1, '%2', 'coordinator', "
                                           "'coordinator', 'changed', 'participant', '1', '%3', "
                                           "NULL, '%4', '%5')")
                                .arg(m_middle)
                                .arg(at, changes, prevHash, QString::fromLatin1(hash))),
              QString());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, m_middle + 1);

    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("row %1").arg(m_middle + 1))) << str(cli.err);
}

TEST_F(AuditVerifyTest, ForgedRowWithAGapInTheIdsIsReported)
{
    ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, "
                                           "action, entity, prev_hash, hash) VALUES (%1, "
                                           "'2025-06-02T10:00:00.000Z', 'x', 'x', 'login', "
                                           "'user', 'x', 'y')")
                                .arg(m_rows + 10)),
              QString());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, m_rows + 10);
}

TEST_F(AuditVerifyTest, CliReportsAMissingDatabase)
{
    const CliResult cli =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("missing.sqlite"))});
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_NE(cli.exitCode, 1); // not "broken": there is nothing to verify
    EXPECT_FALSE(cli.err.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
}

} // namespace
