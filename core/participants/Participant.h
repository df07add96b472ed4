#pragma once

#include "participants/ParticipantStatus.h"

#include <QDate>
#include <QDateTime>
#include <map>
#include <optional>

namespace td {

struct Covariates
{
    std::optional<int> age;
    QString sex; // female, male, other; empty when not recorded
    std::optional<int> educationYears;
    std::optional<int> episodeMonths; // duration of the current depressive episode
    // The protocol's covariates by code, as entered (CovariateValues); only single-participant
    // reads fill it.
    std::map<QString, QString> values{};
};

struct Participant
{
    qint64 id = 0;
    QString studyId;
    qint64 siteId = 0;
    QDate screeningDate;
    // As the reader may see it: blinded readers get "randomized" for every status that follows
    // the treatment schedule (Disclosure::status).
    ParticipantStatus status = ParticipantStatus::Screened;
    std::optional<ExclusionCategory> exclusion;
    QString exclusionReason;
    QDate consentDate;
    QString consentFormVersion;
    Covariates covariates;
    qint64 therapistId = 0; // 0 when none is assigned, or withheld (therapistHidden)
    bool therapistHidden = false;
    // The allocated arm. Empty when not randomized, and always empty for a caller who may not
    // see arms (armHidden then tells that it was withheld).
    std::optional<qint64> armId;
    bool armHidden = false;
    // When this reader learned the arm by an emergency unblinding (invalid otherwise): then
    // armId holds the arm although the reader is blinded.
    QDateTime unblindedAt;
    QDateTime randomizedAt;
    QString withdrawalReason;
    std::optional<bool> dataUsable;    // after withdrawal: may the collected data still be used
    int protocolVersionScreened = 0;   // the protocol version in force at screening
    int protocolVersionRandomized = 0; // and at randomization (0: not randomized)

    bool isRandomized() const { return randomizedAt.isValid(); }
};

} // namespace td
