// Protocol file format 1 (docs/protocol.md): every rule refuses with the JSON path it names,
// and the file round-trips exactly.

#include "trial/ProtocolFile.h"

#include "TestTrial.h"
#include "trial/ProtocolRules.h"
#include "trial/ProtocolTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace td;
using namespace tdtest;

namespace {

Protocol mop()
{
    return must(ProtocolTemplates::load(QStringLiteral("mop")), "mop template");
}

QByteArray mopJson()
{
    return ProtocolFile::write(mop());
}

// The problems of a protocol file, as "path: message" lines.
QStringList problemsOf(const QByteArray& json)
{
    ProtocolProblems problems;
    auto p = ProtocolFile::read(json, &problems);
    QStringList out;
    for (const ProtocolProblem& pr : problems)
        out << pr.text();
    EXPECT_EQ(p.ok(), problems.empty());
    return out;
}

QStringList problemsOf(const Protocol& p)
{
    QStringList out;
    for (const ProtocolProblem& pr : ProtocolRules::check(p))
        out << pr.text();
    return out;
}

// True when some problem is at exactly `path` and its message contains `words`.
::testing::AssertionResult refusedAt(const QStringList& problems, const QString& path,
                                     const QString& words)
{
    for (const QString& line : problems)
        if (line.startsWith(path + QStringLiteral(": ")) && line.contains(words))
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "no problem at " << str(path) << " saying \"" << str(words) << "\"; got:\n"
           << str(problems.join(QLatin1Char('\n')));
}

// Edits the JSON of the MOP template.
QByteArray editedJson(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(mopJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// root[list][index][key] = value
void setIn(QJsonObject& root, const char* list, int index, const char* key, const QJsonValue& v)
{
    QJsonArray a = root.value(QLatin1String(list)).toArray();
    QJsonObject o = a.at(index).toObject();
    if (v.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), v);
    a.replace(index, o);
    root.insert(QLatin1String(list), a);
}

} // namespace

TEST(ProtocolFile, TheMopExampleOfTheSpecificationIsValid)
{
    QFile file(QStringLiteral(":/protocols/mop.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ProtocolProblems problems;
    auto p = ProtocolFile::read(file.readAll(), &problems);
    ASSERT_TRUE(p.ok()) << str(p.message());
    EXPECT_EQ(p->trial.acronym, QStringLiteral("MOP"));
    EXPECT_EQ(p->arms.size(), 2u);
    EXPECT_EQ(p->sites[1].name, LocalText(QStringLiteral("Bergen"))); // a plain string: both
    EXPECT_EQ(p->covariates[1].choices.size(), 2u);
    EXPECT_EQ(p->schedule[0].instruments[0].rater, Rater::BlindedClinician);
    EXPECT_TRUE(p->schedule[0].beforeRandomization);
    EXPECT_EQ(p->primaryOutcome, (PrimaryOutcome{QStringLiteral("hrsd17"), QStringLiteral("eot")}));
    EXPECT_EQ(p->factors[1].cutPoints, QList<double>{24});
}

TEST(ProtocolFile, WritingIsCanonicalAndRoundTripsExactly)
{
    const QByteArray once = mopJson();
    const QByteArray twice = ProtocolFile::write(must(ProtocolFile::read(once), "read"));
    EXPECT_EQ(once, twice);
    const QByteArray dit =
        ProtocolFile::write(must(ProtocolTemplates::load(QStringLiteral("dit")), "dit template"));
    EXPECT_EQ(dit, ProtocolFile::write(must(ProtocolFile::read(dit), "read dit")));
    // Key order does not matter when reading.
    EXPECT_EQ(ProtocolFile::write(
                  must(ProtocolFile::read(QJsonDocument::fromJson(once).toJson()), "reordered")),
              once);
}

TEST(ProtocolFile, LabelsKeepBothLanguagesAndAPlainStringMeansBoth)
{
    const Protocol p = mop();
    EXPECT_EQ(p.arms[0].name.en, QStringLiteral("Cognitive behavioural therapy"));
    EXPECT_EQ(p.arms[0].name.nb, QStringLiteral("Kognitiv atferdsterapi"));
    EXPECT_TRUE(p.sites[1].name.isSame());
    const QByteArray json = mopJson();
    EXPECT_TRUE(json.contains("{\"code\": \"BRG\", \"name\": \"Bergen\"}")) << json.toStdString();
}

TEST(ProtocolFile, ComparativeOutcomesDefaultToTheStatistician)
{
    auto p = ProtocolFile::read(editedJson(
        [](QJsonObject& root) { root.remove(QStringLiteral("comparative_outcomes_visible_to")); }));
    ASSERT_TRUE(p.ok()) << str(p.message());
    EXPECT_EQ(p->comparativeOutcomesVisibleTo, QStringList{QStringLiteral("statistician")});
}

TEST(ProtocolFile, AnArmWithoutSessionsIsAllowed)
{
    Protocol p = mop();
    p.arms[1].plan.clear(); // a control arm without therapy
    EXPECT_TRUE(problemsOf(p).isEmpty()) << str(problemsOf(p).join(u'\n'));
}

TEST(ProtocolFile, BrokenJsonNamesTheLineAndColumnAsAnEditorCounts)
{
    QByteArray json = mopJson();
    json.replace("\"acronym\": \"MOP\",", "\"acronym\": \"MOP\"");
    const QStringList problems = problemsOf(json);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("line 7"))) << str(problems[0]);
}

TEST(ProtocolFile, RefusesAnotherFormatOrVersion)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              r.insert(QStringLiteral("format"), QStringLiteral("redcap"));
                          })),
                          QStringLiteral("format"), QStringLiteral("trialdesk-protocol")));
    EXPECT_TRUE(refusedAt(
        problemsOf(editedJson([](QJsonObject& r) { r.insert(QStringLiteral("version"), 2); })),
        QStringLiteral("version"), QStringLiteral("version 2")));
}

