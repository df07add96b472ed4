// Randomization settings and the allocation list: who may see and change them, validation,
// audit, the lock after the first allocation, and the golden list of a stored trial.

#include "RandomizationFixture.h"
#include "audit/Keyring.h"
#include "randomization/AllocationSeal.h"

#include <QSqlQuery>

using namespace td;

namespace tdtest {
namespace {

class RandomizationSettingsTest : public RandomizationTest
{
protected:
    // The list's seed as stored: its column on a plain trial, sealed under the statistician's
    // allocation key on an encrypted one (docs/encryption.md).
    QString storedSeed(const AllocationListInfo& info)
    {
        const QString column =
            sqlValue(db(),
                     QStringLiteral("SELECT seed FROM allocation_list WHERE id = %1").arg(info.id))
                .toString();
        if (!db().encrypted())
            return column;
        EXPECT_TRUE(column.isEmpty());
        const QByteArray sealed =
            sqlValue(
                db(),
                QStringLiteral("SELECT sealed FROM allocation_list WHERE id = %1").arg(info.id))
                .toByteArray();
        const DataKeyPtr key = db().keyring().allocationKey(m_statistician.username);
        if (!key)
            return {};
        return QString::number(
            must(AllocationSeal::openList(*key, info.id, info.sha256, sealed), "open list").seed);
    }
};

RandomizationSettings blocksByNothing(QList<int> lengths)
{
    RandomizationSettings s;
    s.blockLengths = std::move(lengths);
    return s;
}

TEST_F(RandomizationSettingsTest, OnlyTheStatisticianReadsOrChangesSettingsAndTheList)
{
    RandomizationSettingsRepository settings(db());
    AllocationListRepository lists(db());
    for (Role role : allRoles) {
        if (role == Role::Statistician)
            continue;
        const Actor& a = actor(role);
        EXPECT_EQ(settings.load(a).error().code, ErrorCode::Forbidden)
            << Roles::key(role).toStdString();
        EXPECT_EQ(settings.save(a, blocksByNothing({2, 4}), signedBy(a)).error().code,
                  ErrorCode::Forbidden);
        EXPECT_EQ(lists.generate(a, signedBy(a)).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(lists.current(a).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(lists.entries(a).error().code, ErrorCode::Forbidden);
    }
    EXPECT_FALSE(must(settings.load(m_statistician), "load")); // none yet
    must(settings.save(m_statistician, blocksByNothing({2, 4}), signedBy(m_statistician)), "save");
    auto loaded = must(settings.load(m_statistician), "load");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->blockLengths, (QList<int>{2, 4}));
    EXPECT_TRUE(must(lists.generate(m_statistician, signedBy(m_statistician)), "generate").id > 0);
    EXPECT_FALSE(must(lists.entries(m_statistician), "entries").empty());
}

TEST_F(RandomizationSettingsTest, BlockLengthsMustBeMultiplesOfTheRatioSum)
{
    RandomizationSettingsRepository settings(db());
    auto r = settings.save(m_statistician, blocksByNothing({2, 3}), signedBy(m_statistician));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.message().contains(QStringLiteral("Block length 3"))) << str(r.message());
    EXPECT_TRUE(r.message().contains(QStringLiteral("multiple of 2"))) << str(r.message());
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM randomization_settings")), 0);

    RandomizationSettings m;
    m.method = RandomizationMethod::Minimization;
    m.q = 0.3;
    m.factors = {{m_siteFactor, 1.0}};
    r = settings.save(m_statistician, m, signedBy(m_statistician));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("0.5 to 1"))) << str(r.message());
    m.q = 0.8;
    m.factors.clear();
    EXPECT_FALSE(settings.save(m_statistician, m, signedBy(m_statistician))
                     .ok()); // minimization needs a factor
    m.factors = {{m_siteFactor, 0.0}};
    EXPECT_FALSE(
        settings.save(m_statistician, m, signedBy(m_statistician)).ok()); // weights above 0
    m.factors = {{m_siteFactor, 2.0}};
    EXPECT_TRUE(settings.save(m_statistician, m, signedBy(m_statistician)).ok());
}

TEST_F(RandomizationSettingsTest, ChangesAreAuditedAndNeedAReason)
{
    RandomizationSettingsRepository settings(db());
    const qint64 before = lastAuditId(db());
    must(settings.save(m_statistician, blocksByNothing({2, 4}), signedBy(m_statistician)), "save");
    auto rows = auditRows(db(), before);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front().entity, QStringLiteral("randomization_settings"));
    EXPECT_EQ(rows.front().username, QStringLiteral("statistician"));

    auto noReason =
        settings.save(m_statistician, blocksByNothing({2, 4, 6}), signedBy(m_statistician));
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.message().contains(QStringLiteral("reason")));
    const qint64 mid = lastAuditId(db());
    must(settings.save(m_statistician, blocksByNothing({2, 4, 6}), signedBy(m_statistician),
                       QStringLiteral("DSMB advice")),
         "change");
    rows = auditRows(db(), mid);
    // The change, and the statistician's signature approving it.
    std::erase_if(rows,
                  [](const auto& r) { return r.entity == QStringLiteral("electronic_signature"); });
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("changed"));
    EXPECT_EQ(rows[0].field, QStringLiteral("block_lengths"));
    EXPECT_EQ(rows[0].oldValue.toString(), QStringLiteral("2,4"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("2,4,6"));
    EXPECT_EQ(rows[0].reason, QStringLiteral("DSMB advice"));
}

