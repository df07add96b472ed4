// Allocation: the next list entry of the stratum, atomic with the participant's arm, status and
// audit rows; refusals (role, status, a second attempt, a missing stratification value); the
// severity source; concealment of arms and of the list; minimization records.

#include "RandomizationFixture.h"
#include "randomization/MinimizationRecord.h"
#include "randomization/RandomizationReplay.h"

using namespace td;

namespace tdtest {
namespace {

class RandomizationAllocationTest : public RandomizationTest
{
};

TEST_F(RandomizationAllocationTest, AllocationTakesTheNextEntryOfTheParticipantsStratum)
{
    useBlocks({2, 4}, {m_siteFactor});
    const auto list = must(AllocationListRepository(db()).entries(m_statistician), "entries");
    std::map<QString, std::vector<qint64>> expected;
    for (const AllocationListEntry& e : list)
        expected[e.stratum].push_back(e.armId);
    std::map<QString, int> taken;
    for (int i = 0; i < 9; ++i) {
        const qint64 site = i % 3 == 2 ? m_siteBrg : m_siteOsl;
        const Participant p = consented(site);
        const Allocation a = allocate(p.id);
        const int position = ++taken[a.stratum];
        EXPECT_EQ(a.stratum,
                  site == m_siteOsl ? QStringLiteral("site=OSL") : QStringLiteral("site=BRG"));
        EXPECT_EQ(a.sequence, i + 1);
        EXPECT_EQ(a.position, position);
        EXPECT_EQ(a.armId, expected[a.stratum][static_cast<std::size_t>(position - 1)]);
        EXPECT_EQ(a.allocatedBy, m_coordinator.userId);
        EXPECT_EQ(a.allocatedAt, clock().nowUtc());
        const Participant after = must(ParticipantRepository(db()).get(m_coordinator, p.id), "get");
        EXPECT_EQ(after.status, ParticipantStatus::Randomized);
        EXPECT_EQ(after.armId, a.armId);
        EXPECT_EQ(must(Randomizer(db()).allocationOf(m_coordinator, p.id), "of").id, a.id);
    }
    // Each allocation and its participant change are audited.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_log "
                                            "WHERE entity = 'allocation'")),
              9);
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'participant' AND field = 'arm_id'")), 9);
}