TEST(ProtocolFile, RefusesUnknownKeysAtEveryLevel)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              r.insert(QStringLiteral("randomisation"), 1);
                          })),
                          QStringLiteral("randomisation"), QStringLiteral("unknown key")));
    EXPECT_TRUE(
        refusedAt(problemsOf(editedJson([](QJsonObject& r) { setIn(r, "arms", 1, "ratoi", 2); })),
                  QStringLiteral("arms[1].ratoi"), QStringLiteral("unknown key")));
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "sites", 0, "name",
                                    QJsonObject{{QStringLiteral("en"), QStringLiteral("Oslo")},
                                                {QStringLiteral("nb"), QStringLiteral("Oslo")},
                                                {QStringLiteral("nn"), QStringLiteral("Oslo")}});
                          })),
                          QStringLiteral("sites[0].name.nn"), QStringLiteral("unknown key")));
}

TEST(ProtocolFile, RefusesMissingRequiredKeysAndWrongTypes)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "arms", 0, "colour", QJsonValue(QJsonValue::Undefined));
                          })),
                          QStringLiteral("arms[0].colour"), QStringLiteral("required")));
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "arms", 0, "ratio", QStringLiteral("1"));
                          })),
                          QStringLiteral("arms[0].ratio"), QStringLiteral("a number")));
    EXPECT_TRUE(
        refusedAt(problemsOf(editedJson([](QJsonObject& r) { setIn(r, "arms", 0, "ratio", 1.5); })),
                  QStringLiteral("arms[0].ratio"), QStringLiteral("whole number")));
}

TEST(ProtocolFile, ALabelMapNeedsBothLanguages)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "sites", 0, "name",
                                    QJsonObject{{QStringLiteral("en"), QStringLiteral("Oslo")}});
                          })),
                          QStringLiteral("sites[0].name.nb"), QStringLiteral("required")));
    Protocol p = mop();
    p.schedule[1].label.nb.clear();
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[1].name"),
                          QStringLiteral("English and in Norwegian")));
}

