// The visit timeline: each protocol visit's target date and window, and its state (done,
// partly done, missed, overdue, due, upcoming, not scheduled) against what was recorded and
// today's date, at the window's boundaries.

#include "visits/VisitTimeline.h"

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "trial/ProtocolRepository.h"

#include <set>

using namespace td;
using namespace tdtest;

namespace {

const QDate kRandomized(2025, 1, 6);

Protocol schedule()
{
    Protocol p;
    p.schedule = {
        {1,
         QStringLiteral("baseline"),
         QStringLiteral("Baseline"),
         0,
         14,
         {{QStringLiteral("phq9"), Rater::SelfReport},
          {QStringLiteral("hrsd17"), Rater::BlindedClinician}}},
        {2,
         QStringLiteral("w8"),
         QStringLiteral("Week 8"),
         8,
         7,
         {{QStringLiteral("phq9"), Rater::SelfReport}}},
        {3, QStringLiteral("w16"), QStringLiteral("Week 16"), 16, 7, {}},
    };
    return p;
}

Participant randomizedParticipant()
{
    Participant p;
    p.id = 7;
    p.studyId = QStringLiteral("OSL-007");
    p.status = ParticipantStatus::InTreatment;
    p.consentDate = kRandomized.addDays(-5);
    p.randomizedAt = QDateTime(kRandomized, QTime(9, 30), Qt::UTC);
    return p;
}

Assessment record(qint64 timePoint, const char* instrument, QDate date,
                  AssessmentStatus status = AssessmentStatus::Complete)
{
    Assessment a;
    a.id = 100 + timePoint;
    a.participantId = 7;
    a.timePointId = timePoint;
    a.instrumentId = QString::fromLatin1(instrument);
    a.date = date;
    a.items = QStringList(9, QStringLiteral("1"));
    a.status = status;
    return a;
}

Assessment missedRecord(qint64 timePoint, const char* instrument, QDate date, const char* reason)
{
    Assessment a = record(timePoint, instrument, date);
    a.items = QStringList(9, Assessment::missingItem());
    a.missingReason = QString::fromLatin1(reason);
    return a;
}

const Visit& visit(const std::vector<Visit>& visits, const char* code)
{
    for (const Visit& v : visits)
        if (v.code == QString::fromLatin1(code))
            return v;
    throw std::runtime_error(std::string("no visit ") + code);
}

VisitState stateOn(const char* code, QDate today, const std::vector<Assessment>& records = {})
{
    return visit(VisitTimeline::build(schedule(), randomizedParticipant(), records, today), code)
        .state;
}

} // namespace

namespace td {
void PrintTo(VisitState s, std::ostream* os)
{
    *os << VisitTimeline::stateKey(s).toStdString();
}
} // namespace td

TEST(VisitTimelineTest, TargetsAndWindowsCountFromTheRandomizationDate)
{
    const auto visits = VisitTimeline::build(schedule(), randomizedParticipant(), {}, kRandomized);
    ASSERT_EQ(visits.size(), 3u);
    const Visit& w8 = visit(visits, "w8");
    EXPECT_EQ(w8.target, QDate(2025, 3, 3)); // 8 weeks after 6 January
    EXPECT_EQ(w8.windowOpen, QDate(2025, 2, 24));
    EXPECT_EQ(w8.windowClose, QDate(2025, 3, 10));
    EXPECT_EQ(w8.label, QStringLiteral("Week 8"));
    EXPECT_EQ(w8.scheduled, QStringList{QStringLiteral("phq9")});
    const Visit& baseline = visit(visits, "baseline");
    EXPECT_EQ(baseline.target, kRandomized);
    EXPECT_EQ(baseline.windowOpen, kRandomized.addDays(-14));
    EXPECT_EQ(baseline.windowClose, kRandomized.addDays(14));
}

TEST(VisitTimelineTest, WindowBoundariesAreIncluded)
{
    // Week 8: window 24 February to 10 March 2025.
    EXPECT_EQ(stateOn("w8", QDate(2025, 2, 23)), VisitState::Upcoming);
    EXPECT_EQ(stateOn("w8", QDate(2025, 2, 24)), VisitState::Due);
    EXPECT_EQ(stateOn("w8", QDate(2025, 3, 3)), VisitState::Due);
    EXPECT_EQ(stateOn("w8", QDate(2025, 3, 10)), VisitState::Due);
    EXPECT_EQ(stateOn("w8", QDate(2025, 3, 11)), VisitState::Overdue);
}

