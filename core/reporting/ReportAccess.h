#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td {

// Who may see which trial-wide report (the PI dashboard, the CONSORT diagram).
//  - Trial-wide counts without arms (recruitment, screening funnel, the enrolment part of
//    CONSORT, the open safety alert count): anyone who sees participants trial-wide, i.e.
//    ViewParticipants, except therapists (who reach only their own participants).
//  - Counts by arm (arm sizes, CONSORT per arm): additionally ViewArm. A blinded assessor
//    never receives anything by arm.
//  - Outcomes by arm (retention, attendance, trajectories, change classes, effect sizes):
//    interim comparisons of the arms, for the PI and the unblinded statistician only.
class ReportAccess
{
    Q_DECLARE_TR_FUNCTIONS(ReportAccess)

public:
    enum class Level { TrialCounts, CountsByArm, OutcomesByArm };

    static bool allows(const Actor& actor, Level level);
    // Forbidden, with a message naming the role and what was refused, or ok.
    static Status require(const Actor& actor, Level level);
};

} // namespace td
