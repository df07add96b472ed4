// The window's clinical writes run as each role's own login on a server (RoleWrites.h): the
// blinded assessor's rating and arm guess, alert acknowledgement, the database lock and unlock,
// a protocol amendment, the therapist's sessions and session measures, status changes, and the
// corrections and removals of forms and sessions (of a verified form too).
// Each succeeds with its audit rows; the same operation by a role that may not do it is refused
// by the core and, by hand in SQL on that role's login, by the server; `audit verify` holds.

#include "RoleWrites.h"

#include "assessments/ArmGuessRepository.h"
#include "assessments/AssessmentRepository.h"
#include "outcomes/AlertRepository.h"
#include "participants/ParticipantRepository.h"
#include "quality/DataLocks.h"
#include "quality/SourceVerification.h"
#include "sessions/SessionRepository.h"
#include "trial/ProtocolRepository.h"

using namespace td;
using namespace tdtest;

namespace {

QStringList items(std::initializer_list<int> values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out;
}

class RoleWritesTest : public RoleWrites
{
protected:
    Assessment form(const Participant& p, const char* instrument, const QStringList& values)
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = m_baseline;
        a.instrumentId = QString::fromLatin1(instrument);
        a.date = today();
        a.items = values;
        return a;
    }
    static QStringList hrsd17()
    {
        return items({2, 1, 0, 1, 1, 1, 2, 1, 1, 2, 1, 0, 1, 0, 1, 0, 1});
    }
};

TEST_F(RoleWritesTest, TheBlindedAssessorRatesAndGuessesTheArmOnTheirOwnLogin)
{
    const Participant p = randomized(m_armCbt);
    const Participant other = randomized(m_armPdt, m_therapist2);
    Login assessor = login(m_assessor);
    Login monitor = login(m_monitor);
    Login coordinator = login(m_coordinator);

    qint64 before = lastAuditId(db());
    auto rating =
        AssessmentRepository(*assessor.db).save(assessor.actor, form(p, "hrsd17", hrsd17()));
    ASSERT_TRUE(rating.ok()) << str(rating.message());
    EXPECT_TRUE(audited(before, assessor, QStringLiteral("assessment"), rating->id));

    // Nobody else guesses: not the monitor (core), and by hand neither the monitor's nor the
    // coordinator's login.
    const qint64 mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        ArmGuessRepository(*monitor.db).record(monitor.actor, rating->id, m_armPdt), mark));
    const QString guess =
        QStringLiteral("INSERT INTO arm_guess (assessment_id, assessor_id, guessed_arm_id, "
                       "recorded_at) VALUES (%1, (SELECT id FROM users WHERE username = "
                       "session_user), NULL, '2025-06-02')")
            .arg(rating->id);
    EXPECT_TRUE(refusedByServer(monitor, guess));
    EXPECT_TRUE(refusedByServer(coordinator, guess));

    before = lastAuditId(db());
    auto guessed = ArmGuessRepository(*assessor.db).record(assessor.actor, rating->id, m_armPdt);
    ASSERT_TRUE(guessed.ok()) << str(guessed.message());
    EXPECT_TRUE(audited(before, assessor, QStringLiteral("arm_guess"), guessed->id));

    // A rating the rules query (an item missing): the rule's query is the assessor's write too.
    QStringList missing = hrsd17();
    missing[2] = Assessment::missingItem();
    missing[5] = Assessment::missingItem();
    missing[8] = Assessment::missingItem();
    before = lastAuditId(db());
    auto queried =
        AssessmentRepository(*assessor.db).save(assessor.actor, form(other, "hrsd17", missing));
    ASSERT_TRUE(queried.ok()) << str(queried.message());
    const qint64 query = sqlCount(
        db(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM data_query WHERE assessment_id = %1")
                  .arg(queried->id));
    ASSERT_GT(query, 0);
    EXPECT_TRUE(audited(before, assessor, QStringLiteral("data_query"), query));

    EXPECT_TRUE(trailHolds());
    expectReadsNoArm(m_assessor.username);
}

