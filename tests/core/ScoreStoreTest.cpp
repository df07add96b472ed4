// Saving an assessment validates it against its instrument and stores its derived score in the
// same transaction; a consistency check recomputes every stored score.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "outcomes/NormRepository.h"

using namespace td;
using namespace tdtest;

class ScoreStoreTest : public TestTrial
{
protected:
    Result<Assessment> save(const Participant& p, const char* instrument, const QStringList& items,
                            std::optional<qint64> timePoint = {})
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = timePoint;
        a.instrumentId = QString::fromLatin1(instrument);
        a.date = today();
        a.items = items;
        return AssessmentRepository(db()).save(m_coordinator, a);
    }
    static QStringList repeat(const char* v, int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << QString::fromLatin1(v);
        return out;
    }
};

TEST_F(ScoreStoreTest, InvalidAnswersAreRefusedAndNothingIsWritten)
{
    const Participant p = randomized(m_armCbt);
    const QString before = dumpDatabase(db());
    QStringList v = repeat("1", 21);
    v[15] = QStringLiteral("2c"); // item 16 takes the letter a or b (or none)
    auto r = save(p, "bdi2", v);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.message().contains(QStringLiteral("Item 16"))) << str(r.message());
    EXPECT_TRUE(r.message().contains(QStringLiteral("1a"))) << str(r.message());
    EXPECT_FALSE(save(p, "phq9", repeat("1", 8)).ok());
    EXPECT_FALSE(save(p, "madrs", repeat("1", 10)).ok());
    EXPECT_EQ(dumpDatabase(db()), before);
}

TEST_F(ScoreStoreTest, ScoreIsStoredWithTheAssessment)
{
    const Participant p = randomized(m_armCbt);
    QStringList v = repeat("1", 9);
    v[0] = QStringLiteral("NA");
    auto saved = save(p, "phq9", v);
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    auto stored = ScoreRepository::load(db(), saved->id, QStringLiteral("phq9"));
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->total, 9.0);
    EXPECT_TRUE((*stored)->prorated);
    EXPECT_EQ((*stored)->band, QStringLiteral("mild"));
    EXPECT_EQ((*stored)->flags, QStringList{QStringLiteral("suicidality")});

    Assessment fixed = *saved;
    fixed.items[0] = QStringLiteral("3");
    ASSERT_TRUE(AssessmentRepository(db())
                    .correct(m_coordinator, fixed, QStringLiteral("read from paper"))
                    .ok());
    stored = ScoreRepository::load(db(), saved->id, QStringLiteral("phq9"));
    EXPECT_EQ((*stored)->total, 11.0);
    EXPECT_FALSE((*stored)->prorated);
}

TEST_F(ScoreStoreTest, ConsistencyCheckFindsATamperedScore)
{
    const Participant p = randomized(m_armCbt);
    QStringList rfq = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                       QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                       QStringLiteral("7"), QStringLiteral("1")};
    ASSERT_TRUE(save(p, "rfq8", rfq).ok());
    auto target = save(p, "phq9", repeat("2", 9));
    ASSERT_TRUE(target.ok());
    ASSERT_TRUE(save(p, "gad7", repeat("1", 7)).ok());
    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    auto check = ScoreRepository::verify(db(), *catalog);
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(check->checked, 3);
    EXPECT_TRUE(check->mismatches.empty());

    EXPECT_TRUE(sqlExec(db(), QStringLiteral("UPDATE assessment_score SET total = 99 WHERE "
                                             "assessment_id = %1")
                                  .arg(target->id))
                    .isEmpty());
    check = ScoreRepository::verify(db(), *catalog);
    ASSERT_EQ(check->mismatches.size(), 1u);
    EXPECT_EQ(check->mismatches[0].assessmentId, target->id);
    EXPECT_TRUE(check->mismatches[0].stored.contains(QStringLiteral("\"total\": 99")));
    EXPECT_TRUE(check->mismatches[0].recomputed.contains(QStringLiteral("\"total\": 18")));

    // The owner's maintenance, without an actor or audit rows (on a server the tables' owner
    // is not bound by the audit tie; the tests' tie binds everyone).
    allowHandEdits(db(), true);
    ASSERT_TRUE(ScoreRepository::rescoreAll(db(), *catalog).ok());
    allowHandEdits(db(), false);
    EXPECT_TRUE(ScoreRepository::verify(db(), *catalog)->mismatches.empty());
}