TEST(VisitTimelineTest, DoneNeedsEveryScheduledInstrumentComplete)
{
    const QDate day = kRandomized.addDays(-2);
    const QDate later = kRandomized.addDays(60);
    EXPECT_EQ(
        stateOn("baseline", later, {record(1, "phq9", day), record(1, "hrsd17", day.addDays(1))}),
        VisitState::Done);
    // One of two: partly done, whether or not the window is still open.
    EXPECT_EQ(stateOn("baseline", later, {record(1, "phq9", day)}), VisitState::Partial);
    EXPECT_EQ(stateOn("baseline", day, {record(1, "phq9", day)}), VisitState::Partial);
    // A draft is data, but not complete.
    EXPECT_EQ(stateOn("baseline", later,
                      {record(1, "phq9", day), record(1, "hrsd17", day, AssessmentStatus::Draft)}),
              VisitState::Partial);
    // An instrument the visit does not schedule does not complete it.
    EXPECT_EQ(stateOn("baseline", later, {record(1, "phq9", day), record(1, "gad7", day)}),
              VisitState::Partial);
}

TEST(VisitTimelineTest, DoneWinsOverTheCalendarAndRecordsThePerformedDate)
{
    const QDate early = QDate(2025, 2, 20); // before the week 8 window opens
    const auto visits = VisitTimeline::build(schedule(), randomizedParticipant(),
                                             {record(2, "phq9", early)}, QDate(2025, 2, 21));
    const Visit& w8 = visit(visits, "w8");
    EXPECT_EQ(w8.state, VisitState::Done);
    EXPECT_EQ(w8.performedOn, early);
    ASSERT_TRUE(w8.daysFromTarget().has_value());
    EXPECT_EQ(*w8.daysFromTarget(), -11);
    EXPECT_TRUE(w8.outsideWindow());
    EXPECT_EQ(w8.completed, QStringList{QStringLiteral("phq9")});

    const auto onTime =
        VisitTimeline::build(schedule(), randomizedParticipant(),
                             {record(2, "phq9", QDate(2025, 3, 10))}, QDate(2025, 4, 1));
    EXPECT_FALSE(visit(onTime, "w8").outsideWindow()); // the window's last day
    EXPECT_EQ(*visit(onTime, "w8").daysFromTarget(), 7);
}

TEST(VisitTimelineTest, MissedWhenTheVisitIsRecordedWithoutDataAndAReason)
{
    const QDate closed = QDate(2025, 3, 20);
    const std::vector<Assessment> missed = {
        missedRecord(2, "phq9", QDate(2025, 3, 5), "Admitted to hospital")};
    EXPECT_EQ(stateOn("w8", closed, missed), VisitState::Missed);
    EXPECT_EQ(stateOn("w8", QDate(2025, 3, 1), missed), VisitState::Missed); // window still open
    // Keep the timeline: a reference into a temporary one would dangle.
    const auto timeline = VisitTimeline::build(schedule(), randomizedParticipant(), missed, closed);
    const Visit& v = visit(timeline, "w8");
    EXPECT_EQ(v.missingReason, QStringLiteral("Admitted to hospital"));
    EXPECT_FALSE(v.performedOn.isValid());

    // Some data and a missed instrument: partly done, with the reason.
    const auto partly = VisitTimeline::build(
        schedule(), randomizedParticipant(),
        {record(1, "hrsd17", kRandomized), missedRecord(1, "phq9", kRandomized, "Refused")},
        closed);
    EXPECT_EQ(visit(partly, "baseline").state, VisitState::Partial);
    EXPECT_EQ(visit(partly, "baseline").missingReason, QStringLiteral("Refused"));
}

TEST(VisitTimelineTest, OverdueWhenTheWindowClosedWithNothingRecorded)
{
    const QDate today = QDate(2025, 6, 1);
    const auto visits = VisitTimeline::build(schedule(), randomizedParticipant(), {}, today);
    EXPECT_EQ(visit(visits, "baseline").state, VisitState::Overdue);
    EXPECT_EQ(visit(visits, "w8").state, VisitState::Overdue);
    EXPECT_EQ(visit(visits, "w16").state, VisitState::Overdue);
}

TEST(VisitTimelineTest, RemovedSessionAndOtherParticipantsRecordsDoNotCount)
{
    Assessment removed = record(2, "phq9", QDate(2025, 3, 3));
    removed.removed = true;
    Assessment session = record(2, "phq9", QDate(2025, 3, 3));
    session.timePointId.reset();
    session.sessionId = 55;
    Assessment someoneElse = record(2, "phq9", QDate(2025, 3, 3));
    someoneElse.participantId = 8;
    EXPECT_EQ(stateOn("w8", QDate(2025, 3, 20), {removed, session, someoneElse}),
              VisitState::Overdue);
}

TEST(VisitTimelineTest, AVisitThatSchedulesNothingIsDoneByAnyData)
{
    // Week 16 (2025-04-28) schedules no instrument.
    EXPECT_EQ(stateOn("w16", QDate(2025, 5, 30), {record(3, "gad7", QDate(2025, 4, 28))}),
              VisitState::Done);
}

