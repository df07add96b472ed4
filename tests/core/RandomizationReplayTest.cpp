// Replay of stored allocations, concurrent allocation from two connections, and emergency
// unblinding.

#include "randomization/RandomizationReplay.h"

#include "RandomizationFixture.h"
#include "randomization/AllocationSeal.h"
#include "randomization/EmergencyUnblinding.h"

#include <atomic>
#include <thread>

using namespace td;

namespace tdtest {
namespace {

class RandomizationReplayTest : public RandomizationTest
{
protected:
    ReplayReport replay() { return must(RandomizationReplay::run(db()), "replay"); }
    // Lets a test change append-only rows, as an attacker with the file could.
    void unprotect(const QString& table)
    {
        ASSERT_EQ(dropTrigger(db(), table + QStringLiteral("_no_update"), table), QString());
    }
    // The list entry's arm swapped for the other arm, as an attacker with the file (and, on an
    // encrypted trial, a password: the entry key comes from the data key) could.
    void swapArm(const QString& stratum, int position)
    {
        if (!db().encrypted()) {
            ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE allocation_list_entry SET arm_id = 3 "
                                                   "- arm_id WHERE stratum = '%1' AND position "
                                                   "= %2")
                                        .arg(stratum)
                                        .arg(position)),
                      QString());
            return;
        }
        const qint64 list = sqlCount(db(), QStringLiteral("SELECT MAX(id) FROM allocation_list"));
        auto q = must(db().exec(QStringLiteral("SELECT sealed FROM allocation_list_sealed_entry "
                                               "WHERE stratum = ? AND position = ?"),
                                {stratum, position}),
                      "sealed entry");
        ASSERT_TRUE(q->next());
        AllocationListEntry e = must(AllocationSeal::openEntry(*db().dataKey(), list, stratum,
                                                               position, q->value(0).toByteArray()),
                                     "open entry");
        q->finish();
        e.armId = 3 - e.armId;
        must(db().exec(QStringLiteral("UPDATE allocation_list_sealed_entry SET sealed = ? WHERE "
                                      "stratum = ? AND position = ?"),
                       {AllocationSeal::sealEntry(*db().dataKey(), list, e), stratum, position}),
             "reseal");
    }
    QString entryTable() const
    {
        return m_db->encrypted() ? QStringLiteral("allocation_list_sealed_entry")
                                 : QStringLiteral("allocation_list_entry");
    }
};

TEST_F(RandomizationReplayTest, StoredBlockAllocationsReplayAndTamperingIsFound)
{
    useBlocks({2, 4}, {m_siteFactor});
    for (int i = 0; i < 8; ++i)
        allocate(consented(i % 2 ? m_siteBrg : m_siteOsl).id);
    ReplayReport report = replay();
    EXPECT_TRUE(report.allMatch());
    EXPECT_EQ(report.lists, 1);
    EXPECT_EQ(report.blockAllocations, 8);

    unprotect(entryTable());
    swapArm(QStringLiteral("site=OSL"), 7);
    report = replay();
    ASSERT_EQ(report.problems.size(), 2u);
    EXPECT_TRUE(report.problems[0].problem.contains(QStringLiteral("SHA-256")));
    EXPECT_TRUE(report.problems[1].problem.contains(QStringLiteral("site=OSL, position 7")))
        << str(report.problems[1].problem);

    // A participant whose arm was changed behind the allocation's back.
    swapArm(QStringLiteral("site=OSL"), 7);
    EXPECT_TRUE(replay().allMatch());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE participant SET arm_id = 3 - arm_id WHERE id = "
                                           "(SELECT participant_id FROM allocation WHERE "
                                           "sequence = 2)")),
              QString());
    report = replay();
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].sequence, 2);
}

TEST_F(RandomizationReplayTest, StoredMinimizationAllocationsReplayAndTamperingIsFound)
{
    const qint64 age = addFactor({0,
                                  QStringLiteral("age_band"),
                                  QStringLiteral("Age band"),
                                  StratSource::Covariate,
                                  QStringLiteral("age"),
                                  {40}});
    useMinimization({{m_siteFactor, 1.0}, {age, 2.0}});
    for (int i = 0; i < 20; ++i) {
        const Participant p = consented(i % 3 ? m_siteOsl : m_siteBrg);
        must(ParticipantRepository(db()).setCovariates(m_coordinator, p.id, {30 + i, {}, {}, {}}),
             "covariates");
        allocate(p.id);
    }
    EXPECT_TRUE(replay().allMatch());
    EXPECT_EQ(replay().minimizationAllocations, 20);

    unprotect(QStringLiteral("allocation"));
    // A changed draw no longer gives the stored arm (0.999 always picks the last arm, 0.0 the
    // first: one of them differs from what was stored).
    const qint64 arm = sqlCount(db(), QStringLiteral("SELECT arm_id FROM allocation WHERE "
                                                     "sequence = 10"));
    const QString draw = arm == m_armCbt ? QStringLiteral("0.999") : QStringLiteral("0");
    ASSERT_EQ(sqlExec(db(), (db().isServer()
                                 ? QStringLiteral("UPDATE allocation SET details = "
                                                  "CAST(jsonb_set(CAST(details AS jsonb), "
                                                  "'{draw}', '%1') AS TEXT) WHERE sequence = 10")
                                 : QStringLiteral("UPDATE allocation SET details = "
                                                  "json_set(details, '$.draw', %1) WHERE "
                                                  "sequence = 10"))
                                .arg(draw)),
              QString());
    ReplayReport report = replay();
    ASSERT_FALSE(report.allMatch());
    EXPECT_EQ(report.problems.front().sequence, 10);

    // Counts that do not follow from the earlier allocations.
    ASSERT_EQ(sqlExec(db(), db().isServer()
                                ? QStringLiteral("UPDATE allocation SET details = "
                                                 "CAST(jsonb_set(CAST(details AS jsonb), "
                                                 "'{factors,0,counts,0}', '99') AS TEXT) WHERE "
                                                 "sequence = 15")
                                : QStringLiteral("UPDATE allocation SET details = "
                                                 "json_set(details, '$.factors[0].counts[0]', "
                                                 "99) WHERE sequence = 15")),
              QString());
    report = replay();
    bool countsFound = false;
    for (const ReplayProblem& p : report.problems)
        countsFound |= p.sequence == 15 && p.problem.contains(QStringLiteral("counts"));
    EXPECT_TRUE(countsFound);
}

