// A second session of a participant on a date that has one is rare (a cancelled session rebooked
// the same day, an intensive day) but possible: the core refuses it with a message naming the
// session already there until the person recording it confirms, for the window and the command
// line alike (issue 21, item 3). Voided sessions do not count.

#include "TestTrial.h"
#include "sessions/SessionRepository.h"

using namespace td;
using namespace tdtest;

namespace {

class SessionSameDateTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_p = randomized(m_armCbt, m_therapist, 60);
    }

    TherapySession session(int daysAgo, Attendance attendance = Attendance::Attended)
    {
        TherapySession s;
        s.participantId = m_p.id;
        s.date = today().addDays(-daysAgo);
        s.attendance = attendance;
        if (attendance == Attendance::Attended)
            s.durationMinutes = 50;
        return s;
    }

    Result<TherapySession> record(const TherapySession& s)
    {
        return SessionRepository(db()).record(m_coordinator, s);
    }

    Participant m_p;
};

TEST_F(SessionSameDateTest, ASecondSessionOnADateIsRefusedUntilConfirmed)
{
    ASSERT_TRUE(record(session(10, Attendance::CancelledByPatient)).ok());
    const QString before = dumpDatabase(db());
    auto second = record(session(10));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(second.error().field, QStringLiteral("same_date"));
    const QString m = second.message();
    EXPECT_TRUE(m.startsWith(m_p.studyId + QStringLiteral(" already has a session on"))) << str(m);
    EXPECT_TRUE(m.contains(QStringLiteral("session 1, cancelled by patient"))) << str(m);
    EXPECT_TRUE(m.contains(QStringLiteral("confirm"))) << str(m);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    TherapySession confirmed = session(10);
    confirmed.sameDateConfirmed = true;
    auto saved = record(confirmed);
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    EXPECT_EQ(saved->number, 2);

    // A third: the message lists both.
    auto third = record(session(10));
    ASSERT_FALSE(third.ok());
    EXPECT_TRUE(third.message().contains(QStringLiteral("already has 2 sessions on")))
        << str(third.message());
    EXPECT_TRUE(third.message().contains(QStringLiteral("session 2, attended")))
        << str(third.message());

    // Other dates and other participants are not affected.
    EXPECT_TRUE(record(session(9)).ok());
    const Participant other = randomized(m_armPdt, m_therapist, 60);
    TherapySession theirs = session(10);
    theirs.participantId = other.id;
    EXPECT_TRUE(record(theirs).ok());
}

TEST_F(SessionSameDateTest, AVoidedSessionDoesNotCount)
{
    auto wrong = record(session(5));
    ASSERT_TRUE(wrong.ok());
    ASSERT_TRUE(SessionRepository(db())
                    .remove(m_coordinator, wrong->id, QStringLiteral("Wrong participant"))
                    .ok());
    EXPECT_TRUE(record(session(5)).ok());
}

TEST_F(SessionSameDateTest, MovingASessionToADateThatHasOneNeedsTheConfirmationToo)
{
    ASSERT_TRUE(record(session(20)).ok());
    auto moved = record(session(13));
    ASSERT_TRUE(moved.ok());
    TherapySession changed = *moved;
    changed.date = today().addDays(-20);
    auto refused = SessionRepository(db()).correct(m_coordinator, changed, QStringLiteral("Date"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("same_date"));
    changed.sameDateConfirmed = true;
    EXPECT_TRUE(
        SessionRepository(db()).correct(m_coordinator, changed, QStringLiteral("Date")).ok());
    // A correction that keeps its date is not asked about.
    changed.durationMinutes = 45;
    changed.sameDateConfirmed = false;
    EXPECT_TRUE(
        SessionRepository(db()).correct(m_coordinator, changed, QStringLiteral("Length")).ok());
}

TEST_F(SessionSameDateTest, TheCommandLineAsksForSameDate)
{
    ASSERT_TRUE(record(session(3)).ok());
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const QStringList log{QStringLiteral("session"),
                          QStringLiteral("log"),
                          m_p.studyId,
                          QStringLiteral("--date"),
                          today().addDays(-3).toString(Qt::ISODate),
                          QStringLiteral("--attendance"),
                          QStringLiteral("attended"),
                          QStringLiteral("--db"),
                          dbPath(),
                          QStringLiteral("--user"),
                          QStringLiteral("coordinator")};
    const CliResult refused = runCli(log);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already has a session on")))
        << str(refused.err);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--same-date"))) << str(refused.err);
    const CliResult confirmed = runCli(log + QStringList{QStringLiteral("--same-date")});
    qunsetenv("TRIALDESK_PASSWORD");
    EXPECT_EQ(confirmed.exitCode, 0) << str(confirmed.err);
    EXPECT_TRUE(confirmed.out.contains(QStringLiteral("Session 2"))) << str(confirmed.out);
}

} // namespace
