// Double data entry and source data verification (docs/data-quality.md): a second person
// keys a paper form again without seeing the first entry; the differences are adjudicated by
// a third, whose value is written to the record as an audited correction; the form counts as
// received only then. A monitor marks forms as verified against their source; a later change
// clears the mark and raises a query. Both refuse writes under a database lock.

#include "quality/DoubleEntry.h"

#include "TestTrial.h"
#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditReplay.h"
#include "quality/DataLocks.h"
#include "quality/DataQuery.h"
#include "quality/MissingForms.h"
#include "quality/SourceVerification.h"
#include "worklists/Worklist.h"

using namespace td;
using namespace tdtest;

namespace {

const QStringList kFirst = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                            QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("1"),
                            QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")};

class DoubleEntryTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        // The baseline PHQ-9 is a paper form keyed twice.
        must(db().exec(QStringLiteral("UPDATE time_point_instrument SET double_entry = 1 WHERE "
                                      "instrument_id = 'phq9'")),
             "double entry");
        m_dataentry = user(QStringLiteral("dataentry"), Role::Coordinator);
    }
    Actor user(const QString& name, Role role)
    {
        UserRepository users(db());
        User u = must(users.create(m_admin, {name, name.toUpper(), role, passwordOf(name)}),
                      "create user");
        must(users.unlockSigningKey(name, passwordOf(name)), "unlock signing key");
        return Actor{u.id, u.username, u.role};
    }
    Assessment keyed(const Participant& p, const QStringList& items = kFirst)
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today().addDays(-1);
        a.items = items;
        return must(AssessmentRepository(db()).save(m_coordinator, a), "first entry");
    }
    static QStringList with(QStringList items, int item, const QString& value)
    {
        items[item - 1] = value;
        return items;
    }
    // The PHQ-9 forms not received (the fixture's baseline also expects an HRSD-17).
    std::vector<MissingForm> missing()
    {
        std::vector<MissingForm> out;
        for (const MissingForm& f :
             must(MissingForms(db()).report(m_pi, today()), "missing forms").forms)
            if (f.instrumentId == QStringLiteral("phq9"))
                out.push_back(f);
        return out;
    }
    Actor m_dataentry;
};

TEST_F(DoubleEntryTest, ASecondPersonKeysTheFormAgainAndTheDifferencesAreListedItemByItem)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    DoubleEntries doubles(db());
    ASSERT_EQ(must(doubles.awaiting(m_pi), "awaiting").size(), 1u);
    // Until the second entry, the form is not received.
    ASSERT_EQ(missing().size(), 1u);
    EXPECT_TRUE(missing()[0].awaitingDoubleEntry);

    // The person who keyed it first may not key it again.
    auto self = doubles.enterSecond(m_coordinator, first.id, kFirst);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, ErrorCode::Forbidden);

    auto second = doubles.enterSecond(
        m_dataentry, first.id, with(with(kFirst, 2, QStringLiteral("3")), 5, QStringLiteral("2")));
    ASSERT_TRUE(second.ok()) << str(second.message());
    EXPECT_EQ(second->status, DoubleEntryStatus::Discrepant);
    EXPECT_EQ(second->differing, (QList<int>{2, 5}));
    // The second keyer is not shown the first entry's values.
    EXPECT_TRUE(second->firstValues.isEmpty());
    EXPECT_TRUE(must(doubles.awaiting(m_pi), "awaiting").empty());

    auto listed = must(doubles.discrepancies(m_pi), "discrepancies");
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].studyId, p.studyId);
    EXPECT_EQ(listed[0].visitCode, QStringLiteral("baseline"));
    EXPECT_EQ(listed[0].item, 2);
    EXPECT_EQ(listed[0].firstValue, QStringLiteral("2"));
    EXPECT_EQ(listed[0].secondValue, QStringLiteral("3"));
    EXPECT_EQ(listed[0].firstBy, QStringLiteral("coordinator"));
    EXPECT_EQ(listed[0].secondBy, QStringLiteral("dataentry"));
    EXPECT_EQ(listed[1].item, 5);
    // Still not received: the differences wait for adjudication.
    ASSERT_EQ(missing().size(), 1u);
    EXPECT_TRUE(missing()[0].awaitingDoubleEntry);
    // The record itself is unchanged by the second entry.
    EXPECT_EQ(must(AssessmentRepository(db()).get(m_pi, first.id), "record").items, kFirst);
}

