// Items with decimals (ItemNumber): an instrument definition's "decimals", the scoring engine
// reading "2.5" exactly at each end of the range and refusing too many places, the language's
// decimal comma, REDCap number fields made into such items, and a round trip through the
// REDCap records import, the ODM export and import and the long CSV and SAV exports that keeps
// 2.5 as 2.5.

#include "ExportTestSupport.h"
#include "TestBackend.h"
#include "exchange/ExportService.h"
#include "exchange/OdmImport.h"
#include "exchange/RedcapDataImport.h"
#include "exchange/RedcapDictionary.h"
#include "exchange/RedcapDictionaryImport.h"
#include "instruments/ItemNumber.h"
#include "instruments/ScoringEngine.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

using namespace td;
using namespace tdtest;

namespace {

// weight 0..10.5 with one decimal, lab -1.25..3.5 with two and the missing code -9, count 0..3.
const char* kDefinition = R"({
  "id": "dec", "short_name": "DEC", "name": "Decimals",
  "items": [
    {"id": "weight", "decimals": 1, "min": 0, "max": 10.5},
    {"id": "lab", "decimals": 2, "min": -1.25, "max": 3.5, "missing_codes": [-9]},
    {"id": "count", "min": 0, "max": 3}
  ],
  "total": {"method": "sum", "min": -1.25, "max": 17},
  "flags": [{"key": "heavy", "item": "weight", "above": 9.5, "label": "Heavy"}]
})";

InstrumentDefinition definition()
{
    auto d = InstrumentDefinition::fromJson(QByteArray(kDefinition));
    if (!d.ok())
        throw std::runtime_error(d.message().toStdString());
    return *d;
}

QStringList answers(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << QString::fromUtf8(v);
    return out;
}

QString refusal(const InstrumentDefinition& d, const QStringList& raw)
{
    auto s = ScoringEngine::parse(d, raw);
    return s.ok() ? QString() : s.message();
}

// Sets the default locale (the language the interface chose) for one test.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale& l) { QLocale::setDefault(l); }
    ~LocaleScope() { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

} // namespace

TEST(ItemNumberTest, ReadsAndWritesInTheItemsSmallestUnit)
{
    int units = 0;
    EXPECT_EQ(ItemNumber::read(u"2.5", 1, units), ItemNumber::Read::Ok);
    EXPECT_EQ(units, 25);
    EXPECT_EQ(ItemNumber::read(u"-0.25", 2, units), ItemNumber::Read::Ok);
    EXPECT_EQ(units, -25);
    EXPECT_EQ(ItemNumber::read(u"3", 2, units), ItemNumber::Read::Ok);
    EXPECT_EQ(units, 300);
    EXPECT_EQ(ItemNumber::read(u"2.50", 1, units), ItemNumber::Read::Ok); // trailing zero
    EXPECT_EQ(units, 25);
    EXPECT_EQ(ItemNumber::read(u"2.55", 1, units), ItemNumber::Read::TooManyDecimals);
    for (const char16_t* bad : {u"", u"-", u"2.", u".", u"2,5", u"1e3", u"+2", u"2.5.1", u"a"})
        EXPECT_EQ(ItemNumber::read(bad, 2, units), ItemNumber::Read::NotANumber)
            << str(QString::fromUtf16(bad));
    EXPECT_EQ(ItemNumber::write(25, 1), QStringLiteral("2.5"));
    EXPECT_EQ(ItemNumber::write(-5, 2), QStringLiteral("-0.05"));
    EXPECT_EQ(ItemNumber::write(300, 2), QStringLiteral("3"));
    EXPECT_EQ(ItemNumber::write(7, 0), QStringLiteral("7"));
    EXPECT_EQ(ItemNumber::fromDouble(10.5, 1), 105);
    EXPECT_EQ(ItemNumber::fromDouble(0.15, 2), 15); // not 14.999...
    EXPECT_FALSE(ItemNumber::fromDouble(10.55, 1));
}