TEST(ProtocolFile, CodesAreLowerCaseExceptSitesAndArms)
{
    Protocol p = mop();
    p.covariates[0].code = QStringLiteral("Age");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("covariates[0].code"),
                          QStringLiteral("lower-case")));
    p = mop();
    p.sites[0].code = QStringLiteral("Oslo_1"); // upper case is allowed for sites
    p.arms[0].code = QStringLiteral("Cbt");     // and arms
    p.sessionMeasures[0].arms[0] = QStringLiteral("Cbt");
    EXPECT_TRUE(problemsOf(p).isEmpty()) << str(problemsOf(p).join(u'\n'));
    p.sites[0].code = QStringLiteral("OS-L");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("sites[0].code"), QStringLiteral("OS-L")));
}

TEST(ProtocolFile, CodesAreUniqueWithinTheirList)
{
    Protocol p = mop();
    p.sites[1].code = p.sites[0].code;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("sites[1].code"), QStringLiteral("twice")));
    p = mop();
    p.schedule[2].code = p.schedule[1].code;
    EXPECT_TRUE(
        refusedAt(problemsOf(p), QStringLiteral("schedule[2].code"), QStringLiteral("twice")));
}

TEST(ProtocolFile, DatesAreIso)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              QJsonObject t = r.value(QStringLiteral("trial")).toObject();
                              t.insert(QStringLiteral("recruitment_start"),
                                       QStringLiteral("05.01.2026"));
                              r.insert(QStringLiteral("trial"), t);
                          })),
                          QStringLiteral("trial.recruitment_start"), QStringLiteral("YYYY-MM-DD")));
    Protocol p = mop();
    p.trial.recruitmentEnd = p.trial.recruitmentStart.addDays(-1);
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("trial.recruitment_end"),
                          QStringLiteral("before recruitment_start")));
}

TEST(ProtocolFile, ATrialHasTwoOrMoreArms)
{
    Protocol p = mop();
    p.arms.pop_back();
    p.sessionMeasures[0].arms.removeAll(QStringLiteral("PDT"));
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("arms"), QStringLiteral("two or more")));
}

TEST(ProtocolFile, ARatioIsAWholeNumberFromOneToTwenty)
{
    Protocol p = mop();
    p.arms[1].ratioWeight = 0;
    EXPECT_TRUE(
        refusedAt(problemsOf(p), QStringLiteral("arms[1].ratio"),
                  QStringLiteral("0 is not allowed; a ratio is a whole number from 1 to 20")));
    p.arms[1].ratioWeight = 21;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("arms[1].ratio"), QStringLiteral("21")));
    p.arms[1].ratioWeight = 20;
    EXPECT_TRUE(problemsOf(p).isEmpty());
}

TEST(ProtocolFile, AColourIsHashRrggbb)
{
    Protocol p = mop();
    p.arms[0].colour = QStringLiteral("blue");
    EXPECT_TRUE(
        refusedAt(problemsOf(p), QStringLiteral("arms[0].colour"), QStringLiteral("#rrggbb")));
}

TEST(ProtocolFile, TreatmentWeeksCoverEveryPlannedSession)
{
    Protocol p = mop();
    p.arms[0].treatmentWeeks = 27; // 16 weekly + 3 four-weekly boosters take 28 weeks
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("arms[0].treatment_weeks"),
                          QStringLiteral("28 weeks")));
    p = mop();
    p.arms[0].plan[0].count = 0;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("arms[0].sessions[0].count"),
                          QStringLiteral("1 to 500")));
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              QJsonArray arms = r.value(QStringLiteral("arms")).toArray();
                              QJsonObject arm = arms.at(0).toObject();
                              QJsonArray plan = arm.value(QStringLiteral("sessions")).toArray();
                              QJsonObject phase = plan.at(1).toObject();
                              phase.insert(QStringLiteral("kind"), QStringLiteral("top-up"));
                              plan.replace(1, phase);
                              arm.insert(QStringLiteral("sessions"), plan);
                              arms.replace(0, arm);
                              r.insert(QStringLiteral("arms"), arms);
                          })),
                          QStringLiteral("arms[0].sessions[1].kind"),
                          QStringLiteral("regular or booster")));
}

