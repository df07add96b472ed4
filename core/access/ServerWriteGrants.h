#pragma once

#include "access/Role.h"
#include "common/Result.h"

#include <QStringList>
#include <functional>

namespace td {

class Database;

// The write side of a server trial's privileges, and what follows the protocol
// (docs/postgresql.md, "What each role may write"). Run by ServerPrivileges::grant as the
// tables' owner, after it has given every group the tables:
// - writes(): each group may INSERT, UPDATE and DELETE exactly what WriteGrants says its role
//   writes (from Permissions), and a therapist only their own participants' rows;
// - monitors(): the monitors' group reads like the blinded assessor (no arm, no therapist,
//   nothing tied to a session) unless the protocol's monitors_see_arms says otherwise; a
//   trigger on the trial row grants again when an amendment changes it;
// - unblinding(): td_unblinded_arm, the one arm a blinded user unblinded in an emergency.
class ServerWriteGrants
{
public:
    using Group = std::function<QString(Role)>; // the quoted group role of a TrialDesk role

    static Result<QStringList> writes(Database& db, const Group& group);
    static Result<QStringList> monitors(Database& db, const Group& group);
    static QStringList unblinding(const Group& group);
    // The trial's tables (not views) that have a column `column` (the policies and grants that
    // follow a participant or an assessment).
    static Result<QStringList> tablesWith(Database& db, const QString& column);
};

} // namespace td
