// The scoring rules of docs/science.md section 1, instrument by instrument, through the one engine.

#include "instruments/ScoringEngine.h"

#include "instruments/InstrumentCatalog.h"

#include <gtest/gtest.h>

using namespace td;

namespace {

const InstrumentDefinition& def(const char* id)
{
    const InstrumentDefinition* d = InstrumentCatalog::builtIn().find(QString::fromLatin1(id));
    if (!d)
        throw std::runtime_error(std::string("no instrument ") + id);
    return *d;
}

QStringList items(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << QString::fromLatin1(v);
    return out;
}

QStringList repeat(const char* value, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromLatin1(value);
    return out;
}

Score scored(const char* id, const QStringList& raw)
{
    auto s = ScoringEngine::score(def(id), raw);
    if (!s.ok())
        throw std::runtime_error(s.message().toStdString());
    return *s;
}

QString refusal(const char* id, const QStringList& raw)
{
    auto s = ScoringEngine::score(def(id), raw);
    return s.ok() ? QString() : s.message();
}

// A vector of `n` items summing to `total` (front-loaded, each within 0..max).
QStringList withTotal(int n, int max, int total)
{
    QStringList out;
    for (int i = 0; i < n; ++i) {
        const int v = std::min(max, total);
        total -= v;
        out << QString::number(v);
    }
    return out;
}

} // namespace

TEST(ScoringEngine, ShipsTheSevenInstruments)
{
    EXPECT_EQ(InstrumentCatalog::builtIn().ids(),
              QStringList({QStringLiteral("bdi2"), QStringLiteral("gad7"), QStringLiteral("hrsd17"),
                           QStringLiteral("phq9"), QStringLiteral("rfq8"), QStringLiteral("rfs"),
                           QStringLiteral("wsas")}));
}

TEST(ScoringEngine, Phq9ExampleOfTheCommandLine)
{
    const Score s = scored("phq9", items({"2", "2", "2", "2", "2", "1", "1", "1", "1"}));
    EXPECT_EQ(s.toJson(), QStringLiteral("{\"instrument\": \"phq9\", \"total\": 14, \"complete\": "
                                         "true, \"prorated\": false, \"band\": \"moderate\", "
                                         "\"flags\": [\"suicidality\"], \"subscales\": {}}"));
}

TEST(ScoringEngine, Hrsd17ItemRangesAndSum)
{
    // Items 1,2,3,7,8,9,10,11,15 are 0-4; the rest 0-2: all at maximum is 52.
    QStringList max;
    for (int i = 1; i <= 17; ++i)
        max << (QList<int>{1, 2, 3, 7, 8, 9, 10, 11, 15}.contains(i) ? QStringLiteral("4")
                                                                     : QStringLiteral("2"));
    EXPECT_EQ(scored("hrsd17", max).total, 52.0);
    QStringList tooHigh = repeat("0", 17);
    tooHigh[3] = QStringLiteral("3"); // item 4 is 0-2
    EXPECT_TRUE(refusal("hrsd17", tooHigh).contains(QStringLiteral("Item 4")));
    EXPECT_TRUE(refusal("hrsd17", tooHigh).contains(QStringLiteral("0 to 2")));
    tooHigh[3] = QStringLiteral("2");
    tooHigh[0] = QStringLiteral("4"); // item 1 is 0-4
    EXPECT_TRUE(refusal("hrsd17", tooHigh).isEmpty());
}

TEST(ScoringEngine, Hrsd17NeedsEveryItem)
{
    QStringList one = repeat("1", 17);
    one[5] = QStringLiteral("NA");
    const Score s = scored("hrsd17", one);
    EXPECT_FALSE(s.total.has_value());
    EXPECT_FALSE(s.complete);
    EXPECT_FALSE(s.prorated);
    EXPECT_TRUE(s.band.isEmpty());
}

TEST(ScoringEngine, Hrsd17BandBoundaries)
{
    const std::vector<std::pair<int, const char*>> cases = {
        {0, "none"},      {7, "none"},      {8, "mild"},    {16, "mild"},
        {17, "moderate"}, {23, "moderate"}, {24, "severe"}, {52, "severe"}};
    for (const auto& [total, band] : cases) {
        // Spread over the 0-4 items first, then the 0-2 ones.
        QStringList v = repeat("0", 17);
        int left = total;
        for (int i : {1, 2, 3, 7, 8, 9, 10, 11, 15, 4, 5, 6, 12, 13, 14, 16, 17}) {
            const int max = QList<int>{1, 2, 3, 7, 8, 9, 10, 11, 15}.contains(i) ? 4 : 2;
            const int x = std::min(max, left);
            v[i - 1] = QString::number(x);
            left -= x;
        }
        const Score s = scored("hrsd17", v);
        EXPECT_EQ(s.total, double(total));
        EXPECT_EQ(s.band, QString::fromLatin1(band)) << total;
    }
}

