#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace td {

class Database;

// A CONSORT box's reasons: each distinct recorded reason with how many it applies to.
struct ReasonCount
{
    QString reason;
    int count = 0;
};

// The per-arm part of the CONSORT 2010 flow.
struct ConsortArm
{
    qint64 armId = 0;
    QString code;
    QString name;
    int allocated = 0;
    int received = 0; // at least one attended (not removed) session
    int notReceived = 0;
    std::vector<ReasonCount> notReceivedReasons;
    int lostToFollowUp = 0; // currently lost to follow-up
    std::vector<ReasonCount> lostReasons;
    int discontinued = 0; // withdrawn after randomization
    std::vector<ReasonCount> discontinuedReasons;
    int analysed = 0;
    int excludedFromAnalysis = 0;
    std::vector<ReasonCount> excludedFromAnalysisReasons;
};

// What counts as analysed: at least `minPostBaseline` completed, not removed, post-baseline
// assessments of the primary instrument (a visit after week 0, or an unscheduled one dated
// after randomization), and not withdrawn with the data declared unusable.
struct ConsortRules
{
    QString primaryInstrument; // empty: the protocol's primary outcome
    int minPostBaseline = 1;
};

struct ConsortCounts
{
    ConsortRules rules;
    QString primaryInstrumentName; // as people know it, e.g. "HRSD-17"
    int assessed = 0;              // everyone screened
    int excluded = 0;
    int notMeetingInclusion = 0;
    std::vector<ReasonCount> notMeetingInclusionReasons;
    int declined = 0;
    std::vector<ReasonCount> declinedReasons;
    int otherReasons = 0; // "other" screening exclusions and withdrawals before randomization
    std::vector<ReasonCount> otherReasonsList;
    // Screened, eligible or consented, and neither excluded nor randomized yet.
    int awaitingDecision = 0;
    int awaitingScreening = 0;     // screened, eligibility not decided
    int awaitingConsent = 0;       // eligible, consent not decided
    int awaitingRandomization = 0; // consented
    int randomized = 0;
    bool armsIncluded = false; // false for the enrolment part only (callers without arms)
    std::vector<ConsortArm> arms;

    // The arithmetic a CONSORT diagram must satisfy; one translated line per failure, empty
    // when everything reconciles.
    QStringList reconciles() const;
};

class ConsortReport
{
    Q_DECLARE_TR_FUNCTIONS(ConsortReport)

public:
    explicit ConsortReport(Database& db) : m_db(db) {}

    // The whole diagram: needs counts by arm (refused for a blinded assessor).
    Result<ConsortCounts> compute(const Actor& actor, const ConsortRules& rules = {});
    // The enrolment part only (assessed, excluded, awaiting, randomized): no arms.
    Result<ConsortCounts> enrolment(const Actor& actor);

private:
    Result<ConsortCounts> build(const ConsortRules& rules, bool withArms, const QString& reach);

    Database& m_db;
};

} // namespace td
