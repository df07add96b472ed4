#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <vector>

namespace td {

// The trial's protocol as data: set up by the administrator, read by every other part.

struct Trial
{
    qint64 id = 0;
    QString title;
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
    QString name;
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
    QString name;
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
    QString variable; // covariate name (age, education_years, ...) or instrument id
    QList<double> cutPoints;
};

enum class Rater { SelfReport, BlindedClinician };

struct ScheduledInstrument
{
    QString instrumentId;
    Rater rater = Rater::SelfReport;
};

struct TimePoint
{
    qint64 id = 0;
    QString code; // baseline, w8, ...
    QString label;
    int weekOffset = 0; // weeks after randomization
    int windowDays = 0; // allowed distance from the target date, either side
    std::vector<ScheduledInstrument> instruments;
};

struct Protocol
{
    Trial trial;
    std::vector<Site> sites;
    std::vector<Arm> arms;
    std::vector<StratFactor> factors;
    std::vector<TimePoint> schedule;

    const Arm* arm(qint64 id) const;
    const Site* site(qint64 id) const;
    const TimePoint* timePoint(qint64 id) const;
};

QString sessionKindKey(SessionKind kind);
QString raterKey(Rater rater);
QString stratSourceKey(StratSource source);

} // namespace td
