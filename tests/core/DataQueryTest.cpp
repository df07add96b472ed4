// Data queries (docs/data-quality.md): raised on a value or a form by the roles that may raise
// them, answered by the staff of the participant's site, closed or re-opened by the raiser;
// every step audited; a correction from a query linked to it; rule-raised queries on save;
// blinded readers never read what unblinded staff wrote to each other.

#include "quality/DataQuery.h"

#include "TestTrial.h"
#include "access/Disclosure.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditReplay.h"
#include "quality/DataLocks.h"

using namespace td;
using namespace tdtest;

namespace {

class DataQueryTest : public TestTrial
{
protected:
    Assessment phq9(const Participant& p, QStringList items = QStringList(9, QStringLiteral("1")))
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today().addDays(-1);
        a.items = std::move(items);
        return must(AssessmentRepository(db()).save(m_coordinator, a), "phq9");
    }
    QueryTarget item(const Participant& p, int n,
                     const QString& instrument = QStringLiteral("phq9"))
    {
        return QueryTarget{p.id, m_baseline, instrument, n};
    }
    DataQuery raised(const Participant& p, const Actor& by, int n = 3)
    {
        return must(DataQueries(db()).raise(by, item(p, n),
                                            QStringLiteral("Item 3 reads 1; the "
                                                           "paper form says 2?")),
                    "raise");
    }
    // A coordinator bound to one site.
    Actor siteCoordinator(qint64 site)
    {
        Actor a = m_coordinator;
        a.sites = {site};
        return a;
    }
    qint64 rows(const char* table)
    {
        return sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    }
};

TEST_F(DataQueryTest, TheRolesThatRaiseQueriesAreThePiStatisticianAndCoordinator)
{
    const Participant p = randomized(m_armCbt);
    phq9(p);
    DataQueries queries(db());
    for (const Actor* a : {&m_admin, &m_therapist, &m_assessor, &m_dmc}) {
        auto refused = queries.raise(*a, item(p, 3), QStringLiteral("Check"));
        ASSERT_FALSE(refused.ok()) << str(a->username);
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << str(a->username);
    }
    EXPECT_EQ(rows("data_query"), 0);
    for (const Actor* a : {&m_pi, &m_statistician, &m_coordinator})
        EXPECT_TRUE(queries.raise(*a, item(p, 3), QStringLiteral("Check")).ok())
            << str(a->username);
    EXPECT_EQ(rows("data_query"), 3);
}

TEST_F(DataQueryTest, BadTargetsAndEmptyTextsAreRefusedAndChangeNothing)
{
    const Participant p = randomized(m_armCbt);
    phq9(p);
    DataQueries queries(db());
    const QString before = dumpDatabase(db());
    auto noText = queries.raise(m_pi, item(p, 3), QStringLiteral("  "));
    EXPECT_EQ(noText.error().code, ErrorCode::Invalid);
    EXPECT_EQ(noText.error().field, QStringLiteral("text"));
    auto noItem = queries.raise(m_pi, item(p, 11), QStringLiteral("Check"));
    ASSERT_FALSE(noItem.ok());
    EXPECT_EQ(noItem.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(noItem.message().contains(QStringLiteral("PHQ-9 has items 1 to 10")))
        << str(noItem.message());
    auto notScheduled =
        queries.raise(m_pi, item(p, 1, QStringLiteral("gad7")), QStringLiteral("x"));
    EXPECT_EQ(notScheduled.error().code, ErrorCode::Invalid);
    EXPECT_EQ(notScheduled.error().field, QStringLiteral("instrument"));
    auto noParticipant = queries.raise(
        m_pi, QueryTarget{99999, m_baseline, QStringLiteral("phq9"), 1}, QStringLiteral("Check"));
    EXPECT_EQ(noParticipant.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(DataQueryTest, AQueryIsAnsweredClosedAndReopenedWithEveryStepAudited)
{
    const Participant p = randomized(m_armCbt);
    const Assessment a = phq9(p);
    DataQueries queries(db());
    const qint64 auditBefore = lastAuditId(db());
    const DataQuery q = raised(p, m_statistician);
    EXPECT_EQ(q.status, QueryStatus::Open);
    EXPECT_EQ(q.assessmentId, a.id); // the record asked about
    EXPECT_EQ(q.studyId, p.studyId);
    EXPECT_EQ(q.siteCode, QStringLiteral("OSL"));
    EXPECT_EQ(q.raisedBy, m_statistician.username);
    ASSERT_EQ(q.steps.size(), 1u);

    // Only the raiser (or the PI) closes a manual query; anyone at the site may respond.
    EXPECT_EQ(queries.close(m_coordinator, q.id, QStringLiteral("fine")).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(queries.respond(m_statistician, q.id, QStringLiteral("x")).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(queries.respond(m_coordinator, q.id, QString()).error().code, ErrorCode::Invalid);
    auto answered = queries.respond(m_coordinator, q.id, QStringLiteral("Source says 1."));
    ASSERT_TRUE(answered.ok()) << str(answered.message());
    EXPECT_EQ(answered->status, QueryStatus::Answered);
    EXPECT_EQ(answered->lastText, QStringLiteral("Source says 1."));

    auto reopened = queries.reopen(m_statistician, q.id, QStringLiteral("Please look again."));
    ASSERT_TRUE(reopened.ok()) << str(reopened.message());
    EXPECT_EQ(reopened->status, QueryStatus::Open);
    // An open query cannot be re-opened again.
    EXPECT_EQ(queries.reopen(m_statistician, q.id, QStringLiteral("?")).error().code,
              ErrorCode::Conflict);
    ASSERT_TRUE(queries.respond(m_coordinator, q.id, QStringLiteral("Checked twice.")).ok());
    auto closed = queries.close(m_statistician, q.id, QStringLiteral("Settled."));
    ASSERT_TRUE(closed.ok()) << str(closed.message());
    EXPECT_EQ(closed->status, QueryStatus::Closed);
    ASSERT_EQ(closed->steps.size(), 5u);
    EXPECT_EQ(closed->steps[2].action, QueryAction::Reopen);
    EXPECT_EQ(closed->steps[4].by, m_statistician.username);
    // A closed query takes no response and no second close.
    EXPECT_EQ(queries.respond(m_coordinator, q.id, QStringLiteral("late")).error().code,
              ErrorCode::Conflict);
    EXPECT_EQ(queries.close(m_statistician, q.id, QStringLiteral("again")).error().code,
              ErrorCode::Conflict);

    // Every step is in the audit trail, and the trail replays to the same rows.
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'data_query_step' AND id > %1 AND "
                                                "field = 'action'")
                                     .arg(auditBefore)),
              5);
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'data_query' AND id > %1 AND field = "
                                                "'status'")
                                     .arg(auditBefore)),
              5); // raised open, then 4 changes
    auto replay = AuditReplay::run(db(), Disclosure::unblinded());
    ASSERT_TRUE(replay.ok()) << str(replay.message());
    EXPECT_TRUE(replay->clean()) << str(AuditReplay::describe(replay->findings.front()));
}