TEST(ProtocolFile, CovariateTypesAndTheirBounds)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "covariates", 0, "type", QStringLiteral("float"));
                          })),
                          QStringLiteral("covariates[0].type"),
                          QStringLiteral("integer, number, choice, date or text")));
    Protocol p = mop();
    p.covariates[1].min = 0; // sex is a choice
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("covariates[1].min"),
                          QStringLiteral("only on integer and number")));
    p = mop();
    p.covariates[1].choices.pop_back();
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("covariates[1].choices"),
                          QStringLiteral("at least two")));
    p = mop();
    p.covariates[0].max = 10; // below min 18
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("covariates[0].max"),
                          QStringLiteral("at least min")));
    p = mop();
    p.covariates[0].min = 17.5;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("covariates[0].min"),
                          QStringLiteral("whole-number")));
    p = mop();
    p.covariates[0].type = CovariateType::Text;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("covariates[0].min"),
                          QStringLiteral("only on integer and number")));
}

TEST(ProtocolFile, EligibilityIsInclusionOrExclusion)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "eligibility", 2, "kind", QStringLiteral("exclude"));
                          })),
                          QStringLiteral("eligibility[2].kind"),
                          QStringLiteral("inclusion or exclusion")));
    const Protocol p = mop();
    EXPECT_EQ(p.eligibility[2].kind, CriterionKind::Exclusion);
    EXPECT_EQ(p.eligibility[0].code, QStringLiteral("mdd")); // asked in file order
}

TEST(ProtocolFile, StratificationSources)
{
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "stratification", 0, "source", QStringLiteral("clinic"));
                          })),
                          QStringLiteral("stratification[0].source"),
                          QStringLiteral("site, covariate or severity")));
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "stratification", 0, "cut_points", QJsonArray{1});
                          })),
                          QStringLiteral("stratification[0].cut_points"),
                          QStringLiteral("not allowed with source \"site\"")));
    EXPECT_TRUE(refusedAt(
        problemsOf(editedJson([](QJsonObject& r) {
            setIn(r, "stratification", 1, "time_point", QJsonValue(QJsonValue::Undefined));
        })),
        QStringLiteral("stratification[1].time_point"), QStringLiteral("needs it")));

    // A covariate factor names a numeric (with cut points) or choice covariate.
    Protocol p = mop();
    StratFactor byAge;
    byAge.code = QStringLiteral("age_band");
    byAge.source = StratSource::Covariate;
    byAge.variable = QStringLiteral("age");
    byAge.cutPoints = {40};
    p.factors.push_back(byAge);
    EXPECT_TRUE(problemsOf(p).isEmpty()) << str(problemsOf(p).join(u'\n'));
    p.factors.back().cutPoints.clear();
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("stratification[2].cut_points"),
                          QStringLiteral("at least one cut point")));
    p.factors.back().variable = QStringLiteral("height");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("stratification[2].covariate"),
                          QStringLiteral("unknown covariate")));
    p.factors.back().variable = QStringLiteral("sex");
    p.covariates[1].requiredForRandomization = true;
    EXPECT_TRUE(problemsOf(p).isEmpty()) << str(problemsOf(p).join(u'\n'));
    p.factors.back().cutPoints = {1};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("stratification[2].cut_points"),
                          QStringLiteral("without cut points")));

    // Cut points ascend.
    p = mop();
    p.factors[1].cutPoints = {24, 20};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("stratification[1].cut_points[1]"),
                          QStringLiteral("ascend")));
    // Severity is an instrument's total at a visit before randomization.
    p = mop();
    p.factors[1].timePoint = QStringLiteral("w16");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("stratification[1].time_point"),
                          QStringLiteral("not before randomization")));
    p = mop();
    p.factors[1].variable = QStringLiteral("phq9");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("stratification[1].instrument"),
                          QStringLiteral("not given at \"baseline\"")));
}

