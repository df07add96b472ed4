// Live updates on a server: a commit on one connection reaches the other connections of the
// same trial database as a notification naming the areas it changed (LiveUpdates).

#include "storage/LiveUpdates.h"

#include "TestBackend.h"
#include "TestTrial.h"
#include "participants/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class LiveUpdatesTest : public TestTrial
{
protected:
    std::unique_ptr<Database> secondClient()
    {
        Database::Options asIs;
        asIs.mode = OpenMode::AsIs;
        auto other = Database::open(dbPath(), asIs);
        EXPECT_TRUE(other.ok()) << str(other.message());
        return other.ok() ? std::move(other).value() : nullptr;
    }
};

QStringList areasOf(const QSignalSpy& spy)
{
    QStringList all;
    for (const QList<QVariant>& signal : spy)
        all += signal.at(0).toStringList();
    return all;
}

TEST_F(LiveUpdatesTest, TheAreasOfATransactionAreNamedWithoutTheAuditTrail)
{
    EXPECT_EQ(LiveUpdates::payloadFor({QStringLiteral("participant"), QStringLiteral("audit_log"),
                                       QStringLiteral("allocation"),
                                       QStringLiteral("allocation_list_entry")}),
              QStringLiteral("participants,randomization"));
    EXPECT_EQ(
        LiveUpdates::payloadFor({QStringLiteral("audit_log"), QStringLiteral("audit_checkpoint")}),
        QString());
    EXPECT_EQ(LiveUpdates::areaOf(QStringLiteral("assessment_score")),
              QStringLiteral("assessments"));
    EXPECT_EQ(LiveUpdates::areaOf(QStringLiteral("data_query_step")), QStringLiteral("queries"));
    EXPECT_EQ(LiveUpdates::areaOf(QStringLiteral("alert")), QStringLiteral("alerts"));
}

TEST_F(LiveUpdatesTest, AnotherClientsCommitArrivesAndOnlyThen)
{
    ASSERT_TRUE(onServer());
    auto other = secondClient();
    ASSERT_TRUE(other);
    LiveUpdates live(*other);
    ASSERT_TRUE(live.active());
    live.setGatherInterval(50);
    QSignalSpy spy(&live, &LiveUpdates::changed);

    // A change rolled back tells nobody anything.
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.status().ok());
        ASSERT_TRUE(
            db().write(QStringLiteral("UPDATE participant SET status = status WHERE 1 = 0")).ok());
    }
    EXPECT_FALSE(spy.wait(700));

    // A screening committed by this client reaches the other within a few seconds.
    screened();
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_TRUE(areasOf(spy).contains(QStringLiteral("participants")))
        << str(areasOf(spy).join(QLatin1Char(',')));
    EXPECT_FALSE(areasOf(spy).contains(QStringLiteral("audit_log")));

    // A path of several commits (screen, eligible, consent, covariates, therapist, arm) within
    // the gathering interval arrives as one signal.
    spy.clear();
    live.setGatherInterval(1500);
    randomized(m_armCbt);
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_EQ(spy.size(), 1);
    EXPECT_TRUE(areasOf(spy).contains(QStringLiteral("participants")))
        << str(areasOf(spy).join(QLatin1Char(',')));
}

TEST_F(LiveUpdatesTest, AClientDoesNotHearItsOwnWrites)
{
    ASSERT_TRUE(onServer());
    LiveUpdates live(db());
    ASSERT_TRUE(live.active());
    live.setGatherInterval(50);
    QSignalSpy spy(&live, &LiveUpdates::changed);
    screened();
    EXPECT_FALSE(spy.wait(700));
}

} // namespace