// Double data entry compares two keyings with this: the same number written differently is
// the same answer; a different number, an NA or a lettered answer is not.
TEST(ItemNumberTest, TheSameNumberWrittenDifferentlyIsTheSameAnswer)
{
    EXPECT_TRUE(ItemNumber::sameAnswer(QStringLiteral("2.5"), QStringLiteral("2.50")));
    EXPECT_TRUE(ItemNumber::sameAnswer(QStringLiteral("3"), QStringLiteral("03")));
    EXPECT_TRUE(ItemNumber::sameAnswer(QStringLiteral("3"), QStringLiteral("3.0")));
    EXPECT_TRUE(ItemNumber::sameAnswer(QStringLiteral("0"), QStringLiteral("-0.00")));
    EXPECT_TRUE(ItemNumber::sameAnswer(QStringLiteral(" 1a"), QStringLiteral("1a")));
    EXPECT_TRUE(ItemNumber::sameAnswer(QStringLiteral("."), QStringLiteral(".")));
    EXPECT_FALSE(ItemNumber::sameAnswer(QStringLiteral("2.5"), QStringLiteral("2.05")));
    EXPECT_FALSE(ItemNumber::sameAnswer(QStringLiteral("-2.5"), QStringLiteral("2.5")));
    EXPECT_FALSE(ItemNumber::sameAnswer(QStringLiteral("30"), QStringLiteral("3")));
    EXPECT_FALSE(ItemNumber::sameAnswer(QStringLiteral("1a"), QStringLiteral("1b")));
    EXPECT_FALSE(ItemNumber::sameAnswer(QStringLiteral("."), QStringLiteral("0")));
    EXPECT_FALSE(ItemNumber::sameAnswer(QStringLiteral("2,5"), QStringLiteral("2.5")));
}

TEST(DecimalItemTest, TheDefinitionHoldsRangesInTheItemsUnit)
{
    const InstrumentDefinition d = definition();
    EXPECT_EQ(d.items[0].decimals, 1);
    EXPECT_EQ(d.items[0].max, 105);
    EXPECT_EQ(d.items[1].min, -125);
    EXPECT_EQ(d.items[1].missingCodes, std::vector<int>{-900});
    EXPECT_EQ(d.items[2].decimals, 0);
    EXPECT_EQ(d.flags[0].above, 95);
    EXPECT_DOUBLE_EQ(d.items[0].number(25), 2.5);

    auto refused = [](const char* items) {
        auto r = InstrumentDefinition::fromJson(QStringLiteral("{\"id\": \"x\", \"items\": [%1]}")
                                                    .arg(QString::fromUtf8(items))
                                                    .toUtf8());
        return r.ok() ? QString() : r.message();
    };
    EXPECT_TRUE(refused(R"({"id": "a", "decimals": 1, "min": 0, "max": 1.25})")
                    .contains(QStringLiteral("at most 1 decimal place")));
    EXPECT_TRUE(refused(R"({"id": "a", "decimals": 5, "min": 0, "max": 1})")
                    .contains(QStringLiteral("decimals must be 0 to 4")));
    EXPECT_TRUE(refused(R"({"id": "a", "decimals": 1, "min": 0, "max": 3, "letters": ["a"]})")
                    .contains(QStringLiteral("no letters")));
    // Without decimals, a min or max with a fraction is refused as before it was read as 0.
    EXPECT_FALSE(refused(R"({"id": "a", "min": 0, "max": 2.5})").isEmpty());
    EXPECT_TRUE(refused(R"({"id": "a", "decimals": 2, "min": 0, "max": 3})").isEmpty());
}

TEST(DecimalItemTest, EachEndOfTheRangeIsAnAnswerAndTheTotalIsExact)
{
    const InstrumentDefinition d = definition();
    auto low = ScoringEngine::score(d, answers({"0", "-1.25", "0"}));
    ASSERT_TRUE(low.ok()) << str(low.message());
    EXPECT_EQ(low->total, -1.25);
    auto high = ScoringEngine::score(d, answers({"10.5", "3.5", "3"}));
    ASSERT_TRUE(high.ok()) << str(high.message());
    EXPECT_EQ(high->total, 17.0);
    EXPECT_EQ(high->flags, QStringList{QStringLiteral("heavy")}); // 10.5 > 9.5
    // 0.1 + 0.2 is 0.3 here, not 0.30000000000000004: summed in hundredths.
    auto exact = ScoringEngine::score(d, answers({"0.1", "0.2", "0"}));
    ASSERT_TRUE(exact.ok());
    EXPECT_EQ(exact->total, 0.3);
    EXPECT_TRUE(exact->flags.isEmpty());
    // The missing code -9 is kept and counted as missing.
    auto values = ScoringEngine::parse(d, answers({"2.5", "-9", "1"}));
    ASSERT_TRUE(values.ok());
    EXPECT_TRUE((*values)[1].missing);
    EXPECT_EQ((*values)[0].value, 25);
    EXPECT_FALSE(ScoringEngine::score(d, *values).total);
}

