// Alerts as a blinded reader gets them: none raised by a session measure (its date tells when
// sessions were), and an acknowledgement without who made it, and without its note unless the
// note was shared with blinded staff.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "outcomes/AlertRepository.h"
#include "reporting/Dashboard.h"
#include "sessions/SessionRepository.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class BlindedAlertTest : public TestTrial
{
protected:
    // A PHQ-9 with item 9 = 2 (a suicidality alert), at the baseline or at a session.
    void phq9(const Participant& p, std::optional<qint64> session)
    {
        Assessment a;
        a.participantId = p.id;
        if (session)
            a.sessionId = session;
        else
            a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today();
        a.items = QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")};
        must(AssessmentRepository(db()).save(session ? m_therapist : m_coordinator, a), "phq9");
    }
};

TEST_F(BlindedAlertTest, SessionAlertsAreNotShownAndAcknowledgementsNameNobody)
{
    const Participant p = randomized(m_armCbt);
    TherapySession s;
    s.participantId = p.id;
    s.date = today();
    s.durationMinutes = 50;
    const qint64 session = must(SessionRepository(db()).record(m_therapist, s), "session").id;
    phq9(p, std::nullopt);
    phq9(p, session);

    AlertRepository alerts(db());
    const auto all = must(alerts.list(m_pi, false), "pi");
    ASSERT_EQ(all.size(), 2u);
    const auto blind = must(alerts.list(m_assessor, false), "assessor");
    ASSERT_EQ(blind.size(), 1u);
    EXPECT_EQ(must(Dashboard(db()).openAlerts(m_assessor), "count"), 1);
    EXPECT_EQ(must(Dashboard(db()).openAlerts(m_pi), "count"), 2);

    const qint64 visitAlert = blind[0].id;
    must(alerts.acknowledge(m_therapist, visitAlert, QStringLiteral("Seen in an extra CBT session"),
                            signedBy(m_therapist)),
         "ack");
    Alert seen = must(alerts.list(m_assessor, false), "assessor")[0];
    EXPECT_FALSE(seen.isOpen());
    EXPECT_TRUE(seen.acknowledgedBy.isEmpty());
    EXPECT_TRUE(seen.acknowledgement.isEmpty());
    const Alert full = must(alerts.forParticipant(m_pi, p.id), "pi").back();
    EXPECT_EQ(full.acknowledgedBy, m_therapist.username);

    // A note shared with blinded staff is shown to them; still without the name.
    phq9(randomized(m_armPdt), std::nullopt);
    const auto open = must(alerts.list(m_assessor, true), "open");
    ASSERT_EQ(open.size(), 1u);
    must(alerts.acknowledge(m_pi, open[0].id, QStringLiteral("Safety plan made"), signedBy(m_pi),
                            true),
         "ack");
    const auto shared = must(alerts.forParticipant(m_assessor, open[0].participantId), "shared");
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_EQ(shared[0].acknowledgement, QStringLiteral("Safety plan made"));
    EXPECT_TRUE(shared[0].acknowledgedBy.isEmpty());
}

} // namespace