TEST_F(RandomizationSettingsTest, NothingChangesAfterTheFirstAllocation)
{
    useBlocks({2, 4}, {m_siteFactor});
    allocate(consented().id);
    auto change = RandomizationSettingsRepository(db()).save(
        m_statistician, blocksByNothing({4}), signedBy(m_statistician), QStringLiteral("try"));
    ASSERT_FALSE(change.ok());
    EXPECT_EQ(change.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(change.message().contains(QStringLiteral("first allocation")));
    auto regenerate =
        AllocationListRepository(db()).generate(m_statistician, signedBy(m_statistician));
    ASSERT_FALSE(regenerate.ok());
    EXPECT_EQ(regenerate.error().code, ErrorCode::Conflict);
}

TEST_F(RandomizationSettingsTest, TheAuditTrailGetsTheHashAndAlgorithmNeverTheSeed)
{
    must(RandomizationSettingsRepository(db()).save(m_statistician, blocksByNothing({2, 4}),
                                                    signedBy(m_statistician)),
         "settings");
    const qint64 before = lastAuditId(db());
    const AllocationListInfo info =
        must(AllocationListRepository(db()).generate(m_statistician, signedBy(m_statistician)),
             "generate");
    EXPECT_EQ(info.seedSource, QStringLiteral("os"));
    EXPECT_EQ(info.algorithm, QStringLiteral("td-permuted-blocks/1"));
    EXPECT_EQ(info.sha256.size(), 64);
    const QString seed = storedSeed(info);
    ASSERT_FALSE(seed.isEmpty());
    bool sawHash = false;
    bool sawAlgorithm = false;
    for (const AuditRow& r : auditRows(db(), before)) {
        EXPECT_FALSE(r.newValue.toString().contains(seed)) << str(r.field);
        sawHash |= r.field == QStringLiteral("sha256") && r.newValue.toString() == info.sha256;
        sawAlgorithm |= r.field == QStringLiteral("algorithm") &&
                        r.newValue.toString() == QStringLiteral("td-permuted-blocks/1");
    }
    EXPECT_TRUE(sawHash);
    EXPECT_TRUE(sawAlgorithm);
    // A second list from the operating system's source has another seed.
    const AllocationListInfo again =
        must(AllocationListRepository(db()).generate(m_statistician, signedBy(m_statistician)),
             "generate again");
    EXPECT_NE(storedSeed(again), seed);
    EXPECT_NE(again.sha256, info.sha256);
}

TEST_F(RandomizationSettingsTest, GoldenDatabaseList)
{
    // Stratified by site, 1:1, blocks of 2 and 4, seed 20240601; at least 120 entries per stratum
    // (the target of 120 spread twice over two strata). Literals checked against an
    // independent implementation of the specification.
    const AllocationListInfo info = useBlocks({2, 4}, {m_siteFactor});
    EXPECT_EQ(info.entries, 242); // OSL ends on a whole block at 122
    EXPECT_EQ(info.strata, 2);
    EXPECT_EQ(info.seedSource, QStringLiteral("supplied"));
    const auto entries = must(AllocationListRepository(db()).entries(m_statistician), "entries");
    QString osl, brg;
    for (const AllocationListEntry& e : entries) {
        QString& s = e.stratum == QStringLiteral("site=OSL") ? osl : brg;
        if (e.position <= 16)
            s += e.armId == m_armCbt ? QLatin1Char('C') : QLatin1Char('P');
    }
    EXPECT_EQ(osl, QStringLiteral("CCPPCPCPPPCCPPCC"));
    EXPECT_EQ(brg, QStringLiteral("CPCPPCPCCPPCCPCP"));
    EXPECT_EQ(info.sha256,
              QStringLiteral("9a2ad558d822665b5b28a6090d7abc652d983e2d9d5650a160339aef493b00c0"));
    // The same seed and settings regenerate the same list.
    const AllocationListInfo again = must(AllocationListRepository(db()).generateWithSeed(
                                              m_statistician, listSeed, signedBy(m_statistician)),
                                          "again");
    EXPECT_EQ(again.sha256, info.sha256);
}

} // namespace
} // namespace tdtest
