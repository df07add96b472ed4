// The trail explains the data: replaying the audit trail rebuilds every clinical table, and a
// value changed behind the program's back (with SQL on the file, the protection triggers
// dropped, as someone holding the file could) is named, in the core and by `audit verify`.

#include "audit/AuditReplay.h"

#include "TestTrial.h"
#include "access/Disclosure.h"
#include "access/PasswordHasher.h"
#include "demo/DemoTrial.h"
#include "randomization/EmergencyUnblinding.h"

#include <QFile>

using namespace td;
using namespace tdtest;

namespace {

class AuditReplayTest : public ::testing::Test
{
protected:
    // One demo trial for the suite; each test works on its own copy.
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
        auto clock =
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC));
        auto db = must(openWithClock(demoPath(), clock), "open demo");
        must(DemoTrial::create(*db, {80, 1616}), "demo");
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    static QString demoPath() { return s_dir->filePath(QStringLiteral("demo.sqlite")); }

    void SetUp() override
    {
        ASSERT_TRUE(QFile::copy(demoPath(), path()));
        QFile(path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << str(db.message());
        m_db = std::move(db).value();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("trial.sqlite")); }

    ReplayReport replay()
    {
        auto r = AuditReplay::run(*m_db, Disclosure::unblinded());
        if (!r.ok())
            throw SetupFailure("replay: " + str(r.message()));
        return *r;
    }
    // Runs statements as an attacker with the file would, the protection triggers dropped.
    void sideEdit(const QStringList& statements)
    {
        for (const char* table : {"allocation", "allocation_level", "arm_guess"})
            for (const char* kind : {"update", "delete"})
                (void)sqlExec(*m_db,
                              QStringLiteral("DROP TRIGGER IF EXISTS %1_no_%2")
                                  .arg(QString::fromLatin1(table), QString::fromLatin1(kind)));
        for (const QString& sql : statements)
            ASSERT_EQ(sqlExec(*m_db, sql), QString()) << str(sql);
    }
    QString value(const QString& sql) { return sqlValue(*m_db, sql).toString(); }

    static ::testing::AssertionResult names(const ReplayReport& r, ReplayFinding::Kind kind,
                                            const QString& table, const QString& row,
                                            const QString& field = {})
    {
        QStringList all;
        for (const ReplayFinding& f : r.findings) {
            if (f.kind == kind && f.table == table && f.row == row &&
                (field.isEmpty() || f.field == field))
                return ::testing::AssertionSuccess();
            all << AuditReplay::describe(f);
        }
        return ::testing::AssertionFailure()
               << "no finding for " << str(table) << " " << str(row) << " " << str(field)
               << "; found: " << str(all.join(QStringLiteral("; ")));
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(AuditReplayTest, AnUntouchedDemoTrialReplaysClean)
{
    const ReplayReport r = replay();
    QStringList found;
    for (const ReplayFinding& f : r.findings)
        found << AuditReplay::describe(f);
    EXPECT_TRUE(r.clean()) << str(found.mid(0, 20).join(QLatin1Char('\n')));
    EXPECT_GT(r.records, 1000);
    EXPECT_GT(r.values, 10000);
    // Every clinical table of the demo has rows to explain.
    for (const char* table :
         {"participant", "covariate_value", "eligibility_answer", "allocation", "allocation_level",
          "therapy_session", "assessment", "assessment_score", "alert", "arm_guess"})
        EXPECT_GT(
            sqlCount(*m_db,
                     QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))),
            0)
            << table;
}

