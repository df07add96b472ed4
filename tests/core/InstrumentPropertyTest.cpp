// Properties over many random answer vectors, for every built-in instrument: totals stay in
// range, bands are monotone in the total, recoded RFQ subscales stay within 0-3.

#include "common/Random.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"

#include <gtest/gtest.h>

using namespace td;

namespace {

QStringList randomAnswers(const InstrumentDefinition& d, Random& rnd, double missingRate)
{
    QStringList out;
    for (const ItemDefinition& item : d.items) {
        if (rnd.chance(missingRate)) {
            out << QStringLiteral("NA");
            continue;
        }
        const int v = static_cast<int>(rnd.between(item.min, item.max));
        QString text = QString::number(v);
        if (!item.letters.isEmpty() && v != 0)
            text += item.letters[static_cast<qsizetype>(rnd.below(item.letters.size()))];
        out << text;
    }
    return out;
}

int bandIndex(const InstrumentDefinition& d, const QString& key)
{
    for (std::size_t i = 0; i < d.bands.size(); ++i)
        if (d.bands[i].key == key)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class InstrumentProperty : public ::testing::TestWithParam<const char*>
{
};

TEST_P(InstrumentProperty, RandomVectorsScoreWithinTheRules)
{
    const InstrumentDefinition* d =
        InstrumentCatalog::builtIn().find(QString::fromLatin1(GetParam()));
    ASSERT_NE(d, nullptr);
    Random rnd(4242);
    std::vector<std::pair<double, int>> bandsByTotal;
    for (int n = 0; n < 20000; ++n) {
        auto s = ScoringEngine::score(*d, randomAnswers(*d, rnd, n % 3 == 0 ? 0.1 : 0.0));
        ASSERT_TRUE(s.ok()) << s.message().toStdString();
        if (s->total) {
            EXPECT_GE(*s->total, d->totalMin);
            EXPECT_LE(*s->total, d->totalMax);
            EXPECT_EQ(*s->total, std::floor(*s->total)); // whole numbers, prorated or not
            if (!d->bands.empty()) {
                const int b = bandIndex(*d, s->band);
                ASSERT_GE(b, 0) << "total " << *s->total << " has no band";
                bandsByTotal.emplace_back(*s->total, b);
            }
        } else {
            EXPECT_TRUE(s->band.isEmpty());
            EXPECT_FALSE(s->complete && d->total == TotalMethod::Sum);
        }
        EXPECT_EQ(s->prorated, s->total.has_value() && !s->complete);
        for (const auto& [id, value] : s->subscales)
            if (value && d->id == QStringLiteral("rfq8")) {
                EXPECT_GE(*value, 0.0) << id.toStdString();
                EXPECT_LE(*value, 3.0) << id.toStdString();
            }
    }
    std::sort(bandsByTotal.begin(), bandsByTotal.end());
    for (std::size_t i = 1; i < bandsByTotal.size(); ++i)
        EXPECT_LE(bandsByTotal[i - 1].second, bandsByTotal[i].second)
            << "band not monotone at total " << bandsByTotal[i].first;
}

INSTANTIATE_TEST_SUITE_P(AllInstruments, InstrumentProperty,
                         ::testing::Values("hrsd17", "bdi2", "phq9", "gad7", "wsas", "rfq8",
                                           "rfs"));

TEST(InstrumentDefinition, EveryBandAndItemHasBothLanguages)
{
    for (const QString& id : InstrumentCatalog::builtIn().ids()) {
        const InstrumentDefinition* d = InstrumentCatalog::builtIn().find(id);
        EXPECT_FALSE(d->name.en.isEmpty() || d->name.nb.isEmpty()) << id.toStdString();
        for (const ItemDefinition& item : d->items)
            EXPECT_FALSE(item.label.en.isEmpty() || item.label.nb.isEmpty())
                << id.toStdString() << " item " << item.id.toStdString();
        for (const BandDefinition& b : d->bands)
            EXPECT_FALSE(b.label.en.isEmpty() || b.label.nb.isEmpty()) << id.toStdString();
    }
}

TEST(InstrumentDefinition, ATrialsOwnInstrumentIsScoredByTheSameEngine)
{
    const QByteArray json = R"({"id": "mood3", "short_name": "MOOD-3",
        "items": [{"id": "1", "min": 0, "max": 4}, {"id": "2", "min": 0, "max": 4},
                  {"id": "3", "min": 0, "max": 4, "reverse_note": "ignored"}],
        "recodes": {"rev": {"0": 4, "1": 3, "2": 2, "3": 1, "4": 0}},
        "total": {"method": "sum", "missing": "prorate", "max_missing": 1, "min": 0, "max": 12},
        "subscales": [{"id": "pos", "method": "sum", "items": [{"item": "3", "recode": "rev"}]}],
        "bands": [{"key": "low", "min": 0, "max": 5}, {"key": "high", "min": 6, "max": 12}],
        "flags": [{"key": "alarm", "item": "2", "above": 3}]})";
    auto d = InstrumentDefinition::fromJson(json);
    ASSERT_TRUE(d.ok()) << d.message().toStdString();
    auto s =
        ScoringEngine::score(*d, {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("NA")});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->total, 12.0); // 8 x 3 / 2
    EXPECT_EQ(s->band, QStringLiteral("high"));
    EXPECT_EQ(s->flags, QStringList{QStringLiteral("alarm")});
    auto r =
        ScoringEngine::score(*d, {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1")});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->subscales.front().second, 3.0); // reverse-keyed
}

TEST(InstrumentDefinition, MalformedDefinitionsAreRefusedWithAReason)
{
    const std::vector<std::pair<QByteArray, const char*>> bad = {
        {"not json", "JSON"},
        {R"({"id": "Bad Id", "items": [{"id": "1", "min": 0, "max": 1}]})", "id"},
        {R"({"id": "x", "items": []})", "items"},
        {R"({"id": "x", "items": [{"id": "1", "min": 3, "max": 1}]})", "min <= max"},
        {R"({"id": "x", "items": [{"id": "1", "min": 0, "max": 1}, {"id": "1", "min": 0, "max": 1}]})",
         "id of its own"},
        {R"({"id": "x", "items": [{"id": "1", "min": 0, "max": 3}],
            "bands": [{"key": "a", "min": 0, "max": 2}, {"key": "b", "min": 2, "max": 3}]})",
         "overlapping"},
        {R"({"id": "x", "items": [{"id": "1", "min": 0, "max": 3}],
            "flags": [{"key": "f", "item": "9", "above": 0}]})",
         "known item"},
        {R"({"id": "x", "items": [{"id": "1", "min": 0, "max": 3}], "change": {"reliability": 1.5}})",
         "reliability"},
    };
    for (const auto& [json, what] : bad) {
        auto d = InstrumentDefinition::fromJson(json);
        ASSERT_FALSE(d.ok()) << json.toStdString();
        EXPECT_TRUE(d.message().contains(QString::fromLatin1(what)))
            << d.message().toStdString() << " should mention " << what;
    }
}