TEST(ProtocolFile, OnlyTheBaselineComesBeforeRandomization)
{
    Protocol p = mop();
    p.schedule[1].beforeRandomization = true;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[1].before_randomization"),
                          QStringLiteral("week 0 or earlier")));
    p = mop();
    p.schedule[0].arms = {QStringLiteral("CBT")};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[0].arms"),
                          QStringLiteral("before the arm is known")));
}

TEST(ProtocolFile, AVisitMayBeLimitedToKnownArms)
{
    Protocol p = mop();
    TimePoint fu;
    fu.code = QStringLiteral("fu12");
    fu.label = LocalText(QStringLiteral("12-month follow-up"), QStringLiteral("12 måneder"));
    fu.weekOffset = 52;
    fu.windowDays = 30;
    fu.arms = {QStringLiteral("PDT")};
    fu.instruments = {{QStringLiteral("hrsd17"), Rater::BlindedClinician}};
    p.schedule.push_back(fu);
    EXPECT_TRUE(problemsOf(p).isEmpty()) << str(problemsOf(p).join(u'\n'));
    p.schedule.back().arms = {QStringLiteral("DIT")};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[3].arms[0]"),
                          QStringLiteral("unknown arm \"DIT\"")));
    EXPECT_TRUE(refusedAt(problemsOf(editedJson([](QJsonObject& r) {
                              setIn(r, "schedule", 2, "arms", QJsonArray());
                          })),
                          QStringLiteral("schedule[2].arms"), QStringLiteral("empty list")));
}

TEST(ProtocolFile, WeeksAndWindowsHaveRanges)
{
    Protocol p = mop();
    p.schedule[1].weekOffset = 600;
    EXPECT_TRUE(
        refusedAt(problemsOf(p), QStringLiteral("schedule[1].week"), QStringLiteral("-52 to 520")));
    p = mop();
    p.schedule[1].windowDays = -1;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[1].window_days"),
                          QStringLiteral("0 to 365")));
}

TEST(ProtocolFile, RatersAreSelfReportClinicianOrBlindedClinician)
{
    EXPECT_TRUE(refusedAt(
        problemsOf(editedJson([](QJsonObject& r) {
            QJsonArray s = r.value(QStringLiteral("schedule")).toArray();
            QJsonObject v = s.at(0).toObject();
            QJsonArray given = v.value(QStringLiteral("instruments")).toArray();
            given.replace(0, QJsonObject{{QStringLiteral("id"), QStringLiteral("hrsd17")},
                                         {QStringLiteral("rater"), QStringLiteral("nurse")}});
            v.insert(QStringLiteral("instruments"), given);
            s.replace(0, v);
            r.insert(QStringLiteral("schedule"), s);
        })),
        QStringLiteral("schedule[0].instruments[0].rater"),
        QStringLiteral("self_report, clinician or blinded_clinician")));
    Protocol p = mop();
    p.schedule[1].instruments[1].rater = Rater::Clinician;
    EXPECT_TRUE(problemsOf(p).isEmpty());
}