TEST_F(AuditReplayTest, AParticipantsStatusAndConsentChangedBehindTheProgramAreNamed)
{
    const QString id = value(QStringLiteral("SELECT MIN(id) FROM participant WHERE consent_date "
                                            "IS NOT NULL"));
    const QString status =
        value(QStringLiteral("SELECT status FROM participant WHERE id = %1").arg(id));
    sideEdit({QStringLiteral("UPDATE participant SET status = 'completed', consent_date = "
                             "'2020-01-01' WHERE id = %1")
                  .arg(id)});
    const ReplayReport r = replay();
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("participant"), id,
                      QStringLiteral("consent_date")));
    if (status != QStringLiteral("completed")) {
        EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("participant"), id,
                          QStringLiteral("status")));
        for (const ReplayFinding& f : r.findings)
            if (f.field == QStringLiteral("status")) {
                EXPECT_EQ(f.fileValue, QStringLiteral("completed"));
                EXPECT_EQ(f.trailValue, status);
            }
    }
    // A value the trail never set for this participant: withdrawn with a reason.
    sideEdit(
        {QStringLiteral("UPDATE participant SET withdrawal_reason = 'x' WHERE id = %1").arg(id)});
    EXPECT_TRUE(names(replay(), ReplayFinding::Kind::Differs, QStringLiteral("participant"), id,
                      QStringLiteral("withdrawal_reason")));
}

TEST_F(AuditReplayTest, ACovariateValueChangedBehindTheProgramIsNamed)
{
    const QString participant =
        value(QStringLiteral("SELECT MIN(participant_id) FROM covariate_value"));
    const QString code = value(
        QStringLiteral(
            "SELECT c.code FROM covariate_value v JOIN covariate c ON c.id = v.covariate_id WHERE "
            "v.participant_id = %1 ORDER BY c.code LIMIT 1")
            .arg(participant));
    sideEdit({QStringLiteral("UPDATE covariate_value SET value = '999' WHERE participant_id = %1 "
                             "AND covariate_id = (SELECT id FROM covariate WHERE code = '%2')")
                  .arg(participant, code)});
    EXPECT_TRUE(names(replay(), ReplayFinding::Kind::Differs, QStringLiteral("covariate_value"),
                      AuditReplay::tr("participant %1, covariate %2").arg(participant, code),
                      QStringLiteral("value")));
}

TEST_F(AuditReplayTest, AnEligibilityAnswerChangedBehindTheProgramIsNamed)
{
    const QString participant =
        value(QStringLiteral("SELECT MIN(participant_id) FROM eligibility_answer"));
    const QString code =
        value(QStringLiteral(
                  "SELECT c.code FROM eligibility_answer a JOIN eligibility_criterion c ON c.id = "
                  "a.criterion_id WHERE a.participant_id = %1 ORDER BY c.code LIMIT 1")
                  .arg(participant));
    sideEdit({QStringLiteral("UPDATE eligibility_answer SET answer = 1 - answer, answered_at = "
                             "'2020-01-01T00:00:00Z' WHERE participant_id = %1 AND criterion_id = "
                             "(SELECT id FROM eligibility_criterion WHERE code = '%2')")
                  .arg(participant, code)});
    const ReplayReport r = replay();
    const QString row = AuditReplay::tr("participant %1, criterion %2").arg(participant, code);
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("eligibility_answer"), row,
                      QStringLiteral("answer")));
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("eligibility_answer"), row,
                      QStringLiteral("answered_at")));
}

TEST_F(AuditReplayTest, AnAllocationAndItsFactorLevelChangedBehindTheProgramAreNamed)
{
    const QString id = value(QStringLiteral("SELECT MIN(id) FROM allocation"));
    const QString factor =
        value(QStringLiteral("SELECT MIN(factor_id) FROM allocation_level WHERE allocation_id = %1")
                  .arg(id));
    sideEdit({QStringLiteral("UPDATE allocation SET arm_id = (SELECT MAX(id) FROM arm WHERE id "
                             "<> allocation.arm_id) WHERE id = %1")
                  .arg(id),
              QStringLiteral("UPDATE allocation_level SET level = level + 7 WHERE allocation_id = "
                             "%1 AND factor_id = %2")
                  .arg(id, factor)});
    const ReplayReport r = replay();
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("allocation"), id,
                      QStringLiteral("arm_id")));
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("allocation_level"),
                      AuditReplay::tr("allocation %1, factor %2").arg(id, factor),
                      QStringLiteral("level")));
}