TEST(ScoringEngine, Hrsd17SuicidalityIsItem3)
{
    QStringList v = repeat("0", 17);
    EXPECT_TRUE(scored("hrsd17", v).flags.isEmpty());
    v[2] = QStringLiteral("1");
    EXPECT_EQ(scored("hrsd17", v).flags, QStringList{QStringLiteral("suicidality")});
    v[2] = QStringLiteral("0");
    v[0] = QStringLiteral("4");
    EXPECT_TRUE(scored("hrsd17", v).flags.isEmpty());
}

TEST(ScoringEngine, Bdi2BandsAndSuicidalityItem9)
{
    const std::vector<std::pair<int, const char*>> cases = {
        {0, "minimal"},   {13, "minimal"},  {14, "mild"},   {19, "mild"},
        {20, "moderate"}, {28, "moderate"}, {29, "severe"}, {63, "severe"}};
    for (const auto& [total, band] : cases) {
        // Items 16 and 18 stay 0 so no letter is needed; 19 items x 3 = 57, then 16 and 18.
        QStringList v = repeat("0", 21);
        int left = total;
        for (int i = 1; i <= 21 && left > 0; ++i) {
            if (i == 16 || i == 18)
                continue;
            const int x = std::min(3, left);
            v[i - 1] = QString::number(x);
            left -= x;
        }
        if (left > 0) {
            v[15] = QString::number(std::min(3, left)) + QStringLiteral("a");
            left -= std::min(3, left);
            v[17] = QString::number(left) + QStringLiteral("b");
        }
        const Score s = scored("bdi2", v);
        EXPECT_EQ(s.total, double(total));
        EXPECT_EQ(s.band, QString::fromLatin1(band)) << total;
    }
    QStringList v = repeat("0", 21);
    v[8] = QStringLiteral("1");
    EXPECT_EQ(scored("bdi2", v).flags, QStringList{QStringLiteral("suicidality")});
}