TEST(ProtocolFile, InstrumentsAreBuiltInOrDefinedInTheFile)
{
    Protocol p = mop();
    p.schedule[1].instruments.push_back({QStringLiteral("madrs"), Rater::BlindedClinician});
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[1].instruments[2].id"),
                          QStringLiteral("unknown instrument \"madrs\"")));
    // Defining it in the file's instruments list makes it known.
    QFile phq9(QStringLiteral(":/instruments/phq9.json"));
    ASSERT_TRUE(phq9.open(QIODevice::ReadOnly));
    QJsonObject madrs = QJsonDocument::fromJson(phq9.readAll()).object();
    madrs.insert(QStringLiteral("id"), QStringLiteral("madrs"));
    p.instruments.push_back(madrs);
    EXPECT_TRUE(problemsOf(p).isEmpty()) << str(problemsOf(p).join(u'\n'));
    // and the definition round-trips.
    const QByteArray json = ProtocolFile::write(p);
    EXPECT_EQ(ProtocolFile::write(must(ProtocolFile::read(json), "read")), json);
    // A built-in id cannot be redefined.
    madrs.insert(QStringLiteral("id"), QStringLiteral("phq9"));
    p.instruments.back() = madrs;
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("instruments[0].id"),
                          QStringLiteral("already an instrument")));
    // An instrument is given once at a visit.
    p = mop();
    p.schedule[1].instruments.push_back(p.schedule[1].instruments[0]);
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("schedule[1].instruments[2].id"),
                          QStringLiteral("given twice")));
}

TEST(ProtocolFile, SessionMeasuresNameKnownInstrumentsAndArms)
{
    Protocol p = mop();
    p.sessionMeasures[0].arms = {QStringLiteral("TAU")};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("session_measures[0].arms[0]"),
                          QStringLiteral("unknown arm")));
    p = mop();
    p.sessionMeasures[0].instrumentId = QStringLiteral("ors");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("session_measures[0].id"),
                          QStringLiteral("unknown instrument")));
    p = mop();
    p.sessionMeasures[0].arms.clear();
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("session_measures[0].arms"),
                          QStringLiteral("at least one arm")));
}

TEST(ProtocolFile, ThePrimaryOutcomeIsScheduledAtItsVisitForEveryArm)
{
    Protocol p = mop();
    p.primaryOutcome.instrumentId = QStringLiteral("rfq8"); // given at baseline only
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("primary_outcome.instrument"),
                          QStringLiteral("not given at \"eot\"")));
    p = mop();
    p.primaryOutcome.timePoint = QStringLiteral("w52");
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("primary_outcome.time_point"),
                          QStringLiteral("unknown time point")));
    p = mop();
    p.schedule[2].arms = {QStringLiteral("PDT")};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("primary_outcome.time_point"),
                          QStringLiteral("not a visit of arm CBT")));
}

TEST(ProtocolFile, ComparativeOutcomesAreForTheListedRolesOnly)
{
    Protocol p = mop();
    p.comparativeOutcomesVisibleTo = {QStringLiteral("coordinator")};
    EXPECT_TRUE(refusedAt(problemsOf(p), QStringLiteral("comparative_outcomes_visible_to[0]"),
                          QStringLiteral("statistician, principal_investigator, dmc")));
    p.comparativeOutcomesVisibleTo = {QStringLiteral("dmc"),
                                      QStringLiteral("principal_investigator")};
    EXPECT_TRUE(problemsOf(p).isEmpty());
    p.comparativeOutcomesVisibleTo.clear(); // nobody before the lock
    EXPECT_TRUE(problemsOf(p).isEmpty());
}

TEST(ProtocolFile, EveryProblemIsReportedNotJustTheFirst)
{
    Protocol p = mop();
    p.arms[0].ratioWeight = 0;
    p.arms[1].colour = QStringLiteral("red");
    p.sites.clear();
    const QStringList problems = problemsOf(p);
    EXPECT_TRUE(refusedAt(problems, QStringLiteral("arms[0].ratio"), QStringLiteral("1 to 20")));
    EXPECT_TRUE(refusedAt(problems, QStringLiteral("arms[1].colour"), QStringLiteral("#rrggbb")));
    EXPECT_TRUE(refusedAt(problems, QStringLiteral("sites"), QStringLiteral("at least one site")));
}