TEST_F(RoleWritesTest, AlertsAreAcknowledgedByTheTherapistAndThePIAndNobodyElse)
{
    const Participant mine = randomized(m_armCbt);                 // therapist1's
    const Participant theirs = randomized(m_armPdt, m_therapist2); // therapist2's
    Login coordinator = login(m_coordinator);
    Login therapist = login(m_therapist);
    Login pi = login(m_pi);
    Login assessor = login(m_assessor);

    // The coordinator keys two self-reports whose item 9 raises an alert.
    std::vector<qint64> alerts;
    for (const Participant& p : {mine, theirs}) {
        const qint64 before = lastAuditId(db());
        auto saved =
            AssessmentRepository(*coordinator.db)
                .save(coordinator.actor, form(p, "phq9", items({1, 1, 1, 1, 1, 1, 1, 1, 2})));
        ASSERT_TRUE(saved.ok()) << str(saved.message());
        const auto raised = must(AlertRepository(db()).forParticipant(m_pi, p.id), "alerts");
        ASSERT_EQ(raised.size(), 1u);
        EXPECT_TRUE(audited(before, coordinator, QStringLiteral("alert"), raised[0].id));
        alerts.push_back(raised[0].id);
    }

    const qint64 mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(AlertRepository(*coordinator.db)
                                  .acknowledge(coordinator.actor, alerts[0], QStringLiteral("seen"),
                                               signedBy(m_coordinator)),
                              mark));
    EXPECT_TRUE(refusedByCore(
        AlertRepository(*assessor.db)
            .acknowledge(assessor.actor, alerts[0], QStringLiteral("seen"), signedBy(m_assessor)),
        mark));
    const QString byHand =
        QStringLiteral("UPDATE alert SET acknowledgement = 'seen' WHERE id = %1").arg(alerts[0]);
    EXPECT_TRUE(refusedByServer(coordinator, byHand));
    EXPECT_TRUE(refusedByServer(assessor, byHand));

    qint64 before = lastAuditId(db());
    const Status own =
        AlertRepository(*therapist.db)
            .acknowledge(therapist.actor, alerts[0], QStringLiteral("Safety plan agreed"),
                         signedBy(m_therapist));
    ASSERT_TRUE(own.ok()) << str(own.message());
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("alert"), alerts[0]));
    before = lastAuditId(db());
    const Status pis = AlertRepository(*pi.db).acknowledge(
        pi.actor, alerts[1], QStringLiteral("Called the same day"), signedBy(m_pi));
    ASSERT_TRUE(pis.ok()) << str(pis.message());
    EXPECT_TRUE(audited(before, pi, QStringLiteral("alert"), alerts[1]));
    EXPECT_TRUE(trailHolds());
}

TEST_F(RoleWritesTest, ThePILocksAndUnlocksAndTheAdministratorAmendsTheProtocol)
{
    const Participant p = randomized(m_armCbt);
    Login pi = login(m_pi);
    Login coordinator = login(m_coordinator);
    Login statistician = login(m_statistician);
    Login admin = login(m_admin);

    const LockTarget target{LockScope::Participant, p.id, 0};
    qint64 mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        DataLocks(*coordinator.db)
            .lock(coordinator.actor, target, QStringLiteral("analysis"), signedBy(m_coordinator)),
        mark));
    for (const Login* who : {&coordinator, &statistician})
        EXPECT_TRUE(refusedByServer(*who, QStringLiteral("INSERT INTO data_lock DEFAULT VALUES")));

    qint64 before = lastAuditId(db());
    auto locked = DataLocks(*pi.db).lock(pi.actor, target, QStringLiteral("Interim analysis"),
                                         signedBy(m_pi));
    ASSERT_TRUE(locked.ok()) << str(locked.message());
    EXPECT_TRUE(audited(before, pi, QStringLiteral("data_lock"), locked->id));
    // The lock holds on the coordinator's login too.
    mark = lastAuditId(db());
    EXPECT_FALSE(ParticipantRepository(*coordinator.db)
                     .changeStatus(coordinator.actor, p.id, ParticipantStatus::InTreatment, {})
                     .ok());
    EXPECT_EQ(lastAuditId(db()), mark);
    EXPECT_TRUE(refusedByCore(
        DataLocks(*coordinator.db)
            .unlock(coordinator.actor, locked->id, QStringLiteral("done"), signedBy(m_coordinator)),
        mark));
    before = lastAuditId(db());
    auto unlocked = DataLocks(*pi.db).unlock(pi.actor, locked->id, QStringLiteral("Query resolved"),
                                             signedBy(m_pi));
    ASSERT_TRUE(unlocked.ok()) << str(unlocked.message());
    EXPECT_TRUE(audited(before, pi, QStringLiteral("data_lock"), unlocked->unlockId));
    const auto started =
        ParticipantRepository(*coordinator.db)
            .changeStatus(coordinator.actor, p.id, ParticipantStatus::InTreatment, {});
    EXPECT_TRUE(started.ok()) << str(started.message());

    // An amendment (someone is randomized): only the administrator's.
    Protocol amended = must(ProtocolRepository(*admin.db).load(admin.actor), "protocol");
    amended.trial.targetSampleSize = 150;
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        ProtocolRepository(*pi.db).update(
            pi.actor, amended, {today(), QStringLiteral("More participants"), signedBy(m_pi)}),
        mark));
    EXPECT_TRUE(refusedByServer(pi, QStringLiteral("UPDATE trial SET target_sample_size = 150")));
    EXPECT_TRUE(refusedByServer(coordinator,
                                QStringLiteral("INSERT INTO protocol_version DEFAULT VALUES")));
    before = lastAuditId(db());
    auto update = ProtocolRepository(*admin.db).update(
        admin.actor, amended,
        {today(), QStringLiteral("Ethics committee approval 2025/7"), signedBy(m_admin)});
    ASSERT_TRUE(update.ok()) << str(update.message());
    EXPECT_TRUE(update->amendment);
    EXPECT_EQ(update->version, 2);
    EXPECT_TRUE(audited(before, admin, QStringLiteral("protocol_version"), 2));
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT target_sample_size FROM trial")), 150);
    EXPECT_TRUE(trailHolds());
}