TEST_F(RandomizationReplayTest, TwoConnectionsAllocatingAtOnceNeverShareAnEntry)
{
    useBlocks({2, 4}, {m_siteFactor});
    constexpr int perThread = 15;
    std::vector<qint64> ids[2];
    for (int t = 0; t < 2; ++t)
        for (int i = 0; i < perThread; ++i)
            ids[t].push_back(consented(i % 2 ? m_siteBrg : m_siteOsl).id);
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    auto work = [&](int t) {
        // Each thread has its own connection (Qt connections belong to their thread); an
        // encrypted trial's with the coordinator's password.
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.clock = m_clock;
        options.user = m_coordinator.username;
        options.password = passwordOf(m_coordinator.username);
        auto opened = Database::open(dbPath(), options);
        if (!opened.ok()) {
            ++failures;
            return;
        }
        Database& mine = **opened;
        ++ready;
        while (ready.load() < 2)
            std::this_thread::yield();
        Randomizer randomizer(mine);
        for (qint64 id : ids[t])
            if (!randomizer.allocate(m_coordinator, id).ok())
                ++failures;
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation")), 2 * perThread);
    // A plain list's entries are named by id; a sealed list's by stratum and position (below).
    if (!db().encrypted()) {
        EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(DISTINCT list_entry_id) FROM "
                                                "allocation")),
                  2 * perThread);
    }
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(DISTINCT sequence) FROM allocation")),
              2 * perThread);
    // Positions in each stratum are 1..n without gaps or repeats.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT stratum FROM "
                                            "allocation GROUP BY stratum HAVING MAX(position) "
                                            "<> COUNT(*) OR COUNT(DISTINCT position) <> "
                                            "COUNT(*)) AS broken")),
              0);
    EXPECT_TRUE(replay().allMatch());
}

TEST_F(RandomizationReplayTest, EmergencyUnblindingNeedsAReasonIsAuditedAndReachesThePi)
{
    useBlocks({2, 4}, {m_siteFactor});
    const Participant p = consented();
    const Allocation a = allocate(p.id);
    EmergencyUnblinding unblinding(db());

    auto noReason = unblinding.unblind(m_assessor, p.id, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::Invalid);
    EXPECT_EQ(unblinding.unblind(m_coordinator, p.id, QStringLiteral("serious adverse event"))
                  .error()
                  .code,
              ErrorCode::Forbidden);
    EXPECT_EQ(
        unblinding.unblind(m_assessor, consented().id, QStringLiteral("serious adverse event"))
            .error()
            .code,
        ErrorCode::Invalid); // not randomized

    const qint64 before = lastAuditId(db());
    const QString reason = QStringLiteral("Hospital admission, treating physician asks");
    EXPECT_EQ(must(unblinding.unblind(m_assessor, p.id, reason), "unblind"), a.armId);
    bool audited = false;
    for (const AuditRow& r : auditRows(db(), before)) {
        audited |= r.action == QStringLiteral("unblinded") && r.reason == reason &&
                   r.username == QStringLiteral("assessor");
        // The audit trail says that it happened, not which arm it revealed.
        EXPECT_FALSE(r.field == QStringLiteral("arm_id") && r.newValue.isValid());
    }
    EXPECT_TRUE(audited);

    EXPECT_EQ(unblinding.list(m_assessor).error().code, ErrorCode::Forbidden);
    auto records = must(unblinding.list(m_pi, true), "list");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].studyId, p.studyId);
    EXPECT_EQ(records[0].username, QStringLiteral("assessor"));
    EXPECT_EQ(records[0].reason, reason);
    must(unblinding.acknowledge(m_pi, records[0].id, signedBy(m_pi)), "acknowledge");
    EXPECT_TRUE(must(unblinding.list(m_pi, true), "unreviewed").empty());
    EXPECT_EQ(unblinding.acknowledge(m_pi, records[0].id, signedBy(m_pi)).error().code,
              ErrorCode::Conflict);
}

} // namespace
} // namespace tdtest
