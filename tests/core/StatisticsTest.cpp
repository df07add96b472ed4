// The dashboard statistics (docs/science.md section 3): the worked examples, known t quantiles,
// Wilson intervals at the bounds, Bang's blinding index, and the small-sample edge cases.

#include "reporting/Statistics.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace td;

TEST(StatisticsT, KnownQuantiles)
{
    EXPECT_NEAR(Statistics::tQuantile(0.975, 9), 2.262157, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.975, 29), 2.045230, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.975, 1), 12.706205, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.975, 2), 4.302653, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.975, 4), 2.776445, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.95, 10), 1.812461, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.995, 5), 4.032143, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.975, 1000), 1.962339, 1e-6);
    EXPECT_NEAR(Statistics::tQuantile(0.975, 1e7), Statistics::z975, 1e-6);
    // Symmetric about 0, and the median is 0.
    EXPECT_NEAR(Statistics::tQuantile(0.025, 9), -2.262157, 1e-6);
    EXPECT_EQ(Statistics::tQuantile(0.5, 3), 0.0);
    // Outside the domain: not a number rather than a made-up value.
    EXPECT_TRUE(std::isnan(Statistics::tQuantile(0.0, 5)));
    EXPECT_TRUE(std::isnan(Statistics::tQuantile(1.0, 5)));
    EXPECT_TRUE(std::isnan(Statistics::tQuantile(0.975, 0)));
}

TEST(StatisticsT, CdfInvertsTheQuantile)
{
    for (double df : {1.0, 2.5, 7.0, 30.0, 200.0})
        for (double p : {0.001, 0.05, 0.3, 0.8, 0.975, 0.9999})
            EXPECT_NEAR(Statistics::tCdf(Statistics::tQuantile(p, df), df), p, 1e-10)
                << "df " << df << " p " << p;
    EXPECT_NEAR(Statistics::incompleteBeta(2, 3, 0.4), 0.5248, 1e-12);
    EXPECT_EQ(Statistics::incompleteBeta(2, 3, 0), 0.0);
    EXPECT_EQ(Statistics::incompleteBeta(2, 3, 1), 1.0);
}

TEST(StatisticsMean, ObservedMeanWithTInterval)
{
    const MeanEstimate m = Statistics::mean({1, 2, 3, 4, 5});
    EXPECT_EQ(m.n, 5);
    EXPECT_DOUBLE_EQ(m.mean, 3.0);
    EXPECT_NEAR(m.sd, std::sqrt(2.5), 1e-12);
    ASSERT_TRUE(m.ci95.has_value());
    const double half = 2.7764451051977987 * std::sqrt(2.5) / std::sqrt(5.0);
    EXPECT_NEAR(m.ci95->lower, 3.0 - half, 1e-9);
    EXPECT_NEAR(m.ci95->upper, 3.0 + half, 1e-9);
    // The same from SQL-style running sums.
    const MeanEstimate s = Statistics::meanFromSums(5, 15, 55);
    EXPECT_DOUBLE_EQ(s.mean, 3.0);
    EXPECT_NEAR(s.sd, m.sd, 1e-12);
    EXPECT_NEAR(s.ci95->lower, m.ci95->lower, 1e-9);
}

TEST(StatisticsMean, SmallSamplesAndZeroVariance)
{
    EXPECT_EQ(Statistics::mean({}).n, 0);
    EXPECT_FALSE(Statistics::mean({}).ci95.has_value());
    const MeanEstimate one = Statistics::mean({7});
    EXPECT_EQ(one.n, 1);
    EXPECT_DOUBLE_EQ(one.mean, 7.0);
    EXPECT_FALSE(one.ci95.has_value()); // n < 2: no interval
    const MeanEstimate flat = Statistics::mean({4, 4, 4});
    EXPECT_DOUBLE_EQ(flat.sd, 0.0);
    ASSERT_TRUE(flat.ci95.has_value());
    EXPECT_DOUBLE_EQ(flat.ci95->lower, 4.0);
    EXPECT_DOUBLE_EQ(flat.ci95->upper, 4.0);
    // Rounding in the running sums never gives a negative variance.
    const MeanEstimate sums = Statistics::meanFromSums(3, 0.3, 0.03);
    EXPECT_GE(sums.sd, 0.0);
    EXPECT_LT(sums.sd, 1e-7);
    EXPECT_FALSE(Statistics::meanFromSums(0, 0, 0).ci95.has_value());
}