TEST(VisitTimelineTest, BeforeRandomizationOnlyTheBaselineIsScheduledFromConsent)
{
    Participant p = randomizedParticipant();
    p.randomizedAt = {};
    p.status = ParticipantStatus::Consented;
    const QDate consent = p.consentDate;
    auto visits = VisitTimeline::build(schedule(), p, {}, consent.addDays(3));
    EXPECT_EQ(visit(visits, "baseline").target, consent);
    EXPECT_EQ(visit(visits, "baseline").state, VisitState::Due);
    EXPECT_EQ(visit(visits, "w8").state, VisitState::NotScheduled);
    EXPECT_FALSE(visit(visits, "w8").target.isValid());
    EXPECT_EQ(visit(VisitTimeline::build(schedule(), p, {}, consent.addDays(15)), "baseline").state,
              VisitState::Overdue);

    // Without consent nothing is scheduled, but what was recorded still shows.
    p.consentDate = {};
    p.status = ParticipantStatus::Eligible;
    visits = VisitTimeline::build(schedule(), p, {record(2, "phq9", consent)}, consent);
    EXPECT_EQ(visit(visits, "baseline").state, VisitState::NotScheduled);
    EXPECT_EQ(visit(visits, "w8").state, VisitState::Done);
}

TEST(VisitTimelineTest, EveryStateHasItsOwnKeyAndName)
{
    std::set<QString> keys, names;
    for (VisitState s : allVisitStates) {
        keys.insert(VisitTimeline::stateKey(s));
        names.insert(VisitTimeline::displayName(s));
    }
    EXPECT_EQ(keys.size(), allVisitStates.size());
    EXPECT_EQ(names.size(), allVisitStates.size());
}

class VisitTimelineDbTest : public TestTrial
{
};

TEST_F(VisitTimelineDbTest, LoadsThroughTheCoreForEveryRoleThatSeesTheParticipant)
{
    // The test trial's baseline schedules PHQ-9 and HRSD-17.
    const Participant p = randomized(m_armCbt, m_therapist, 3);
    AssessmentRepository assessments(db());
    Assessment a;
    a.participantId = p.id;
    a.timePointId = m_baseline;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today().addDays(-1);
    a.items = QStringList(9, QStringLiteral("1"));
    ASSERT_TRUE(assessments.save(m_coordinator, a).ok());

    for (const Actor* who : {&m_coordinator, &m_assessor, &m_therapist, &m_pi}) {
        auto visits = VisitTimeline::forParticipant(db(), *who, p.id);
        ASSERT_TRUE(visits.ok()) << str(visits.message());
        ASSERT_EQ(visits->size(), 1u);
        EXPECT_EQ(visits->front().state, VisitState::Partial) << str(who->username);
        EXPECT_EQ(visits->front().target, today().addDays(-3));
    }

    a.instrumentId = QStringLiteral("hrsd17");
    a.items = QStringList(17, QStringLiteral("0"));
    ASSERT_TRUE(assessments.save(m_assessor, a).ok());
    auto visits = VisitTimeline::forParticipant(db(), m_assessor, p.id);
    ASSERT_TRUE(visits.ok());
    EXPECT_EQ(visits->front().state, VisitState::Done);

    // Another therapist's participant is out of reach.
    auto refused = VisitTimeline::forParticipant(db(), m_therapist2, p.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
}

TEST(VisitTimelineTest, AVisitForSomeArmsIsListedOnlyForThoseArmsWhenTheArmIsKnown)
{
    Protocol p = schedule();
    p.arms = {{1,
               QStringLiteral("DIT"),
               LocalText(QStringLiteral("DIT")),
               3,
               QStringLiteral("#2ca02c"),
               16,
               {}},
              {2,
               QStringLiteral("CBT"),
               LocalText(QStringLiteral("CBT")),
               1,
               QStringLiteral("#1f77b4"),
               16,
               {}}};
    p.schedule[2].arms = {QStringLiteral("DIT")};
    Participant person = randomizedParticipant();
    auto codes = [&](const Participant& who) {
        QStringList out;
        for (const Visit& v : VisitTimeline::build(p, who, {}, kRandomized))
            out << v.code;
        return out;
    };
    person.armId = 1;
    EXPECT_EQ(codes(person), (QStringList{QStringLiteral("baseline"), QStringLiteral("w8"),
                                          QStringLiteral("w16")}));
    person.armId = 2;
    EXPECT_EQ(codes(person), (QStringList{QStringLiteral("baseline"), QStringLiteral("w8")}));
    // A reader who may not see the arm sees every visit: a missing one would reveal it.
    person.armId.reset();
    person.armHidden = true;
    EXPECT_EQ(codes(person).size(), 3);
}
