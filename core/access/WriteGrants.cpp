#include "access/WriteGrants.h"

#include <map>

namespace td {

namespace {
TableWrite insert(const QString& table)
{
    return {table, true, false, false};
}
TableWrite update(const QString& table, const QStringList& columns = {})
{
    return {table, false, true, false, columns};
}
TableWrite insertUpdate(const QString& table)
{
    return {table, true, true, false};
}
// Scoring a saved, corrected or removed form (AssessmentScoring): its scores, the alerts they
// raise, the trial's running baseline statistics (NormRepository::updateBaseline), and the
// queries the rules raise on a completed visit form (DataQueries::raiseByRules: out of its
// window, prorated, not scorable, an edit check), whoever saves it.
std::vector<TableWrite> scoring()
{
    return {{QStringLiteral("assessment_score"), true, true, false},
            {QStringLiteral("alert"), true, false, false},
            {QStringLiteral("baseline_stat"), true, true, false},
            {QStringLiteral("data_query"), true, false, false},
            {QStringLiteral("data_query_step"), true, false, false}};
}

// A change to a form verified against its source (a correction, an adjudication, a removal)
// clears the monitor's mark, in the change's own transaction (SourceVerifications::onChange),
// and raises a query to the site (the rules' queries, in scoring()).
TableWrite clearsVerification()
{
    return {QStringLiteral("source_verification"),
            false,
            true,
            false,
            {QStringLiteral("cleared_at"), QStringLiteral("cleared_reason")}};
}

std::vector<TableWrite> with(std::vector<TableWrite> writes, const std::vector<TableWrite>& more)
{
    writes.insert(writes.end(), more.begin(), more.end());
    return writes;
}

// A protocol table: edited, and rows that nothing uses yet removed (ProtocolWriter::drop).
TableWrite protocol(const QString& table)
{
    return {table, true, true, true};
}
} // namespace

std::vector<TableWrite> WriteGrants::of(Permission p)
{
    using P = Permission;
    switch (p) {
    case P::ManageUsers:
        // A user's sites are written again as a whole (UserRepository::writeSites); the lock
        // time is the user management's setting (LockSettings).
        return {insertUpdate(QStringLiteral("users")),
                {QStringLiteral("user_site"), true, false, true},
                update(QStringLiteral("trial"), {QStringLiteral("lock_minutes")})};
    case P::EditProtocol:
        return {protocol(QStringLiteral("trial")),
                protocol(QStringLiteral("protocol_version")),
                protocol(QStringLiteral("site")),
                protocol(QStringLiteral("arm")),
                protocol(QStringLiteral("arm_session_plan")),
                protocol(QStringLiteral("session_measure")),
                protocol(QStringLiteral("time_point")),
                protocol(QStringLiteral("time_point_instrument")),
                protocol(QStringLiteral("instrument_definition")),
                protocol(QStringLiteral("covariate")),
                protocol(QStringLiteral("covariate_choice")),
                protocol(QStringLiteral("eligibility_criterion")),
                protocol(QStringLiteral("strat_factor")),
                insertUpdate(QStringLiteral("instrument_norm"))};
    case P::ImportInstruments:
        return {insert(QStringLiteral("instrument_definition"))};
    case P::ScreenParticipants:
        // The site's next study number is counted on the site's row.
        return {insertUpdate(QStringLiteral("participant")),
                insert(QStringLiteral("eligibility_answer")),
                insertUpdate(QStringLiteral("covariate_value")),
                update(QStringLiteral("site"), {QStringLiteral("next_number")})};
    case P::AssignTherapist:
        return {update(QStringLiteral("participant"))};
    case P::Randomize:
        return {insert(QStringLiteral("allocation")), insert(QStringLiteral("allocation_level")),
                update(QStringLiteral("participant"))};
    case P::RecordSessions:
        // Session measures are assessments linked to the session.
        return with({insertUpdate(QStringLiteral("therapy_session")),
                     insertUpdate(QStringLiteral("assessment"))},
                    scoring());
    case P::EnterAssessments:
        return with({insertUpdate(QStringLiteral("assessment")),
                     insertUpdate(QStringLiteral("double_entry")), clearsVerification()},
                    scoring());
    case P::RemoveClinicalRecords:
        // Removed is a mark on the row, never a DELETE; a removed form leaves the scores.
        return with({update(QStringLiteral("assessment")),
                     update(QStringLiteral("therapy_session")), clearsVerification()},
                    scoring());
    case P::AcknowledgeAlerts:
        return {update(QStringLiteral("alert"))};
    case P::ManageRandomization:
        // The settings are replaced as a whole. (Sealing an encrypted file's list rewrites the
        // list's rows; a server trial never holds a sealed list, so that is not granted.)
        return {{QStringLiteral("randomization_settings"), true, false, true},
                {QStringLiteral("randomization_factor"), true, false, true},
                insert(QStringLiteral("allocation_list")),
                insert(QStringLiteral("allocation_list_entry")),
                insert(QStringLiteral("allocation_list_sealed_entry"))};
    case P::EmergencyUnblind:
        return {insert(QStringLiteral("emergency_unblinding"))};
    case P::ReviewUnblindings:
        return {update(QStringLiteral("emergency_unblinding"))};
    case P::RecordArmGuess:
        return {insert(QStringLiteral("arm_guess"))};
    case P::LockData:
        return {insert(QStringLiteral("data_lock"))};
    case P::RaiseQueries:
        return {insertUpdate(QStringLiteral("data_query")),
                insert(QStringLiteral("data_query_step"))};
    case P::AnswerQueries:
        return {update(QStringLiteral("data_query")), insert(QStringLiteral("data_query_step"))};
    case P::VerifySource:
        return {insertUpdate(QStringLiteral("source_verification"))};
    case P::AdjudicateEntries:
        // The chosen value goes into the form, which is scored again.
        return with({update(QStringLiteral("double_entry")),
                     insert(QStringLiteral("double_entry_resolution")),
                     update(QStringLiteral("assessment")), clearsVerification()},
                    scoring());
    case P::ViewProtocol:
    case P::ViewParticipants:
    case P::ViewArm:
    case P::ViewAuditTrail:
    case P::ExportData:
    case P::ViewAlerts:
    case P::BackupRestore:
        // Reading, exporting and backing up write only audit rows.
        return {};
    }
    return {};
}

std::vector<TableWrite> WriteGrants::everyone()
{
    return {{QStringLiteral("login_throttle"), true, true, true},
            insert(QStringLiteral("audit_checkpoint")),
            insert(QStringLiteral("electronic_signature"))};
}

std::vector<TableWrite> WriteGrants::forRole(Role role)
{
    std::map<QString, TableWrite> merged;
    auto add = [&merged](const TableWrite& w) {
        auto [it, fresh] = merged.try_emplace(w.table, w);
        if (fresh)
            return;
        TableWrite& m = it->second;
        const bool tableWide =
            (m.update && m.columns.isEmpty()) || (w.update && w.columns.isEmpty());
        m.insert = m.insert || w.insert;
        m.remove = m.remove || w.remove;
        m.update = m.update || w.update;
        if (tableWide)
            m.columns.clear();
        else
            for (const QString& c : w.columns)
                if (!m.columns.contains(c))
                    m.columns << c;
    };
    for (const TableWrite& w : everyone())
        add(w);
    for (Permission p : allPermissions)
        if (Roles::allows(role, p))
            for (const TableWrite& w : of(p))
                add(w);
    std::vector<TableWrite> out;
    for (auto& entry : merged)
        out.push_back(entry.second);
    return out;
}

const QStringList& WriteGrants::clinicalTables()
{
    static const QStringList tables = {QStringLiteral("participant"),
                                       QStringLiteral("eligibility_answer"),
                                       QStringLiteral("covariate_value"),
                                       QStringLiteral("allocation"),
                                       QStringLiteral("allocation_level"),
                                       QStringLiteral("allocation_list"),
                                       QStringLiteral("allocation_list_entry"),
                                       QStringLiteral("allocation_list_sealed_entry"),
                                       QStringLiteral("therapy_session"),
                                       QStringLiteral("assessment"),
                                       QStringLiteral("assessment_score"),
                                       QStringLiteral("alert"),
                                       QStringLiteral("arm_guess"),
                                       QStringLiteral("double_entry"),
                                       QStringLiteral("double_entry_resolution"),
                                       QStringLiteral("source_verification"),
                                       QStringLiteral("data_query"),
                                       QStringLiteral("data_query_step"),
                                       QStringLiteral("data_lock"),
                                       QStringLiteral("emergency_unblinding"),
                                       QStringLiteral("electronic_signature"),
                                       QStringLiteral("audit_log"),
                                       QStringLiteral("audit_checkpoint")};
    return tables;
}

} // namespace td