TEST(StatisticsWilson, IntervalsIncludingTheBounds)
{
    const Proportion half = Statistics::wilson(5, 10);
    EXPECT_DOUBLE_EQ(half.value, 0.5);
    EXPECT_NEAR(half.ci95->lower, 0.236593, 1e-6);
    EXPECT_NEAR(half.ci95->upper, 0.763407, 1e-6);
    const Proportion none = Statistics::wilson(0, 10);
    EXPECT_EQ(none.ci95->lower, 0.0);
    EXPECT_NEAR(none.ci95->upper, 0.277533, 1e-6);
    const Proportion all = Statistics::wilson(10, 10);
    EXPECT_EQ(all.ci95->upper, 1.0);
    EXPECT_NEAR(all.ci95->lower, 0.722467, 1e-6);
    const Proportion single = Statistics::wilson(1, 1);
    const double z2 = Statistics::z975 * Statistics::z975;
    EXPECT_NEAR(single.ci95->lower, 1.0 / (1.0 + z2), 1e-12);
    const Proportion empty = Statistics::wilson(0, 0);
    EXPECT_EQ(empty.total, 0);
    EXPECT_FALSE(empty.ci95.has_value());
    EXPECT_NEAR(Statistics::wilson(81, 263).ci95->lower, 0.2553, 1e-4);
    EXPECT_NEAR(Statistics::wilson(81, 263).ci95->upper, 0.3662, 1e-4);
}

TEST(StatisticsEffect, WorkedExample)
{
    const auto e = Statistics::cohensD(10, 5, 50, 14, 6, 50);
    ASSERT_TRUE(e.has_value());
    EXPECT_NEAR(e->pooledSd, 5.5227, 5e-5);
    EXPECT_NEAR(e->d, -0.7243, 5e-5);
    EXPECT_NEAR(e->g, -0.7187, 5e-5);
    EXPECT_NEAR(e->seD, 0.2065, 5e-5);
    EXPECT_NEAR(e->ci95.lower, -1.129, 5e-4);
    EXPECT_NEAR(e->ci95.upper, -0.320, 5e-4);
    // Swapping the arms swaps the sign.
    EXPECT_NEAR(Statistics::cohensD(14, 6, 50, 10, 5, 50)->d, 0.7243, 5e-5);
}

TEST(StatisticsEffect, UndefinedCases)
{
    EXPECT_FALSE(Statistics::cohensD(1, 0, 1, 2, 0, 1).has_value()); // no degrees of freedom
    EXPECT_FALSE(Statistics::cohensD(1, 2, 0, 2, 2, 5).has_value()); // an empty group
    EXPECT_FALSE(Statistics::cohensD(1, 0, 5, 2, 0, 5).has_value()); // zero pooled SD
    const auto small = Statistics::cohensD(12, std::sqrt(8.0), 2, 20, 0, 1);
    ASSERT_TRUE(small.has_value());
    EXPECT_NEAR(small->d, -8.0 / std::sqrt(8.0), 1e-12);
}

TEST(StatisticsBlinding, BangIndexWorkedExample)
{
    const auto b = Statistics::bangIndex(20, 10, 10);
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->n, 40);
    EXPECT_DOUBLE_EQ(b->index, 0.25);
    EXPECT_NEAR(b->se, 0.1311, 5e-5);
    EXPECT_NEAR(b->ci95.lower, 0.25 - Statistics::z975 * b->se, 1e-12);
    // All "don't know": 0, with no spread; all correct: 1; all wrong: -1.
    EXPECT_DOUBLE_EQ(Statistics::bangIndex(0, 0, 12)->index, 0.0);
    EXPECT_DOUBLE_EQ(Statistics::bangIndex(0, 0, 12)->se, 0.0);
    EXPECT_DOUBLE_EQ(Statistics::bangIndex(9, 0, 0)->index, 1.0);
    EXPECT_DOUBLE_EQ(Statistics::bangIndex(0, 9, 0)->index, -1.0);
    EXPECT_FALSE(Statistics::bangIndex(0, 0, 0).has_value());
    EXPECT_FALSE(Statistics::bangIndex(-1, 2, 0).has_value());
}