TEST_F(DoubleEntryTest, AThirdPersonAdjudicatesAndTheChosenValueIsAnAuditedCorrection)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    DoubleEntries doubles(db());
    must(doubles.enterSecond(m_dataentry, first.id,
                             with(with(kFirst, 2, QStringLiteral("3")), 5, QStringLiteral("2"))),
         "second entry");
    // Neither keyer adjudicates; nor a role without the permission.
    for (const Actor* a : {&m_coordinator, &m_dataentry, &m_assessor, &m_monitor}) {
        auto refused = doubles.resolve(*a, first.id, 2, QStringLiteral("3"));
        ASSERT_FALSE(refused.ok()) << str(a->username);
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << str(a->username);
    }
    // An item on which the entries agree, or an empty or invalid value, is refused.
    EXPECT_EQ(doubles.resolve(m_pi, first.id, 3, QStringLiteral("1")).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(doubles.resolve(m_pi, first.id, 2, QStringLiteral(" ")).error().code,
              ErrorCode::Invalid);
    EXPECT_FALSE(doubles.resolve(m_pi, first.id, 2, QStringLiteral("7")).ok());
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM double_entry_resolution")), 0);

    // The second entry was right on item 2, the first on item 5.
    auto one = doubles.resolve(m_pi, first.id, 2, QStringLiteral("3"),
                               QStringLiteral("The paper form says 3."));
    ASSERT_TRUE(one.ok()) << str(one.message());
    EXPECT_EQ(one->status, DoubleEntryStatus::Discrepant);
    EXPECT_EQ(one->unresolved, QList<int>{5});
    EXPECT_EQ(doubles.resolve(m_pi, first.id, 2, QStringLiteral("3")).error().code,
              ErrorCode::Conflict);
    auto two = doubles.resolve(m_pi, first.id, 5, QStringLiteral("3"));
    ASSERT_TRUE(two.ok()) << str(two.message());
    EXPECT_EQ(two->status, DoubleEntryStatus::Adjudicated);
    EXPECT_TRUE(two->unresolved.isEmpty());

    const Assessment after = must(AssessmentRepository(db()).get(m_pi, first.id), "record");
    EXPECT_EQ(after.items, with(kFirst, 2, QStringLiteral("3")));
    EXPECT_TRUE(must(doubles.discrepancies(m_pi), "discrepancies").empty());
    EXPECT_TRUE(missing().empty());
    // Both entries stay: the first in the record's trail, the second in its own row; the
    // correction names the adjudication.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                            "'double_entry' AND action = 'created'")),
              1);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                            "'assessment' AND reason LIKE 'Double data entry, "
                                            "item 2 adjudicated%'")),
              1);
    const ReplayReport replay = must(AuditReplay::run(db(), Disclosure::unblinded()), "replay");
    EXPECT_TRUE(replay.clean());
}

// The worklists carry double data entry: the second keying for those who key such forms
// but did not key it first, the differences for those who adjudicate and keyed neither.
TEST_F(DoubleEntryTest, WorklistsAskForTheSecondEntryAndThenForTheAdjudication)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    const auto tasks = [&](const Actor& a, TaskKind kind) {
        std::vector<WorkItem> out;
        for (const WorkItem& w : must(Worklist(db()).forActor(a, today()), "worklist"))
            if (w.kind == kind)
                out.push_back(w);
        return out;
    };
    const auto keyTasks = tasks(m_dataentry, TaskKind::KeySecondEntry);
    ASSERT_EQ(keyTasks.size(), 1U);
    EXPECT_EQ(keyTasks[0].assessmentId, first.id);
    EXPECT_EQ(keyTasks[0].studyId, p.studyId);
    EXPECT_EQ(keyTasks[0].timePointId, m_baseline);
    EXPECT_EQ(keyTasks[0].instruments, QStringList{QStringLiteral("phq9")});
    EXPECT_EQ(keyTasks[0].since, first.date);
    // Not for the first keyer, not for the assessor (the PHQ-9 is not a blinded rating), not
    // for those who key nothing.
    for (const Actor* a : {&m_coordinator, &m_assessor, &m_pi, &m_monitor})
        EXPECT_TRUE(tasks(*a, TaskKind::KeySecondEntry).empty()) << str(a->username);

    must(DoubleEntries(db()).enterSecond(
             m_dataentry, first.id,
             with(with(kFirst, 2, QStringLiteral("3")), 5, QStringLiteral("2"))),
         "second entry");
    EXPECT_TRUE(tasks(m_dataentry, TaskKind::KeySecondEntry).empty());
    // One task for the form, naming both items, for the PI; never for either keyer.
    const auto adjudicate = tasks(m_pi, TaskKind::AdjudicateEntries);
    ASSERT_EQ(adjudicate.size(), 1U);
    EXPECT_EQ(adjudicate[0].assessmentId, first.id);
    EXPECT_EQ(adjudicate[0].items, (QList<int>{2, 5}));
    EXPECT_EQ(adjudicate[0].since, today());
    for (const Actor* a : {&m_coordinator, &m_dataentry, &m_assessor, &m_monitor})
        EXPECT_TRUE(tasks(*a, TaskKind::AdjudicateEntries).empty()) << str(a->username);

    must(DoubleEntries(db()).resolve(m_pi, first.id, 2, QStringLiteral("3")), "item 2");
    EXPECT_EQ(tasks(m_pi, TaskKind::AdjudicateEntries).at(0).items, QList<int>{5});
    must(DoubleEntries(db()).resolve(m_pi, first.id, 5, QStringLiteral("3")), "item 5");
    EXPECT_TRUE(tasks(m_pi, TaskKind::AdjudicateEntries).empty());
}

