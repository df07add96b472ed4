// Changing a protocol: before anyone is randomized anything may change (update, remove,
// reorder), except what stored data refers to; afterwards a change is an amendment that may
// only add or extend, makes a new protocol version with a reason and an effective date, and is
// audited. Participants record the version they were screened and randomized under.

#include "TestTrial.h"
#include "participants/ParticipantRepository.h"
#include "trial/ProtocolRepository.h"

#include <QSqlQuery>

using namespace td;
using namespace tdtest;

namespace {

class ProtocolChangeTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        // The shared fixture builds its protocol element by element; complete it to a whole
        // protocol (a visit after randomization and a primary outcome).
        Protocol p = current();
        p.schedule[0].beforeRandomization = true;
        TimePoint w8;
        w8.code = QStringLiteral("w8");
        w8.label = LocalText(QStringLiteral("Week 8"), QStringLiteral("Uke 8"));
        w8.weekOffset = 8;
        w8.windowDays = 7;
        w8.instruments = {{QStringLiteral("hrsd17"), Rater::BlindedClinician},
                          {QStringLiteral("phq9"), Rater::SelfReport}};
        p.schedule.push_back(w8);
        p.primaryOutcome = {QStringLiteral("hrsd17"), QStringLiteral("w8")};
        auto done = repo().update(m_admin, p);
        ASSERT_TRUE(done.ok()) << str(done.message());
        EXPECT_FALSE(done->amendment);
    }

    ProtocolRepository repo() { return ProtocolRepository(db()); }
    Protocol current() { return must(repo().load(m_admin), "load"); }
    AmendmentInfo why()
    {
        return {today(), QStringLiteral("Ethics committee approval 2025/123"), signedBy(m_admin)};
    }

    // Refused with `code`, naming `path`, and nothing written.
    void expectRefused(const Protocol& target, const QString& path, ErrorCode code)
    {
        const QString before = dumpDatabase(db());
        auto r = repo().update(m_admin, target, why());
        ASSERT_FALSE(r.ok()) << "expected a refusal at " << str(path);
        EXPECT_EQ(r.error().code, code) << str(r.message());
        // An amendment's refusal names the field as a person reads it ("Arm 1, ratio").
        EXPECT_TRUE(r.message().contains(path) ||
                    r.message().contains(ProtocolDiff::fieldName(path)))
            << str(r.message());
        EXPECT_FALSE(r.message().contains(QStringLiteral(" -> "))) << str(r.message());
        EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    }
};

} // namespace

TEST_F(ProtocolChangeTest, BeforeRandomizationAChangeEditsVersionOneAndIsAudited)
{
    Protocol p = current();
    p.arms[0].ratioWeight = 2;
    p.arms[0].name = LocalText(QStringLiteral("CBT"), QStringLiteral("KAT"));
    p.trial.targetSampleSize = 60; // smaller: fine before anyone is randomized
    const qint64 auditBefore = lastAuditId(db());
    auto r = repo().update(m_admin, p, {QDate(), QStringLiteral("Protocol review")});
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_FALSE(r->amendment);
    EXPECT_EQ(r->version, 1);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM protocol_version")), 1);
    const Protocol after = current();
    EXPECT_EQ(after.arms[0].ratioWeight, 2);
    EXPECT_EQ(after.arms[0].name.nb, QStringLiteral("KAT"));
    EXPECT_EQ(after.trial.targetSampleSize, 60);
    QStringList fields;
    for (const AuditRow& row : auditRows(db(), auditBefore)) {
        fields << row.entity + u'.' + row.field;
        EXPECT_EQ(row.reason, QStringLiteral("Protocol review"));
    }
    EXPECT_TRUE(fields.contains(QStringLiteral("arm.ratio_weight"))) << str(fields.join(u' '));
    EXPECT_TRUE(fields.contains(QStringLiteral("arm.name_nb")));
    EXPECT_TRUE(fields.contains(QStringLiteral("trial.target_sample_size")));
}

