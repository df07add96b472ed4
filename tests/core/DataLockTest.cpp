// The database lock (docs/data-lock.md): the principal investigator locks the whole trial, a
// participant or a visit, signed; while a lock is in force the schema refuses every change to
// the data it covers, through any code path; an unlock needs a reason and a signature.

#include "TestTrial.h"
#include "access/Disclosure.h"
#include "assessments/AssessmentRepository.h"
#include "audit/SignatureVerifier.h"
#include "audit/TrailVerifier.h"
#include "exchange/ExportService.h"
#include "participants/ParticipantRepository.h"
#include "quality/DataLocks.h"
#include "reporting/ReportAccess.h"
#include "sessions/SessionRepository.h"

#include <QFile>
#include <QFileInfo>

using namespace td;
using namespace tdtest;

namespace {

class DataLockTest : public TestTrial
{
protected:
    Result<Assessment> phq9(const Participant& p, int daysAgo = 0)
    {
        Assessment a;
        a.participantId = p.id;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today().addDays(-daysAgo);
        a.items = QStringList(9, QStringLiteral("1"));
        return AssessmentRepository(db()).save(m_coordinator, a);
    }
    Result<TherapySession> session(const Participant& p, int daysAgo)
    {
        TherapySession s;
        s.participantId = p.id;
        s.date = today().addDays(-daysAgo);
        s.durationMinutes = 50;
        return SessionRepository(db()).record(m_therapist, s);
    }
    DataLockRecord lockTrial()
    {
        return must(
            DataLocks(db()).lock(m_pi, {}, QStringLiteral("Primary analysis"), signedBy(m_pi)),
            "lock the trial");
    }
    qint64 rows(const char* table)
    {
        return sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    }
    template <typename T> static void expectLocked(const Result<T>& s)
    {
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::Conflict);
        EXPECT_TRUE(s.message().contains(QStringLiteral("locked for analysis")))
            << str(s.message());
    }
};

