// What each role's own database login can and cannot read, signed in with the real psql and the
// role's password (issue #18's "Done when"; docs/postgresql.md, "Roles and sign-in"). The trial
// is the core fixture, secured as `new` secures a server trial: group roles, grants, policies,
// and a login role for every user.

#include "SecuredTrial.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditVerifier.h"
#include "participants/ParticipantRepository.h"
#include "randomization/EmergencyUnblinding.h"

#include <QRegularExpression>
#include <QUrl>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class RoleSecurityTest : public SecuredTrial
{
protected:
    void SetUp() override
    {
        SecuredTrial::SetUp();
        if (IsSkipped())
            return;
        addFixtureLogins();
        // A coordinator of Oslo only, made as an administrator makes one: the login role
        // comes with the user, in the same transaction.
        m_oslo = must(UserRepository(db()).create(m_admin, {QStringLiteral("oslocoord"),
                                                            QStringLiteral("Oslo coordinator"),
                                                            Role::Coordinator,
                                                            passwordOf(QStringLiteral("oslocoord")),
                                                            {m_siteOsl}}),
                      "Oslo coordinator")
                     .username;
        randomized(m_armCbt);
        consented(m_siteBrg);
        consented(m_siteOsl);
    }

    // One trial for all: login roles are the server's, so each name is made once.
    void SignInIsTheServersOwnAndAWrongPasswordIsRefused();
    void TheAssessorsLoginReadsNoArmFromAnyTableOrView();
    void ACoordinatorReadsNeitherTheListNorAnotherSitesParticipants();
    void EachLoginWritesOnlyWhatItsRolesPermissionsWrite();
    void MonitorsReadArmsOnlyWhileTheProtocolLetsThem();
    void TheAssessorUnblindsOneParticipantThroughTheServer();
    void NoLoginReadsAnotherUsersPasswordHashOrSealedKey();
    void NoLoginChangesAClinicalRowWithoutItsAuditRow();
    void OnlySiteBoundLoginsAreCheckedRowByRow();

    QString m_oslo;
};

void RoleSecurityTest::SignInIsTheServersOwnAndAWrongPasswordIsRefused()
{
    const Psql ok = as(m_coordinator.username, QStringLiteral("SELECT session_user"));
    ASSERT_EQ(ok.exitCode, 0) << qPrintable(ok.err);
    EXPECT_EQ(ok.out.trimmed(), m_coordinator.username);
    const Psql wrong = psql(m_coordinator.username, QStringLiteral("not-the-password"),
                            QStringLiteral("SELECT 1"));
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("password authentication failed")))
        << qPrintable(wrong.err);
    // The role was stored as a SCRAM verifier (TrialDesk sends no password in a statement).
    EXPECT_EQ(db().scalar(QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE "
                                         "rolname = ?"),
                          {m_coordinator.username})
                  ->toString(),
              QStringLiteral("SCRAM-SHA-256$"));

    // A deactivated user's role can no longer sign in, and is still there.
    must(UserRepository(db()).deactivate(m_admin, m_dmc.userId, QStringLiteral("left")), "off");
    const Psql gone = as(m_dmc.username, QStringLiteral("SELECT 1"));
    EXPECT_NE(gone.exitCode, 0);
    EXPECT_TRUE(gone.err.contains(QStringLiteral("not permitted to log in")))
        << qPrintable(gone.err);
    // A reset password is the role's new password.
    must(
        UserRepository(db()).resetPassword(m_admin, m_pi.userId, QStringLiteral("Nytt-passord-77")),
        "reset");
    EXPECT_EQ(
        psql(m_pi.username, QStringLiteral("Nytt-passord-77"), QStringLiteral("SELECT 1")).exitCode,
        0);
    EXPECT_NE(as(m_pi.username, QStringLiteral("SELECT 1")).exitCode, 0);
}