TEST(ScoringEngine, Bdi2LettersOnlyOnItems16And18)
{
    QStringList v = repeat("1", 21);
    v[15] = QStringLiteral("2a");
    v[17] = QStringLiteral("3b");
    const Score s = scored("bdi2", v);
    EXPECT_EQ(s.total, 19.0 + 2 + 3); // the digit counts, the letter does not

    QStringList wrong = v;
    wrong[3] = QStringLiteral("1a");
    const QString m = refusal("bdi2", wrong);
    EXPECT_TRUE(m.contains(QStringLiteral("Item 4"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("0 to 3"))) << m.toStdString();

    // A digit alone ("2") is the score with the direction not recorded (Bdi2DirectionTest).
    for (const char* bad : {"0a", "2c", "4a", "a"}) {
        QStringList b = v;
        b[15] = QString::fromLatin1(bad);
        const QString msg = refusal("bdi2", b);
        EXPECT_TRUE(msg.contains(QStringLiteral("Item 16"))) << bad << ": " << msg.toStdString();
        EXPECT_TRUE(msg.contains(QStringLiteral("0, 1a, 1b, 2a, 2b, 3a, 3b"))) << bad;
    }
    QStringList zero = v;
    zero[15] = QStringLiteral("0");
    zero[17] = QStringLiteral("NA");
    EXPECT_TRUE(refusal("bdi2", zero).isEmpty());
}

TEST(ScoringEngine, Bdi2NeedsEveryItem)
{
    QStringList v = repeat("1", 21);
    v[15] = QStringLiteral("1a");
    v[17] = QStringLiteral("1b");
    v[0] = QStringLiteral("NA");
    EXPECT_FALSE(scored("bdi2", v).total.has_value());
}

TEST(ScoringEngine, Phq9BandBoundaries)
{
    const std::vector<std::pair<int, const char*>> cases = {{0, "minimal"},
                                                            {4, "minimal"},
                                                            {5, "mild"},
                                                            {9, "mild"},
                                                            {10, "moderate"},
                                                            {14, "moderate"},
                                                            {15, "moderately_severe"},
                                                            {19, "moderately_severe"},
                                                            {20, "severe"},
                                                            {27, "severe"}};
    for (const auto& [total, band] : cases)
        EXPECT_EQ(scored("phq9", withTotal(9, 3, total)).band, QString::fromLatin1(band)) << total;
}

TEST(ScoringEngine, Phq9ProratesOneOrTwoMissingButNotThree)
{
    QStringList v = repeat("1", 9);
    v[0] = QStringLiteral("NA");
    Score s = scored("phq9", v); // 8 x 9 / 8 = 9
    EXPECT_EQ(s.total, 9.0);
    EXPECT_TRUE(s.prorated);
    EXPECT_FALSE(s.complete);

    v[1] = QStringLiteral("NA"); // exactly 2 missing: 7 x 9 / 7 = 9
    s = scored("phq9", v);
    EXPECT_EQ(s.total, 9.0);
    EXPECT_TRUE(s.prorated);

    v[2] = QStringLiteral("NA"); // 3 missing: not scorable
    s = scored("phq9", v);
    EXPECT_FALSE(s.total.has_value());
    EXPECT_TRUE(s.band.isEmpty());
    EXPECT_FALSE(s.complete);
    EXPECT_FALSE(s.prorated);
}

TEST(ScoringEngine, ProrationRoundsHalfUp)
{
    // 4 x 9 / 8 = 4.5 -> 5; 13 x 9 / 8 = 14.625 -> 15; 10 x 9 / 7 = 12.86 -> 13.
    QStringList v = items({"NA", "1", "1", "1", "1", "0", "0", "0", "0"});
    EXPECT_EQ(scored("phq9", v).total, 5.0);
    v = items({"NA", "3", "3", "3", "3", "1", "0", "0", "0"});
    EXPECT_EQ(scored("phq9", v).total, 15.0);
    v = items({"2", "2", "NA", "NA", "2", "1", "1", "1", "1"});
    EXPECT_EQ(scored("phq9", v).total, 13.0);
    // WSAS: 2 x 5 / 4 = 2.5 -> 3.
    EXPECT_EQ(scored("wsas", items({"1", "1", "0", "0", "NA"})).total, 3.0);
    EXPECT_EQ(ScoringEngine::prorate(7, 9, 6), 11.0); // 10.5 -> 11
}

TEST(ScoringEngine, Phq9Item10IsRecordedNotScored)
{
    QStringList v = repeat("1", 9);
    EXPECT_EQ(scored("phq9", v).total, 9.0);
    v << QStringLiteral("3");
    EXPECT_EQ(scored("phq9", v).total, 9.0);
    v.back() = QStringLiteral("4");
    EXPECT_TRUE(refusal("phq9", v).contains(QStringLiteral("Item 10")));
    EXPECT_TRUE(scored("phq9", repeat("0", 9)).flags.isEmpty());
    QStringList nine = repeat("0", 9);
    nine[8] = QStringLiteral("NA");
    EXPECT_TRUE(scored("phq9", nine).flags.isEmpty()); // a missing item raises no flag
}

TEST(ScoringEngine, Gad7BandsAndNoProration)
{
    const std::vector<std::pair<int, const char*>> cases = {
        {0, "minimal"},   {4, "minimal"},   {5, "mild"},    {9, "mild"},
        {10, "moderate"}, {14, "moderate"}, {15, "severe"}, {21, "severe"}};
    for (const auto& [total, band] : cases)
        EXPECT_EQ(scored("gad7", withTotal(7, 3, total)).band, QString::fromLatin1(band)) << total;
    QStringList v = repeat("1", 7);
    v[0] = QStringLiteral("NA");
    EXPECT_FALSE(scored("gad7", v).total.has_value());
}

TEST(ScoringEngine, WsasBandsAndProration)
{
    const std::vector<std::pair<int, const char*>> cases = {
        {0, "subclinical"},  {9, "subclinical"}, {10, "significant"},
        {20, "significant"}, {21, "severe"},     {40, "severe"}};
    for (const auto& [total, band] : cases)
        EXPECT_EQ(scored("wsas", withTotal(5, 8, total)).band, QString::fromLatin1(band)) << total;
    Score one = scored("wsas", items({"8", "8", "8", "8", "NA"}));
    EXPECT_EQ(one.total, 40.0);
    EXPECT_TRUE(one.prorated);
    Score two = scored("wsas", items({"8", "8", "8", "NA", "NA"}));
    EXPECT_FALSE(two.total.has_value());
    EXPECT_TRUE(
        refusal("wsas", items({"9", "0", "0", "0", "0"})).contains(QStringLiteral("0 to 8")));
}

TEST(ScoringEngine, Rfq8WorkedExamples)
{
    auto sub = [](const Score& s, const char* id) {
        for (const auto& [name, value] : s.subscales)
            if (name == QString::fromLatin1(id))
                return value;
        return std::optional<double>();
    };
    const struct
    {
        std::initializer_list<const char*> in;
        double c, u;
    } cases[] = {{{"1", "2", "3", "4", "5", "6", "7", "1"}, 1.0, 0.5},
                 {{"4", "4", "4", "4", "4", "4", "4", "4"}, 0.0, 0.0},
                 {{"7", "7", "7", "7", "7", "7", "1", "7"}, 0.0, 3.0},
                 {{"1", "1", "1", "1", "1", "1", "7", "1"}, 3.0, 0.0}};
    for (const auto& c : cases) {
        const Score s = scored("rfq8", items(c.in));
        EXPECT_DOUBLE_EQ(*sub(s, "rfq_c"), c.c);
        EXPECT_DOUBLE_EQ(*sub(s, "rfq_u"), c.u);
        EXPECT_FALSE(s.total.has_value()); // no total
        EXPECT_TRUE(s.band.isEmpty());
    }
    const Score missing = scored("rfq8", items({"NA", "2", "3", "4", "5", "6", "7", "1"}));
    EXPECT_FALSE(sub(missing, "rfq_c").has_value());
    EXPECT_DOUBLE_EQ(*sub(missing, "rfq_u"), 0.5); // item 1 is not part of rfq_u
    EXPECT_TRUE(refusal("rfq8", items({"0", "2", "3", "4", "5", "6", "7", "1"}))
                    .contains(QStringLiteral("1 to 7")));
    EXPECT_EQ(scored("rfq8", items({"1", "2", "3", "4", "5", "6", "7", "1"})).toJson(),
              QStringLiteral("{\"instrument\": \"rfq8\", \"total\": null, \"complete\": true, "
                             "\"prorated\": false, \"band\": null, \"flags\": [], \"subscales\": "
                             "{\"rfq_c\": 1, \"rfq_u\": 0.5}}"));
}

TEST(ScoringEngine, RfsIsTheRatingItself)
{
    EXPECT_EQ(scored("rfs", items({"-1"})).total, -1.0);
    EXPECT_EQ(scored("rfs", items({"9"})).total, 9.0);
    EXPECT_TRUE(refusal("rfs", items({"10"})).contains(QStringLiteral("-1 to 9")));
    EXPECT_FALSE(refusal("rfs", items({"-2"})).isEmpty());
}

TEST(ScoringEngine, WrongItemCountsAreRefusedNamingTheCount)
{
    EXPECT_TRUE(refusal("phq9", repeat("1", 8)).contains(QStringLiteral("8 were given")));
    EXPECT_FALSE(refusal("phq9", repeat("1", 11)).isEmpty());
    EXPECT_TRUE(refusal("hrsd17", repeat("1", 18)).contains(QStringLiteral("17 items")));
    EXPECT_FALSE(refusal("gad7", {}).isEmpty());
    EXPECT_TRUE(refusal("phq9", repeat("1", 10)).isEmpty());
}

TEST(ScoringEngine, MalformedValuesAreRefused)
{
    for (const char* bad : {"1.5", "", " ", "abc", "--1", "1 2", "3x", "NaN", "na"}) {
        QStringList v = repeat("1", 7);
        v[2] = QString::fromLatin1(bad);
        const QString m = refusal("gad7", v);
        EXPECT_TRUE(m.contains(QStringLiteral("Item 3"))) << bad << ": " << m.toStdString();
        EXPECT_TRUE(m.contains(QStringLiteral("NA for missing"))) << bad;
    }
}

TEST(ScoringEngine, UnknownInstrumentIsRefusedListingTheKnownOnes)
{
    auto r = InstrumentCatalog::builtIn().require(QStringLiteral("madrs"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("phq9")));
}
