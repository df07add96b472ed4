// The blinding adversary as a test (issue 15): on demo trials of 600 participants, nothing a
// blinded assessor reads through the core, and nothing in any blinded export format, predicts
// the arm better than a few points above always guessing the largest arm; nothing names an
// arm, an unblinded user or a treatment phase. The same adversary on the unblinded exports
// must find the arm, or it would prove nothing.

#include "BlindingAdversary.h"

#include "TestTrial.h"
#include "demo/DemoTrial.h"
#include "instruments/TrialDatabase.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// Two-fold cross-validation over ~550 randomized participants: one standard error is about
// two points, so six points is three.
constexpr double allowedPoints = 6.0;

class BlindingAdversaryTest : public ::testing::TestWithParam<int>
{
};

TEST_P(BlindingAdversaryTest, NothingABlindedReaderGetsPredictsTheArm)
{
    QTemporaryDir dir;
    auto opened = td::openTrialDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(opened.ok()) << tdtest::str(opened.message());
    td::Database& db = **opened;
    ASSERT_TRUE(td::DemoTrial::create(db, {600, static_cast<quint64>(GetParam())}).ok());

    QDir().mkpath(dir.filePath(QStringLiteral("blinded")));
    auto blinded = tdadv::attack(db, dir.filePath(QStringLiteral("blinded")), true);
    ASSERT_TRUE(blinded.ok()) << tdtest::str(blinded.message());
    EXPECT_GT(blinded->randomized, 300);
    EXPECT_TRUE(blinded->leaks.isEmpty()) << tdtest::str(blinded->leaks.join(u'\n'));
    EXPECT_EQ(blinded->refused.size(), 1); // the sessions file
    const QStringList sources = blinded->sources();
    for (const char* s : {"window", "csv_long", "csv_wide", "sav", "dta", "sav_long", "dta_long",
                          "odm", "signatures"})
        EXPECT_TRUE(sources.contains(QString::fromLatin1(s))) << s;
    for (const tdadv::FeatureAccuracy& f : blinded->features)
        EXPECT_LE(f.accuracy - blinded->baseline, allowedPoints)
            << tdtest::str(f.source) << " / " << f.feature << ": " << f.accuracy << "% against "
            << blinded->baseline << "%";

    QDir().mkpath(dir.filePath(QStringLiteral("open")));
    auto open = tdadv::attack(db, dir.filePath(QStringLiteral("open")), false);
    ASSERT_TRUE(open.ok()) << tdtest::str(open.message());
    EXPECT_GT(open->margin(QStringLiteral("sessions")), 20.0);
    EXPECT_GT(open->margin(QStringLiteral("csv_long")), 20.0);
}

INSTANTIATE_TEST_SUITE_P(DemoSeeds, BlindingAdversaryTest, ::testing::Values(1, 2));

} // namespace