TEST_F(RoleWritesTest, TheTherapistLogsSessionsAndMeasuresAndTheCoordinatorMovesTheStatus)
{
    const Participant p = randomized(m_armCbt); // therapist1's
    Login therapist = login(m_therapist);
    Login other = login(m_therapist2);
    Login assessor = login(m_assessor);
    Login monitor = login(m_monitor);
    Login coordinator = login(m_coordinator);

    TherapySession s;
    s.participantId = p.id;
    s.date = today().addDays(-2);
    s.durationMinutes = 50;
    qint64 mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(SessionRepository(*assessor.db).record(assessor.actor, s), mark));
    // Another therapist's participant is out of their reach.
    EXPECT_TRUE(refusedByCore(SessionRepository(*other.db).record(other.actor, s), mark,
                              ErrorCode::NotFound));
    const QString session =
        QStringLiteral("INSERT INTO therapy_session (participant_id, therapist_id, session_date, "
                       "session_number, kind, attendance, created_at) VALUES (%1, (SELECT id "
                       "FROM users WHERE username = session_user), '2025-05-30', 99, 'regular', "
                       "'attended', '2025-05-30')")
            .arg(p.id);
    EXPECT_TRUE(refusedByServer(assessor, session));
    EXPECT_TRUE(refusedByServer(monitor, session));
    EXPECT_TRUE(refusedByServer(other, session)); // row-level security: not their participant

    qint64 before = lastAuditId(db());
    auto logged = SessionRepository(*therapist.db).record(therapist.actor, s);
    ASSERT_TRUE(logged.ok()) << str(logged.message());
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("therapy_session"), logged->id));
    // The session's measure: an assessment linked to the session.
    Assessment measure = form(p, "phq9", items({1, 1, 1, 1, 1, 1, 1, 1, 0}));
    measure.timePointId.reset();
    measure.sessionId = logged->id;
    measure.date = s.date;
    before = lastAuditId(db());
    auto measured = AssessmentRepository(*therapist.db).save(therapist.actor, measure);
    ASSERT_TRUE(measured.ok()) << str(measured.message());
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("assessment"), measured->id));

    // Status changes: the coordinator's; not the assessor's, the monitor's or the therapist's.
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(ParticipantRepository(*assessor.db)
                                  .withdraw(assessor.actor, p.id, QStringLiteral("moved"), true),
                              mark));
    EXPECT_TRUE(
        refusedByCore(ParticipantRepository(*monitor.db)
                          .changeStatus(monitor.actor, p.id, ParticipantStatus::InTreatment, {}),
                      mark));
    const QString status =
        QStringLiteral("UPDATE participant SET status = 'in_treatment' WHERE id = %1").arg(p.id);
    for (const Login* who : {&assessor, &monitor, &therapist})
        EXPECT_TRUE(refusedByServer(*who, status));
    before = lastAuditId(db());
    auto started = ParticipantRepository(*coordinator.db)
                       .changeStatus(coordinator.actor, p.id, ParticipantStatus::InTreatment, {});
    ASSERT_TRUE(started.ok()) << str(started.message());
    auto withdrawn = ParticipantRepository(*coordinator.db)
                         .withdraw(coordinator.actor, p.id, QStringLiteral("Moved abroad"), true);
    ASSERT_TRUE(withdrawn.ok()) << str(withdrawn.message());
    EXPECT_EQ(withdrawn->status, ParticipantStatus::Withdrawn);
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("participant"), p.id));

    EXPECT_TRUE(trailHolds());
    // The session and its measure stay hidden from the blinded readers.
    expectReadsNoArm(m_assessor.username);
    expectReadsNoArm(m_monitor.username);
}

