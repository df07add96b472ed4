// A stratum's allocation list that runs out on a server (docs/postgresql.md): only the
// statistician's login reads the seed, so a coordinator's randomization there is refused,
// naming the statistician, and changes nothing; the statistician's own login extends the
// stratum, and the randomization then goes through.

#include "SecuredTrial.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "access/UserRepository.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Randomizer.h"
#include "randomization/StratumReserve.h"
#include "trial/ProtocolRepository.h"
#include "worklists/Worklist.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerStratumTest : public SecuredTrial
{
protected:
    void SetUp() override
    {
        SecuredTrial::SetUp();
        if (IsSkipped())
            return;
        // Login roles are the server's: names of their own, made as an administrator makes
        // users (the login comes with the user).
        m_coord = user(QStringLiteral("stratumcoord"), Role::Coordinator);
        m_stat = user(QStringLiteral("stratumstat"), Role::Statistician);
    }

    Actor user(const QString& name, Role role)
    {
        const User u = must(
            UserRepository(db()).create(m_admin, {name, name, role, passwordOf(name), {}}), "user");
        return Actor{u.id, u.username, u.role, {}};
    }

    // Four entries per stratum (target 4 over the two sites), blocks of 2 by site.
    void smallList()
    {
        Trial trial = must(ProtocolRepository(db()).load(m_admin), "protocol").trial;
        trial.targetSampleSize = 4;
        must(ProtocolRepository(db()).saveTrial(m_admin, trial, QStringLiteral("small")), "trial");
        const qint64 factor =
            must(
                ProtocolRepository(db()).addStratFactor(
                    m_admin,
                    {0, QStringLiteral("site"), QStringLiteral("Site"), StratSource::Site, {}, {}}),
                "factor")
                .id;
        RandomizationSettings settings;
        settings.method = RandomizationMethod::PermutedBlocks;
        settings.blockLengths = {2};
        settings.factors.push_back({factor, 1.0});
        must(RandomizationSettingsRepository(db()).save(m_statistician, settings,
                                                        signedBy(m_statistician)),
             "settings");
        must(AllocationListRepository(db()).generateWithSeed(m_statistician, 11,
                                                             signedBy(m_statistician)),
             "list");
    }

    Actor m_coord;
    Actor m_stat;
};

TEST_F(ServerStratumTest, ARefusalNamesTheStatisticianWhoseLoginExtendsTheList)
{
    smallList();
    auto own = signedIn(m_coord.username);
    Randomizer randomizer(*own);
    std::optional<Error> refusal;
    qint64 last = 0;
    int allocated = 0;
    for (int i = 0; i < 6 && !refusal; ++i) {
        last = consented(m_siteBrg).id;
        const auto done = randomizer.allocate(m_coord, last);
        if (done.ok())
            ++allocated;
        else
            refusal = done.error();
    }
    ASSERT_TRUE(refusal);
    EXPECT_EQ(allocated, 4);
    EXPECT_EQ(refusal->code, ErrorCode::Forbidden);
    EXPECT_TRUE(refusal->message.contains(QStringLiteral("statistician"))) << str(refusal->message);
    EXPECT_TRUE(refusal->message.contains(QStringLiteral("Nothing was changed")));
    // Nothing was written: no audit row, no arm, no allocation.
    const qint64 audit = lastAuditId(db());
    EXPECT_FALSE(randomizer.allocate(m_coord, last).ok());
    EXPECT_EQ(lastAuditId(db()), audit);
    EXPECT_TRUE(db().scalar(QStringLiteral("SELECT arm_id FROM participant WHERE id = ?"), {last})
                    ->isNull());
    EXPECT_EQ(db().scalar(QStringLiteral("SELECT COUNT(*) FROM allocation WHERE participant_id = "
                                         "?"),
                          {last})
                  ->toLongLong(),
              0);

    // The coordinator may not extend the list; the statistician's own login does, from the
    // seed, and the randomization then goes through.
    const QString stratum = refusal->message.section(QLatin1Char(' '), 1, 1); // "Stratum KEY has"
    EXPECT_FALSE(AllocationListRepository(*own).extend(m_coord, stratum).ok());
    auto statistician = signedIn(m_stat.username);
    const int added =
        must(AllocationListRepository(*statistician).extend(m_stat, stratum), "extend");
    EXPECT_GT(added, 0);
    const auto after = randomizer.allocate(m_coord, last);
    EXPECT_TRUE(after.ok()) << str(after.message());
}

// Before a stratum runs out, the statistician's own login finds it in the worklist, naming the
// stratum and the command; the coordinator's login is told nothing (StratumReserve).
TEST_F(ServerStratumTest, TheStatisticiansWorklistNamesAStratumRunningLow)
{
    smallList();
    auto coordinator = signedIn(m_coord.username);
    auto statistician = signedIn(m_stat.username);
    const auto lowOf = [](Database& on, const Actor& actor) {
        std::vector<WorkItem> low;
        for (const WorkItem& w : must(Worklist(on).forActor(actor, on.clock().today()), "list"))
            if (w.kind == TaskKind::ExtendStratum)
                low.push_back(w);
        return low;
    };
    Randomizer randomizer(*coordinator);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(randomizer.allocate(m_coord, consented(m_siteBrg).id).ok());
    const auto low = lowOf(*statistician, m_stat);
    ASSERT_EQ(low.size(), 1u);
    EXPECT_EQ(low[0].entriesLeft, 1);
    EXPECT_TRUE(Worklist::extendDetail(low[0]).contains(low[0].detail));
    EXPECT_TRUE(lowOf(*coordinator, m_coord).empty());
    EXPECT_FALSE(StratumReserve::low(*coordinator, m_coord).ok());

    // The statistician's login extends it ahead, and the task goes.
    must(AllocationListRepository(*statistician).extend(m_stat, low[0].detail), "extend");
    EXPECT_TRUE(lowOf(*statistician, m_stat).empty());
    EXPECT_TRUE(randomizer.allocate(m_coord, consented(m_siteBrg).id).ok());
}

} // namespace
