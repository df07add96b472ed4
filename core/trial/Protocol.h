#pragma once

#include "audit/ElectronicSignature.h"
#include "trial/LocalText.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace td {

// The trial's protocol as data: set up by the administrator, read by every other part.

struct Trial
{
    qint64 id = 0;
    LocalText title;
    QString acronym;
    int targetSampleSize = 0;
    QDate recruitmentStart;
    QDate recruitmentEnd;
    bool isDemo = false;
};

struct Site
{
    qint64 id = 0;
    QString code; // prefix of study ids, e.g. OSL
    LocalText name;
};

enum class SessionKind { Regular, Booster };

// A run of planned sessions: e.g. 16 regular sessions one week apart.
struct SessionPhase
{
    SessionKind kind = SessionKind::Regular;
    int count = 0;
    int intervalWeeks = 1;
};

struct Arm
{
    qint64 id = 0;
    QString code;
    LocalText name;
    int ratioWeight = 1;
    QString colour; // #rrggbb
    int treatmentWeeks = 0;
    std::vector<SessionPhase> plan;

    int plannedSessions() const;
    int plannedSessions(SessionKind kind) const;
};

enum class StratSource { Site, Covariate, Severity };

// A stratification factor: the site, a baseline covariate cut into levels, or a baseline
// severity band of an instrument. Cut points are upper-exclusive boundaries between levels.
struct StratFactor
{
    qint64 id = 0;
    QString code;
    QString name;
    StratSource source = StratSource::Site;
    QString variable; // covariate code (age, episode_months, ...) or instrument id
    QList<double> cutPoints;
    QString timePoint{}; // severity: the time point whose total is cut (default baseline)
};

// Who enters an instrument: the participant, any clinician, or only a blinded assessor.
enum class Rater { SelfReport, Clinician, BlindedClinician };

// A plausibility check of one item of a form at a visit: a value below `min` or above `max`
// is allowed but raises a data query with `message` (DataQueries, origin edit_check).
struct EditCheck
{
    int item = 0; // 1-based
    std::optional<double> min{};
    std::optional<double> max{};
    QString message{};
    bool operator==(const EditCheck& other) const = default;
};

struct ScheduledInstrument
{
    QString instrumentId;
    Rater rater = Rater::SelfReport;
    // A paper form keyed twice by different people, differences adjudicated by a third
    // (DoubleEntries).
    bool doubleEntry = false;
    std::vector<EditCheck> editChecks{};
};

struct TimePoint
{
    qint64 id = 0;
    QString code; // baseline, w8, ...
    LocalText label;
    int weekOffset = 0; // weeks after randomization
    int windowDays = 0; // allowed distance from the target date, either side
    std::vector<ScheduledInstrument> instruments;
    bool beforeRandomization = false; // baseline: complete before randomization
    QStringList arms{};               // arm codes this visit is for; empty: every arm

    bool isForArm(const QString& armCode) const { return arms.isEmpty() || arms.contains(armCode); }
};

enum class CovariateType { Integer, Number, Choice, Date, Text };

struct CovariateChoice
{
    QString code;
    LocalText label;
    bool operator==(const CovariateChoice& other) const = default;
};

// A fact recorded about a participant before randomization (age, sex, ...).
struct Covariate
{
    qint64 id = 0;
    QString code;
    LocalText name;
    CovariateType type = CovariateType::Integer;
    std::optional<double> min; // numbers only
    std::optional<double> max;
    bool requiredForRandomization = false;
    std::vector<CovariateChoice> choices; // choice only

    bool isNumeric() const
    {
        return type == CovariateType::Integer || type == CovariateType::Number;
    }
};

enum class CriterionKind { Inclusion, Exclusion };

struct EligibilityCriterion
{
    qint64 id = 0;
    QString code;
    CriterionKind kind = CriterionKind::Inclusion;
    LocalText text;
    int sinceVersion = 1; // asked of people screened under this protocol version or later
};

// An instrument given at therapy sessions, for the listed arms (arm codes).
struct SessionMeasure
{
    QString instrumentId;
    QStringList arms;
    bool operator==(const SessionMeasure& other) const = default;
};

struct PrimaryOutcome
{
    QString instrumentId;
    QString timePoint; // time point code
    bool operator==(const PrimaryOutcome& other) const = default;
};

// One version of the protocol: version 1 is the protocol as set up; each amendment adds one.
struct ProtocolVersion
{
    int version = 1;
    QDate effectiveDate;
    QString reason;
    QString changes; // what the amendment changed, one line each
    QString createdBy;
    QDateTime createdAt;
    std::optional<ElectronicSignature> signature{}; // an amendment's approval
};

struct Protocol
{
    Trial trial;
    std::vector<Site> sites;
    std::vector<Arm> arms;
    std::vector<StratFactor> factors;
    std::vector<TimePoint> schedule;
    std::vector<Covariate> covariates;
    std::vector<EligibilityCriterion> eligibility;
    std::vector<SessionMeasure> sessionMeasures;
    PrimaryOutcome primaryOutcome;
    QStringList comparativeOutcomesVisibleTo{QStringLiteral("statistician")};
    // Whether monitors (source data verification) see arms; by default they are blinded.
    bool monitorsSeeArms = false;
    std::vector<QJsonObject> instruments; // the trial's own instrument definitions
    int version = 1;                      // the protocol version in force

    const Arm* arm(qint64 id) const;
    const Site* site(qint64 id) const;
    const TimePoint* timePoint(qint64 id) const;
    const Arm* armByCode(const QString& code) const;
    const TimePoint* timePointByCode(const QString& code) const;
    const Covariate* covariate(const QString& code) const;
};

QString sessionKindKey(SessionKind kind);
// An arm's session plan as one line for the audit trail and change lists: "regularx16/1w ...".
QString sessionPlanText(const Arm& arm);
QString raterKey(Rater rater);
// "phq9:self_report" (":double_entry" added when keyed twice): how the audit trail names a
// scheduled instrument.
QString scheduledKey(const ScheduledInstrument& si);
// The edit checks as stored and written in the protocol file (a JSON array; "" when none).
QString editChecksJson(const std::vector<EditCheck>& checks);
std::vector<EditCheck> editChecksFromJson(const QString& json);
std::optional<Rater> raterFromKey(const QString& key);
QString stratSourceKey(StratSource source);
QString covariateTypeKey(CovariateType type);
std::optional<CovariateType> covariateTypeFromKey(const QString& key);
QString criterionKindKey(CriterionKind kind);

} // namespace td