void RoleSecurityTest::TheAssessorsLoginReadsNoArmFromAnyTableOrView()
{
    // The fixture's randomized participant: its arm and therapist are in the database.
    ASSERT_GT(db().scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE arm_id IS NOT "
                                         "NULL AND therapist_id IS NOT NULL"))
                  ->toLongLong(),
              0);
    expectReadsNoArm(m_assessor.username);
}

void RoleSecurityTest::ACoordinatorReadsNeitherTheListNorAnotherSitesParticipants()
{
    for (const QString& sql : {QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry"),
                               QStringLiteral("SELECT seed FROM allocation_list")}) {
        const Psql r = as(m_oslo, sql);
        EXPECT_NE(r.exitCode, 0) << qPrintable(sql);
        EXPECT_TRUE(r.err.contains(QStringLiteral("permission denied"))) << qPrintable(r.err);
    }
    const qint64 bergen =
        db().scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE site_id = ?"),
                    {m_siteBrg})
            ->toLongLong();
    ASSERT_GT(bergen, 0);
    const Psql other = as(m_oslo, QStringLiteral("SELECT COUNT(*) FROM participant WHERE site_id "
                                                 "= %1")
                                      .arg(m_siteBrg));
    EXPECT_EQ(other.out.trimmed(), QStringLiteral("0")) << qPrintable(other.err);
    const Psql own = as(m_oslo, QStringLiteral("SELECT COUNT(*) FROM participant WHERE site_id = "
                                               "%1")
                                    .arg(m_siteOsl));
    EXPECT_NE(own.out.trimmed(), QStringLiteral("0")) << qPrintable(own.err);
    // Nor their rows in other tables, nor can it write a participant into Bergen.
    const qint64 brg = db().scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE site_id = "
                                                  "?"),
                                   {m_siteBrg})
                           ->toLongLong();
    for (const QString& table :
         {QStringLiteral("eligibility_answer"), QStringLiteral("covariate_value")}) {
        const QString sql =
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE participant_id = %2").arg(table).arg(brg);
        const qint64 there = db().scalar(sql)->toLongLong();
        const Psql r = as(m_oslo, sql);
        EXPECT_EQ(r.out.trimmed(), QStringLiteral("0")) << qPrintable(table) << " " << there;
    }
    const Psql insert =
        as(m_oslo, QStringLiteral("INSERT INTO participant (study_id, site_id, screening_date, "
                                  "status, created_at) VALUES ('BRG-999', %1, '2026-01-01', "
                                  "'screened', '2026-01-01')")
                       .arg(m_siteBrg));
    EXPECT_NE(insert.exitCode, 0);
    EXPECT_TRUE(insert.err.contains(QStringLiteral("row-level security")))
        << qPrintable(insert.err);

    // The statistician reads the list; nobody's login changes the audit trail.
    EXPECT_EQ(
        as(m_statistician.username, QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry"))
            .exitCode,
        0);
    const Psql erase = as(m_admin.username, QStringLiteral("DELETE FROM audit_log"));
    EXPECT_NE(erase.exitCode, 0);
    // No login inserts into the trail itself; td_audit_append takes a row only when it continues
    // the chain and names its own writer.
    for (const QString& who :
         {m_admin.username, m_coordinator.username, m_therapist.username, m_assessor.username,
          m_statistician.username, m_monitor.username, m_oslo}) {
        const Psql direct =
            as(who, QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, action, "
                                   "entity, prev_hash, hash) VALUES (999999, 'x', session_user, "
                                   "'x', 'x', 'x', 'x', 'x')"));
        EXPECT_TRUE(direct.err.contains(QStringLiteral("permission denied"))) << qPrintable(who);
    }
    const QString forged = QStringLiteral(
        "SELECT td_audit_append(id + 1, '2026-01-01T00:00:00Z', '%1', 'coordinator', 'login', "
        "'user', NULL, NULL, NULL, NULL, NULL, %2, 'x', NULL) FROM (SELECT * FROM td_audit_tail()) "
        "t");
    const Psql asAnother = as(m_oslo, forged.arg(m_admin.username, QStringLiteral("hash")));
    EXPECT_TRUE(asAnother.err.contains(QStringLiteral("names the login")))
        << qPrintable(asAnother.err);
    const Psql offChain = as(m_oslo, forged.arg(m_oslo, QStringLiteral("'0'")));
    EXPECT_TRUE(offChain.err.contains(QStringLiteral("does not continue the chain")))
        << qPrintable(offChain.err);

    // Nobody but an administrator writes the users: not a role of their own choosing, and not
    // a users row that would let the login functions touch the server's own roles.
    const Psql promote = as(m_oslo, QStringLiteral("UPDATE users SET role = 'administrator' "
                                                   "WHERE username = session_user"));
    EXPECT_TRUE(promote.err.contains(QStringLiteral("permission denied")))
        << qPrintable(promote.err);
    const Psql takeover = as(
        m_admin.username,
        QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, active, "
                       "created_at) VALUES ('postgres', 'x', 'coordinator', 'x', 1, 'x'); SELECT "
                       "td_set_password('postgres', 'SCRAM-SHA-256$4096:x$y:z')"));
    EXPECT_TRUE(takeover.err.contains(QStringLiteral("the server's"))) << qPrintable(takeover.err);

    // Checked writes: a status the core would refuse, a second arm, an allocation off the list.
    const Psql skip = as(m_oslo, QStringLiteral("UPDATE participant SET status = 'completed' "
                                                "WHERE site_id = %1 AND status = 'consented'")
                                     .arg(m_siteOsl));
    EXPECT_TRUE(skip.err.contains(QStringLiteral("status change is not allowed")))
        << qPrintable(skip.err);
    const Psql swap = as(m_oslo, QStringLiteral("UPDATE participant SET arm_id = %1 WHERE site_id "
                                                "= %2 AND arm_id = %3")
                                     .arg(m_armPdt)
                                     .arg(m_siteOsl)
                                     .arg(m_armCbt));
    EXPECT_TRUE(swap.err.contains(QStringLiteral("set once"))) << qPrintable(swap.err);
    const Psql drawn = as(
        m_oslo, QStringLiteral("INSERT INTO allocation (participant_id, sequence, method, arm_id, "
                               "stratum, position, allocated_by, allocated_at) SELECT id, 999, "
                               "'block', %1, 'x', 1, (SELECT id FROM users WHERE username = "
                               "session_user), 'now' FROM participant WHERE site_id = %2 AND "
                               "arm_id IS NULL LIMIT 1")
                    .arg(m_armCbt)
                    .arg(m_siteOsl));
    EXPECT_TRUE(drawn.err.contains(QStringLiteral("next list entry"))) << qPrintable(drawn.err);
}

