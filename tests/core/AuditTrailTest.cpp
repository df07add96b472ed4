// The audit trail: append-only in the database itself, and one row per changed value written in
// the same transaction as the change.

#include "TestTrial.h"
#include "audit/AuditVerifier.h"
#include "participants/ParticipantRepository.h"
#include "storage/Transaction.h"

using namespace td;
using namespace tdtest;

namespace {

class AuditTrailTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_participant = consented().id;
    }

    Result<Participant> setCovariates(const Covariates& c, const QString& reason = {})
    {
        return ParticipantRepository(db()).setCovariates(m_coordinator, m_participant, c, reason);
    }

    QString column(const QString& name)
    {
        const QVariant v = sqlValue(db(), QStringLiteral("SELECT %1 FROM participant WHERE id = %2")
                                              .arg(name)
                                              .arg(m_participant));
        return v.isNull() ? QStringLiteral("NULL") : v.toString();
    }

    qint64 m_participant = 0;
};

TEST_F(AuditTrailTest, DatabaseRefusesUpdatesOfAuditRows)
{
    ASSERT_GT(lastAuditId(db()), 10);
    const QString before = dumpDatabase(db());
    const QString error = sqlExec(db(), QStringLiteral("UPDATE audit_log SET new_value = 'forged' "
                                                       "WHERE id = 5"));
    EXPECT_TRUE(error.contains(QStringLiteral("append-only"))) << str(error);
    const QString all = sqlExec(db(), QStringLiteral("UPDATE audit_log SET reason = 'x'"));
    EXPECT_TRUE(all.contains(QStringLiteral("append-only"))) << str(all);
    // Through the core's own statement path as well.
    auto q = db().exec(QStringLiteral("UPDATE audit_log SET username = ? WHERE id = ?"),
                       {QStringLiteral("mallory"), 1});
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().code, ErrorCode::Database);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AuditTrailTest, DatabaseRefusesDeletionOfAuditRows)
{
    const qint64 rows = sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    ASSERT_GT(rows, 10);
    const QString one = sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
    EXPECT_TRUE(one.contains(QStringLiteral("append-only"))) << str(one);
    const QString all = sqlExec(db(), QStringLiteral("DELETE FROM audit_log"));
    EXPECT_TRUE(all.contains(QStringLiteral("append-only"))) << str(all);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), rows);
    auto v = AuditVerifier::verify(db());
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact);
    EXPECT_EQ(v->rowsChecked, rows);
}

TEST_F(AuditTrailTest, AppendingIsStillAllowed)
{
    // The triggers guard UPDATE and DELETE only; the core appends through INSERT.
    const qint64 before = lastAuditId(db());
    Transaction tx(db());
    ASSERT_TRUE(AuditLog::record(db(), m_coordinator,
                                 {QStringLiteral("exported"),
                                  QStringLiteral("trial"),
                                  {},
                                  {},
                                  {},
                                  {},
                                  QStringLiteral("test")})
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(lastAuditId(db()), before + 1);
}

TEST_F(AuditTrailTest, CreatingARecordWritesOneRowPerValue)
{
    const qint64 before = lastAuditId(db());
    auto p = ParticipantRepository(db()).screen(m_coordinator, m_siteBrg, today());
    ASSERT_TRUE(p.ok()) << str(p.message());
    const auto rows = auditRows(db(), before);
    QStringList fields;
    for (const AuditRow& r : rows) {
        EXPECT_EQ(r.action, QStringLiteral("created"));
        EXPECT_EQ(r.entity, QStringLiteral("participant"));
        EXPECT_EQ(r.entityId, QString::number(p->id));
        EXPECT_EQ(r.username, QStringLiteral("coordinator"));
        EXPECT_EQ(r.role, QStringLiteral("coordinator"));
        EXPECT_TRUE(r.oldValue.isNull());
        EXPECT_EQ(r.atUtc, startTime().toString(Qt::ISODateWithMs));
        fields << r.field + QLatin1Char('=') + r.newValue.toString();
    }
    EXPECT_EQ(fields, (QStringList{QStringLiteral("study_id=BRG-001"),
                                   QStringLiteral("site_id=%1").arg(m_siteBrg),
                                   QStringLiteral("screening_date=2025-06-02"),
                                   QStringLiteral("status=screened"),
                                   QStringLiteral("created_at=2025-06-02T10:00:00Z"),
                                   QStringLiteral("protocol_version_screened=1")}));
}

TEST_F(AuditTrailTest, FirstEntryOfCovariatesWritesOneRowPerValueWithoutReason)
{
    const qint64 before = lastAuditId(db());
    auto p = setCovariates({42, QStringLiteral("female"), 13, std::nullopt});
    ASSERT_TRUE(p.ok()) << str(p.message());
    EXPECT_EQ(p->covariates.age, 42);
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 3u); // episode_months stays empty: no row for it
    const char* fields[] = {"age", "sex", "education_years"};
    const char* values[] = {"42", "female", "13"};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].action, QStringLiteral("changed"));
        EXPECT_EQ(rows[i].entity, QStringLiteral("participant"));
        EXPECT_EQ(rows[i].entityId, QString::number(m_participant));
        EXPECT_EQ(rows[i].field, QString::fromLatin1(fields[i]));
        EXPECT_TRUE(rows[i].oldValue.isNull());
        EXPECT_EQ(rows[i].newValue.toString(), QString::fromLatin1(values[i]));
        EXPECT_EQ(rows[i].reason, QString());
    }
    EXPECT_EQ(column(QStringLiteral("age")), QStringLiteral("42"));
    EXPECT_EQ(column(QStringLiteral("episode_months")), QStringLiteral("NULL"));
}

