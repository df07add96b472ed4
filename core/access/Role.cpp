#include "access/Role.h"

namespace td {

bool Roles::allows(Role role, Permission p, bool monitorsSeeArms)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator:
        // Runs the installation; sees no clinical data.
        return p == P::ManageUsers || p == P::EditProtocol || p == P::ViewProtocol ||
               p == P::ViewAuditTrail || p == P::BackupRestore || p == P::ImportInstruments;
    case Role::PrincipalInvestigator:
        // Sees arms, but never the allocation list (concealment) and needs no unblinding.
        return p != P::ManageUsers && p != P::EditProtocol && p != P::ManageRandomization &&
               p != P::EmergencyUnblind && p != P::BackupRestore && p != P::RecordArmGuess &&
               p != P::VerifySource && p != P::ImportInstruments;
    case Role::Coordinator:
        return p == P::ViewProtocol || p == P::ViewParticipants || p == P::ScreenParticipants ||
               p == P::AssignTherapist || p == P::Randomize || p == P::ViewArm ||
               p == P::RecordSessions || p == P::EnterAssessments ||
               p == P::RemoveClinicalRecords || p == P::ViewAlerts || p == P::RaiseQueries ||
               p == P::AnswerQueries || p == P::AdjudicateEntries || p == P::ImportInstruments;
    case Role::Therapist:
        // Only their own participants; the repositories narrow the rows.
        return p == P::ViewProtocol || p == P::ViewParticipants || p == P::ViewArm ||
               p == P::RecordSessions || p == P::EnterAssessments || p == P::ViewAlerts ||
               p == P::AcknowledgeAlerts;
    case Role::BlindedAssessor:
        // Never ViewArm: blinding is enforced by every core call that could reveal an arm.
        return p == P::ViewProtocol || p == P::ViewParticipants || p == P::EnterAssessments ||
               p == P::ViewAlerts || p == P::EmergencyUnblind || p == P::RecordArmGuess ||
               p == P::AnswerQueries;
    case Role::Statistician:
        return p == P::ViewProtocol || p == P::ViewParticipants || p == P::ViewArm ||
               p == P::ViewAuditTrail || p == P::ExportData || p == P::ManageRandomization ||
               p == P::BackupRestore || p == P::RaiseQueries;
    case Role::Dmc:
        // Unblinded and read-only; whether they see outcomes compared between arms is the
        // protocol's comparative_outcomes_visible_to (Disclosure::comparativeOutcomes).
        return p == P::ViewProtocol || p == P::ViewParticipants || p == P::ViewArm ||
               p == P::ViewAlerts;
    case Role::Monitor:
        // Read-only: verifies forms against their source and asks about values.
        return p == P::ViewProtocol || p == P::ViewParticipants || p == P::RaiseQueries ||
               p == P::VerifySource || (p == P::ViewArm && monitorsSeeArms);
    }
    return false;
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::PrincipalInvestigator:
        return QStringLiteral("principal_investigator");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Therapist:
        return QStringLiteral("therapist");
    case Role::BlindedAssessor:
        return QStringLiteral("blinded_assessor");
    case Role::Statistician:
        return QStringLiteral("statistician");
    case Role::Dmc:
        return QStringLiteral("dmc");
    case Role::Monitor:
        return QStringLiteral("monitor");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role r : allRoles)
        if (Roles::key(r) == key)
            return r;
    // docs/protocol.md names the blinded assessor's role "assessor".
    if (key == QStringLiteral("assessor"))
        return Role::BlindedAssessor;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::PrincipalInvestigator:
        return tr("Principal investigator");
    case Role::Coordinator:
        return tr("Research coordinator");
    case Role::Therapist:
        return tr("Therapist");
    case Role::BlindedAssessor:
        return tr("Blinded outcome assessor");
    case Role::Statistician:
        return tr("Statistician (unblinded)");
    case Role::Dmc:
        return tr("Data monitoring committee");
    case Role::Monitor:
        return tr("Monitor (source data verification)");
    }
    return {};
}

QString Roles::permissionName(Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::EditProtocol:
        return tr("edit the protocol");
    case Permission::ViewProtocol:
        return tr("view the protocol");
    case Permission::ViewParticipants:
        return tr("view participants");
    case Permission::ScreenParticipants:
        return tr("screen and enrol participants");
    case Permission::AssignTherapist:
        return tr("assign therapists");
    case Permission::Randomize:
        return tr("randomize participants");
    case Permission::ViewArm:
        return tr("see treatment allocations");
    case Permission::RecordSessions:
        return tr("record therapy sessions");
    case Permission::EnterAssessments:
        return tr("enter assessments");
    case Permission::RemoveClinicalRecords:
        return tr("remove clinical records");
    case Permission::ViewAuditTrail:
        return tr("view the audit trail");
    case Permission::ExportData:
        return tr("export data");
    case Permission::ViewAlerts:
        return tr("see safety alerts");
    case Permission::AcknowledgeAlerts:
        return tr("acknowledge safety alerts");
    case Permission::ManageRandomization:
        return tr("set up randomization and see the allocation list");
    case Permission::EmergencyUnblind:
        return tr("unblind a participant in an emergency");
    case Permission::ReviewUnblindings:
        return tr("review emergency unblindings");
    case Permission::BackupRestore:
        return tr("back up and restore the trial database");
    case Permission::RecordArmGuess:
        return tr("record a guess of the arm after a blinded rating");
    case Permission::LockData:
        return tr("lock the data for analysis and unlock them");
    case Permission::RaiseQueries:
        return tr("raise and close data queries");
    case Permission::AnswerQueries:
        return tr("respond to data queries");
    case Permission::VerifySource:
        return tr("verify forms against their source");
    case Permission::AdjudicateEntries:
        return tr("adjudicate the differences of double data entry");
    case Permission::ImportInstruments:
        return tr("add instruments from a REDCap data dictionary");
    }
    return {};
}

} // namespace td
