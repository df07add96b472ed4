#include "participants/ParticipantStatus.h"

#include <QStringList>

namespace td {

bool StatusRules::allowed(ParticipantStatus from, ParticipantStatus to)
{
    using S = ParticipantStatus;
    switch (from) {
    case S::Screened:
        return to == S::Eligible || to == S::Ineligible;
    case S::Eligible:
        return to == S::Consented || to == S::Declined;
    case S::Consented:
        // Withdrawal before randomization is possible; randomization is its own core call.
        return to == S::Randomized || to == S::Withdrawn;
    case S::Randomized:
        return to == S::InTreatment || to == S::Discontinued || to == S::Withdrawn ||
               to == S::LostToFollowUp;
    case S::InTreatment:
        return to == S::Completed || to == S::Discontinued || to == S::Withdrawn ||
               to == S::LostToFollowUp;
    case S::Completed:
        // Follow-up continues after therapy ends.
        return to == S::Withdrawn || to == S::LostToFollowUp;
    case S::Discontinued:
        // Follow-up continues; treatment may resume.
        return to == S::InTreatment || to == S::Withdrawn || to == S::LostToFollowUp;
    case S::LostToFollowUp:
        // A participant who is traced again returns to where they were heading.
        return to == S::InTreatment || to == S::Completed || to == S::Discontinued ||
               to == S::Withdrawn;
    case S::Ineligible:
    case S::Declined:
    case S::Withdrawn:
        return false;
    }
    return false;
}

bool StatusRules::needsReason(ParticipantStatus from, ParticipantStatus to)
{
    using S = ParticipantStatus;
    if (to == S::Ineligible || to == S::Withdrawn || to == S::LostToFollowUp ||
        to == S::Discontinued)
        return true;
    // Going back (traced again, treatment resumed) is unusual and must be explained.
    return from == S::LostToFollowUp || from == S::Discontinued;
}

QString StatusRules::key(ParticipantStatus s)
{
    using S = ParticipantStatus;
    switch (s) {
    case S::Screened:
        return QStringLiteral("screened");
    case S::Eligible:
        return QStringLiteral("eligible");
    case S::Ineligible:
        return QStringLiteral("ineligible");
    case S::Consented:
        return QStringLiteral("consented");
    case S::Declined:
        return QStringLiteral("declined");
    case S::Randomized:
        return QStringLiteral("randomized");
    case S::InTreatment:
        return QStringLiteral("in_treatment");
    case S::Completed:
        return QStringLiteral("completed");
    case S::Withdrawn:
        return QStringLiteral("withdrawn");
    case S::LostToFollowUp:
        return QStringLiteral("lost_to_follow_up");
    case S::Discontinued:
        return QStringLiteral("discontinued");
    }
    return {};
}

std::optional<ParticipantStatus> StatusRules::fromKey(const QString& k)
{
    for (ParticipantStatus s : allStatuses)
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString StatusRules::displayName(ParticipantStatus s)
{
    using S = ParticipantStatus;
    switch (s) {
    case S::Screened:
        return tr("Screened");
    case S::Eligible:
        return tr("Eligible");
    case S::Ineligible:
        return tr("Ineligible");
    case S::Consented:
        return tr("Consented");
    case S::Declined:
        return tr("Declined");
    case S::Randomized:
        return tr("Randomized");
    case S::InTreatment:
        return tr("In treatment");
    case S::Completed:
        return tr("Completed");
    case S::Withdrawn:
        return tr("Withdrawn");
    case S::LostToFollowUp:
        return tr("Lost to follow-up");
    case S::Discontinued:
        return tr("Discontinued treatment");
    }
    return {};
}

QString StatusRules::allowedNext(ParticipantStatus from)
{
    QStringList names;
    for (ParticipantStatus s : allStatuses)
        if (allowed(from, s))
            names << displayName(s);
    return names.isEmpty() ? tr("none (final status)") : names.join(QStringLiteral(", "));
}

QString StatusRules::key(ExclusionCategory c)
{
    switch (c) {
    case ExclusionCategory::InclusionNotMet:
        return QStringLiteral("inclusion_not_met");
    case ExclusionCategory::Declined:
        return QStringLiteral("declined");
    case ExclusionCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ExclusionCategory> StatusRules::exclusionFromKey(const QString& k)
{
    for (auto c : {ExclusionCategory::InclusionNotMet, ExclusionCategory::Declined,
                   ExclusionCategory::Other})
        if (key(c) == k)
            return c;
    return std::nullopt;
}

QString StatusRules::displayName(ExclusionCategory c)
{
    switch (c) {
    case ExclusionCategory::InclusionNotMet:
        return tr("Inclusion criteria not met");
    case ExclusionCategory::Declined:
        return tr("Declined to participate");
    case ExclusionCategory::Other:
        return tr("Other reasons");
    }
    return {};
}

} // namespace td
