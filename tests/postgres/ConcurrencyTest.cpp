// Several clients on one server database at once (docs/postgresql.md, "Writers at once"): four
// clients, two at each site, each on its own connection, screen, consent, rate the baseline
// and randomize 12 participants each at the same time. Nothing is doubled or lost: every
// study number and every list entry is used once, the strata's positions run 1..n, the audit
// chain verifies, and every allocation replays from the list.

#include "RandomizationFixture.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditVerifier.h"
#include "randomization/RandomizationReplay.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace td;
using namespace tdtest;

namespace {

class ConcurrencyTest : public RandomizationTest
{
protected:
    ReplayReport replay() { return must(RandomizationReplay::run(db()), "replay"); }
};

TEST_F(ConcurrencyTest, FourClientsAtTwoSitesScreenAssessAndRandomizeTwelveEachAtOnce)
{
    useBlocks({2, 4}, {m_siteFactor});
    constexpr int clients = 4;
    constexpr int perClient = 12;
    std::atomic<int> ready{0};
    std::atomic<int> failures{0};
    std::vector<QString> problems[clients];
    auto client = [&](int c) {
        auto opened = openWithClock(dbPath(), m_clock);
        if (!opened.ok()) {
            problems[c].push_back(opened.message());
            ++failures;
            return;
        }
        Database& mine = **opened;
        const qint64 site = c % 2 ? m_siteBrg : m_siteOsl;
        ParticipantRepository participants(mine);
        AssessmentRepository assessments(mine);
        Randomizer randomizer(mine);
        ++ready;
        while (ready.load() < clients)
            std::this_thread::yield();
        auto note = [&](const auto& result) {
            if (!result.ok()) {
                problems[c].push_back(result.message());
                ++failures;
            }
            return result.ok();
        };
        for (int i = 0; i < perClient; ++i) {
            auto p = participants.screen(m_coordinator, site, today().addDays(-40));
            if (!note(p))
                continue;
            auto e = participants.markEligible(m_coordinator, p->id);
            if (!note(e))
                continue;
            auto k = participants.recordConsent(m_coordinator, p->id, p->screeningDate);
            if (!note(k))
                continue;
            Assessment a;
            a.participantId = p->id;
            a.timePointId = m_baseline;
            a.instrumentId = QStringLiteral("bdi2");
            a.date = today().addDays(-30);
            for (int item = 0; item < 21; ++item)
                a.items << QString::number((item + i + c) % 4);
            a.status = AssessmentStatus::Complete;
            auto saved = assessments.save(m_coordinator, a);
            if (!note(saved))
                continue;
            auto allocated = randomizer.allocate(m_coordinator, p->id);
            note(allocated);
        }
    };
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back(client, c);
    for (std::thread& t : threads)
        t.join();
    for (int c = 0; c < clients; ++c)
        for (const QString& p : problems[c])
            ADD_FAILURE() << "client " << c << ": " << str(p);
    EXPECT_EQ(failures.load(), 0);

    constexpr int all = clients * perClient;
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(DISTINCT study_id) FROM participant")),
              all);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM assessment")), all);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation")), all);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(DISTINCT list_entry_id) FROM "
                                            "allocation")),
              all);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(DISTINCT sequence) FROM allocation")),
              all);
    // Each site's numbers run 1..n, and so do the positions in each stratum: nothing skipped.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT stratum FROM "
                                            "allocation GROUP BY stratum HAVING MAX(position) "
                                            "<> COUNT(*) OR COUNT(DISTINCT position) <> "
                                            "COUNT(*)) AS broken")),
              0);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM site WHERE next_number <> 1 + "
                                            "(SELECT COUNT(*) FROM participant p WHERE "
                                            "p.site_id = site.id)")),
              0);
    // Arm sizes follow the blocks: within each stratum the arms differ by at most half the
    // longest block.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT stratum, "
                                            "SUM(CASE WHEN arm_id = %1 THEN 1 ELSE 0 END) - "
                                            "SUM(CASE WHEN arm_id = %2 THEN 1 ELSE 0 END) AS d "
                                            "FROM allocation GROUP BY stratum) AS s WHERE d > 2 "
                                            "OR d < -2")
                                 .arg(m_armCbt)
                                 .arg(m_armPdt)),
              0);
    auto verified = AuditVerifier::verify(db());
    ASSERT_TRUE(verified.ok()) << str(verified.message());
    EXPECT_TRUE(verified->intact) << str(verified->problem);
    EXPECT_TRUE(replay().allMatch());
}

} // namespace
