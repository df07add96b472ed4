#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>

namespace td {

enum class ParticipantStatus {
    Screened,
    Eligible,
    Ineligible,
    Consented,
    Declined,
    Randomized,
    InTreatment,
    Completed,
    Withdrawn,
    LostToFollowUp,
    // Stopped treatment early but stays in follow-up (unlike withdrawal, which ends both).
    Discontinued,
};

inline constexpr std::array<ParticipantStatus, 11> allStatuses = {
    ParticipantStatus::Screened,      ParticipantStatus::Eligible,
    ParticipantStatus::Ineligible,    ParticipantStatus::Consented,
    ParticipantStatus::Declined,      ParticipantStatus::Randomized,
    ParticipantStatus::InTreatment,   ParticipantStatus::Completed,
    ParticipantStatus::Discontinued,  ParticipantStatus::Withdrawn,
    ParticipantStatus::LostToFollowUp};

// Why a screened person was not enrolled (the CONSORT exclusion boxes).
enum class ExclusionCategory { InclusionNotMet, Declined, Other };

// The participant life cycle: the one place that says which status may follow which.
class StatusRules
{
    Q_DECLARE_TR_FUNCTIONS(StatusRules)

public:
    static bool allowed(ParticipantStatus from, ParticipantStatus to);
    // Whether the change must carry a reason (ineligibility, declining, withdrawal, loss to
    // follow-up, discontinuing, and every return to an earlier status).
    static bool needsReason(ParticipantStatus from, ParticipantStatus to);
    static QString key(ParticipantStatus s);
    static std::optional<ParticipantStatus> fromKey(const QString& key);
    static QString displayName(ParticipantStatus s);
    // "screened -> eligible, ineligible": for messages that say what is allowed.
    static QString allowedNext(ParticipantStatus from);

    static QString key(ExclusionCategory c);
    static std::optional<ExclusionCategory> exclusionFromKey(const QString& key);
    static QString displayName(ExclusionCategory c);
};

} // namespace td
