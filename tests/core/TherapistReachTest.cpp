// A therapist reaches only the participants assigned to them: lists, look-ups, sessions, dose
// and assessments of anyone else answer NotFound, and nothing can be written for them.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "sessions/SessionRepository.h"

using namespace td;
using namespace tdtest;

namespace {

class TherapistReachTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_mine = randomized(m_armCbt, m_therapist);
        m_theirs = randomized(m_armPdt, m_therapist2);
        m_unassigned = consented();
        m_alsoMine = randomized(m_armPdt, m_therapist);
        SessionRepository sessions(db());
        TherapySession s;
        s.date = today().addDays(-5);
        s.durationMinutes = 50;
        s.participantId = m_mine.id;
        must(sessions.record(m_therapist, s), "session");
        s.participantId = m_theirs.id;
        m_theirSession = must(sessions.record(m_therapist2, s), "session");
    }

    Participant m_mine;
    Participant m_alsoMine;
    Participant m_theirs;
    Participant m_unassigned;
    TherapySession m_theirSession;
};

TEST_F(TherapistReachTest, ListShowsOnlyOwnParticipants)
{
    auto list = ParticipantRepository(db()).list(m_therapist);
    ASSERT_TRUE(list.ok()) << str(list.message());
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].id, m_mine.id);
    EXPECT_EQ((*list)[1].id, m_alsoMine.id);
    for (const Participant& p : *list) {
        EXPECT_EQ(p.therapistId, m_therapist.userId);
    }

    auto other = ParticipantRepository(db()).list(m_therapist2);
    ASSERT_TRUE(other.ok());
    ASSERT_EQ(other->size(), 1u);
    EXPECT_EQ((*other)[0].id, m_theirs.id);
}

TEST_F(TherapistReachTest, CountsCoverOnlyOwnParticipants)
{
    ParticipantRepository repo(db());
    auto byArm = repo.countByArm(m_therapist);
    ASSERT_TRUE(byArm.ok()) << str(byArm.message());
    EXPECT_EQ(*byArm, (std::map<qint64, int>{{m_armCbt, 1}, {m_armPdt, 1}}));
    auto byStatus = repo.countByStatus(m_therapist2);
    ASSERT_TRUE(byStatus.ok());
    EXPECT_EQ(*byStatus, (std::map<ParticipantStatus, int>{{ParticipantStatus::Randomized, 1}}));
}

TEST_F(TherapistReachTest, OtherParticipantsAreNotFound)
{
    ParticipantRepository repo(db());
    for (const Participant& p : {m_theirs, m_unassigned}) {
        SCOPED_TRACE(str(p.studyId));
        auto byId = repo.get(m_therapist, p.id);
        ASSERT_FALSE(byId.ok());
        EXPECT_EQ(byId.error().code, ErrorCode::NotFound);
        auto byStudyId = repo.getByStudyId(m_therapist, p.studyId);
        ASSERT_FALSE(byStudyId.ok());
        EXPECT_EQ(byStudyId.error().code, ErrorCode::NotFound);
    }
    auto own = repo.get(m_therapist, m_mine.id);
    ASSERT_TRUE(own.ok()) << str(own.message());
    EXPECT_EQ(own->studyId, m_mine.studyId);
}

TEST_F(TherapistReachTest, OtherParticipantsSessionsAndDoseAreNotFound)
{
    SessionRepository sessions(db());
    auto list = sessions.forParticipant(m_therapist, m_theirs.id);
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().code, ErrorCode::NotFound);
    auto dose = sessions.dose(m_therapist, m_theirs.id);
    ASSERT_FALSE(dose.ok());
    EXPECT_EQ(dose.error().code, ErrorCode::NotFound);

    auto own = sessions.forParticipant(m_therapist, m_mine.id);
    ASSERT_TRUE(own.ok()) << str(own.message());
    EXPECT_EQ(own->size(), 1u);
    auto theirs = sessions.forParticipant(m_therapist2, m_theirs.id);
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(theirs->size(), 1u);
}

TEST_F(TherapistReachTest, NothingCanBeWrittenForOtherParticipants)
{
    const QString before = dumpDatabase(db());
    SessionRepository sessions(db());
    TherapySession s;
    s.participantId = m_theirs.id;
    s.date = today();
    s.durationMinutes = 45;
    auto recorded = sessions.record(m_therapist, s);
    ASSERT_FALSE(recorded.ok());
    EXPECT_EQ(recorded.error().code, ErrorCode::NotFound);

    TherapySession correction = m_theirSession;
    correction.durationMinutes = 30;
    auto corrected = sessions.correct(m_therapist, correction, QStringLiteral("typo"));
    ASSERT_FALSE(corrected.ok());
    EXPECT_EQ(corrected.error().code, ErrorCode::NotFound);

    Assessment a;
    a.participantId = m_theirs.id;
    a.timePointId = m_baseline;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today();
    a.items = QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("0")};
    auto saved = AssessmentRepository(db()).save(m_therapist, a);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(TherapistReachTest, OtherParticipantsAssessmentsAreNotFound)
{
    Assessment a;
    a.participantId = m_theirs.id;
    a.timePointId = m_baseline;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today();
    a.items = QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"),
                          QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                          QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"),
                          QStringLiteral("1")};
    const Assessment saved = must(AssessmentRepository(db()).save(m_coordinator, a), "assessment");
    AssessmentRepository assessments(db());
    auto one = assessments.get(m_therapist, saved.id);
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().code, ErrorCode::NotFound);
    auto all = assessments.forParticipant(m_therapist, m_theirs.id);
    ASSERT_FALSE(all.ok());
    EXPECT_EQ(all.error().code, ErrorCode::NotFound);
    auto theirs = assessments.get(m_therapist2, saved.id);
    ASSERT_TRUE(theirs.ok()) << str(theirs.message());
    EXPECT_EQ(theirs->items, a.items);
}

TEST_F(TherapistReachTest, ReassignmentMovesTheParticipant)
{
    auto moved = ParticipantRepository(db()).assignTherapist(
        m_coordinator, m_theirs.id, m_therapist.userId, QStringLiteral("Therapist on leave"));
    ASSERT_TRUE(moved.ok()) << str(moved.message());
    auto now = ParticipantRepository(db()).get(m_therapist, m_theirs.id);
    ASSERT_TRUE(now.ok()) << str(now.message());
    auto gone = ParticipantRepository(db()).get(m_therapist2, m_theirs.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    const auto rows = auditRows(db(), lastAuditId(db()) - 1);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].field, QStringLiteral("therapist_id"));
    EXPECT_EQ(rows[0].oldValue.toString(), QString::number(m_therapist2.userId));
    EXPECT_EQ(rows[0].newValue.toString(), QString::number(m_therapist.userId));
    EXPECT_EQ(rows[0].reason, QStringLiteral("Therapist on leave"));
}

TEST_F(TherapistReachTest, ReassignmentWithoutReasonIsRefused)
{
    const QString before = dumpDatabase(db());
    auto r =
        ParticipantRepository(db()).assignTherapist(m_coordinator, m_theirs.id, m_therapist.userId);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    // Only therapists can be assigned.
    auto notTherapist = ParticipantRepository(db()).assignTherapist(m_coordinator, m_unassigned.id,
                                                                    m_assessor.userId);
    ASSERT_FALSE(notTherapist.ok());
    EXPECT_EQ(notTherapist.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

} // namespace
