#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// Who may see which trial-wide report (the PI dashboard, the CONSORT diagram, the closed DMC
// report).
//  - Trial-wide counts without arms (recruitment, screening funnel, the enrolment part of
//    CONSORT, the open safety alert count): anyone who sees participants trial-wide, i.e.
//    ViewParticipants, except therapists (who reach only their own participants).
//  - Counts by arm (arm sizes, session attendance, CONSORT per arm), and outcomes pooled over
//    the arms (retention, trajectories, change classes): additionally ViewArm. A blinded
//    assessor never receives anything by arm.
//  - Outcomes compared between arms (retention, trajectories and change per arm, effect
//    sizes, the blinding index): the roles in the protocol's comparative_outcomes_visible_to,
//    and the principal investigator once the database is locked (Disclosure).
class ReportAccess
{
    Q_DECLARE_TR_FUNCTIONS(ReportAccess)

public:
    enum class Level { TrialCounts, CountsByArm };

    static bool allows(const Actor& actor, Level level);
    // Forbidden, with a message naming the role and what was refused, or ok.
    static Status require(const Actor& actor, Level level);

    // Whether `actor` sees outcomes compared between arms in this trial.
    static Result<bool> comparative(Database& db, const Actor& actor);
    static Status requireComparative(Database& db, const Actor& actor);
    // The line shown beside pooled figures: who sees them by arm, and when.
    static QString pooledNote(Database& db);
};

} // namespace td