TEST_F(DoubleEntryTest, WrongSecondEntriesAreRefusedAndChangeNothing)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    Assessment hrsd;
    hrsd.participantId = p.id;
    hrsd.timePointId = m_baseline;
    hrsd.instrumentId = QStringLiteral("hrsd17");
    hrsd.date = today().addDays(-1);
    hrsd.items = QStringList(17, QStringLiteral("1"));
    hrsd = must(AssessmentRepository(db()).save(m_assessor, hrsd), "hrsd");
    const Participant other = randomized(m_armCbt);
    DoubleEntries doubles(db());
    const QString before = dumpDatabase(db());
    // Not asked for by the protocol; too few items; an invalid value.
    EXPECT_EQ(doubles.enterSecond(m_dataentry, hrsd.id, hrsd.items).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(doubles.enterSecond(m_dataentry, first.id, kFirst.mid(0, 8)).error().code,
              ErrorCode::Invalid);
    EXPECT_FALSE(
        doubles.enterSecond(m_dataentry, first.id, with(kFirst, 1, QStringLiteral("9"))).ok());
    // No first entry yet at a visit.
    EXPECT_EQ(doubles.enterSecond(m_dataentry, other.id, m_baseline, QStringLiteral("phq9"), kFirst)
                  .error()
                  .code,
              ErrorCode::NotFound);
    EXPECT_EQ(dumpDatabase(db()), before);
    // Twice is once too many.
    must(doubles.enterSecond(m_dataentry, first.id, kFirst), "second entry");
    const QString keyedTwice = dumpDatabase(db());
    EXPECT_EQ(doubles.enterSecond(m_pi, first.id, kFirst).error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(db()), keyedTwice);
}

TEST_F(DoubleEntryTest, AgreementIsCountedPerInstrumentAndPersonPer10000Fields)
{
    for (int k = 0; k < 4; ++k) {
        const Participant p = randomized(m_armCbt);
        const Assessment first = keyed(p);
        must(DoubleEntries(db()).enterSecond(
                 m_dataentry, first.id, k == 0 ? with(kFirst, 4, QStringLiteral("2")) : kFirst),
             "second entry");
    }
    const AgreementReport report = must(DoubleEntries(db()).agreement(m_pi), "agreement");
    ASSERT_EQ(report.byInstrument.size(), 1u);
    const EntryAgreement& phq9 = report.byInstrument[0];
    EXPECT_EQ(phq9.key, QStringLiteral("phq9"));
    EXPECT_EQ(phq9.forms, 4);
    EXPECT_EQ(phq9.fields, 36);
    EXPECT_EQ(phq9.discrepant, 1);
    EXPECT_NEAR(phq9.per10000(), 10000.0 / 36, 1e-9);
    ASSERT_EQ(report.byPerson.size(), 2u);
    EXPECT_EQ(report.byPerson[0].key, QStringLiteral("coordinator"));
    EXPECT_EQ(report.byPerson[1].key, QStringLiteral("dataentry"));
    EXPECT_EQ(report.byPerson[1].fields, 36);
}

