#include "reporting/ReportAccess.h"

namespace td {

bool ReportAccess::allows(const Actor& actor, Level level)
{
    const bool trialWide = actor.can(Permission::ViewParticipants) && actor.role != Role::Therapist;
    switch (level) {
    case Level::TrialCounts:
        return trialWide;
    case Level::CountsByArm:
        return trialWide && actor.seesArms();
    case Level::OutcomesByArm:
        return trialWide && actor.seesArms() &&
               (actor.role == Role::PrincipalInvestigator || actor.role == Role::Statistician);
    }
    return false;
}

Status ReportAccess::require(const Actor& actor, Level level)
{
    if (allows(actor, level))
        return {};
    QString what;
    switch (level) {
    case Level::TrialCounts:
        what = tr("trial-wide participant counts");
        break;
    case Level::CountsByArm:
        what = tr("participant counts by treatment arm");
        break;
    case Level::OutcomesByArm:
        what = tr("outcomes compared between treatment arms");
        break;
    }
    return makeError(ErrorCode::Forbidden,
                     tr("The role %1 may not see %2.").arg(Roles::displayName(actor.role), what));
}

} // namespace td
