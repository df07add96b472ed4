// Public REDCap data dictionaries of different shapes (tests/data/redcap/README.md), each
// imported whole: which forms became instruments, and which fields and forms were skipped, on
// which line (as an editor counts it) and why.

#include "TestTrial.h"
#include "exchange/RedcapDictionaryImport.h"
#include "instruments/InstrumentCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace td;
using namespace tdtest;

namespace {

QString dictionary(const char* name)
{
    return QStringLiteral(TD_SOURCE_DIR "/tests/data/redcap/") + QString::fromLatin1(name);
}

struct Skip
{
    qint64 line;
    const char* column;
    const char* reason; // a part of the reason
};

struct Expected
{
    const char* file;
    QStringList made; // instrument ids, in the file's order
    std::vector<Skip> skipped;
};

class RedcapPublicDictionaryTest : public TestTrial
{
protected:
    static std::string describe(const std::vector<ImportProblem>& list)
    {
        std::string out;
        for (const ImportProblem& p : list)
            out += std::to_string(p.line) + " " + str(p.column) + ": " + str(p.reason) + "\n";
        return out;
    }

    void importAndCheck(const Expected& e)
    {
        SCOPED_TRACE(e.file);
        auto before = InstrumentCatalog::load(db());
        ASSERT_TRUE(before.ok());
        const QStringList idsBefore = before->ids();
        auto r = RedcapDictionaryImport(db()).run(m_admin, dictionary(e.file));
        ASSERT_TRUE(r.ok()) << str(r.message());
        ASSERT_TRUE(r->ok()) << describe(r->problems);
        auto after = InstrumentCatalog::load(db());
        ASSERT_TRUE(after.ok());
        QStringList made;
        for (const QString& id : after->ids())
            if (!idsBefore.contains(id))
                made << id;
        QStringList expected = e.made;
        expected.sort();
        made.sort();
        EXPECT_EQ(made, expected);
        EXPECT_EQ(r->assumptions.size(), e.made.size());
        ASSERT_EQ(r->skipped.size(), e.skipped.size()) << describe(r->skipped);
        for (size_t i = 0; i < e.skipped.size(); ++i) {
            const ImportProblem& p = r->skipped[i];
            EXPECT_EQ(p.line, e.skipped[i].line) << str(p.reason);
            EXPECT_EQ(p.column, QLatin1String(e.skipped[i].column)) << str(p.reason);
            EXPECT_TRUE(p.reason.contains(QString::fromUtf8(e.skipped[i].reason))) << str(p.reason);
            // One line, at most 200 characters of the field's text.
            EXPECT_FALSE(p.reason.contains(QLatin1Char('\n')));
            EXPECT_LT(p.reason.size(), 600) << str(p.reason);
        }
    }
};

const char* fileField = "a file upload field cannot be part of an instrument";
const char* noItem = "has no field that can be an item";
const char* noRange = "needs a Text Validation Min and Max";

TEST_F(RedcapPublicDictionaryTest, RadarArmtIsTakenWholeDespiteItsStrayCarriageReturns)
{
    importAndCheck({"radar-armt-english.csv",
                    {QStringLiteral("esm"), QStringLiteral("rses"), QStringLiteral("phq8"),
                     QStringLiteral("perceived_deficits_questionnaire"),
                     QStringLiteral("patient_determined_disease_step")},
                    {}});
    // The choice whose label holds a carriage return keeps it as a space.
    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    const InstrumentDefinition* pdss =
        catalog->find(QStringLiteral("patient_determined_disease_step"));
    ASSERT_NE(pdss, nullptr);
    EXPECT_EQ(pdss->items.size(), 1u);
}

TEST_F(RedcapPublicDictionaryTest, RedcapRSimpleSkipsItsFileField)
{
    importAndCheck({"redcapr-simple.csv",
                    {QStringLiteral("demographics"), QStringLiteral("health"),
                     QStringLiteral("race_and_ethnicity")},
                    {{15, "mugshot", fileField}}});
}

TEST_F(RedcapPublicDictionaryTest, RedcapRValidationTypesSkipFileSignatureSqlAndOpenRanges)
{
    // The number fields with decimals (number_1dp ... 4dp, their comma_decimal forms) would be
    // items with decimals; like integer and number they have no min and max here, so they are
    // skipped saying so (before items took decimals they were kept as text metadata).
    importAndCheck({"redcapr-validation-types-1.csv",
                    {QStringLiteral("form_1")},
                    {{7, "f_file_upload", fileField},
                     {10, "f_signature", "a signature field"},
                     {12, "f_sql", "a dynamic SQL field"},
                     {27, "v_integer", noRange},
                     {30, "v_number", noRange},
                     {31, "v_number_1dp", noRange},
                     {32, "v_number_2dp", noRange},
                     {33, "v_number_3dp", noRange},
                     {34, "v_number_4dp", noRange},
                     {35, "v_number_comma_decimal", noRange},
                     {36, "v_number_1dp_comma_decimal", noRange},
                     {37, "v_number_2dp_comma_decimal", noRange},
                     {38, "v_number_3dp_comma_decimal", noRange},
                     {39, "v_number_4dp_comma_decimal", noRange}}});
}

TEST_F(RedcapPublicDictionaryTest, RedcapRProblematicDictionaryTakesACodeGap)
{
    importAndCheck(
        {"redcapr-potentially-problematic-dictionary.csv", {QStringLiteral("form_1")}, {}});
    // Codes 0, 1, 3: only they are answers.
    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    const InstrumentDefinition* d = catalog->find(QStringLiteral("form_1"));
    ASSERT_NE(d, nullptr);
    int v1 = -1;
    for (size_t i = 0; i < d->items.size(); ++i)
        if (d->items[i].id == QStringLiteral("v1"))
            v1 = static_cast<int>(i);
    ASSERT_GE(v1, 0);
    EXPECT_EQ(d->items[static_cast<size_t>(v1)].max, 3);
    EXPECT_EQ(d->items[static_cast<size_t>(v1)].choices.size(), 3u);
}

TEST_F(RedcapPublicDictionaryTest, RedcapRCheckboxesSkipAFirstFormOfTheRecordIdAlone)
{
    importAndCheck(
        {"redcapr-checkboxes-1.csv", {QStringLiteral("form_2")}, {{2, "Form Name", noItem}}});
}

TEST_F(RedcapPublicDictionaryTest, RedcapRClinicalTrialAndSurveyAreTakenWhole)
{
    importAndCheck({"redcapr-clinical-trial-1.csv", {QStringLiteral("demographics")}, {}});
    importAndCheck(
        {"redcapr-survey.csv",
         {QStringLiteral("prescreening_survey"), QStringLiteral("participant_info_survey"),
          QStringLiteral("participant_morale_questionnaire"), QStringLiteral("completion_data")},
         {}});
}

TEST_F(RedcapPublicDictionaryTest, RedcapRLongitudinalTakesSevenFormsAndSaysWhyNotTheOthers)
{
    auto r = RedcapDictionaryImport(db()).run(m_admin, dictionary("redcapr-longitudinal.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    EXPECT_EQ(r->assumptions.size(), 7);
    EXPECT_EQ(r->skipped.size(), 29u) << describe(r->skipped);
    QStringList forms;
    for (const ImportProblem& p : r->skipped)
        if (p.column == QStringLiteral("Form Name"))
            forms << QStringLiteral("%1:%2").arg(p.line).arg(p.reason.section(u' ', 1, 1));
    EXPECT_EQ(forms, QStringList({QStringLiteral("32:baseline_data"),
                                  QStringLiteral("40:visit_lab_data")}));
    EXPECT_EQ(r->skipped.front().column, QStringLiteral("patient_document"));
}

TEST_F(RedcapPublicDictionaryTest, ANorwegianDictionaryTakesWhatMapsAndSaysWhatItAssumed)
{
    importAndCheck({"norsk-livskvalitet.csv",
                    {QStringLiteral("livskvalitet")},
                    {{2, "Form Name", noItem},
                     {3, "samtykke", fileField},
                     {4, "signatur", "a signature field"},
                     {10, "timer_arbeid", noRange}}});
    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    const InstrumentDefinition* d = catalog->find(QStringLiteral("livskvalitet"));
    ASSERT_NE(d, nullptr);
    // A slider without a range is 0-100, as in REDCap.
    ASSERT_EQ(d->items.size(), 4u);
    EXPECT_EQ(d->items[3].id, QStringLiteral("humor"));
    EXPECT_EQ(d->items[3].max, 100);
    // liv_3's codes 1, 3, 99 have gaps: only they are answers; without --missing, 99 is one.
    EXPECT_EQ(d->items[2].max, 99);
    EXPECT_EQ(d->items[2].choices.size(), 3u);
    auto r = RedcapDictionaryImport(db()).run(m_admin, dictionary("norsk-livskvalitet.csv"),
                                              RedcapOptions{}, true);
    ASSERT_TRUE(r.ok());
    // Imported already: the form is skipped, and nothing else can be taken.
    EXPECT_FALSE(r->ok());
}

TEST_F(RedcapPublicDictionaryTest, TheDirectionIsAskedOrTakenFromADirectionTagAndSaid)
{
    // REDCapR's survey forms: one asked, one tagged (a copy with @DIRECTION added), the others
    // assumed.
    QFile source(dictionary("redcapr-survey.csv"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const qsizetype at = bytes.indexOf("\npmq2,");
    ASSERT_GT(at, 0);
    const qsizetype end = bytes.indexOf('\n', at + 1);
    ASSERT_GT(end, at);
    ASSERT_EQ(bytes[end - 1], ','); // an empty Field Annotation, last
    bytes.insert(end, "@DIRECTION=HIGHER_IS_BETTER");
    QFile tagged(m_dir.filePath(QStringLiteral("tagged.csv")));
    ASSERT_TRUE(tagged.open(QIODevice::WriteOnly));
    tagged.write(bytes);
    tagged.close();
    RedcapOptions options;
    options.higherIsBetter.insert(QStringLiteral("completion_data"), true);
    auto r = RedcapDictionaryImport(db()).run(m_admin, tagged.fileName(), options);
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    ASSERT_EQ(r->assumptions.size(), 4);
    EXPECT_TRUE(r->assumptions[0].contains(QStringLiteral("direction assumed: higher is worse")))
        << str(r->assumptions[0]);
    EXPECT_TRUE(r->assumptions[2].contains(
        QStringLiteral("direction: higher is better (from the @DIRECTION action tag on line")))
        << str(r->assumptions[2]);
    EXPECT_TRUE(
        r->assumptions[3].contains(QStringLiteral("direction: higher is better (as asked)")))
        << str(r->assumptions[3]);
    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    EXPECT_EQ(catalog->find(QStringLiteral("participant_morale_questionnaire"))->direction,
              Direction::HigherIsBetter);
    EXPECT_EQ(catalog->find(QStringLiteral("prescreening_survey"))->direction,
              Direction::HigherIsWorse);
    // A form the dictionary lacks is refused by name.
    RedcapOptions wrong;
    wrong.higherIsBetter.insert(QStringLiteral("nosuch"), false);
    auto refused =
        RedcapDictionaryImport(db()).run(m_admin, dictionary("redcapr-simple.csv"), wrong);
    ASSERT_TRUE(refused.ok());
    ASSERT_FALSE(refused->ok());
    EXPECT_TRUE(refused->problems[0].reason.contains(QStringLiteral("no form \"nosuch\"")));
}

} // namespace