TEST_F(RandomizationAllocationTest, AllocationIsAtomic)
{
    useBlocks({2, 4}, {m_siteFactor});
    const Participant p = consented();
    // The participant update fails after the list entry has been taken: nothing may remain.
    ASSERT_EQ(sqlExec(db(), db().isServer()
                                ? QStringLiteral(
                                      "CREATE FUNCTION fail_arm() RETURNS trigger LANGUAGE "
                                      "plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$; "
                                      "CREATE TRIGGER fail_arm BEFORE UPDATE OF arm_id ON "
                                      "participant FOR EACH ROW EXECUTE FUNCTION fail_arm()")
                                : QStringLiteral("CREATE TRIGGER fail_arm BEFORE UPDATE OF arm_id "
                                                 "ON participant BEGIN SELECT RAISE(ABORT, 'disk "
                                                 "full'); END")),
              QString());
    const QString before = dumpDatabase(db());
    auto r = Randomizer(db()).allocate(m_coordinator, p.id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(dumpDatabase(db()), before);
    ASSERT_EQ(dropTrigger(db(), QStringLiteral("fail_arm"), QStringLiteral("participant")),
              QString());
    const Allocation a = allocate(p.id);
    EXPECT_EQ(a.position, 1); // the entry was not used up by the failed attempt
}

TEST_F(RandomizationAllocationTest, ASecondRandomizationIsRefused)
{
    useBlocks({2, 4}, {m_siteFactor});
    const Participant p = consented();
    allocate(p.id);
    auto again = Randomizer(db()).allocate(m_coordinator, p.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(again.message().contains(p.studyId));
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation")), 1);
    // Nor can an arm be chosen by hand once the trial randomizes in TrialDesk.
    const Participant other = consented();
    auto byHand = ParticipantRepository(db()).recordAllocation(m_coordinator, other.id, m_armCbt);
    ASSERT_FALSE(byHand.ok());
    EXPECT_EQ(byHand.error().code, ErrorCode::Conflict);
}

TEST_F(RandomizationAllocationTest, OnlyConsentedParticipantsAreRandomized)
{
    useBlocks({2, 4}, {m_siteFactor});
    const Participant p = eligible();
    auto r = Randomizer(db()).allocate(m_coordinator, p.id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.message().contains(QStringLiteral("consented"))) << str(r.message());
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation")), 0);
}

TEST_F(RandomizationAllocationTest, OnlyCoordinatorsAndThePrincipalInvestigatorRandomize)
{
    useBlocks({2, 4}, {m_siteFactor});
    const Participant p = consented();
    for (Role role :
         {Role::Administrator, Role::Therapist, Role::BlindedAssessor, Role::Statistician}) {
        auto r = Randomizer(db()).allocate(actor(role), p.id);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden) << Roles::key(role).toStdString();
    }
    EXPECT_TRUE(Randomizer(db()).allocate(m_pi, p.id).ok());
}

TEST_F(RandomizationAllocationTest, AMissingStratificationValueIsRefusedNamingTheFactor)
{
    const qint64 age = addFactor({0,
                                  QStringLiteral("age_band"),
                                  QStringLiteral("Age band"),
                                  StratSource::Covariate,
                                  QStringLiteral("age"),
                                  {40}});
    useBlocks({2, 4}, {m_siteFactor, age});
    const Participant p = consented();
    auto r = Randomizer(db()).allocate(m_coordinator, p.id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.message().contains(QStringLiteral("age_band"))) << str(r.message());
    must(ParticipantRepository(db()).setCovariates(m_coordinator, p.id, {45, {}, {}, {}}),
         "covariates");
    EXPECT_EQ(allocate(p.id).stratum, QStringLiteral("site=OSL;age_band=2"));
}

TEST_F(RandomizationAllocationTest, SeverityComesFromTheCallerOrTheEarliestCompletedBaseline)
{
    const qint64 severity = addFactor({0,
                                       QStringLiteral("severity"),
                                       QStringLiteral("Severity"),
                                       StratSource::Severity,
                                       QStringLiteral("hrsd17"),
                                       {24}});
    useMinimization({{m_siteFactor, 1.0}, {severity, 1.0}});
    const Participant missing = consented();
    auto r = Randomizer(db()).allocate(m_coordinator, missing.id);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("severity"))) << str(r.message());
    EXPECT_TRUE(r.message().contains(QStringLiteral("hrsd17"))) << str(r.message());

    // A caller-supplied score (the scoring engine, later).
    Randomizer scored(db(), [](qint64, const QString& instrument) -> std::optional<double> {
        return instrument == QStringLiteral("hrsd17") ? std::optional<double>(30) : std::nullopt;
    });
    EXPECT_EQ(must(scored.allocate(m_coordinator, missing.id), "scored").stratum,
              QStringLiteral("site=OSL;severity=2"));

    // The default: the item sum of the earliest completed, not removed assessment.
    const Participant p = consented();
    auto insert = [&](const char* date, const char* items, const char* status, int removed) {
        return sqlExec(db(), QStringLiteral("INSERT INTO assessment (participant_id, "
                                            "instrument_id, assessment_date, rater_id, "
                                            "item_values, status, removed, created_at) VALUES "
                                            "(%1, 'hrsd17', '%2', %3, '%4', '%5', %6, '%2')")
                                 .arg(p.id)
                                 .arg(QString::fromLatin1(date))
                                 .arg(m_assessor.userId)
                                 .arg(QString::fromLatin1(items), QString::fromLatin1(status))
                                 .arg(removed));
    };
    ASSERT_EQ(insert("2025-05-01", "4,4,4,4,4,4,4", "complete", 1), QString()); // removed: 28
    ASSERT_EQ(insert("2025-05-02", "4,4,4,4,4,4,4", "draft", 0), QString());    // draft: 28
    ASSERT_EQ(insert("2025-05-03", "3,4,NA,5", "complete", 0), QString());      // 12
    ASSERT_EQ(insert("2025-05-04", "4,4,4,4,4,4,4", "complete", 0), QString()); // later: 28
    EXPECT_EQ(allocate(p.id).stratum, QStringLiteral("site=OSL;severity=1"));
}

