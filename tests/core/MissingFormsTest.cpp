// Missing forms (docs/data-quality.md): per visit whose window has opened, the forms expected
// against those received, per site; overdue once the window has closed; a visit missed with a
// reason closes its forms; site-bound staff count their own sites only.

#include "quality/MissingForms.h"

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"

using namespace td;
using namespace tdtest;

namespace {

class MissingFormsTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        m_week8 =
            addVisit(QStringLiteral("w8"), 8, 7, {{QStringLiteral("phq9"), Rater::SelfReport}});
    }
    MissingFormsReport report(const Actor& actor)
    {
        return must(MissingForms(db()).report(actor, today()), "report");
    }
    const SiteForms& site(const MissingFormsReport& r, const QString& code)
    {
        for (const SiteForms& s : r.sites)
            if (s.siteCode == code)
                return s;
        throw SetupFailure("no such site");
    }
    qint64 m_week8 = 0;
};

TEST_F(MissingFormsTest, ExpectedAgainstReceivedPerSiteWithTheOverdueFirst)
{
    const Participant p = randomized(m_armCbt, m_therapist, 100); // week 8 has passed
    const Participant recent = randomized(m_armPdt, m_therapist, 10);
    MissingFormsReport r = report(m_pi);
    // p: baseline phq9 + hrsd17 (window open), week 8 phq9 (closed); recent: baseline only.
    const SiteForms& osl = site(r, QStringLiteral("OSL"));
    EXPECT_EQ(osl.expected, 5);
    EXPECT_EQ(osl.received, 0);
    EXPECT_EQ(osl.overdue, 1);
    EXPECT_EQ(osl.due, 4);
    EXPECT_EQ(site(r, QStringLiteral("BRG")).expected, 0);
    ASSERT_EQ(r.forms.size(), 5u);
    EXPECT_TRUE(r.forms[0].overdue);
    EXPECT_EQ(r.forms[0].studyId, p.studyId);
    EXPECT_EQ(r.forms[0].visitCode, QStringLiteral("w8"));

    Assessment a;
    a.participantId = p.id;
    a.timePointId = m_baseline;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today();
    a.items = QStringList(9, QStringLiteral("1"));
    must(AssessmentRepository(db()).save(m_coordinator, a), "phq9");
    // The week-8 visit was missed, with a reason: its form is closed.
    must(AssessmentRepository(db()).recordMissedVisit(m_coordinator, p.id, m_week8, today(),
                                                      QStringLiteral("Moved abroad")),
         "missed");
    r = report(m_pi);
    EXPECT_EQ(site(r, QStringLiteral("OSL")).expected, 5);
    EXPECT_EQ(site(r, QStringLiteral("OSL")).received, 2);
    EXPECT_EQ(site(r, QStringLiteral("OSL")).overdue, 0);
    EXPECT_EQ(r.forms.size(), 3u);
    (void)recent;
}

TEST_F(MissingFormsTest, SiteBoundStaffCountTheirSitesOnly)
{
    randomized(m_armCbt, m_therapist, 100);
    Actor bergen = m_coordinator;
    bergen.sites = {m_siteBrg};
    const MissingFormsReport r = report(bergen);
    ASSERT_EQ(r.sites.size(), 1u);
    EXPECT_EQ(r.sites[0].siteCode, QStringLiteral("BRG"));
    EXPECT_TRUE(r.forms.empty());
    EXPECT_EQ(MissingForms(db()).report(m_admin, today()).error().code, ErrorCode::Forbidden);
}

} // namespace