TEST_F(RoleWritesTest, CorrectionsAndRemovalsOfVerifiedFormsAndSessionsRunAsTheSitesLogins)
{
    const Participant p = randomized(m_armCbt); // therapist1's
    Login therapist = login(m_therapist);
    Login coordinator = login(m_coordinator);
    Login monitor = login(m_monitor);
    Login assessor = login(m_assessor);
    Login dmc = login(m_dmc);

    // The therapist keys a self-report with two items missing: the rules query it, on the
    // therapist's login (their own participant).
    QStringList gaps = items({1, 2, 1, 0, 1, 1, 2, 1, 0});
    gaps[1] = Assessment::missingItem();
    gaps[4] = Assessment::missingItem();
    qint64 before = lastAuditId(db());
    auto keyed = AssessmentRepository(*therapist.db).save(therapist.actor, form(p, "phq9", gaps));
    ASSERT_TRUE(keyed.ok()) << str(keyed.message());
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("assessment"), keyed->id));
    const QString newestQuery = QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM data_query");
    EXPECT_TRUE(
        audited(before, therapist, QStringLiteral("data_query"), sqlCount(db(), newestQuery)));

    // The monitor verifies it; the therapist's correction clears the mark and queries the site.
    auto mark = SourceVerifications(*monitor.db).verify(monitor.actor, keyed->id);
    ASSERT_TRUE(mark.ok()) << str(mark.message());
    Assessment fixed = *keyed;
    fixed.items[1] = QStringLiteral("2");
    qint64 refused = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(AssessmentRepository(*monitor.db)
                                  .correct(monitor.actor, fixed, QStringLiteral("from the source")),
                              refused));
    before = lastAuditId(db());
    auto corrected = AssessmentRepository(*therapist.db)
                         .correct(therapist.actor, fixed, QStringLiteral("Found on page 2"));
    ASSERT_TRUE(corrected.ok()) << str(corrected.message());
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("assessment"), keyed->id));
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("source_verification"), mark->id));
    EXPECT_TRUE(
        audited(before, therapist, QStringLiteral("data_query"), sqlCount(db(), newestQuery)));

    // Verified again, then removed by the coordinator: the mark is cleared once more.
    mark = SourceVerifications(*monitor.db).verify(monitor.actor, keyed->id);
    ASSERT_TRUE(mark.ok()) << str(mark.message());
    refused = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(AssessmentRepository(*assessor.db)
                                  .remove(assessor.actor, keyed->id, QStringLiteral("wrong form")),
                              refused));
    EXPECT_TRUE(refusedByCore(
        AssessmentRepository(*dmc.db).remove(dmc.actor, keyed->id, QStringLiteral("wrong form")),
        refused));
    EXPECT_TRUE(refusedByServer(
        dmc, QStringLiteral("UPDATE assessment SET removed = 1 WHERE id = %1").arg(keyed->id)));
    before = lastAuditId(db());
    const Status removed = AssessmentRepository(*coordinator.db)
                               .remove(coordinator.actor, keyed->id,
                                       QStringLiteral("Keyed for the wrong participant"));
    ASSERT_TRUE(removed.ok()) << str(removed.message());
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("assessment"), keyed->id));
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("source_verification"), mark->id));

    // A session corrected by the therapist, and removed by the coordinator (not the therapist).
    TherapySession s;
    s.participantId = p.id;
    s.date = today().addDays(-3);
    s.durationMinutes = 50;
    const TherapySession logged =
        must(SessionRepository(*therapist.db).record(therapist.actor, s), "session");
    TherapySession longer = logged;
    longer.durationMinutes = 60;
    before = lastAuditId(db());
    auto changed = SessionRepository(*therapist.db)
                       .correct(therapist.actor, longer, QStringLiteral("Ran over"));
    ASSERT_TRUE(changed.ok()) << str(changed.message());
    EXPECT_TRUE(audited(before, therapist, QStringLiteral("therapy_session"), logged.id));
    refused = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(SessionRepository(*therapist.db)
                                  .remove(therapist.actor, logged.id, QStringLiteral("duplicate")),
                              refused));
    EXPECT_TRUE(refusedByServer(
        dmc,
        QStringLiteral("UPDATE therapy_session SET removed = 1 WHERE id = %1").arg(logged.id)));
    before = lastAuditId(db());
    const Status gone = SessionRepository(*coordinator.db)
                            .remove(coordinator.actor, logged.id, QStringLiteral("Logged twice"));
    ASSERT_TRUE(gone.ok()) << str(gone.message());
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("therapy_session"), logged.id));

    EXPECT_TRUE(trailHolds());
    expectReadsNoArm(m_monitor.username);
}

} // namespace
