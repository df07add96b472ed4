// Arms and strata define the allocation sequence: they are locked once anyone is randomized,
// and factor codes cannot contain the separators of stratum names.

#include "TestTrial.h"
#include "trial/ProtocolRepository.h"

using namespace td;
using namespace tdtest;

using ProtocolLockTest = TestTrial;

TEST_F(ProtocolLockTest, ArmsAndFactorsLockAtTheFirstAllocation)
{
    ProtocolRepository repo(db());
    const StratFactor sex{0,
                          QStringLiteral("age_band"),
                          QStringLiteral("Age band"),
                          StratSource::Covariate,
                          QStringLiteral("age"),
                          {40}};
    ASSERT_TRUE(repo.addStratFactor(m_admin, sex).ok());
    randomized(m_armCbt);
    const QString before = dumpDatabase(db());
    auto arm = repo.addArm(m_admin, {0,
                                     QStringLiteral("TAU"),
                                     QStringLiteral("Treatment as usual"),
                                     1,
                                     QStringLiteral("#2ca02c"),
                                     28,
                                     {{SessionKind::Regular, 4, 4}}});
    ASSERT_FALSE(arm.ok());
    EXPECT_EQ(arm.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(arm.message().contains(QStringLiteral("1 participants"))) << str(arm.message());
    StratFactor late = sex;
    late.code = QStringLiteral("late");
    EXPECT_EQ(repo.addStratFactor(m_admin, late).error().code, ErrorCode::Conflict);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(ProtocolLockTest, FactorCodesCannotHoldStratumSeparators)
{
    ProtocolRepository repo(db());
    for (const char* code : {"site=1", "a;b", "Age", "x-y", ""}) {
        StratFactor f{0, QString::fromLatin1(code), QStringLiteral("Factor"), StratSource::Site, {},
                      {}};
        auto r = repo.addStratFactor(m_admin, f);
        ASSERT_FALSE(r.ok()) << code;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid) << code;
    }
}
