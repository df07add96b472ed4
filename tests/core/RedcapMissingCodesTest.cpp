// REDCap dictionaries with missing data codes (--missing, @MISSING), coded answers with gaps,
// sum() and mean() with REDCap's blank handling, and branching logic and required flags that
// the scoring engine and the entry save enforce.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "exchange/ImportService.h"
#include "exchange/RedcapDictionary.h"
#include "exchange/RedcapDictionaryImport.h"
#include "instruments/BranchingLogic.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/MissingAnswers.h"
#include "instruments/ScoringEngine.h"

#include <QHash>

using namespace td;
using namespace tdtest;

namespace {

QString dictionary(const char* name)
{
    return QStringLiteral(TD_SOURCE_DIR "/tests/data/redcap/") + QString::fromLatin1(name);
}

const QByteArray kHeader =
    "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, "
    "Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,Text "
    "Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),"
    "Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix "
    "Ranking?,Field Annotation\n";

QStringList answers(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << QString::fromLatin1(v);
    return out;
}

bool shows(const char* expression, const QHash<QString, QString>& values)
{
    return BranchingLogic::shows(QString::fromLatin1(expression),
                                 [&](const QString& id) { return values.value(id); });
}

class RedcapMissingCodesTest : public TestTrial
{
protected:
    // Parses a dictionary of kHeader + rows; the first form made (fails when none).
    InstrumentDefinition parsed(const QByteArray& rows, const RedcapOptions& options,
                                ImportReport& report)
    {
        const auto forms =
            RedcapDictionary::parse(kHeader + rows, QStringLiteral("d.csv"), report, options);
        if (forms.empty())
            throw SetupFailure("no form was made");
        auto d = InstrumentDefinition::fromJson(forms.front().json);
        if (!d.ok())
            throw SetupFailure(str(d.message()));
        return *d;
    }
};

TEST(BranchingLogicTest, EvaluatesComparisonsAndOrAndParenthesesAndCheckboxes)
{
    const QHash<QString, QString> v{{QStringLiteral("a"), QStringLiteral("2")},
                                    {QStringLiteral("b"), QString()},
                                    {QStringLiteral("c___1"), QStringLiteral("1")},
                                    {QStringLiteral("c___2"), QStringLiteral("0")}};
    EXPECT_TRUE(shows("[a] = '2'", v));
    EXPECT_TRUE(shows("[a] = 2", v));
    EXPECT_TRUE(shows("[a] = \"2.0\"", v));
    EXPECT_FALSE(shows("[a] <> '2'", v));
    EXPECT_TRUE(shows("[a] != 3", v));
    EXPECT_TRUE(shows("[a] > 1 and [a] < 3", v));
    EXPECT_TRUE(shows("[a] >= 2 AND [a] <= 2", v));
    EXPECT_FALSE(shows("[a] > 2", v));
    EXPECT_TRUE(shows("[a] > 5 or ([a] = 2 and [c(1)] = '1')", v));
    EXPECT_FALSE(shows("([a] > 5 or [a] = 2) and [c(2)] = '1'", v));
    // A blank equals '' only, and has no order.
    EXPECT_TRUE(shows("[b] = ''", v));
    EXPECT_FALSE(shows("[b] <> ''", v));
    EXPECT_FALSE(shows("[b] > 0", v));
    EXPECT_FALSE(shows("[b] < 0", v));
    EXPECT_TRUE(shows("[b] <> '-1'", v));
}

TEST(BranchingLogicTest, SaysWhyWhatItCannotEvaluate)
{
    auto items = [](const QString& id) {
        return id == QLatin1String("a") || id == QLatin1String("c___1");
    };
    EXPECT_TRUE(BranchingLogic::check(QStringLiteral("[a] = '1' or [c(1)] = '1'"), items).ok());
    const struct
    {
        const char* expression;
        const char* why;
    } refused[] = {
        {"datediff([a], 'today', 'd') > 3", "datediff"},
        {"[baseline_arm_1][a] = '1'", "another event's or form's field"},
        {"[other] = '1'", "[other] is not an item"},
        {"[a] + 1 > 2", "+ 1"},
        {"([a] = '1'", "parenthesis is not closed"},
        {"[a] = '1", "quote is not closed"},
        {"[a]", "needs =, <>"},
        {"[a] = '1' [a] = '2'", "follows a complete condition"},
    };
    for (const auto& r : refused) {
        const Status s = BranchingLogic::check(QString::fromLatin1(r.expression), items);
        ASSERT_FALSE(s.ok()) << r.expression;
        EXPECT_TRUE(s.message().contains(QString::fromLatin1(r.why)))
            << r.expression << ": " << str(s.message());
        // Not evaluated: the item is asked (a field that is no item is refused at load).
        if (!QByteArray(r.why).contains("not an item")) {
            EXPECT_TRUE(shows(r.expression, {})) << r.expression;
        }
    }
}

TEST_F(RedcapMissingCodesTest, MissingCodesAreKeptAsAnswersButCountedAsMissing)
{
    RedcapOptions options;
    options.missingCodes = {-1, 99};
    ImportReport report;
    const InstrumentDefinition d =
        parsed("q1,f,,radio,One,\"0, No | 1, Some | 2, Much | -1, Vet ikke\",,,,,,,,,,,,\n"
               "q2,f,,radio,Two,\"1, Ja | 3, Nei | 99, Ikke aktuelt\",,,,,,,,,,,,\n"
               "q3,f,,slider,Three,,,,,,,,,,,,,\n"
               "q4,f,,radio,Four,\"0, No | 1, Yes | 7, Refused\",,,,,,,,,,,,\"@NOMISSING "
               "@MISSING='7, Refused'\"\n"
               "total,f,,calc,Total,\"sum([q1],[q2])\",,,,,,,,,,,,\n",
               options, report);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report.skipped.empty());
    ASSERT_EQ(d.items.size(), 4u);
    // -1 "Vet ikke" is a missing code with its label, not a value: the range is 0-2.
    EXPECT_EQ(d.items[0].min, 0);
    EXPECT_EQ(d.items[0].max, 2);
    EXPECT_EQ(d.items[0].missingCodes, (std::vector<int>{-1, 99}));
    EXPECT_EQ(d.items[0].choices.back().second.en, QStringLiteral("Vet ikke"));
    // 1, 3, 99: the gap 2 is no answer; 99 is a missing code.
    EXPECT_EQ(d.items[1].min, 1);
    EXPECT_EQ(d.items[1].max, 3);
    EXPECT_EQ(d.items[1].missingCodes, (std::vector<int>{-1, 99}));
    // A slider of 0-100: 99 is a value there, -1 still a missing code.
    EXPECT_EQ(d.items[2].missingCodes, (std::vector<int>{-1}));
    // @NOMISSING leaves out --missing; its own @MISSING code stays.
    EXPECT_EQ(d.items[3].max, 1);
    EXPECT_EQ(d.items[3].missingCodes, (std::vector<int>{7}));
    EXPECT_TRUE(report.assumptions.isEmpty()); // parse() alone; the import adds the summary