TEST_F(AuditReplayTest, ASessionChangedBehindTheProgramIsNamed)
{
    const QString id =
        value(QStringLiteral("SELECT MIN(id) FROM therapy_session WHERE attendance = 'attended'"));
    sideEdit({QStringLiteral("UPDATE therapy_session SET attendance = 'did_not_attend' WHERE id "
                             "= %1")
                  .arg(id)});
    EXPECT_TRUE(names(replay(), ReplayFinding::Kind::Differs, QStringLiteral("therapy_session"), id,
                      QStringLiteral("attendance")));
}

TEST_F(AuditReplayTest, AnItemValueChangedBehindTheProgramIsNamedWithItsItem)
{
    const QString id = value(QStringLiteral("SELECT MIN(id) FROM assessment WHERE instrument_id = "
                                            "'phq9' AND item_values LIKE '_,%'"));
    const QString items =
        value(QStringLiteral("SELECT item_values FROM assessment WHERE id = %1").arg(id));
    QStringList changed = items.split(QLatin1Char(','));
    const QString was = changed[0];
    changed[0] = was == QStringLiteral("3") ? QStringLiteral("0") : QStringLiteral("3");
    sideEdit({QStringLiteral("UPDATE assessment SET item_values = '%1' WHERE id = %2")
                  .arg(changed.join(QLatin1Char(',')), id)});
    const ReplayReport r = replay();
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("assessment"), id,
                      QStringLiteral("item_1")));
    for (const ReplayFinding& f : r.findings)
        if (f.table == QStringLiteral("assessment")) {
            EXPECT_EQ(f.fileValue, changed[0]);
            EXPECT_EQ(f.trailValue, was);
        }
}

TEST_F(AuditReplayTest, AScoreChangedBehindTheProgramIsNamed)
{
    const QString id = value(
        QStringLiteral("SELECT MIN(assessment_id) FROM assessment_score WHERE total IS NOT NULL"));
    sideEdit({QStringLiteral("UPDATE assessment_score SET total = total + 5, band = 'none' WHERE "
                             "assessment_id = %1")
                  .arg(id)});
    const ReplayReport r = replay();
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("assessment_score"), id,
                      QStringLiteral("total")));
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("assessment_score"), id,
                      QStringLiteral("band")));
}

TEST_F(AuditReplayTest, AnAlertChangedOrDeletedBehindTheProgramIsNamed)
{
    const QString first = value(QStringLiteral("SELECT MIN(id) FROM alert"));
    const QString last = value(QStringLiteral("SELECT MAX(id) FROM alert"));
    ASSERT_NE(first, last);
    sideEdit({QStringLiteral("UPDATE alert SET detail = 'nothing to see' WHERE id = %1").arg(first),
              QStringLiteral("DELETE FROM alert WHERE id = %1").arg(last)});
    const ReplayReport r = replay();
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("alert"), first,
                      QStringLiteral("detail")));
    EXPECT_TRUE(names(r, ReplayFinding::Kind::NoRow, QStringLiteral("alert"), last));
}

TEST_F(AuditReplayTest, AnArmGuessChangedBehindTheProgramIsNamed)
{
    const QString id =
        value(QStringLiteral("SELECT MIN(id) FROM arm_guess WHERE guessed_arm_id IS NULL"));
    sideEdit({QStringLiteral("UPDATE arm_guess SET guessed_arm_id = (SELECT MIN(id) FROM arm) "
                             "WHERE id = %1")
                  .arg(id)});
    const ReplayReport r = replay();
    EXPECT_TRUE(names(r, ReplayFinding::Kind::Differs, QStringLiteral("arm_guess"), id,
                      QStringLiteral("guessed_arm_id")));
}