TEST_F(RandomizationAllocationTest, ArmsAndTheListStayConcealed)
{
    useBlocks({2, 4}, {m_siteFactor});
    Randomizer randomizer(db());
    // Before the first allocation a coordinator learns only whether allocation can happen.
    EXPECT_TRUE(randomizer.ready(m_coordinator).ok());
    const Participant p = consented();
    const Allocation a = allocate(p.id);
    // Blinded assessors never see an arm, nor the allocation record.
    const Participant seen = must(ParticipantRepository(db()).get(m_assessor, p.id), "get");
    EXPECT_FALSE(seen.armId.has_value());
    EXPECT_TRUE(seen.armHidden);
    EXPECT_EQ(randomizer.allocationOf(m_assessor, p.id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(randomizer.allocationOf(m_admin, p.id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(must(randomizer.allocationOf(m_pi, p.id), "pi").armId, a.armId);
    // Nobody but the statistician reads the list (which holds the next allocations).
    for (Role role : allRoles) {
        if (role != Role::Statistician) {
            EXPECT_FALSE(AllocationListRepository(db()).entries(actor(role)).ok());
        }
    }
}

TEST_F(RandomizationAllocationTest, ReadinessSaysWhatIsMissingAndNothingMore)
{
    Randomizer randomizer(db());
    auto none = randomizer.ready(m_coordinator);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("settings")));
    RandomizationSettings s;
    s.blockLengths = {2, 4};
    must(RandomizationSettingsRepository(db()).save(m_statistician, s, signedBy(m_statistician)),
         "settings");
    auto noList = randomizer.ready(m_coordinator);
    ASSERT_FALSE(noList.ok());
    EXPECT_TRUE(noList.message().contains(QStringLiteral("list")));
    EXPECT_FALSE(noList.message().contains(QStringLiteral("2, 4")));
    EXPECT_FALSE(randomizer.allocate(m_coordinator, consented().id).ok());
    EXPECT_EQ(randomizer.ready(m_assessor).error().code, ErrorCode::Forbidden);
}

TEST_F(RandomizationAllocationTest, AStratumThatRunsOutIsExtendedFromTheSeed)
{
    Trial trial = m_protocol.trial;
    trial.targetSampleSize = 4; // 4 entries per stratum
    must(ProtocolRepository(db()).saveTrial(m_admin, trial, QStringLiteral("small")), "trial");
    const AllocationListInfo info = useBlocks({2, 4}, {m_siteFactor});
    const qint64 before = lastAuditId(db());
    for (int i = 0; i < 11; ++i)
        allocate(consented().id);
    // (A plain list's entries, or an encrypted trial's sealed ones.)
    EXPECT_GT(
        sqlCount(db(),
                 QStringLiteral(
                     "SELECT (SELECT COUNT(*) FROM allocation_list_entry) + (SELECT COUNT(*) FROM "
                     "allocation_list_sealed_entry)")),
        info.entries);
    bool extended = false;
    for (const AuditRow& r : auditRows(db(), before))
        extended |=
            r.action == QStringLiteral("extended") && r.entity == QStringLiteral("allocation_list");
    EXPECT_TRUE(extended);
    const ReplayReport report = must(RandomizationReplay::run(db()), "replay");
    EXPECT_TRUE(report.allMatch()) << str(report.problems.front().problem);
    EXPECT_EQ(report.blockAllocations, 11);
}

TEST_F(RandomizationAllocationTest, MinimizationStoresEveryInputAndDraw)
{
    useMinimization({{m_siteFactor, 1.0}});
    std::vector<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids.push_back(allocate(consented(i % 2 ? m_siteBrg : m_siteOsl).id).id);
    const QString details = sqlValue(db(), QStringLiteral("SELECT details FROM allocation WHERE "
                                                          "sequence = 12"))
                                .toString();
    const auto record = MinimizationRecord::fromJson(details);
    ASSERT_TRUE(record) << str(details);
    EXPECT_EQ(record->algorithm, QStringLiteral("td-minimization-han2009/1"));
    ASSERT_EQ(record->factors.size(), 1u);
    EXPECT_EQ(record->factors[0].counts[0] + record->factors[0].counts[1], 5); // 5 earlier at BRG
    EXPECT_EQ(record->decision.scores.size(), 2u);
    EXPECT_NEAR(record->decision.probabilities[0] + record->decision.probabilities[1], 1.0, 1e-12);
    EXPECT_GE(record->draw, 0.0);
    EXPECT_LT(record->draw, 1.0);
    const ReplayReport report = must(RandomizationReplay::run(db()), "replay");
    EXPECT_TRUE(report.allMatch());
    EXPECT_EQ(report.minimizationAllocations, 12);
}

} // namespace
} // namespace tdtest
