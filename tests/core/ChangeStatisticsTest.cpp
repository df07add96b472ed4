// Reliable and clinically significant change, docs/science.md section 2, with its worked examples.

#include "outcomes/ChangeStatistics.h"

#include "instruments/InstrumentCatalog.h"

#include <gtest/gtest.h>

using namespace td;

namespace {
const InstrumentDefinition& def(const char* id)
{
    return *InstrumentCatalog::builtIn().find(QString::fromLatin1(id));
}

ChangeResult change(const char* id, double x1, double x2, std::optional<double> sd = {},
                    std::optional<double> r = {}, std::optional<ClinicalNorms> norms = {})
{
    ChangeInput in{x1, x2, sd, r, norms};
    auto result = ChangeStatistics::compute(def(id), in);
    if (!result.ok())
        throw std::runtime_error(result.message().toStdString());
    return *result;
}
} // namespace

TEST(ChangeStatistics, JacobsonTruaxWorkedExample)
{
    const ChangeResult r = change("bdi2", 32, 53, 7.5, 0.80);
    EXPECT_NEAR(r.se, 3.3541, 5e-5);
    EXPECT_NEAR(r.sDiff, 4.7434, 5e-5);
    EXPECT_NEAR(r.rci, 4.427, 5e-4);
    EXPECT_NEAR(r.smallestReliableChange, 9.30, 5e-3);
    EXPECT_TRUE(r.reliable);
    EXPECT_EQ(r.direction, QStringLiteral("deteriorated"));
    EXPECT_EQ(r.classification, QStringLiteral("deteriorated"));
}

TEST(ChangeStatistics, ReliableOnlyBeyond196)
{
    // S_diff = 4.7434: a change of 9 is not reliable (1.897), 10 is (2.108).
    EXPECT_FALSE(change("bdi2", 32, 23, 7.5, 0.80).reliable);
    EXPECT_EQ(change("bdi2", 32, 23, 7.5, 0.80).classification, QStringLiteral("unchanged"));
    EXPECT_TRUE(change("bdi2", 32, 22, 7.5, 0.80).reliable);
    EXPECT_EQ(change("bdi2", 32, 22, 7.5, 0.80).direction, QStringLiteral("improved"));
}

TEST(ChangeStatistics, CutoffExamples)
{
    EXPECT_DOUBLE_EQ(ChangeStatistics::cutoff({40, 7.5, 60, 7.5}), 50.0);
    const ChangeResult r = change("bdi2", 30, 10, 7.5, 0.8, ClinicalNorms{25, 5, 5, 4});
    EXPECT_NEAR(*r.cutoff, 13.889, 5e-4);
    EXPECT_DOUBLE_EQ(*r.criterionA, 15.0);
    EXPECT_DOUBLE_EQ(*r.criterionB, 13.0); // s0 for b, not s1
}

TEST(ChangeStatistics, ClassificationLowerIsBetter)
{
    const ClinicalNorms n{25, 5, 5, 4}; // c = 13.889
    EXPECT_EQ(change("bdi2", 30, 10, 7.5, 0.8, n).classification, QStringLiteral("recovered"));
    EXPECT_EQ(change("bdi2", 30, 15, 7.5, 0.8, n).classification, QStringLiteral("improved"));
    EXPECT_EQ(change("bdi2", 30, 27, 7.5, 0.8, n).classification, QStringLiteral("unchanged"));
    EXPECT_EQ(change("bdi2", 20, 40, 7.5, 0.8, n).classification, QStringLiteral("deteriorated"));
    // Crossing c without reliable change is not recovery.
    EXPECT_EQ(change("bdi2", 15, 12, 7.5, 0.8, n).classification, QStringLiteral("unchanged"));
    // Without norms there is no cut-off, so reliable improvement is "improved".
    EXPECT_EQ(change("bdi2", 30, 10, 7.5, 0.8).classification, QStringLiteral("improved"));
    EXPECT_FALSE(change("bdi2", 30, 10, 7.5, 0.8).cutoff.has_value());
}

