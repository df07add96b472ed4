// The statistician extends a stratum's allocation list ahead of time (AllocationListRepository::
// extend), which a server trial needs: there only the statistician's login reads the seed, so a
// coordinator's randomization cannot extend a stratum that runs out (docs/postgresql.md).

#include "RandomizationFixture.h"
#include "randomization/RandomizationReplay.h"

using namespace td;
using namespace tdtest;

namespace {

class AllocationListExtendTest : public RandomizationTest
{
};

TEST_F(AllocationListExtendTest, TheStatisticianExtendsAStratumFromTheSeedAndNobodyElse)
{
    Trial trial = m_protocol.trial;
    trial.targetSampleSize = 4; // 4 entries per stratum
    must(ProtocolRepository(db()).saveTrial(m_admin, trial, QStringLiteral("small")), "trial");
    const AllocationListInfo info = useBlocks({2}, {m_siteFactor});
    const QString stratum =
        sqlValue(db(), QStringLiteral("SELECT MIN(stratum) FROM allocation_list_entry")).toString();
    ASSERT_FALSE(stratum.isEmpty());
    const QString count =
        QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry WHERE stratum = '%1'")
            .arg(stratum);
    const qint64 before = sqlCount(db(), count);
    AllocationListRepository lists(db());

    const auto coordinator = lists.extend(m_coordinator, stratum);
    ASSERT_FALSE(coordinator.ok());
    EXPECT_EQ(coordinator.error().code, ErrorCode::Forbidden);
    const auto unknown = lists.extend(m_statistician, QStringLiteral("no-such-stratum"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(stratum)) << str(unknown.message());
    EXPECT_EQ(sqlCount(db(), count), before);

    const qint64 audit = lastAuditId(db());
    const int added = must(lists.extend(m_statistician, stratum), "extend");
    EXPECT_EQ(added, AllocationListRepository::entriesPerStratum(4, info.strata));
    EXPECT_EQ(sqlCount(db(), count), before + added);
    bool extended = false;
    for (const AuditRow& r : auditRows(db(), audit))
        extended |= r.action == QStringLiteral("extended") && r.username == m_statistician.username;
    EXPECT_TRUE(extended);
    // The extension is the sequence a longer list would have held: allocations replay.
    for (int i = 0; i < 6; ++i)
        allocate(consented().id);
    const ReplayReport report = must(RandomizationReplay::run(db()), "replay");
    EXPECT_TRUE(report.allMatch());
}

} // namespace