void RoleSecurityTest::NoLoginReadsAnotherUsersPasswordHashOrSealedKey()
{
    // Not the coordinator, and not even an administrator: the two secrets are nobody's to read.
    for (const QString& who : {m_coordinator.username, m_admin.username}) {
        for (const QString& column :
             {QStringLiteral("password_hash"), QStringLiteral("signing_key_sealed")}) {
            const Psql read = as(
                who,
                QStringLiteral("SELECT %1 FROM users WHERE username = 'statistician'").arg(column));
            EXPECT_NE(read.exitCode, 0) << qPrintable(who + QLatin1Char(' ') + column);
            EXPECT_TRUE(read.err.contains(QStringLiteral("permission denied")))
                << qPrintable(read.err);
        }
    }
    // Each login reads its own row's, and only its own, through td_own_credentials().
    const Psql own = as(m_coordinator.username,
                        QStringLiteral("SELECT u.username, length(c.password_hash) > 20, "
                                       "c.signing_key_sealed IS NOT NULL FROM "
                                       "td_own_credentials() c JOIN users u ON u.id = c.id"));
    ASSERT_EQ(own.exitCode, 0) << qPrintable(own.err);
    EXPECT_EQ(own.out.trimmed(), m_coordinator.username + QStringLiteral("|t|t"));
    // The rest of the users row stays readable: the program lists the users and their keys.
    const Psql rest =
        as(m_coordinator.username, QStringLiteral("SELECT count(signing_public_key) FROM users"));
    EXPECT_EQ(rest.exitCode, 0) << qPrintable(rest.err);
}