TEST_F(ScoreStoreTest, BaselineSumsFollowSavesCorrectionsAndRemovals)
{
    NormRepository norms(db());
    auto stat = [this] {
        return std::make_pair(
            sqlCount(db(),
                     QStringLiteral("SELECT n FROM baseline_stat WHERE instrument_id = 'phq9'")),
            sqlValue(db(), QStringLiteral("SELECT total_sum FROM baseline_stat WHERE "
                                          "instrument_id = 'phq9'"))
                .toDouble());
    };
    std::vector<Assessment> saved;
    for (int i = 0; i < 3; ++i) {
        const Participant p = randomized(m_armCbt);
        auto a = save(p, "phq9", repeat(i == 0 ? "1" : "2", 9), m_baseline);
        ASSERT_TRUE(a.ok());
        saved.push_back(*a);
    }
    ASSERT_TRUE(save(randomized(m_armPdt), "phq9", repeat("3", 9)).ok()); // not a baseline visit
    EXPECT_EQ(stat(), std::make_pair(qint64(3), 9.0 + 18 + 18));
    Assessment fixed = saved[0];
    fixed.items = repeat("0", 9);
    ASSERT_TRUE(AssessmentRepository(db())
                    .correct(m_coordinator, fixed, QStringLiteral("wrong form"))
                    .ok());
    EXPECT_EQ(stat(), std::make_pair(qint64(3), 36.0));
    ASSERT_TRUE(AssessmentRepository(db())
                    .remove(m_coordinator, saved[1].id, QStringLiteral("duplicate"))
                    .ok());
    EXPECT_EQ(stat(), std::make_pair(qint64(2), 18.0));
    // Fewer than the minimum baselines: the trial SD is not used yet.
    EXPECT_FALSE(norms.trialBaselineSd(QStringLiteral("phq9"))->has_value());
}

TEST_F(ScoreStoreTest, TrialBaselineSdIsTheDefaultOnceThereAreEnough)
{
    NormRepository norms(db());
    for (int i = 0; i < NormRepository::minimumBaselines; ++i) {
        QStringList v = repeat("0", 9);
        for (int k = 0; k < i % 5; ++k)
            v[k] = QStringLiteral("3"); // totals 0, 3, 6, 9, 12, 0, 3, ...
        ASSERT_TRUE(save(randomized(m_armCbt), "phq9", v, m_baseline).ok());
    }
    auto sd = norms.trialBaselineSd(QStringLiteral("phq9"));
    ASSERT_TRUE(sd.ok() && sd->has_value());
    EXPECT_NEAR(**sd, 4.4721, 1e-4); // sample SD of {0,3,6,9,12} x 2
    const InstrumentDefinition* d = InstrumentCatalog::builtIn().find(QStringLiteral("phq9"));
    auto in = norms.defaults(*d);
    ASSERT_TRUE(in.ok());
    EXPECT_NEAR(*in->sd, 4.4721, 1e-4);
    EXPECT_DOUBLE_EQ(*in->reliability, 0.89);
    // A trial may choose the published norm instead, audited.
    InstrumentNorms published;
    published.sdSource = InstrumentNorms::SdSource::Published;
    published.sd = 6.0;
    EXPECT_EQ(norms.set(m_coordinator, QStringLiteral("phq9"), published).error().code,
              ErrorCode::Forbidden);
    ASSERT_TRUE(norms.set(m_admin, QStringLiteral("phq9"), published).ok());
    EXPECT_DOUBLE_EQ(*norms.defaults(*d)->sd, 6.0);
}