TEST(DecimalItemTest, OutOfRangeAndTooManyPlacesAreRefusedNamingRangeAndPlaces)
{
    const InstrumentDefinition d = definition();
    const QString over = refusal(d, answers({"10.6", "0", "0"}));
    EXPECT_TRUE(over.contains(QStringLiteral("out of range"))) << str(over);
    EXPECT_TRUE(over.contains(QStringLiteral("0 to 10.5 with at most 1 decimal place")))
        << str(over);
    const QString under = refusal(d, answers({"1", "-1.26", "0"}));
    EXPECT_TRUE(under.contains(QStringLiteral("-1.25 to 3.5 with at most 2 decimal place")))
        << str(under);
    EXPECT_TRUE(under.contains(QStringLiteral("-9"))) << "the missing code is named";
    const QString places = refusal(d, answers({"2.55", "0", "0"}));
    EXPECT_TRUE(places.contains(QStringLiteral("more than 1 decimal place"))) << str(places);
    EXPECT_TRUE(refusal(d, answers({"2,5", "0", "0"})).contains(QStringLiteral("not a number")));
    // A whole-number item still takes no decimals.
    EXPECT_TRUE(refusal(d, answers({"1", "1", "1.5"})).contains(QStringLiteral("not a whole")));
}

TEST(DecimalItemTest, BokmalTakesADecimalCommaAndShowsTheRangeWithIt)
{
    const LocaleScope nb(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    EXPECT_EQ(ItemNumber::fromTyped(QStringLiteral("2,5")), QStringLiteral("2.5"));
    EXPECT_EQ(ItemNumber::fromTyped(QStringLiteral("2.5")), QStringLiteral("2.5"));
    EXPECT_EQ(ItemNumber::toShown(QStringLiteral("2.5")), QStringLiteral("2,5"));
    const InstrumentDefinition d = definition();
    auto s = ScoringEngine::score(d, answers({"2.5", "0", "0"}));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->total, 2.5);
    const QString allowed = ScoringEngine::allowedValues(d.items[1]);
    EXPECT_TRUE(allowed.contains(QStringLiteral("-1,25"))) << str(allowed);
    EXPECT_TRUE(allowed.contains(QStringLiteral("3,5"))) << str(allowed);
    // English keeps the point, and leaves a comma as typed (then refused).
    const LocaleScope en(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(ItemNumber::fromTyped(QStringLiteral("2,5")), QStringLiteral("2,5"));
    EXPECT_TRUE(ScoringEngine::allowedValues(d.items[1]).contains(QStringLiteral("3.5")));
}

namespace {

const QByteArray kHeader =
    "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, "
    "Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,Text "
    "Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),"
    "Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix "
    "Ranking?,Field Annotation\n";

// record_id alone on its own form; lab holds four decimal fields, a yes/no field with a missing
// code, a whole-number field it shows, and a decimal field without a range.
const QByteArray kDictionary =
    kHeader + "record_id,ident,,text,Record ID,,,,,,,,,,,,,\n"
              "hb,lab,,text,Hemoglobin,,,number_1dp,3.5,25,,,,,,,,\n"
              "crp,lab,,text,CRP,,,number_2dp_comma_decimal,\"0,25\",\"300,5\",,,,,,,,\n"
              "height,lab,,text,Height,,,number,130,215,,,,,,,,\n"
              "dose,lab,,text,Dose,,,number,0.125,2,,,,,,,,\n"
              "smoker,lab,,yesno,Smokes,,,,,,,,y,,,,,@MISSING=-9\n"
              "visits,lab,,text,Visits,,,integer,0,10,,[smoker] = '1',,,,,,\n"
              "ratio,lab,,text,Ratio,,,number_1dp,,,,,,,,,,\n";

} // namespace

TEST(DecimalRedcapTest, NumberFieldsWithDecimalsBecomeItemsWithTheirPlaces)
{
    ImportReport report;
    const auto forms = RedcapDictionary::parse(kDictionary, QStringLiteral("d.csv"), report);
    ASSERT_EQ(forms.size(), 1u) << report.skipped.size();
    auto d = InstrumentDefinition::fromJson(forms.front().json);
    ASSERT_TRUE(d.ok()) << str(d.message());
    ASSERT_EQ(d->items.size(), 6u);
    auto item = [&](const char* id) {
        for (const ItemDefinition& i : d->items)
            if (i.id == QLatin1String(id))
                return i;
        throw std::runtime_error(std::string("no item ") + id);
    };
    EXPECT_EQ(item("hb").decimals, 1);
    EXPECT_EQ(item("hb").min, 35);
    EXPECT_EQ(item("hb").max, 250);
    EXPECT_EQ(item("crp").decimals, 2); // a decimal comma in min and max
    EXPECT_EQ(item("crp").min, 25);
    EXPECT_EQ(item("crp").max, 30050);
    EXPECT_EQ(item("height").decimals, 2); // REDCap's number: 2 places unless min/max have more
    EXPECT_EQ(item("height").max, 21500);
    EXPECT_EQ(item("dose").decimals, 3);
    EXPECT_EQ(item("visits").decimals, 0);
    // Skipped: the record id's form (no item) and the decimal field without a range.
    QStringList skipped;
    for (const ImportProblem& p : report.skipped)
        skipped << p.column + QStringLiteral(": ") + p.reason;
    ASSERT_EQ(skipped.size(), 2) << str(skipped.join(QLatin1Char('\n')));
    EXPECT_TRUE(skipped.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("number_1dp validation needs a Text Validation Min "
                                             "and Max")))
        << str(skipped.join(QLatin1Char('\n')));
    EXPECT_TRUE(
        skipped.join(QLatin1Char('\n')).contains(QStringLiteral("at most 1 decimal place")));
}