TEST_F(AuditTrailTest, CorrectionWithoutReasonIsRefusedAndChangesNothing)
{
    ASSERT_TRUE(setCovariates({42, QStringLiteral("female"), 13, 6}).ok());
    const QString before = dumpDatabase(db());
    auto refused = setCovariates({43, QStringLiteral("female"), 13, 6});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("age"))) << str(refused.message());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("reason"))) << str(refused.message());
    // A blank reason is no reason either.
    auto blank = setCovariates({43, QStringLiteral("female"), 13, 6}, QStringLiteral("   "));
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    EXPECT_EQ(column(QStringLiteral("age")), QStringLiteral("42"));
}

TEST_F(AuditTrailTest, ClearingARecordedValueAlsoNeedsAReason)
{
    ASSERT_TRUE(setCovariates({42, QStringLiteral("female"), 13, 6}).ok());
    const QString before = dumpDatabase(db());
    auto refused = setCovariates({42, QStringLiteral("female"), std::nullopt, 6});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AuditTrailTest, CorrectionWritesOneRowPerChangedValueWithTheReason)
{
    ASSERT_TRUE(setCovariates({42, QStringLiteral("female"), 13, 6}).ok());
    const qint64 before = lastAuditId(db());
    clock().advanceSeconds(3600);
    const QString reason = QStringLiteral("Transcription error, checked against the CRF");
    auto p = setCovariates({24, QStringLiteral("male"), 13, 6}, QStringLiteral("  ") + reason);
    ASSERT_TRUE(p.ok()) << str(p.message());
    EXPECT_EQ(p->covariates.age, 24);
    EXPECT_EQ(p->covariates.sex, QStringLiteral("male"));

    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 2u); // education and episode did not change
    EXPECT_EQ(rows[0].field, QStringLiteral("age"));
    EXPECT_EQ(rows[0].oldValue.toString(), QStringLiteral("42"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("24"));
    EXPECT_EQ(rows[1].field, QStringLiteral("sex"));
    EXPECT_EQ(rows[1].oldValue.toString(), QStringLiteral("female"));
    EXPECT_EQ(rows[1].newValue.toString(), QStringLiteral("male"));
    for (const AuditRow& r : rows) {
        EXPECT_EQ(r.action, QStringLiteral("changed"));
        EXPECT_EQ(r.reason, reason); // trimmed
        EXPECT_EQ(r.username, QStringLiteral("coordinator"));
        EXPECT_EQ(r.atUtc, startTime().addSecs(3600).toString(Qt::ISODateWithMs));
    }
    EXPECT_EQ(column(QStringLiteral("age")), QStringLiteral("24"));
    EXPECT_EQ(column(QStringLiteral("sex")), QStringLiteral("male"));

    // Saving the same values again changes nothing and writes nothing.
    const QString same = dumpDatabase(db());
    ASSERT_TRUE(setCovariates({24, QStringLiteral("male"), 13, 6}).ok());
    EXPECT_TRUE(sameDump(same, dumpDatabase(db())));
}

TEST_F(AuditTrailTest, ChangeAndAuditRowsCommitTogether)
{
    // Inside a caller's transaction that is then rolled back, neither the value nor its audit
    // rows remain.
    const QString before = dumpDatabase(db());
    {
        Transaction outer(db());
        auto p = setCovariates({42, QStringLiteral("female"), 13, 6});
        ASSERT_TRUE(p.ok()) << str(p.message());
        EXPECT_EQ(auditRows(db(), 0).back().field, QStringLiteral("episode_months"));
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AuditTrailTest, FailingAuditRowUndoesTheChange)
{
    // Make the database refuse the audit row that holds the sex: the update of every value
    // must go too.
    if (db().isServer())
        GTEST_SKIP() << "the refusing trigger is written in SQLite's words";
    ASSERT_EQ(sqlExec(db(), QStringLiteral("CREATE TEMP TRIGGER refuse_sex_audit BEFORE INSERT ON "
                                           "audit_log WHEN NEW.changes LIKE '%\"sex\"%' BEGIN "
                                           "SELECT RAISE(ABORT, 'audit refused'); END")),
              QString());
    const QString before = dumpDatabase(db());
    auto p = setCovariates({42, QStringLiteral("female"), 13, 6});
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::Database);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    EXPECT_EQ(column(QStringLiteral("age")), QStringLiteral("NULL"));
    EXPECT_EQ(db().transactionDepth(), 0);

    ASSERT_EQ(sqlExec(db(), QStringLiteral("DROP TRIGGER temp.refuse_sex_audit")), QString());
    ASSERT_TRUE(setCovariates({42, QStringLiteral("female"), 13, 6}).ok());
    auto v = AuditVerifier::verify(db());
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact) << str(v->problem);
}

TEST_F(AuditTrailTest, StatusChangeIsAuditedWithTheOldValue)
{
    const qint64 before = lastAuditId(db());
    auto p = ParticipantRepository(db()).withdraw(m_coordinator, m_participant,
                                                  QStringLiteral("Moved abroad"), true);
    ASSERT_TRUE(p.ok()) << str(p.message());
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].field, QStringLiteral("withdrawal_reason"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("Moved abroad"));
    EXPECT_EQ(rows[1].field, QStringLiteral("data_usable"));
    EXPECT_EQ(rows[1].newValue.toString(), QStringLiteral("1"));
    EXPECT_EQ(rows[2].field, QStringLiteral("status"));
    EXPECT_EQ(rows[2].oldValue.toString(), QStringLiteral("consented"));
    EXPECT_EQ(rows[2].newValue.toString(), QStringLiteral("withdrawn"));
    for (const AuditRow& r : rows) {
        EXPECT_EQ(r.reason, QStringLiteral("Moved abroad"));
    }
}

} // namespace