TEST_F(ProtocolChangeTest, RemoveAndReorderBeforeRandomization)
{
    auto moved = repo().reorder(m_admin, ProtocolPart::Sites,
                                {QStringLiteral("BRG"), QStringLiteral("OSL")});
    ASSERT_TRUE(moved.ok()) << str(moved.message());
    EXPECT_EQ(current().sites[0].code, QStringLiteral("BRG"));
    EXPECT_EQ(repo().reorder(m_admin, ProtocolPart::Sites, {QStringLiteral("BRG")}).error().code,
              ErrorCode::Invalid);
    auto removed = repo().remove(m_admin, ProtocolPart::Sites, QStringLiteral("BRG"));
    ASSERT_TRUE(removed.ok()) << str(removed.message());
    EXPECT_EQ(current().sites.size(), 1u);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                            "'removed' AND entity = 'site'")),
              1);
    EXPECT_EQ(repo().remove(m_admin, ProtocolPart::Sites, QStringLiteral("XYZ")).error().code,
              ErrorCode::NotFound);
}

TEST_F(ProtocolChangeTest, WhatStoredDataRefersToIsNeverRemoved)
{
    screened(m_siteBrg);
    Protocol p = current();
    p.sites.pop_back(); // BRG has a participant now
    expectRefused(p, QStringLiteral("sites[1]"), ErrorCode::Conflict);
}

TEST_F(ProtocolChangeTest, OnlyTheAdministratorChangesTheProtocol)
{
    Protocol p = current();
    p.trial.targetSampleSize = 90;
    EXPECT_EQ(repo().update(m_coordinator, p).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(repo().update(m_pi, p).error().code, ErrorCode::Forbidden);
}

TEST_F(ProtocolChangeTest, AnUnchangedProtocolIsNotANewVersion)
{
    auto r = repo().update(m_admin, current(), why());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("Nothing to change"))) << str(r.message());
}

TEST_F(ProtocolChangeTest, AnInvalidProtocolIsRefusedWithItsPath)
{
    Protocol p = current();
    p.arms[1].ratioWeight = 0;
    expectRefused(p, QStringLiteral("arms[1].ratio"), ErrorCode::Invalid);
}