    // Scoring: a missing code is accepted and counted as missing; sum() skips blanks.
    auto s = ScoringEngine::score(d, answers({"-1", "3", "40", "7"}));
    ASSERT_TRUE(s.ok()) << str(s.message());
    EXPECT_EQ(s->total, 3.0);
    EXPECT_FALSE(s->complete);
    auto gap = ScoringEngine::score(d, answers({"1", "2", "40", "0"}));
    ASSERT_FALSE(gap.ok());
    EXPECT_TRUE(gap.message().contains(QStringLiteral("not one of the answer codes")))
        << str(gap.message());
    EXPECT_TRUE(gap.message().contains(QStringLiteral("1, 3, or NA or the missing codes -1, 99")))
        << str(gap.message());
    EXPECT_FALSE(ScoringEngine::score(d, answers({"5", "1", "40", "0"})).ok());
}

TEST_F(RedcapMissingCodesTest, AMissingTagThatIsNotWholeNumbersSkipsTheField)
{
    ImportReport report;
    const InstrumentDefinition d =
        parsed("a,f,,yesno,A,,,,,,,,,,,,,\n"
               "b,f,,yesno,B,,,,,,,,,,,,,\"@MISSING=\"\"UNK, Unknown | -9, Nei\"\"\"\n",
               {}, report);
    EXPECT_EQ(d.items.size(), 1u);
    ASSERT_EQ(report.skipped.size(), 1u);
    EXPECT_EQ(report.skipped[0].column, QStringLiteral("b"));
    EXPECT_TRUE(report.skipped[0].reason.contains(QStringLiteral("\"UNK\" is not a whole number")))
        << str(report.skipped[0].reason);
    EXPECT_FALSE(ImportService::missingCodes(QStringLiteral("-1, x")).ok());
    EXPECT_EQ(*ImportService::missingCodes(QStringLiteral("-1, 99 -1")),
              (std::vector<int>{-1, 99}));
}

