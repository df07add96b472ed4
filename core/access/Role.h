#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>

namespace td {

enum class Role {
    Administrator,
    PrincipalInvestigator,
    Coordinator,
    Therapist,
    BlindedAssessor,
    Statistician,
    // A member of the data monitoring committee: reads the trial's figures by arm (in the
    // window and in the closed DMC report) and changes nothing.
    Dmc,
    // A monitor: verifies forms against their source and raises queries; changes no value.
    // Blinded unless the protocol's monitors_see_arms says otherwise.
    Monitor,
};

inline constexpr std::array<Role, 8> allRoles = {
    Role::Administrator,   Role::PrincipalInvestigator, Role::Coordinator, Role::Therapist,
    Role::BlindedAssessor, Role::Statistician,          Role::Dmc,         Role::Monitor};

// What a caller may do. Every core operation names the permission it needs.
enum class Permission {
    ManageUsers,
    EditProtocol,
    ViewProtocol,
    ViewParticipants,
    ScreenParticipants, // create, eligibility, consent, covariates, status changes
    AssignTherapist,
    Randomize,
    ViewArm, // see a participant's allocation
    RecordSessions,
    EnterAssessments,
    RemoveClinicalRecords, // mark a session or assessment removed (never deleted)
    ViewAuditTrail,
    ExportData,
    ViewAlerts, // safety alerts (therapists: their own participants)
    AcknowledgeAlerts,
    // Set the randomization method, generate and read the allocation list (unblinded
    // statistician only: nobody else may see the list or learn the next allocation).
    ManageRandomization,
    EmergencyUnblind,  // a blinded user learns one participant's arm, with a reason
    ReviewUnblindings, // see (and acknowledge) emergency unblindings
    BackupRestore,     // make online backups and restore the trial file from one
    // After a blinded rating, record a guess of the participant's arm (the blinding index).
    RecordArmGuess,
    // Lock the data for analysis (a participant, a visit or the whole trial) and unlock them.
    LockData,
    // Raise a data query on a value or a form, and close or re-open the queries one raised.
    RaiseQueries,
    // Respond to the data queries of the participants one reaches (site staff).
    AnswerQueries,
    // Mark a form as verified against its source document (source data verification).
    VerifySource,
    // Choose the value of an item on which the two entries of a double-entered form differ.
    AdjudicateEntries,
    // Add instruments to the trial from a REDCap data dictionary (administrators and the
    // research coordinators who manage the data).
    ImportInstruments,
};

inline constexpr std::array<Permission, 26> allPermissions = {Permission::ManageUsers,
                                                              Permission::EditProtocol,
                                                              Permission::ViewProtocol,
                                                              Permission::ViewParticipants,
                                                              Permission::ScreenParticipants,
                                                              Permission::AssignTherapist,
                                                              Permission::Randomize,
                                                              Permission::ViewArm,
                                                              Permission::RecordSessions,
                                                              Permission::EnterAssessments,
                                                              Permission::RemoveClinicalRecords,
                                                              Permission::ViewAuditTrail,
                                                              Permission::ExportData,
                                                              Permission::ViewAlerts,
                                                              Permission::AcknowledgeAlerts,
                                                              Permission::ManageRandomization,
                                                              Permission::EmergencyUnblind,
                                                              Permission::ReviewUnblindings,
                                                              Permission::BackupRestore,
                                                              Permission::RecordArmGuess,
                                                              Permission::LockData,
                                                              Permission::RaiseQueries,
                                                              Permission::AnswerQueries,
                                                              Permission::VerifySource,
                                                              Permission::AdjudicateEntries,
                                                              Permission::ImportInstruments};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    // The permission matrix: the single place that says who may do what.
    // A monitor sees arms only in a trial whose protocol says so (`monitorsSeeArms`).
    static bool allows(Role role, Permission permission, bool monitorsSeeArms = false);
    // Stable key stored in the database ("principal_investigator").
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);
    static QString displayName(Role role);
    static QString permissionName(Permission permission);
};

} // namespace td