TEST_F(DoubleEntryTest, OnlyTheMonitorVerifiesAndADoubleEnteredFormOnceItsEntriesAgree)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    SourceVerifications sdv(db());
    for (const Actor* a : {&m_coordinator, &m_pi, &m_statistician, &m_assessor}) {
        auto refused = sdv.verify(*a, first.id);
        ASSERT_FALSE(refused.ok()) << str(a->username);
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << str(a->username);
    }
    // Keyed once: the double entry must be complete first.
    EXPECT_EQ(sdv.verify(m_monitor, first.id).error().code, ErrorCode::Conflict);
    must(DoubleEntries(db()).enterSecond(m_dataentry, first.id, kFirst), "second entry");
    auto mark = sdv.verify(m_monitor, first.id);
    ASSERT_TRUE(mark.ok()) << str(mark.message());
    EXPECT_EQ(mark->verifiedById, m_monitor.userId);
    // Names follow the blinding rule: the PI reads who verified it.
    EXPECT_EQ(must(sdv.mark(m_pi, first.id), "mark")->verifiedBy, QStringLiteral("monitor"));
    EXPECT_EQ(sdv.verify(m_monitor, first.id).error().code, ErrorCode::Conflict);
    const auto sites = must(sdv.bySite(m_pi), "by site");
    const auto osl = std::find_if(sites.begin(), sites.end(),
                                  [&](const SiteVerification& s) { return s.siteId == p.siteId; });
    ASSERT_NE(osl, sites.end());
    EXPECT_EQ(osl->forms, 1);
    EXPECT_EQ(osl->verified, 1);
}

TEST_F(DoubleEntryTest, AChangeToAVerifiedFormClearsTheMarkAndRaisesAQuery)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    must(DoubleEntries(db()).enterSecond(m_dataentry, first.id, kFirst), "second entry");
    SourceVerifications sdv(db());
    must(sdv.verify(m_monitor, first.id), "verify");
    Assessment corrected = first;
    corrected.items = with(kFirst, 3, QStringLiteral("2"));
    must(AssessmentRepository(db()).correct(m_coordinator, corrected,
                                            QStringLiteral("Patient corrected item 3.")),
         "correct");
    EXPECT_FALSE(must(sdv.mark(m_pi, first.id), "mark").has_value());
    auto queries = must(DataQueries(db()).list(m_pi), "queries");
    ASSERT_EQ(queries.size(), 1u);
    EXPECT_EQ(queries[0].origin, QueryOrigin::SourceChanged);
    EXPECT_EQ(queries[0].target.item, 3);
    EXPECT_EQ(queries[0].text, QStringLiteral("Patient corrected item 3."));
    EXPECT_EQ(queries[0].assessmentId, first.id);
    // Verified again after the check.
    EXPECT_TRUE(sdv.verify(m_monitor, first.id).ok());
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM source_verification")), 2);
    const ReplayReport replay = must(AuditReplay::run(db(), Disclosure::unblinded()), "replay");
    EXPECT_TRUE(replay.clean());
}

TEST_F(DoubleEntryTest, TheMonitorIsBlindedUnlessTheProtocolLetsMonitorsSeeArms)
{
    UserRepository users(db());
    const Actor blinded = must(
        users.login(QStringLiteral("monitor"), passwordOf(QStringLiteral("monitor"))), "login");
    EXPECT_FALSE(blinded.can(Permission::ViewArm));
    EXPECT_TRUE(blinded.can(Permission::VerifySource));
    EXPECT_TRUE(blinded.can(Permission::RaiseQueries));
    EXPECT_FALSE(blinded.can(Permission::EnterAssessments));
    must(db().exec(QStringLiteral("UPDATE trial SET monitors_see_arms = 1")), "setting");
    const Actor unblinded = must(
        users.login(QStringLiteral("monitor"), passwordOf(QStringLiteral("monitor"))), "login");
    EXPECT_TRUE(unblinded.can(Permission::ViewArm));
    EXPECT_FALSE(unblinded.can(Permission::EnterAssessments));
}

TEST_F(DoubleEntryTest, UnderADatabaseLockNeitherSecondEntryNorVerificationIsAccepted)
{
    const Participant p = randomized(m_armCbt);
    const Assessment first = keyed(p);
    auto lock = DataLocks(db()).lock(m_pi, {LockScope::Participant, p.id, 0},
                                     QStringLiteral("Analysis"), signedBy(m_pi));
    ASSERT_TRUE(lock.ok()) << str(lock.message());
    const QString before = dumpDatabase(db());
    EXPECT_FALSE(DoubleEntries(db()).enterSecond(m_dataentry, first.id, kFirst).ok());
    EXPECT_EQ(dumpDatabase(db()), before);
    must(DataLocks(db()).unlock(m_pi, lock->id, QStringLiteral("Late form"), signedBy(m_pi)),
         "unlock");
    EXPECT_TRUE(DoubleEntries(db()).enterSecond(m_dataentry, first.id, kFirst).ok());
    lock = DataLocks(db()).lock(m_pi, {LockScope::Participant, p.id, 0}, QStringLiteral("Analysis"),
                                signedBy(m_pi));
    ASSERT_TRUE(lock.ok()) << str(lock.message());
    EXPECT_FALSE(SourceVerifications(db()).verify(m_monitor, first.id).ok());
}

} // namespace