TEST_F(DataLockTest, OnlyThePrincipalInvestigatorLocksWithAReasonAndASignature)
{
    DataLocks locks(db());
    for (const Actor* a : {&m_admin, &m_coordinator, &m_statistician, &m_assessor, &m_dmc})
        EXPECT_EQ(locks.lock(*a, {}, QStringLiteral("x"), signedBy(*a)).error().code,
                  ErrorCode::Forbidden)
            << str(a->username);
    EXPECT_EQ(locks.lock(m_pi, {}, QStringLiteral("  "), signedBy(m_pi)).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(locks.lock(m_pi, {}, QStringLiteral("Primary analysis"), SignWith{}).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(
        locks.lock(m_pi, {}, QStringLiteral("Primary analysis"), SignWith{QStringLiteral("wrong")})
            .error()
            .code,
        ErrorCode::AuthenticationFailed);
    EXPECT_EQ(rows("data_lock"), 0);

    const qint64 head = lastAuditId(db());
    const DataLockRecord lock = lockTrial();
    EXPECT_TRUE(lock.inForce());
    EXPECT_EQ(lock.target.scope, LockScope::Trial);
    EXPECT_EQ(lock.headId, head); // the trail as it was when the lock was made
    ASSERT_TRUE(lock.signature.has_value());
    EXPECT_EQ(lock.signature->meaning, SignatureMeaning::Approval);
    // Locked twice: refused, naming the lock in force.
    auto again = DataLocks(db()).lock(m_pi, {}, QStringLiteral("again"), signedBy(m_pi));
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_F(DataLockTest, UnderATrialLockEveryChangeIsRefusedUntilAnUnlock)
{
    const Participant p = randomized(m_armCbt, m_therapist);
    const qint64 assessments = rows("assessment");
    const qint64 sessions = rows("therapy_session");
    const qint64 participants = rows("participant");
    const DataLockRecord lock = lockTrial();

    expectLocked(phq9(p));
    expectLocked(session(p, 1));
    expectLocked(ParticipantRepository(db()).screen(m_coordinator, m_siteOsl, today()));
    Covariates c;
    c.age = 44;
    expectLocked(
        ParticipantRepository(db()).setCovariates(m_coordinator, p.id, c, QStringLiteral("Typo")));
    // Not even raw SQL gets past the guard.
    EXPECT_FALSE(sqlExec(db(), QStringLiteral("UPDATE participant SET status = 'withdrawn' WHERE "
                                              "id = %1")
                                   .arg(p.id))
                     .isEmpty());
    EXPECT_EQ(rows("assessment"), assessments);
    EXPECT_EQ(rows("therapy_session"), sessions);
    EXPECT_EQ(rows("participant"), participants);

    // An unlock needs a reason and the principal investigator's signature.
    DataLocks locks(db());
    EXPECT_EQ(locks.unlock(m_pi, lock.id, QString(), signedBy(m_pi)).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(locks.unlock(m_coordinator, lock.id, QStringLiteral("x"), signedBy(m_coordinator))
                  .error()
                  .code,
              ErrorCode::Forbidden);
    const DataLockRecord lifted =
        must(locks.unlock(m_pi, lock.id, QStringLiteral("A late questionnaire came by post"),
                          signedBy(m_pi)),
             "unlock");
    EXPECT_FALSE(lifted.inForce());
    ASSERT_TRUE(lifted.unlockSignature.has_value());
    EXPECT_EQ(lifted.unlockSignature->meaning, SignatureMeaning::Responsibility);
    EXPECT_EQ(locks.unlock(m_pi, lock.id, QStringLiteral("again"), signedBy(m_pi)).error().code,
              ErrorCode::Conflict);
    must(phq9(p), "entered after the unlock");
    EXPECT_EQ(rows("assessment"), assessments + 1);

    // The whole history verifies: chain, signatures of lock and unlock, replay of data_lock.
    const TrailReport r = must(TrailVerifier::verify(db(), Disclosure::unblinded()), "trail");
    EXPECT_TRUE(r.clean()) << str(r.lines().join(QLatin1Char('\n')));
    EXPECT_EQ(r.esignatures.signatures, 2);
}

TEST_F(DataLockTest, AParticipantOrAVisitLockCoversOnlyItsData)
{
    const Participant locked = randomized(m_armCbt, m_therapist);
    const Participant other = randomized(m_armPdt, m_therapist);
    DataLocks locks(db());
    const DataLockRecord byParticipant =
        must(locks.lock(m_pi, {LockScope::Participant, locked.id, 0},
                        QStringLiteral("Source verified and cleaned"), signedBy(m_pi)),
             "lock one participant");
    EXPECT_EQ(byParticipant.studyId, locked.studyId);
    expectLocked(phq9(locked));
    expectLocked(session(locked, 2));
    must(phq9(other), "another participant");
    must(session(other, 2), "another participant's session");
    // A visit of an already locked participant is already locked.
    EXPECT_EQ(locks
                  .lock(m_pi, {LockScope::Visit, locked.id, m_baseline}, QStringLiteral("x"),
                        signedBy(m_pi))
                  .error()
                  .code,
              ErrorCode::Conflict);

    // A visit lock: that visit's assessments only.
    const qint64 week8 =
        addVisit(QStringLiteral("w8"), 8, 7, {{QStringLiteral("phq9"), Rater::SelfReport}});
    must(locks.lock(m_pi, {LockScope::Visit, other.id, m_baseline},
                    QStringLiteral("Baseline cleaned"), signedBy(m_pi)),
         "lock a visit");
    Assessment baseline;
    baseline.participantId = other.id;
    baseline.timePointId = m_baseline;
    baseline.instrumentId = QStringLiteral("gad7");
    baseline.date = today();
    baseline.items = QStringList(7, QStringLiteral("1"));
    expectLocked(AssessmentRepository(db()).save(m_coordinator, baseline));
    Assessment followUp = baseline;
    followUp.timePointId = week8;
    followUp.instrumentId = QStringLiteral("phq9");
    followUp.items = QStringList(9, QStringLiteral("1"));
    const auto saved = AssessmentRepository(db()).save(m_coordinator, followUp);
    EXPECT_FALSE(saved.ok() && saved.error().code == ErrorCode::Conflict &&
                 saved.message().contains(QStringLiteral("locked")))
        << str(saved.ok() ? QString() : saved.message());
    EXPECT_EQ(must(locks.list(m_pi, true), "in force").size(), 2u);
}

TEST_F(DataLockTest, TheTrialLockLiftsTheComparativeRestrictionAndShowsInTheExports)
{
    randomized(m_armCbt, m_therapist);
    letCompare({QStringLiteral("statistician")});
    EXPECT_FALSE(must(ReportAccess::comparative(db(), m_pi), "before"));
    const QString dir = m_dir.path();
    auto codebook = [&](const QString& name) {
        const QString path = dir + QLatin1Char('/') + name;
        must(ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"codebook"), path),
             "codebook");
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    EXPECT_TRUE(codebook(QStringLiteral("before.csv")).contains(QStringLiteral("not locked")));
    const DataLockRecord lock = lockTrial();
    EXPECT_TRUE(must(ReportAccess::comparative(db(), m_pi), "after"));
    EXPECT_FALSE(must(ReportAccess::comparative(db(), m_coordinator), "coordinator"));
    const QString after = codebook(QStringLiteral("after.csv"));
    EXPECT_TRUE(after.contains(QStringLiteral("database_lock")));
    EXPECT_TRUE(after.contains(lock.headHash)) << str(after.right(600));
}

TEST_F(DataLockTest, TheCommandLineLocksAndUnlocksWithASignature)
{
    randomized(m_armCbt, m_therapist);
    qputenv("TRIALDESK_PASSWORD", passwordOf(m_pi.username).toUtf8());
    const QStringList common{QStringLiteral("--db"), dbPath(), QStringLiteral("--user"),
                             m_pi.username};
    const CliResult unsignedLock =
        runCli(QStringList{QStringLiteral("lock"), QStringLiteral("--reason"),
                           QStringLiteral("Primary analysis")} +
               common);
    EXPECT_EQ(unsignedLock.exitCode, 1);
    EXPECT_TRUE(unsignedLock.err.contains(QStringLiteral("--sign"))) << str(unsignedLock.err);
    const CliResult locked =
        runCli(QStringList{QStringLiteral("lock"), QStringLiteral("--reason"),
                           QStringLiteral("Primary analysis"), QStringLiteral("--sign"),
                           QStringLiteral("--json")} +
               common);
    ASSERT_EQ(locked.exitCode, 0) << str(locked.err);
    EXPECT_TRUE(locked.out.contains(QStringLiteral("\"scope\": \"trial\""))) << str(locked.out);
    const CliResult list =
        runCli(QStringList{QStringLiteral("lock"), QStringLiteral("list")} + common);
    EXPECT_EQ(list.exitCode, 0) << str(list.err);
    EXPECT_TRUE(list.out.contains(QStringLiteral("Lock 1: the whole trial"))) << str(list.out);
    const CliResult unlocked = runCli(
        QStringList{QStringLiteral("unlock"), QStringLiteral("1"), QStringLiteral("--reason"),
                    QStringLiteral("Late data"), QStringLiteral("--sign")} +
        common);
    EXPECT_EQ(unlocked.exitCode, 0) << str(unlocked.err);
    EXPECT_TRUE(unlocked.out.contains(QStringLiteral("lifted by pi"))) << str(unlocked.out);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM data_lock")), 2);
}

} // namespace
