// CONSORT reconciliation and dashboard consistency on demo trials of several seeds.

#include "TestTrial.h"
#include "demo/DemoTrial.h"
#include "reporting/ConsortReport.h"
#include "reporting/Dashboard.h"

using namespace td;
using namespace tdtest;

class ReportingDemoTest : public ::testing::TestWithParam<quint64>
{
};

TEST_P(ReportingDemoTest, ConsortReconcilesAndMatchesTheData)
{
    QTemporaryDir dir;
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC));
    auto db = must(openWithClock(dir.filePath(QStringLiteral("demo.sqlite")), clock), "open");
    must(DemoTrial::create(*db, {80, GetParam()}), "demo");
    Actor pi{sqlCount(*db, QStringLiteral("SELECT id FROM users WHERE role = "
                                          "'principal_investigator' LIMIT 1")),
             QStringLiteral("pi"), Role::PrincipalInvestigator};

    auto c = ConsortReport(*db).compute(pi);
    ASSERT_TRUE(c.ok()) << str(c.message());
    EXPECT_TRUE(c->reconciles().isEmpty()) << str(c->reconciles().join(QLatin1Char('\n')));
    EXPECT_EQ(c->assessed, sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM participant")));
    EXPECT_EQ(c->randomized, sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM participant "
                                                          "WHERE randomized_at IS NOT NULL")));
    EXPECT_GT(c->randomized, 0);
    EXPECT_GT(c->excluded, 0);
    int discontinued = 0;
    int lost = 0;
    for (const ConsortArm& a : c->arms) {
        discontinued += a.discontinued;
        lost += a.lostToFollowUp;
    }
    EXPECT_EQ(discontinued, sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM participant WHERE "
                                                         "status = 'withdrawn' AND "
                                                         "randomized_at IS NOT NULL")));
    EXPECT_EQ(lost, sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM participant WHERE status "
                                                 "= 'lost_to_follow_up'")));

    auto f = Dashboard(*db).all(pi);
    ASSERT_TRUE(f.ok()) << str(f.message());
    // The demo's PI compares no outcomes between arms (statistician and DMC only): pooled.
    EXPECT_FALSE(f->comparative);
    EXPECT_EQ(f->withheld,
              (QStringList{QStringLiteral("effectSize"), QStringLiteral("blindingIndex")}));
    EXPECT_EQ(f->funnel->assessed, c->assessed);
    EXPECT_EQ(f->funnel->randomized, c->randomized);
    EXPECT_EQ(f->recruitment->curves.front().total, c->randomized);
    int armTotal = 0;
    for (const ArmSize& s : *f->armSizes)
        armTotal += s.randomized;
    EXPECT_EQ(armTotal, c->randomized);
    for (const RetentionCell& r : *f->retention)
        EXPECT_LE(r.retained.count, r.retained.total);
}

INSTANTIATE_TEST_SUITE_P(Seeds, ReportingDemoTest, ::testing::Values(1u, 7u, 20261121u));