TEST_F(DataQueryTest, TheQueryGoesToTheParticipantsSite)
{
    const Participant oslo = randomized(m_armCbt);
    phq9(oslo);
    const DataQuery q = raised(oslo, m_pi);
    const Actor bergen = siteCoordinator(m_siteBrg);
    const Actor osloStaff = siteCoordinator(m_siteOsl);
    DataQueries queries(db());
    EXPECT_TRUE(must(queries.list(bergen), "bergen's list").empty());
    EXPECT_EQ(must(queries.list(osloStaff), "oslo's list").size(), 1u);
    auto notTheirs = queries.respond(bergen, q.id, QStringLiteral("?"));
    EXPECT_EQ(notTheirs.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(queries.respond(osloStaff, q.id, QStringLiteral("Checked")).ok());
    // Bergen's coordinator cannot raise one on an Oslo participant either.
    auto raise = queries.raise(bergen, item(oslo, 1), QStringLiteral("?"));
    EXPECT_EQ(raise.error().code, ErrorCode::Forbidden);

    auto counts = must(queries.countsBySite(m_pi), "counts");
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[1].siteCode, QStringLiteral("OSL"));
    EXPECT_EQ(counts[1].answered, 1);
    EXPECT_EQ(counts[0].open + counts[0].answered + counts[0].closed, 0);
    EXPECT_EQ(must(queries.countsBySite(bergen), "bergen's counts").size(), 1u);
}

TEST_F(DataQueryTest, ACorrectionFromAQueryIsLinkedToIt)
{
    const Participant p = randomized(m_armCbt);
    Assessment a = phq9(p);
    const DataQuery q = raised(p, m_statistician);
    a.items[2] = QStringLiteral("2");
    DataQueries queries(db());
    Assessment other = a;
    other.id = a.id + 1000;
    EXPECT_FALSE(
        queries.respondWithCorrection(m_coordinator, q.id, other, QStringLiteral("x")).ok());
    auto answered =
        queries.respondWithCorrection(m_coordinator, q.id, a, QStringLiteral("Paper says 2."));
    ASSERT_TRUE(answered.ok()) << str(answered.message());
    EXPECT_EQ(answered->steps.back().assessmentId, a.id);
    EXPECT_EQ(must(AssessmentRepository(db()).get(m_pi, a.id), "reread").items[2],
              QStringLiteral("2"));
    // The correction's audit row gives the query as its reason.
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'assessment' AND field = 'item_3' AND "
                                                "reason LIKE 'Query %1:%%'")
                                     .arg(q.id)),
              1);
}