TEST_F(RedcapMissingCodesTest, SumAndMeanSkipBlanksAndPlusNeedsEveryItem)
{
    const QByteArray items = "a,f,,radio,A,\"0, x | 1, y | 2, z | 3, w\",,,,,,,,,,,,\n"
                             "b,f,,radio,B,\"0, x | 1, y | 2, z | 3, w\",,,,,,,,,,,,\n"
                             "c,f,,radio,C,\"0, x | 1, y | 2, z | 3, w\",,,,,,,,,,,,\n";
    ImportReport report;
    const InstrumentDefinition plus =
        parsed(items + "t,f,,calc,T,[a]+[b]+[c],,,,,,,,,,,,\n", {}, report);
    EXPECT_FALSE(ScoringEngine::score(plus, answers({"1", "NA", "3"}))->total);
    EXPECT_EQ(ScoringEngine::score(plus, answers({"1", "2", "3"}))->total, 6.0);

    const InstrumentDefinition sum =
        parsed(items + "t,f,,calc,T,\"sum([a], [b], [c])\",,,,,,,,,,,,\n", {}, report);
    EXPECT_EQ(sum.missing, MissingRule::Skip);
    EXPECT_EQ(ScoringEngine::score(sum, answers({"1", "NA", "3"}))->total, 4.0);
    EXPECT_FALSE(ScoringEngine::score(sum, answers({"NA", "NA", "NA"}))->total);
    const auto values = ScoringEngine::parse(sum, answers({"1", "NA", "3"}));
    ASSERT_TRUE(values.ok());
    const MissingAnswers missing = MissingAnswers::of(sum, *values);
    EXPECT_EQ(missing.outcome(), MissingAnswers::Outcome::Prorated);
    EXPECT_TRUE(missing.consequence(sum).contains(QStringLiteral("skips blank items")))
        << str(missing.consequence(sum));

    const InstrumentDefinition mean =
        parsed(items + "t,f,,calc,T,\"mean([a],[b],[c])\",,,,,,,,,,,,\n", {}, report);
    EXPECT_TRUE(mean.totalIsMean);
    EXPECT_EQ(mean.totalMax, 3.0);
    EXPECT_EQ(ScoringEngine::score(mean, answers({"1", "NA", "2"}))->total, 1.5);
    EXPECT_EQ(ScoringEngine::score(mean, answers({"1", "2", "3"}))->total, 2.0);
    EXPECT_FALSE(ScoringEngine::score(mean, answers({"NA", "NA", "NA"}))->total);
}

TEST_F(RedcapMissingCodesTest, BranchingHidesItemsAndRequiredFlagsRefuseACompleteSave)
{
    ImportReport report;
    const InstrumentDefinition d =
        parsed("smoker,f,,yesno,Smokes,,,,,,,,y,,,,,\n"
               "cigs,f,,radio,Per day,\"1, <10 | 2, 10+\",,,,,,[smoker] = '1',y,,,,,\n"
               "quit,f,,yesno,Tried to quit,,,,,,,\"[smoker] = '1' and [cigs] > 1\",,,,,,\n"
               "odd,f,,yesno,Odd,,,,,,,\"datediff([x], 'today', 'd') > 3\",,,,,,\n"
               "note,f,,text,Why,,,,,,,[smoker] = '1',y,,,,,\n"
               "t,f,,calc,T,\"sum([smoker],[cigs],[quit],[odd])\",,,,,,,,,,,,\n",
               {}, report);
    ASSERT_EQ(d.items.size(), 4u);
    EXPECT_EQ(d.items[1].showIf, QStringLiteral("[smoker] = '1'"));
    EXPECT_TRUE(d.items[1].required);
    EXPECT_TRUE(d.items[3].showIf.isEmpty()); // not evaluated: always asked

    // A non-smoker: cigs and quit are not asked, not missing; the total is complete.
    auto values = ScoringEngine::parse(d, answers({"0", "NA", "NA", "1"}));
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(ScoringEngine::asked(d, *values), (std::vector<bool>{true, false, false, true}));
    const Score none = ScoringEngine::score(d, *values);
    EXPECT_TRUE(none.complete);
    EXPECT_EQ(none.total, 1.0);
    EXPECT_TRUE(ScoringEngine::checkRequired(d, *values).ok());
    EXPECT_TRUE(MissingAnswers::of(d, *values).items().isEmpty());
    // A smoker: cigs is asked and required.
    values = ScoringEngine::parse(d, answers({"1", "NA", "NA", "0"}));
    ASSERT_TRUE(values.ok());
    const Status refused = ScoringEngine::checkRequired(d, *values);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("item cigs"))) << str(refused.message());
    EXPECT_EQ(ScoringEngine::asked(d, *values), (std::vector<bool>{true, true, false, true}));
}