TEST_F(AuditReplayTest, AnEmergencyUnblindingChangedBehindTheProgramIsNamed)
{
    const qint64 assessorId =
        sqlCount(*m_db, QStringLiteral("SELECT id FROM users WHERE username = 'assessor'"));
    const Actor assessor{assessorId, QStringLiteral("assessor"), Role::BlindedAssessor};
    const qint64 participant =
        sqlCount(*m_db, QStringLiteral("SELECT MIN(id) FROM participant WHERE arm_id IS NOT NULL"));
    must(EmergencyUnblinding(*m_db).unblind(assessor, participant,
                                            QStringLiteral("Serious adverse event at night")),
         "unblind");
    EXPECT_TRUE(replay().clean());
    const QString id = value(QStringLiteral("SELECT MAX(id) FROM emergency_unblinding"));
    sideEdit({QStringLiteral("UPDATE emergency_unblinding SET reason = 'curiosity' WHERE id = %1")
                  .arg(id)});
    EXPECT_TRUE(names(replay(), ReplayFinding::Kind::Differs,
                      QStringLiteral("emergency_unblinding"), id, QStringLiteral("reason")));
}

TEST_F(AuditReplayTest, ARowAddedBehindTheProgramHasNoTrail)
{
    sideEdit({QStringLiteral(
        "INSERT INTO therapy_session (participant_id, therapist_id, session_date, "
        "session_number, kind, attendance, created_at) SELECT participant_id, therapist_id, "
        "session_date, 99, kind, attendance, created_at FROM therapy_session WHERE id = 1")});
    const QString id = value(QStringLiteral("SELECT MAX(id) FROM therapy_session"));
    EXPECT_TRUE(
        names(replay(), ReplayFinding::Kind::NoTrail, QStringLiteral("therapy_session"), id));
}

TEST_F(AuditReplayTest, AuditVerifyRunsTheReplay)
{
    m_db.reset();
    const QStringList args{QStringLiteral("audit"), QStringLiteral("verify"),
                           QStringLiteral("--db"), path()};
    const CliResult clean = runCli(args);
    EXPECT_EQ(clean.exitCode, 0) << str(clean.err);
    EXPECT_TRUE(clean.out.contains(QStringLiteral("The audit trail is intact"))) << str(clean.out);
    EXPECT_TRUE(clean.out.contains(QStringLiteral("The trail explains every value")))
        << str(clean.out);

    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    const QString id = sqlValue(*db, QStringLiteral("SELECT MIN(id) FROM therapy_session WHERE "
                                                    "duration_minutes IS NOT NULL"))
                           .toString();
    ASSERT_EQ(sqlExec(*db, QStringLiteral("UPDATE therapy_session SET duration_minutes = 5 "
                                          "WHERE id = %1")
                               .arg(id)),
              QString());
    db.reset();
    // Without a sign-in the difference is named, its values are not (they could reveal the
    // allocation); signed in as the PI, the values too.
    const CliResult edited = runCli(args);
    EXPECT_EQ(edited.exitCode, 1);
    // The chain itself is intact (the trail was not touched); the replay names the value.
    // (A report with any problem goes to standard error whole.)
    EXPECT_TRUE(edited.err.contains(QStringLiteral("The audit trail is intact")))
        << str(edited.err);
    EXPECT_TRUE(edited.err.contains(QStringLiteral("therapy_session %1, duration_minutes").arg(id)))
        << str(edited.err);
    EXPECT_FALSE(edited.err.contains(QStringLiteral("\"5\""))) << str(edited.err);
    qputenv("TRIALDESK_PASSWORD", DemoTrial::password);
    const CliResult asPi =
        runCli(args + QStringList{QStringLiteral("--user"), QStringLiteral("pi")});
    qunsetenv("TRIALDESK_PASSWORD");
    EXPECT_EQ(asPi.exitCode, 1);
    EXPECT_TRUE(asPi.err.contains(QStringLiteral("\"5\""))) << str(asPi.err);
}

} // namespace