TEST_F(ProtocolChangeTest, AfterRandomizationAnAmendmentAddsAndExtends)
{
    const Participant early = randomized(m_armCbt);
    Protocol p = current();
    p.sites.push_back({0, QStringLiteral("TRD"), LocalText(QStringLiteral("Trondheim"))});
    p.trial.recruitmentEnd = p.trial.recruitmentEnd.addMonths(6);
    p.trial.targetSampleSize += 20;
    p.schedule[1].windowDays = 14;
    p.schedule[1].instruments.push_back({QStringLiteral("gad7"), Rater::SelfReport});
    TimePoint fu;
    fu.code = QStringLiteral("fu52");
    fu.label = LocalText(QStringLiteral("One year"), QStringLiteral("Ett år"));
    fu.weekOffset = 52;
    fu.windowDays = 30;
    fu.arms = {QStringLiteral("PDT")};
    fu.instruments = {{QStringLiteral("hrsd17"), Rater::BlindedClinician}};
    p.schedule.push_back(fu);
    Covariate work;
    work.code = QStringLiteral("employed");
    work.name = LocalText(QStringLiteral("Employed"), QStringLiteral("I arbeid"));
    work.type = CovariateType::Choice;
    work.choices = {{QStringLiteral("yes"), LocalText(QStringLiteral("Yes"), QStringLiteral("Ja"))},
                    {QStringLiteral("no"), LocalText(QStringLiteral("No"), QStringLiteral("Nei"))}};
    p.covariates.push_back(work);
    EligibilityCriterion bipolar;
    bipolar.code = QStringLiteral("bipolar");
    bipolar.kind = CriterionKind::Exclusion;
    bipolar.text = LocalText(QStringLiteral("Bipolar disorder"), QStringLiteral("Bipolar lidelse"));
    p.eligibility.push_back(bipolar);
    p.arms[1].name = LocalText(QStringLiteral("Psychodynamic therapy"),
                               QStringLiteral("Psykodynamisk terapi")); // wording only

    auto preview = repo().preview(m_admin, p, why());
    ASSERT_TRUE(preview.ok()) << str(preview.message());
    EXPECT_EQ(preview->version, 2);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM protocol_version")), 1);

    auto r = repo().update(m_admin, p, why());
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_TRUE(r->amendment);
    EXPECT_EQ(r->version, 2);
    QStringList paths;
    for (const ProtocolChange& c : r->changes)
        paths << c.path;
    for (const char* path : {"sites[2]", "trial.recruitment_end", "trial.target_sample_size",
                             "schedule[1].window_days", "schedule[1].instruments[2]", "schedule[2]",
                             "covariates[0]", "eligibility[0]", "arms[1].name"})
        EXPECT_TRUE(paths.contains(QString::fromLatin1(path)))
            << path << ": " << str(paths.join(u' '));

    const Protocol after = current();
    EXPECT_EQ(after.version, 2);
    EXPECT_EQ(after.eligibility[0].sinceVersion, 2); // asked of people screened from now on
    EXPECT_EQ(after.schedule[2].arms, QStringList{QStringLiteral("PDT")});
    auto versions = repo().versions(m_admin);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2u);
    EXPECT_EQ(versions->at(1).reason, QStringLiteral("Ethics committee approval 2025/123"));
    EXPECT_EQ(versions->at(1).effectiveDate, today());
    EXPECT_TRUE(versions->at(1).changes.contains(QStringLiteral("sites[2]: TRD added")))
        << str(versions->at(1).changes);
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'protocol_version' AND new_value = '2'")),
              1);
    // The audit rows name the version's row by its key, the version, on a server as on a file
    // (the table has no id column).
    EXPECT_GT(auditEntries(db(), QStringLiteral("entity = 'protocol_version' AND entity_id = '2'")),
              0);
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'protocol_version' AND entity_id = '0'")),
              0);

    // Participants keep the version they came in under; new ones get the new one.
    const Participant before =
        must(ParticipantRepository(db()).get(m_coordinator, early.id), "get");
    EXPECT_EQ(before.protocolVersionScreened, 1);
    EXPECT_EQ(before.protocolVersionRandomized, 1);
    EXPECT_EQ(screened().protocolVersionScreened, 2);
}

TEST_F(ProtocolChangeTest, AfterRandomizationAnAmendmentMayNotChangeWhatTheDesignRestsOn)
{
    randomized(m_armPdt);
    const Protocol base = current();
    struct Case
    {
        const char* path;
        std::function<void(Protocol&)> edit;
    };
    const std::vector<Case> cases = {
        {"arms[0].ratio", [](Protocol& p) { p.arms[0].ratioWeight = 2; }},
        {"arms[0].sessions", [](Protocol& p) { p.arms[0].plan[0].count = 12; }},
        {"arms[2]",
         [](Protocol& p) {
             Arm tau = p.arms[0];
             tau.code = QStringLiteral("TAU");
             p.arms.push_back(tau);
         }},
        {"sites[1]", [](Protocol& p) { p.sites.pop_back(); }},
        {"schedule[1].week", [](Protocol& p) { p.schedule[1].weekOffset = 10; }},
        {"schedule[1].window_days", [](Protocol& p) { p.schedule[1].windowDays = 3; }},
        {"schedule[1].instruments[1]", [](Protocol& p) { p.schedule[1].instruments.pop_back(); }},
        {"schedule[1].instruments[0].rater",
         [](Protocol& p) { p.schedule[1].instruments[0].rater = Rater::Clinician; }},
        {"trial.target_sample_size", [](Protocol& p) { p.trial.targetSampleSize -= 1; }},
        {"trial.recruitment_start",
         [](Protocol& p) { p.trial.recruitmentStart = p.trial.recruitmentStart.addDays(1); }},
        {"primary_outcome",
         [](Protocol& p) { p.primaryOutcome.instrumentId = QStringLiteral("phq9"); }},
        {"comparative_outcomes_visible_to",
         [](Protocol& p) { p.comparativeOutcomesVisibleTo << QStringLiteral("dmc"); }},
        {"covariates[0]",
         [](Protocol& p) {
             Covariate c;
             c.code = QStringLiteral("bmi");
             c.name = LocalText(QStringLiteral("BMI"));
             c.type = CovariateType::Number;
             c.requiredForRandomization = true; // people already screened have no value
             p.covariates.push_back(c);
         }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.path);
        Protocol p = base;
        c.edit(p);
        expectRefused(p, QString::fromLatin1(c.path), ErrorCode::Conflict);
    }
    // A stratification factor cannot be added either.
    Protocol p = base;
    ASSERT_TRUE(p.factors.empty());
    StratFactor site;
    site.code = QStringLiteral("site");
    site.source = StratSource::Site;
    p.factors.push_back(site);
    expectRefused(p, QStringLiteral("stratification[0]"), ErrorCode::Conflict);
    EXPECT_EQ(current().version, 1);
}