TEST_F(RedcapMissingCodesTest, TheImportReportSaysWhatIsEnforcedAndWhatIsNot)
{
    RedcapOptions options;
    options.missingCodes = {-1, 99};
    auto r = RedcapDictionaryImport(db()).run(m_coordinator, dictionary("norsk-livskvalitet.csv"),
                                              options);
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok());
    ASSERT_EQ(r->assumptions.size(), 1);
    const QString summary = r->assumptions[0];
    EXPECT_TRUE(summary.startsWith(QStringLiteral("livskvalitet: 4 items, total: the sum of the "
                                                  "answered of 2 items, blanks skipped")))
        << str(summary);
    EXPECT_TRUE(summary.contains(
        QStringLiteral("enforced in entry: branching logic on 1 items, required flags on 1 items")))
        << str(summary);
    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    const InstrumentDefinition* d = catalog->find(QStringLiteral("livskvalitet"));
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->items[0].missingCodes, (std::vector<int>{-1, 99}));
    EXPECT_EQ(d->items[1].showIf, QStringLiteral("[liv_1] <> '-1'"));
    EXPECT_EQ(d->items[2].id, QStringLiteral("liv_3"));
    EXPECT_EQ(d->items[2].max, 3);

    // Entry: "Vet ikke" on liv_1 hides liv_2; a complete save without the required liv_1 is
    // refused naming it, a draft is kept.
    const Participant p = screened();
    Assessment a;
    a.participantId = p.id;
    a.instrumentId = QStringLiteral("livskvalitet");
    a.date = today();
    a.items = answers({"-1", "NA", "99", "50"});
    auto saved = AssessmentRepository(db()).save(m_coordinator, a);
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    a.items = answers({"NA", "2", "1", "50"});
    a.date = today().addDays(-1);
    auto refused = AssessmentRepository(db()).save(m_coordinator, a);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("item liv_1"))) << str(refused.message());
    a.status = AssessmentStatus::Draft;
    EXPECT_TRUE(AssessmentRepository(db()).save(m_coordinator, a).ok());
}

TEST_F(RedcapMissingCodesTest, CommandLineTakesMissingCodesAndRefusesOthers)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const QStringList base = {QStringLiteral("import"), QStringLiteral("redcap-dictionary"),
                              QStringLiteral("--db"),   dbPath(),
                              QStringLiteral("--user"), QStringLiteral("coordinator")};
    const CliResult bad =
        runCli(base + QStringList{QStringLiteral("--missing"), QStringLiteral("-1,UNK"),
                                  dictionary("norsk-livskvalitet.csv")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("\"UNK\" is not a whole number"))) << str(bad.err);
    const CliResult ok =
        runCli(base + QStringList{QStringLiteral("--missing"), QStringLiteral("-1,99"),
                                  dictionary("norsk-livskvalitet.csv")});
    EXPECT_EQ(ok.exitCode, 0) << str(ok.err);
    EXPECT_TRUE(ok.out.contains(QStringLiteral("livskvalitet: 4 items"))) << str(ok.out);
    EXPECT_TRUE(ok.out.contains(QStringLiteral("required flags on 1 items"))) << str(ok.out);
}

} // namespace
