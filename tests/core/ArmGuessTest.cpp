// The blinded assessor's guess of the arm after a rating (docs/science.md section 3): recorded
// once, by the assessor who rated, for a completed rating of a randomized participant, audited and
// append-only; every refusal writes nothing. Bang's blinding index per true arm on the
// dashboard, for the PI and the statistician only.

#include "TestTrial.h"
#include "access/UserRepository.h"
#include "assessments/ArmGuessRepository.h"
#include "assessments/AssessmentRepository.h"
#include "reporting/Dashboard.h"
#include "reporting/ReportJson.h"
#include "trial/ProtocolRepository.h"

#include <QJsonArray>

using namespace td;
using namespace tdtest;

namespace {

QStringList hrsd17Items()
{
    return {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
            QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
            QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"),
            QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"),
            QStringLiteral("1")};
}

class ArmGuessTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        // Any clinician may rate HRSD-17 here, so a coordinator's rating can be tested too.
        Protocol p = must(ProtocolRepository(db()).load(m_admin), "load");
        p.schedule[0].instruments[1].rater = Rater::Clinician;
        must(ProtocolRepository(db()).update(m_admin, p), "rater");
        m_cbtParticipant = randomized(m_armCbt).id; // randomized 30 days ago
        m_pdtParticipant = randomized(m_armPdt).id;
    }

    qint64 rating(const Actor& rater, qint64 participantId, int daysAgo = 0,
                  AssessmentStatus status = AssessmentStatus::Complete)
    {
        Assessment a;
        a.participantId = participantId;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("hrsd17");
        a.date = today().addDays(-daysAgo);
        a.items = hrsd17Items();
        a.status = status;
        return must(AssessmentRepository(db()).save(rater, a), "save rating").id;
    }

    // The guess is refused with `code` and a message containing `part`; nothing is written.
    // `stillAsked`: the refusal is about the guessed value only, so the form may still ask.
    void expectRefused(const Actor& actor, qint64 assessmentId, std::optional<qint64> guess,
                       ErrorCode code, const QString& part, bool stillAsked = false)
    {
        const QString before = dumpDatabase(db());
        auto r = ArmGuessRepository(db()).record(actor, assessmentId, guess);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, code) << str(r.message());
        EXPECT_TRUE(r.message().contains(part)) << str(r.message());
        EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
        EXPECT_EQ(ArmGuessRepository(db()).canRecord(actor, assessmentId).ok(), stillAsked);
    }

    qint64 m_cbtParticipant = 0;
    qint64 m_pdtParticipant = 0;
};

TEST_F(ArmGuessTest, TheRatingAssessorRecordsAGuessOnceWithAnAuditTrail)
{
    const qint64 id = rating(m_assessor, m_cbtParticipant);
    ArmGuessRepository guesses(db());
    EXPECT_TRUE(guesses.canRecord(m_assessor, id).ok());
    const qint64 auditBefore = lastAuditId(db());
    auto g = guesses.record(m_assessor, id, m_armPdt);
    ASSERT_TRUE(g.ok()) << str(g.message());
    EXPECT_EQ(g->assessmentId, id);
    EXPECT_EQ(g->assessorId, m_assessor.userId);
    EXPECT_EQ(g->guessedArmId, std::optional<qint64>(m_armPdt));
    EXPECT_EQ(g->recordedAt, clock().nowUtc());
    EXPECT_EQ(sqlValue(db(), QStringLiteral("SELECT guessed_arm_id FROM arm_guess WHERE "
                                            "assessment_id = %1")
                                 .arg(id))
                  .toLongLong(),
              m_armPdt);
    QStringList audited;
    for (const AuditRow& r : auditRows(db(), auditBefore)) {
        EXPECT_EQ(r.entity, QStringLiteral("arm_guess"));
        EXPECT_EQ(r.username, m_assessor.username);
        audited << r.field + QLatin1Char('=') + r.newValue.toString();
    }
    EXPECT_TRUE(audited.contains(QStringLiteral("assessment_id=%1").arg(id)));
    EXPECT_TRUE(audited.contains(QStringLiteral("guessed_arm_id=%1").arg(m_armPdt)));

    // Once per assessment: a second guess (even "don't know") is refused.
    expectRefused(m_assessor, id, std::nullopt, ErrorCode::Conflict,
                  QStringLiteral("already recorded"));
    expectRefused(m_assessor, id, m_armCbt, ErrorCode::Conflict,
                  QStringLiteral("already recorded"));
    // And the table refuses changes outright.
    EXPECT_NE(sqlExec(db(), QStringLiteral("UPDATE arm_guess SET guessed_arm_id = NULL")),
              QString());
    EXPECT_NE(sqlExec(db(), QStringLiteral("DELETE FROM arm_guess")), QString());
}