void RoleSecurityTest::EachLoginWritesOnlyWhatItsRolesPermissionsWrite()
{
    // The fixture's randomized participant, treated by m_therapist.
    const qint64 treated = db().scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE "
                                                      "arm_id IS NOT NULL"))
                               ->toLongLong();
    ASSERT_GT(treated, 0);
    // Nobody edits the protocol by hand but who may edit it; nobody deletes a clinical row.
    EXPECT_TRUE(denied(as(m_coordinator.username, QStringLiteral("UPDATE arm SET name = 'x'"))));
    EXPECT_TRUE(denied(as(m_coordinator.username, QStringLiteral("UPDATE time_point SET code = "
                                                                 "code"))));
    EXPECT_TRUE(denied(as(m_coordinator.username, QStringLiteral("DELETE FROM assessment"))));
    EXPECT_TRUE(denied(as(m_coordinator.username, QStringLiteral("DELETE FROM participant"))));
    EXPECT_TRUE(denied(as(m_coordinator.username, QStringLiteral("UPDATE site SET code = 'X'"))));
    EXPECT_TRUE(denied(as(m_therapist.username, QStringLiteral("DELETE FROM therapy_session"))));
    EXPECT_TRUE(denied(as(m_admin.username, QStringLiteral("UPDATE participant SET status = "
                                                           "status"))));
    EXPECT_TRUE(denied(as(m_statistician.username, QStringLiteral("UPDATE participant SET status "
                                                                  "= status"))));
    EXPECT_TRUE(denied(
        as(m_monitor.username, QStringLiteral("UPDATE assessment SET item_values = item_values"))));
    EXPECT_TRUE(denied(as(m_statistician.username, QStringLiteral("INSERT INTO alert DEFAULT "
                                                                  "VALUES"))));
    // The assessor writes no session and no allocation.
    const QString session =
        QStringLiteral("INSERT INTO therapy_session (participant_id, therapist_id, session_date, "
                       "session_number, kind, attendance, created_at) VALUES (%1, (SELECT id "
                       "FROM users WHERE username = session_user), '2026-01-02', 99, 'regular', "
                       "'attended', '2026-01-02')")
            .arg(treated);
    EXPECT_TRUE(denied(as(m_assessor.username, session)));
    EXPECT_TRUE(denied(
        as(m_assessor.username, QStringLiteral("INSERT INTO allocation (participant_id, sequence, "
                                               "method, arm_id, stratum, position, allocated_by, "
                                               "allocated_at) VALUES (%1, 999, 'minimization', %2, "
                                               "'x', 1, 1, 'now')")
                                    .arg(treated)
                                    .arg(m_armCbt))));
    // A therapist writes for their own participants only: the other therapist's login may not
    // log a session of m_therapist's participant, nor change one. The own therapist's login
    // passes the grants and row security, and is refused at commit only by the audit tie, as
    // the session comes without its audit row (ServerAuditTie).
    const QString attended = QStringLiteral("SELECT COUNT(*) FROM therapy_session WHERE "
                                            "participant_id = ? AND attendance = 'attended'");
    const qint64 before = db().scalar(attended, {treated})->toLongLong();
    const Psql other = as(m_therapist2.username, session);
    EXPECT_TRUE(other.err.contains(QStringLiteral("row-level security"))) << qPrintable(other.err);
    const Psql own = as(m_therapist.username, session);
    EXPECT_NE(own.exitCode, 0);
    EXPECT_TRUE(own.err.contains(QStringLiteral("has no audit row naming it")))
        << qPrintable(own.err);
    const Psql change =
        as(m_therapist2.username, QStringLiteral("UPDATE therapy_session SET attendance = "
                                                 "'did_not_attend' WHERE participant_id = %1")
                                      .arg(treated));
    EXPECT_EQ(change.exitCode, 0) << qPrintable(change.err);
    EXPECT_EQ(db().scalar(attended, {treated})->toLongLong(), before);
}