namespace {

// The dictionary's lab form in a trial, an empty copy of the trial for the ODM import, and
// a REDCap records export with a decimal comma.
class DecimalRoundTripTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        if (tdtest::onServer())
            GTEST_SKIP() << "the ODM import's target is a copy made by SQLite's VACUUM INTO";
        const QString dictionary = out(QStringLiteral("lab.csv"));
        write(dictionary, kDictionary);
        auto made = RedcapDictionaryImport(db()).run(m_admin, dictionary);
        ASSERT_TRUE(made.ok()) << str(made.message());
        ASSERT_TRUE(made->ok());
        m_p1 = randomized(m_armCbt);
        const QString escaped = QString(out(QStringLiteral("empty.sqlite")))
                                    .replace(QLatin1Char('\''), QStringLiteral("''"));
        ASSERT_TRUE(sqlExec(db(), QStringLiteral("VACUUM INTO '%1'").arg(escaped)).isEmpty());
    }

    QString out(const QString& name) const { return m_dir.filePath(name); }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QString itemValues(Database& d)
    {
        return sqlValue(d, QStringLiteral("SELECT item_values FROM assessment WHERE "
                                          "instrument_id = 'lab' AND removed = 0"))
            .toString();
    }

    Participant m_p1;
};

} // namespace