TEST_F(ArmGuessTest, DontKnowIsANullArmAndAuditedAsSuch)
{
    const qint64 id = rating(m_assessor, m_pdtParticipant);
    const qint64 auditBefore = lastAuditId(db());
    auto g = ArmGuessRepository(db()).record(m_assessor, id, std::nullopt);
    ASSERT_TRUE(g.ok()) << str(g.message());
    EXPECT_FALSE(g->guessedArmId.has_value());
    EXPECT_TRUE(sqlValue(db(), QStringLiteral("SELECT guessed_arm_id FROM arm_guess")).isNull());
    bool found = false;
    for (const AuditRow& r : auditRows(db(), auditBefore))
        found = found || (r.field == QStringLiteral("guessed_arm_id") &&
                          r.newValue.toString() == QStringLiteral("dont_know"));
    EXPECT_TRUE(found);
}

TEST_F(ArmGuessTest, OnlyABlindedAssessorGuesses)
{
    const qint64 id = rating(m_coordinator, m_cbtParticipant);
    for (const Actor* a : {&m_coordinator, &m_pi, &m_therapist, &m_statistician, &m_admin})
        expectRefused(*a, id, m_armCbt, ErrorCode::Forbidden, Roles::displayName(a->role));
}

TEST_F(ArmGuessTest, OnlyTheAssessorWhoRated)
{
    UserRepository users(db());
    const User other = must(
        users.create(m_admin, {QStringLiteral("assessor2"), QStringLiteral("Second assessor"),
                               Role::BlindedAssessor, passwordOf(QStringLiteral("assessor2"))}),
        "second assessor");
    const Actor second{other.id, other.username, other.role};
    const qint64 id = rating(m_assessor, m_cbtParticipant);
    expectRefused(second, id, m_armCbt, ErrorCode::Forbidden, QStringLiteral("who rated"));
    // A rating entered by the coordinator gets no guess from the assessor either.
    const qint64 byCoordinator = rating(m_coordinator, m_cbtParticipant);
    expectRefused(m_assessor, byCoordinator, m_armCbt, ErrorCode::Forbidden,
                  QStringLiteral("who rated"));
}

TEST_F(ArmGuessTest, OnlyACompletedRatingOfARandomizedParticipant)
{
    const qint64 draft = rating(m_assessor, m_cbtParticipant, 0, AssessmentStatus::Draft);
    expectRefused(m_assessor, draft, m_armCbt, ErrorCode::Invalid, QStringLiteral("draft"));
    // Rated 40 days ago, before the randomization 30 days ago.
    const qint64 early = rating(m_assessor, m_cbtParticipant, 40);
    expectRefused(m_assessor, early, m_armCbt, ErrorCode::Invalid,
                  QStringLiteral("not yet randomized"));
    const qint64 notRandomized = rating(m_assessor, consented().id);
    expectRefused(m_assessor, notRandomized, std::nullopt, ErrorCode::Invalid,
                  QStringLiteral("not yet randomized"));
    const qint64 removed = rating(m_assessor, m_cbtParticipant);
    must(AssessmentRepository(db()).remove(m_coordinator, removed, QStringLiteral("Wrong person")),
         "remove");
    expectRefused(m_assessor, removed, m_armCbt, ErrorCode::Invalid, QStringLiteral("removed"));
    expectRefused(m_assessor, 9999, m_armCbt, ErrorCode::NotFound, QStringLiteral("9999"));
}