void RoleSecurityTest::NoLoginChangesAClinicalRowWithoutItsAuditRow()
{
    // An assessment saved through the program by the coordinator's own login: the program
    // writes its audit rows with it, so the server's tie lets it commit.
    const qint64 participant = consented(m_siteOsl).id;
    auto coordinator = signedIn(m_coordinator.username);
    Assessment a;
    a.participantId = participant;
    a.timePointId = m_baseline;
    a.instrumentId = QStringLiteral("bdi2");
    a.date = today().addDays(-1);
    for (int item = 0; item < 21; ++item)
        a.items << QString::number(item % 4);
    a.status = AssessmentStatus::Complete;
    auto saved = AssessmentRepository(*coordinator).save(m_coordinator, a);
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    const qint64 id = saved->id;
    const QString values = QStringLiteral("SELECT item_values FROM assessment WHERE id = ?");
    const QString stored = db().scalar(values, {id})->toString();
    const qint64 trail = lastAuditId(db());

    // The same login, by hand: a changed value without an audit row is refused at commit.
    const QString change =
        QStringLiteral("UPDATE assessment SET item_values = replace(item_values, '1', '3') "
                       "WHERE id = %1")
            .arg(id);
    const Psql bare = as(m_coordinator.username, change);
    EXPECT_NE(bare.exitCode, 0);
    EXPECT_TRUE(
        bare.err.contains(QStringLiteral("a change to assessment %1 has no audit row").arg(id)))
        << qPrintable(bare.err);
    // With an audit row naming the assessment in the same transaction, the change passes the
    // tie (checked at once with SET CONSTRAINTS, then rolled back: the row's hash is not the
    // program's). Written in a savepoint that is rolled back, the audit row is gone with its
    // note, and the change is refused.
    const QString append =
        QStringLiteral("SELECT td_audit_append(t.id + 1, 'now', session_user, 'coordinator', "
                       "'update', 'assessment', '%1', 'item_values', NULL, NULL, NULL, t.hash, "
                       "'x', NULL) FROM td_audit_tail() t;")
            .arg(id);
    const Psql named =
        as(m_coordinator.username,
           QStringLiteral("BEGIN; %1 %2; SET CONSTRAINTS ALL IMMEDIATE; SELECT 'tied'; ROLLBACK;")
               .arg(append, change));
    EXPECT_EQ(named.exitCode, 0) << qPrintable(named.err);
    EXPECT_TRUE(named.out.contains(QStringLiteral("tied"))) << qPrintable(named.out);
    const Psql rolledBack = as(m_coordinator.username,
                               QStringLiteral("BEGIN; SAVEPOINT s; %1 ROLLBACK TO SAVEPOINT s; %2; "
                                              "SET CONSTRAINTS ALL IMMEDIATE; SELECT 'tied'; "
                                              "ROLLBACK;")
                                   .arg(append, change));
    EXPECT_FALSE(rolledBack.out.contains(QStringLiteral("tied"))) << qPrintable(rolledBack.out);
    EXPECT_TRUE(rolledBack.err.contains(QStringLiteral("has no audit row")))
        << qPrintable(rolledBack.err);
    // Nor may a login write the tie's notes itself.
    EXPECT_TRUE(denied(
        as(m_coordinator.username, QStringLiteral("INSERT INTO td_audit_tx VALUES (txid_current(), "
                                                  "'assessment', '%1')")
                                       .arg(id))));
    EXPECT_EQ(db().scalar(values, {id})->toString(), stored);
    EXPECT_EQ(lastAuditId(db()), trail);
    auto verified = AuditVerifier::verify(db());
    ASSERT_TRUE(verified.ok()) << str(verified.message());
    EXPECT_TRUE(verified->intact) << str(verified->problem);
}

