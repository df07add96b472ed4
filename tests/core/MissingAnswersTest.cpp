// What completing with items answered NA means, in the words the entry form asks with (issue
// 21, item 4): a BDI-II needs every item (not scorable), a PHQ-9 prorates one or two missing
// items, and an instrument without a total leaves the subscales that miss too much empty.

#include "instruments/MissingAnswers.h"

#include "TestTrial.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"

using namespace td;
using namespace tdtest;

namespace {

const InstrumentDefinition& def(const char* id)
{
    return *InstrumentCatalog::builtIn().find(QString::fromLatin1(id));
}

MissingAnswers of(const char* id, const QStringList& raw)
{
    auto values = ScoringEngine::parse(def(id), raw);
    if (!values.ok())
        throw SetupFailure(str(values.message()));
    return MissingAnswers::of(def(id), *values);
}

TEST(MissingAnswers, EveryItemAnsweredAsksNothing)
{
    const MissingAnswers m = of("bdi2", QStringList(21, QStringLiteral("1")));
    EXPECT_EQ(m.outcome(), MissingAnswers::Outcome::None);
    EXPECT_TRUE(m.items().isEmpty());
    EXPECT_EQ(m.firstIndex(), -1);
    EXPECT_TRUE(m.consequence(def("bdi2")).isEmpty());
}

TEST(MissingAnswers, ABdi2WithOneItemMissingIsNotScorable)
{
    QStringList raw(21, QStringLiteral("1"));
    raw[4] = QStringLiteral("NA");
    const MissingAnswers m = of("bdi2", raw);
    EXPECT_EQ(m.outcome(), MissingAnswers::Outcome::NotScorable);
    EXPECT_EQ(m.items(), QStringList{QStringLiteral("5")});
    EXPECT_EQ(m.firstIndex(), 4);
    const QString text = m.consequence(def("bdi2"));
    EXPECT_TRUE(text.contains(QStringLiteral("Item 5 of BDI-II is marked NA (missing).")))
        << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("BDI-II needs every item for its total")))
        << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("not scorable: no total and no severity band")))
        << str(text);
}

TEST(MissingAnswers, APhq9ProratesOneOrTwoMissingAndNotThree)
{
    QStringList raw(9, QStringLiteral("2"));
    raw[1] = QStringLiteral("NA");
    const MissingAnswers one = of("phq9", raw);
    EXPECT_EQ(one.outcome(), MissingAnswers::Outcome::Prorated);
    const QString text = one.consequence(def("phq9"));
    // 16 from 8 answered items: round_half_up(16 x 9 / 8) = 18.
    EXPECT_TRUE(text.contains(QStringLiteral("prorated from the 8 answered items of 9: 18")))
        << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("at most 2 missing"))) << str(text);

    raw[2] = QStringLiteral("NA");
    raw[3] = QStringLiteral("NA");
    const MissingAnswers three = of("phq9", raw);
    EXPECT_EQ(three.outcome(), MissingAnswers::Outcome::NotScorable);
    EXPECT_EQ(three.items(),
              (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    const QString refused = three.consequence(def("phq9"));
    EXPECT_TRUE(refused.contains(QStringLiteral("Items 2, 3, 4 of PHQ-9 are marked NA (missing).")))
        << str(refused);
    EXPECT_TRUE(refused.contains(QStringLiteral("PHQ-9 allows at most 2 missing items")))
        << str(refused);
}

TEST(MissingAnswers, SubscalesMissingTooMuchAreNamed)
{
    QStringList raw(8, QStringLiteral("4"));
    raw[0] = QStringLiteral("NA");
    const MissingAnswers one = of("rfq8", raw);
    EXPECT_EQ(one.outcome(), MissingAnswers::Outcome::Partial);
    EXPECT_FALSE(one.consequence(def("rfq8")).isEmpty());
    const QStringList all(8, QStringLiteral("NA"));
    const MissingAnswers none = of("rfq8", all);
    const QString text = none.consequence(def("rfq8"));
    EXPECT_TRUE(text.contains(QStringLiteral("stay empty"))) << str(text);
    // Named for people, not by key.
    EXPECT_FALSE(text.contains(QStringLiteral("rfq_c"))) << str(text);
}

} // namespace