TEST_F(ProtocolChangeTest, AnAmendmentNeedsAReasonAndAnEffectiveDate)
{
    randomized(m_armCbt);
    Protocol p = current();
    p.trial.targetSampleSize += 10;
    const QString before = dumpDatabase(db());
    auto noReason = repo().update(m_admin, p, {today(), QString()});
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.message().contains(QStringLiteral("reason"))) << str(noReason.message());
    auto noDate = repo().update(m_admin, p, {QDate(), QStringLiteral("More sites")});
    ASSERT_FALSE(noDate.ok());
    EXPECT_TRUE(noDate.message().contains(QStringLiteral("effective date")));
    auto early = repo().update(m_admin, p, {QDate(2000, 1, 1), QStringLiteral("More sites")});
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST(ProtocolChangeText, AChangeIsShownWithReadableFieldsAndArrows)
{
    // Stored with the protocol file's paths; shown as a person reads them.
    const ProtocolChange ratio{ProtocolChange::Kind::Change, QStringLiteral("arms[0].ratio"),
                               QStringLiteral("1 -> 2")};
    EXPECT_EQ(ratio.text(), QStringLiteral("arms[0].ratio: 1 -> 2"));
    EXPECT_EQ(ratio.displayText(), QStringLiteral("Arm 1, ratio: 1 \u2192 2"));
    EXPECT_EQ(ProtocolDiff::readable(ratio.text()), ratio.displayText());
    EXPECT_EQ(ProtocolDiff::fieldName(QStringLiteral("schedule[1].instruments[0].rater")),
              QStringLiteral("Visit 2, instrument 1, rater"));
    EXPECT_EQ(ProtocolDiff::fieldName(QStringLiteral("instruments[3]")),
              QStringLiteral("Instrument definition 4"));
    EXPECT_EQ(ProtocolDiff::fieldName(QStringLiteral("trial.target_sample_size")),
              QStringLiteral("Trial, target sample size"));
    EXPECT_EQ(ProtocolDiff::readable(QStringLiteral("schedule[0].before_randomization: true -> "
                                                    "false")),
              QStringLiteral("Visit 1, before randomization: yes \u2192 no"));
    EXPECT_EQ(ProtocolDiff::readable(QStringLiteral("sites[2]: TRD added")),
              QStringLiteral("Site 3: TRD added"));
    EXPECT_EQ(ProtocolDiff::readable(QStringLiteral("sites: order OSL,BRG -> BRG,OSL")),
              QStringLiteral("Sites: order OSL,BRG \u2192 BRG,OSL"));
}