TEST_F(DecimalRoundTripTest, TwoAndAHalfStaysTwoAndAHalfThroughImportsAndExports)
{
    // A REDCap records export: crp's comma_decimal value "2,5" is stored as 2.5.
    const QString records = out(QStringLiteral("records.csv"));
    write(records,
          "record_id,redcap_event_name,visit_date,hb,crp,height,dose,smoker,visits,lab_complete\n"
          "101,baseline_arm_1,2025-05-31,12.5,\"2,5\",172.25,0.125,1,3,2\n");
    RedcapDataMapping mapping;
    mapping.records.insert(QStringLiteral("101"), m_p1.studyId);
    mapping.events.insert(QStringLiteral("baseline_arm_1"), QStringLiteral("baseline"));
    mapping.dateFields << QStringLiteral("visit_date");
    auto imported = RedcapDataImport(db()).run(m_coordinator, records, mapping);
    ASSERT_TRUE(imported.ok()) << str(imported.message());
    std::string problems;
    for (const ImportProblem& p : imported->problems)
        problems += str(p.column + QStringLiteral(": ") + p.reason) + "\n";
    ASSERT_TRUE(imported->ok()) << problems;
    EXPECT_EQ(itemValues(db()), QStringLiteral("12.5,2.5,172.25,0.125,1,3"));

    // ODM: float items with their places, the values as stored, read back the same.
    ASSERT_TRUE(ExportService(db())
                    .exportTo(m_pi, *ExportFormats::find(u"odm"), out(QStringLiteral("t.xml")))
                    .ok());
    const QString xml = readText(out(QStringLiteral("t.xml")));
    EXPECT_TRUE(xml.contains(QStringLiteral("DataType=\"float\""))) << "float items";
    EXPECT_TRUE(xml.contains(QStringLiteral("SignificantDigits=\"2\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("Value=\"2.5\""))) << "the value as stored";
    EXPECT_TRUE(xml.contains(QStringLiteral("<CheckValue>300.5</CheckValue>")));
    // What ODM has no element for, as aliases: missing codes, branching logic, required.
    EXPECT_TRUE(xml.contains(QStringLiteral("Context=\"TrialDesk:missing\" Name=\"-9\"")));
    EXPECT_TRUE(
        xml.contains(
            QStringLiteral("Context=\"TrialDesk:show_if\" Name=\"[smoker] = &apos;1&apos;\"")) ||
        xml.contains(QStringLiteral("Context=\"TrialDesk:show_if\" Name=\"[smoker] = '1'\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("Context=\"TrialDesk:required\" Name=\"yes\"")));
    auto target = openWithClock(out(QStringLiteral("empty.sqlite")), m_clock);
    ASSERT_TRUE(target.ok()) << str(target.message());
    auto odm = OdmImport(**target).run(m_coordinator, out(QStringLiteral("t.xml")));
    ASSERT_TRUE(odm.ok()) << str(odm.message());
    ASSERT_TRUE(odm->ok());
    EXPECT_EQ(itemValues(**target), QStringLiteral("12.5,2.5,172.25,0.125,1,3"));

    // The long CSV writes the values as stored.
    ASSERT_TRUE(ExportService(db())
                    .exportTo(m_pi, *ExportFormats::find(u"csv-long"), out(QStringLiteral("l.csv")))
                    .ok());
    EXPECT_TRUE(readText(out(QStringLiteral("l.csv"))).contains(QStringLiteral("12.5,2.5,172.25")));

    // The long SAV: 2.5 is 2.5 (a whole-number reading would give 2), shown with 2 places.
    const QString pspp = QStandardPaths::findExecutable(QStringLiteral("pspp"));
    if (pspp.isEmpty())
        GTEST_SKIP() << "PSPP is not installed (scripts/install-deps.sh installs it)";
    ASSERT_TRUE(ExportService(db())
                    .exportTo(m_pi, *ExportFormats::find(u"sav-long"), out(QStringLiteral("l.sav")))
                    .ok());
    const QString syntax = out(QStringLiteral("list.sps"));
    write(syntax, QStringLiteral("GET FILE='%1'.\n"
                                 "LIST /VARIABLES=lab_1 lab_2 lab_3 lab_4.\n"
                                 "DISPLAY DICTIONARY /VARIABLES=lab_2.\n")
                      .arg(out(QStringLiteral("l.sav")))
                      .toUtf8());
    QProcess p;
    p.start(pspp, {QStringLiteral("-O"), QStringLiteral("format=csv"), QStringLiteral("-o"),
                   out(QStringLiteral("list.csv")), syntax});
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString listed = readText(out(QStringLiteral("list.csv")));
    EXPECT_TRUE(listed.contains(QStringLiteral("12.5,2.50,172.25,.125"))) << str(listed);
    EXPECT_TRUE(listed.contains(QStringLiteral("F9.2"))) << str(listed);
}