void RoleSecurityTest::MonitorsReadArmsOnlyWhileTheProtocolLetsThem()
{
    const QString arms = QStringLiteral("SELECT COUNT(arm_id) FROM participant");
    const QString sessions = QStringLiteral("SELECT COUNT(*) FROM therapy_session");
    // Blinded by default, like the assessor.
    EXPECT_TRUE(denied(as(m_monitor.username, arms)));
    EXPECT_TRUE(denied(as(m_monitor.username, sessions)));
    const Psql studyIds =
        as(m_monitor.username, QStringLiteral("SELECT COUNT(study_id) FROM participant"));
    EXPECT_EQ(studyIds.exitCode, 0) << qPrintable(studyIds.err);
    // An amendment that lets monitors see arms, made by the administrator's own login: the
    // monitors' group is granted again in that transaction.
    const Psql amend =
        as(m_admin.username, QStringLiteral("UPDATE trial SET monitors_see_arms = 1"));
    ASSERT_EQ(amend.exitCode, 0) << qPrintable(amend.err);
    const Psql seen = as(m_monitor.username, arms);
    ASSERT_EQ(seen.exitCode, 0) << qPrintable(seen.err);
    EXPECT_NE(seen.out.trimmed(), QStringLiteral("0"));
    EXPECT_EQ(as(m_monitor.username, sessions).exitCode, 0);
    // And back.
    ASSERT_EQ(
        as(m_admin.username, QStringLiteral("UPDATE trial SET monitors_see_arms = 0")).exitCode, 0);
    EXPECT_TRUE(denied(as(m_monitor.username, arms)));
    EXPECT_TRUE(denied(as(m_monitor.username, sessions)));
}