TEST_F(ArmGuessTest, TheGuessIsAnArmOfTheTrialOrDontKnow)
{
    const qint64 id = rating(m_assessor, m_cbtParticipant);
    expectRefused(m_assessor, id, 77, ErrorCode::Invalid, QStringLiteral("not an arm"), true);
}

TEST_F(ArmGuessTest, BlindingIndexPerTrueArmForTheComparativeRolesOnly)
{
    ArmGuessRepository guesses(db());
    // CBT participant: right twice, wrong once, "don't know" once -> (2 - 1) / 4 = 0.25.
    for (std::optional<qint64> g :
         {std::optional<qint64>(m_armCbt), std::optional<qint64>(m_armCbt),
          std::optional<qint64>(m_armPdt), std::optional<qint64>()})
        must(guesses.record(m_assessor, rating(m_assessor, m_cbtParticipant), g), "guess");
    // A guess about a removed rating does not count.
    const qint64 removed = rating(m_assessor, m_cbtParticipant);
    must(guesses.record(m_assessor, removed, m_armCbt), "guess");
    must(AssessmentRepository(db()).remove(m_coordinator, removed, QStringLiteral("Duplicate")),
         "remove");

    Dashboard dashboard(db());
    // It compares the arms: the protocol's comparative roles only (here the statistician).
    EXPECT_EQ(dashboard.blinding(m_pi).error().code, ErrorCode::Forbidden);
    for (const Actor* a : {&m_statistician}) {
        auto b = dashboard.blinding(*a);
        ASSERT_TRUE(b.ok()) << str(b.message());
        ASSERT_EQ(b->size(), 2u);
        const ArmBlinding& cbt = (*b)[0];
        EXPECT_EQ(cbt.arm.armId, m_armCbt);
        ASSERT_TRUE(cbt.index.has_value());
        EXPECT_EQ(cbt.index->correct, 2);
        EXPECT_EQ(cbt.index->incorrect, 1);
        EXPECT_EQ(cbt.index->dontKnow, 1);
        EXPECT_DOUBLE_EQ(cbt.index->index, 0.25);
        EXPECT_NEAR(cbt.index->se, std::sqrt((0.25 + 0.1875 + 0.25) / 4.0), 1e-12);
        EXPECT_EQ((*b)[1].arm.armId, m_armPdt);
        EXPECT_FALSE((*b)[1].index.has_value()); // no guesses: N = 0
    }
    auto all = dashboard.all(m_statistician);
    ASSERT_TRUE(all.ok()) << str(all.message());
    ASSERT_TRUE(all->blinding.has_value());
    const QJsonArray json = ReportJson::dashboard(*all)[QStringLiteral("blindingIndex")].toArray();
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[0].toObject()[QStringLiteral("arm")].toString(), QStringLiteral("CBT"));
    EXPECT_EQ(json[0].toObject()[QStringLiteral("n")].toInt(), 4);
    EXPECT_DOUBLE_EQ(json[0].toObject()[QStringLiteral("index")].toDouble(), 0.25);
    EXPECT_EQ(json[1].toObject()[QStringLiteral("n")].toInt(), 0);
    EXPECT_TRUE(json[1].toObject()[QStringLiteral("index")].isNull());

    // The blinded assessor and the coordinator do not receive it.
    for (const Actor* a : {&m_assessor, &m_coordinator}) {
        EXPECT_EQ(dashboard.blinding(*a).error().code, ErrorCode::Forbidden);
        auto f = dashboard.all(*a);
        ASSERT_TRUE(f.ok());
        EXPECT_FALSE(f->blinding.has_value());
        EXPECT_TRUE(f->withheld.contains(QStringLiteral("blindingIndex")));
        EXPECT_FALSE(ReportJson::dashboard(*f).contains(QStringLiteral("blindingIndex")));
    }
}

} // namespace