TEST_F(DataQueryTest, UnderALockAQueryIsAnsweredButTheValueIsNotCorrected)
{
    const Participant p = randomized(m_armCbt);
    Assessment a = phq9(p);
    const DataQuery q = raised(p, m_statistician);
    must(DataLocks(db()).lock(m_pi, {}, QStringLiteral("Analysis"), signedBy(m_pi),
                              OpenQueries::LockAnyway),
         "lock");
    a.items[2] = QStringLiteral("2");
    auto refused =
        DataQueries(db()).respondWithCorrection(m_coordinator, q.id, a, QStringLiteral("2"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(must(DataQueries(db()).get(m_pi, q.id), "reread").status, QueryStatus::Open);
}

TEST_F(DataQueryTest, RulesRaiseQueriesForProratedAndUnscorableForms)
{
    const Participant p = randomized(m_armCbt);
    QStringList oneMissing(9, QStringLiteral("1"));
    oneMissing[4] = Assessment::missingItem();
    const Assessment prorated = phq9(p, oneMissing);
    auto list = must(DataQueries(db()).list(m_pi), "list");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].origin, QueryOrigin::Prorated);
    EXPECT_EQ(list[0].assessmentId, prorated.id);
    // Any who may raise queries closes a rule's query; a therapist may not.
    EXPECT_TRUE(DataQueries::mayClose(m_coordinator, list[0]));
    EXPECT_FALSE(DataQueries::mayClose(m_therapist, list[0]));

    const Participant q = randomized(m_armPdt);
    QStringList mostMissing(9, Assessment::missingItem());
    mostMissing[0] = QStringLiteral("1");
    mostMissing[1] = QStringLiteral("2");
    const Assessment unscorable = phq9(q, mostMissing);
    list = must(DataQueries(db()).list(m_pi, {true, q.id}), "list");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].origin, QueryOrigin::Unscorable);
    // A complete form raises none.
    phq9(randomized(m_armCbt));
    EXPECT_EQ(rows("data_query"), 2);
}

TEST_F(DataQueryTest, ABlindedAssessorReadsOnlyWhatIsWrittenToThem)
{
    const Participant p = randomized(m_armCbt);
    phq9(p);
    DataQueries queries(db());
    const DataQuery selfReport = must(
        queries.raise(m_statistician, item(p, 3), QStringLiteral("Arm-revealing remark")), "raise");
    const DataQuery rating =
        must(queries.raise(m_statistician, item(p, 3, QStringLiteral("hrsd17")),
                           QStringLiteral("Item 3 of your rating: please check")),
             "raise hrsd17");
    auto seen = must(queries.list(m_assessor), "assessor's list");
    ASSERT_EQ(seen.size(), 2u);
    for (const DataQuery& q : seen) {
        EXPECT_TRUE(q.raisedBy.isEmpty()); // an unblinded statistician is not named
        if (q.id == selfReport.id)
            EXPECT_TRUE(q.text.isEmpty());
        else
            EXPECT_EQ(q.text, QStringLiteral("Item 3 of your rating: please check"));
    }
    auto answered = queries.respond(m_assessor, rating.id, QStringLiteral("Corrected on paper"));
    ASSERT_TRUE(answered.ok()) << str(answered.message());
    EXPECT_EQ(answered->steps.back().by, m_assessor.username);
    EXPECT_EQ(must(queries.get(m_statistician, rating.id), "reread").lastText,
              QStringLiteral("Corrected on paper"));
}

TEST_F(DataQueryTest, OpenQueriesAreListedBeforeALockAndLockingWithThemIsConfirmed)
{
    const Participant p = randomized(m_armCbt);
    const Participant other = randomized(m_armPdt);
    phq9(p);
    phq9(other);
    const DataQuery q = raised(p, m_statistician);
    DataLocks locks(db());
    // The other participant's data have none: locked at once.
    EXPECT_TRUE(locks.openQueries(m_pi, {LockScope::Participant, other.id, 0})->empty());
    EXPECT_TRUE(locks
                    .lock(m_pi, {LockScope::Participant, other.id, 0}, QStringLiteral("Clean"),
                          signedBy(m_pi))
                    .ok());
    auto listed = locks.openQueries(m_pi, {});
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().id, q.id);
    const qint64 before = rows("data_lock");
    auto refused = locks.lock(m_pi, {}, QStringLiteral("Analysis"), signedBy(m_pi));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().field, QStringLiteral("open_queries"));
    EXPECT_TRUE(refused.message().contains(QStringLiteral("query %1").arg(q.id)))
        << str(refused.message());
    EXPECT_EQ(rows("data_lock"), before);
    EXPECT_TRUE(
        locks.lock(m_pi, {}, QStringLiteral("Analysis"), signedBy(m_pi), OpenQueries::LockAnyway)
            .ok());
}

} // namespace
