// Alert facts as sentences (issue 21, item 2): the instrument's name, the item's topic and
// local numbers, never the stored internal form ("phq9 item 9 = 2", "gad7 5 -> 9 (RCI 3.56)").

#include "outcomes/AlertText.h"

#include "TestTrial.h"
#include "instruments/InstrumentCatalog.h"

#include <QLocale>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class AlertTextTest : public TestTrial
{
protected:
    void TearDown() override
    {
        QLocale::setDefault(m_locale);
        TestTrial::TearDown();
    }
    QLocale m_locale;
};

// What no sentence shown to a person may look like.
bool looksInternal(const QString& text)
{
    static const QRegularExpression internal(QStringLiteral(R"([a-z0-9]+ item \d| -> |RCI)"));
    return internal.match(text).hasMatch();
}

TEST_F(AlertTextTest, SuicidalityNamesTheInstrumentTheItemAndTheAnswer)
{
    const InstrumentCatalog catalog = must(InstrumentCatalog::load(db()), "catalog");
    const InstrumentDefinition* phq9 = catalog.find(QStringLiteral("phq9"));
    ASSERT_NE(phq9, nullptr);
    const QString stored = QStringLiteral("phq9 item %1 = 2").arg(phq9->items[8].id);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString en = AlertText::describe(QStringLiteral("suicidality"), stored, catalog);
    EXPECT_TRUE(en.startsWith(phq9->shortName + QStringLiteral(", item 9 ("))) << str(en);
    EXPECT_TRUE(en.contains(phq9->items[8].label.en)) << str(en);
    EXPECT_TRUE(en.endsWith(QStringLiteral("answered 2"))) << str(en);
    EXPECT_FALSE(looksInternal(en)) << str(en);
}

TEST_F(AlertTextTest, DeteriorationUsesLocalNumbers)
{
    const InstrumentCatalog catalog = must(InstrumentCatalog::load(db()), "catalog");
    const QString stored = QStringLiteral("gad7 5 -> 9.5 (RCI 3.56)");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString en = AlertText::describe(QStringLiteral("deterioration"), stored, catalog);
    EXPECT_TRUE(en.contains(QStringLiteral("GAD-7"))) << str(en);
    EXPECT_TRUE(en.contains(QStringLiteral("9.5"))) << str(en);
    EXPECT_TRUE(en.contains(QStringLiteral("3.56"))) << str(en);
    EXPECT_FALSE(looksInternal(en)) << str(en);
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    const QString nb = AlertText::describe(QStringLiteral("deterioration"), stored, catalog);
    EXPECT_TRUE(nb.contains(QStringLiteral("9,5"))) << str(nb);
    EXPECT_TRUE(nb.contains(QStringLiteral("3,56"))) << str(nb);
}

TEST_F(AlertTextTest, FactsItCannotReadAreShownAsStored)
{
    const InstrumentCatalog catalog = must(InstrumentCatalog::load(db()), "catalog");
    EXPECT_EQ(
        AlertText::describe(QStringLiteral("suicidality"), QStringLiteral("odd text"), catalog),
        QStringLiteral("odd text"));
    EXPECT_EQ(AlertText::describe(QStringLiteral("other"), QStringLiteral("x -> y"), catalog),
              QStringLiteral("x -> y"));
}

} // namespace
