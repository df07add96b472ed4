#pragma once

#include <QStringList>

namespace td {

// Checked writes on a server (docs/postgresql.md, "Checked writes"): validating triggers, so a
// login that writes by hand (psql) cannot skip what the core checks when it randomizes or moves
// a participant's status. The rules come from the core's own (ParticipantStatuses::allowed),
// written into the trigger when ServerPrivileges::grant runs. A superuser's writes (the
// harness, the demo generator) are not checked.
class ServerChecks
{
public:
    static QStringList statements();
};

} // namespace td
