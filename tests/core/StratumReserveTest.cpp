// A stratum of the allocation list running low (StratumReserve, docs/postgresql.md): the
// statistician's worklist names it before it runs out, with how to extend it; nobody who may
// not read the list is told, and the task goes once the stratum is extended. Runs on SQLite
// and on the server (the server's own logins: ServerStratumTest).

#include "randomization/StratumReserve.h"

#include "RandomizationFixture.h"
#include "worklists/Worklist.h"

using namespace td;
using namespace tdtest;

namespace {

class StratumReserveTest : public RandomizationTest
{
protected:
    std::vector<WorkItem> lowStrata(const Actor& actor)
    {
        std::vector<WorkItem> low;
        for (const WorkItem& w :
             must(Worklist(db()).forActor(actor, db().clock().today()), "worklist"))
            if (w.kind == TaskKind::ExtendStratum)
                low.push_back(w);
        return low;
    }
};

TEST_F(StratumReserveTest, LowIsLessThanTheLongestBlockOrATenthOfAnExtension)
{
    RandomizationSettings s;
    s.blockLengths = {2, 4};
    EXPECT_EQ(StratumReserve::threshold(s, 20), 4);
    EXPECT_EQ(StratumReserve::threshold(s, 60), 6);
    EXPECT_EQ(StratumReserve::threshold(s, 61), 7);
}

TEST_F(StratumReserveTest, TheStatisticianIsToldBeforeAStratumRunsOutAndNobodyElse)
{
    Trial trial = m_protocol.trial;
    trial.targetSampleSize = 4; // 4 entries per site's stratum; low: fewer than 2 left
    must(ProtocolRepository(db()).saveTrial(m_admin, trial, QStringLiteral("small")), "trial");
    useBlocks({2}, {m_siteFactor});
    EXPECT_TRUE(lowStrata(m_statistician).empty());

    // Two of Bergen's four entries used: 2 left, not yet low; a third: 1 left, low.
    allocate(consented(m_siteBrg).id);
    allocate(consented(m_siteBrg).id);
    EXPECT_TRUE(lowStrata(m_statistician).empty());
    allocate(consented(m_siteBrg).id);
    const auto low = lowStrata(m_statistician);
    ASSERT_EQ(low.size(), 1u);
    const QString stratum =
        sqlValue(db(), QStringLiteral("SELECT stratum FROM allocation ORDER BY id DESC LIMIT 1"))
            .toString();
    EXPECT_EQ(low[0].detail, stratum);
    EXPECT_EQ(low[0].entriesLeft, 1);
    EXPECT_EQ(low[0].participantId, 0);
    const QString said = Worklist::extendDetail(low[0]);
    EXPECT_TRUE(said.contains(stratum)) << str(said);
    EXPECT_TRUE(said.contains(QStringLiteral("randomization extend --stratum"))) << str(said);

    // Only who may read the list is told: no other role, blinded or not, gets the task or
    // the counts.
    for (const Actor& other :
         {m_admin, m_pi, m_coordinator, m_therapist, m_assessor, m_dmc, m_monitor}) {
        EXPECT_FALSE(StratumReserve::mayKnow(other)) << str(other.username);
        EXPECT_TRUE(lowStrata(other).empty()) << str(other.username);
        const auto refused = StratumReserve::low(db(), other);
        ASSERT_FALSE(refused.ok()) << str(other.username);
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    }
    EXPECT_TRUE(StratumReserve::mayKnow(m_statistician));

    // Extended, the stratum is not low any more.
    must(AllocationListRepository(db()).extend(m_statistician, stratum), "extend");
    EXPECT_TRUE(lowStrata(m_statistician).empty());
}

TEST_F(StratumReserveTest, NoTaskWithoutAPermutedBlockList)
{
    EXPECT_TRUE(lowStrata(m_statistician).empty());
    useMinimization({{m_siteFactor, 1.0}});
    EXPECT_TRUE(lowStrata(m_statistician).empty());
}

} // namespace