void RoleSecurityTest::TheAssessorUnblindsOneParticipantThroughTheServer()
{
    const qint64 treated = db().scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE "
                                                      "arm_id IS NOT NULL"))
                               ->toLongLong();
    const QString read = QStringLiteral("SELECT td_unblinded_arm(%1)").arg(treated);
    // Not without a recorded unblinding, and not from a record made in the same transaction
    // (a value read there would outlive its rollback).
    EXPECT_TRUE(as(m_assessor.username, read).err.contains(QStringLiteral("no recorded")));
    const Psql sneaky = as(
        m_assessor.username,
        QStringLiteral("BEGIN; INSERT INTO emergency_unblinding (participant_id, user_id, reason, "
                       "created_at) VALUES (%1, (SELECT id FROM users WHERE username = "
                       "session_user), 'a serious adverse event', 'now'); %2; ROLLBACK")
            .arg(treated)
            .arg(read));
    EXPECT_TRUE(sneaky.err.contains(QStringLiteral("no recorded"))) << qPrintable(sneaky.err);
    // Nor from a record and its audit row made in a savepoint of the reading transaction: the
    // savepoint has a transaction id of its own, but its rows are still uncommitted.
    const Psql nested =
        as(m_assessor.username,
           QStringLiteral("BEGIN; SAVEPOINT s; INSERT INTO emergency_unblinding (participant_id, "
                          "user_id, reason, created_at) VALUES (%1, (SELECT id FROM users WHERE "
                          "username = session_user), 'a serious adverse event', 'now'); SELECT "
                          "td_audit_append(t.id + 1, 'now', session_user, 'assessor', 'unblinded', "
                          "'participant', '%1', NULL, NULL, NULL, NULL, t.hash, 'forged', NULL) "
                          "FROM td_audit_tail() t; RELEASE SAVEPOINT s; SELECT 'arm=' || "
                          "td_unblinded_arm(%1); ROLLBACK")
               .arg(treated));
    EXPECT_TRUE(nested.err.contains(QStringLiteral("no recorded"))) << qPrintable(nested.err);
    EXPECT_FALSE(nested.out.contains(QStringLiteral("arm="))) << qPrintable(nested.out);

    // Through the program, on the assessor's own connection: recorded, audited, the arm given.
    auto own = signedIn(m_assessor.username);
    const qint64 before = lastAuditId(db());
    const qint64 arm = must(EmergencyUnblinding(*own).unblind(m_assessor, treated,
                                                              QStringLiteral("serious adverse "
                                                                             "event, ward 3")),
                            "unblind");
    EXPECT_EQ(arm, m_armCbt);
    bool audited = false;
    for (const AuditRow& r : auditRows(db(), before))
        audited |= r.action == QStringLiteral("unblinded") && r.username == m_assessor.username &&
                   r.entityId == QString::number(treated);
    EXPECT_TRUE(audited);
    // From then on the participant page shows that reader that arm.
    const Participant shown = must(ParticipantRepository(*own).get(m_assessor, treated), "get");
    EXPECT_EQ(shown.armId, m_armCbt);
    // The table itself stays closed to the assessor's login.
    EXPECT_TRUE(
        denied(as(m_assessor.username,
                  QStringLiteral("SELECT arm_id FROM participant WHERE id = %1").arg(treated))));
    // A role that may not unblind is refused by the server and by the core.
    EXPECT_TRUE(denied(as(m_monitor.username, read)));
    auto monitor = signedIn(m_monitor.username);
    const auto refused = EmergencyUnblinding(*monitor).unblind(m_monitor, treated,
                                                               QStringLiteral("a serious event"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

void RoleSecurityTest::OnlySiteBoundLoginsAreCheckedRowByRow()
{
    // A login bound to no site passes the reach policy on its first test, asked once per
    // statement: the per-row look-up of the participant is never run (a statistician's long
    // export was eight times slower than psql's own with it). A site-bound login runs it.
    const QString sql = QStringLiteral("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) "
                                       "SELECT COUNT(*) FROM assessment");
    static const QRegularExpression lookUp(QStringLiteral("on participant[^\n]*never executed"));
    const Psql unbound = as(m_statistician.username, sql);
    ASSERT_EQ(unbound.exitCode, 0) << qPrintable(unbound.err);
    EXPECT_TRUE(unbound.out.contains(lookUp)) << qPrintable(unbound.out);
    const Psql bound = as(m_oslo, sql);
    ASSERT_EQ(bound.exitCode, 0) << qPrintable(bound.err);
    EXPECT_TRUE(bound.out.contains(QStringLiteral("on participant"))) << qPrintable(bound.out);
    EXPECT_FALSE(bound.out.contains(lookUp)) << qPrintable(bound.out);
}

TEST_F(RoleSecurityTest, EachRolesOwnLoginReadsWhatTheRoleMayAndNothingMore)
{
    SignInIsTheServersOwnAndAWrongPasswordIsRefused();
    TheAssessorsLoginReadsNoArmFromAnyTableOrView();
    ACoordinatorReadsNeitherTheListNorAnotherSitesParticipants();
    NoLoginReadsAnotherUsersPasswordHashOrSealedKey();
    EachLoginWritesOnlyWhatItsRolesPermissionsWrite();
    NoLoginChangesAClinicalRowWithoutItsAuditRow();
    MonitorsReadArmsOnlyWhileTheProtocolLetsThem();
    TheAssessorUnblindsOneParticipantThroughTheServer();
    OnlySiteBoundLoginsAreCheckedRowByRow();
}

} // namespace