TEST(ChangeStatistics, HigherIsBetterIsMirrored)
{
    // RFS: higher is better. c = (1 x 3 + 1 x 7) / 2 = 5.
    const ClinicalNorms n{3, 1, 7, 1};
    const ChangeResult up = change("rfs", 2, 8, 1.0, 0.8, n);
    EXPECT_EQ(up.direction, QStringLiteral("improved"));
    EXPECT_EQ(up.classification, QStringLiteral("recovered"));
    EXPECT_DOUBLE_EQ(*up.criterionA, 5.0); // M1 + 2 s1
    EXPECT_DOUBLE_EQ(*up.criterionB, 5.0); // M0 - 2 s0
    EXPECT_EQ(change("rfs", 8, 2, 1.0, 0.8).direction, QStringLiteral("deteriorated"));
}

TEST(ChangeStatistics, FixedThresholdsOfTheField)
{
    EXPECT_TRUE(*change("phq9", 16, 10).reliableImprovementFixed);
    EXPECT_FALSE(*change("phq9", 16, 11).reliableImprovementFixed);
    EXPECT_TRUE(*change("phq9", 16, 10).casenessBaseline);
    EXPECT_TRUE(*change("phq9", 16, 10).casenessFollowup); // 10 is caseness
    EXPECT_FALSE(*change("phq9", 16, 9).casenessFollowup);
    EXPECT_TRUE(*change("gad7", 12, 8).reliableImprovementFixed);
    EXPECT_FALSE(*change("gad7", 12, 9).reliableImprovementFixed);
    EXPECT_TRUE(*change("gad7", 12, 8).casenessFollowup); // 8 is caseness
    EXPECT_FALSE(*change("gad7", 12, 7).casenessFollowup);
    EXPECT_FALSE(change("bdi2", 30, 10).reliableImprovementFixed.has_value());
}

TEST(ChangeStatistics, Hrsd17RemissionAndResponse)
{
    EXPECT_TRUE(*change("hrsd17", 20, 7).remission);
    EXPECT_FALSE(*change("hrsd17", 20, 8).remission);
    EXPECT_TRUE(*change("hrsd17", 20, 10).response);
    EXPECT_FALSE(*change("hrsd17", 20, 11).response);
    const ChangeResult zero = change("hrsd17", 0, 0);
    EXPECT_TRUE(zero.responseDefined);
    EXPECT_FALSE(zero.response.has_value()); // undefined when the baseline is 0
    EXPECT_NE(
        zero.toJson(QStringLiteral("hrsd17"), 0, 0).indexOf(QStringLiteral("\"response\": null")),
        -1);
}

TEST(ChangeStatistics, DefaultsComeFromTheDefinition)
{
    const ChangeResult r = change("phq9", 18, 6);
    EXPECT_DOUBLE_EQ(r.reliability, 0.89);
    EXPECT_DOUBLE_EQ(r.sd, *def("phq9").change.sd);
    EXPECT_DOUBLE_EQ(change("hrsd17", 20, 10).reliability, 0.79);
    EXPECT_DOUBLE_EQ(change("bdi2", 20, 10).reliability, 0.92);
    EXPECT_DOUBLE_EQ(change("gad7", 10, 5).reliability, 0.92);
    EXPECT_DOUBLE_EQ(change("wsas", 20, 10).reliability, 0.80);
}

TEST(ChangeStatistics, BadInputIsRefused)
{
    auto refused = [](const char* id, ChangeInput in) {
        return !ChangeStatistics::compute(def(id), in).ok();
    };
    EXPECT_TRUE(refused("phq9", {10, 28, {}, {}, {}})); // above the range
    EXPECT_TRUE(refused("phq9", {-1, 5, {}, {}, {}}));  // below it
    EXPECT_TRUE(refused("phq9", {10, 5, 0.0, {}, {}})); // sd 0
    EXPECT_TRUE(refused("phq9", {10, 5, {}, 1.0, {}})); // reliability 1
    EXPECT_TRUE(refused("rfs", {2, 5, {}, {}, {}}));    // no default sd or reliability
    EXPECT_TRUE(refused("rfq8", {1, 2, 1.0, 0.8, {}})); // no total
    EXPECT_TRUE(refused("bdi2", {30, 10, 7.5, 0.8, ClinicalNorms{25, 0, 5, 4}}));
}
