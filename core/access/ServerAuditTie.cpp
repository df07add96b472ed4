#include "access/ServerAuditTie.h"

namespace td {

const std::vector<ServerAuditTie::Tie>& ServerAuditTie::ties()
{
    auto one = [](const char* entity) { return QStringList{QString::fromLatin1(entity)}; };
    // A participant's answers and covariates are audited as fields of the participant, a
    // score with its assessment, a minimization's levels with their allocation; everything
    // else under its own table's name (AuditedWrite).
    static const std::vector<Tie> all = {
        {"participant", "id", one("participant")},
        {"eligibility_answer", "participant_id", one("participant")},
        {"covariate_value", "participant_id", one("participant")},
        {"allocation", "id", one("allocation")},
        {"allocation_level", "allocation_id", one("allocation")},
        {"therapy_session", "id", one("therapy_session")},
        {"assessment", "id", one("assessment")},
        {"assessment_score", "assessment_id", one("assessment")},
        {"arm_guess", "id", one("arm_guess")},
        {"alert", "id", one("alert")},
        {"emergency_unblinding", "id", one("emergency_unblinding")},
        {"double_entry", "id", one("double_entry")},
        {"double_entry_resolution", "id", one("double_entry_resolution")},
        {"source_verification", "id", one("source_verification")},
        {"data_query", "id", one("data_query")},
        {"data_query_step", "id", one("data_query_step")},
        {"data_lock", "id", one("data_lock")},
    };
    return all;
}

QStringList ServerAuditTie::statements(const QString& groups, Bound bound)
{
    // The tests' own hand edits (tampering that a check must find) say so in their session.
    const QString free =
        bound == Bound::Everyone
            ? QStringLiteral("current_setting('td.hand_edit', true) IS NOT DISTINCT FROM 'on'")
            : QStringLiteral("(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) OR "
                             "pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE "
                             "oid = TG_RELID), 'MEMBER')");
    QStringList out{
        QStringLiteral("CREATE TABLE IF NOT EXISTS td_audit_tx (tx BIGINT NOT NULL, entity TEXT "
                       "NOT NULL, entity_id TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS td_audit_tx_key ON td_audit_tx (tx, entity, "
                       "entity_id)"),
        QStringLiteral("REVOKE ALL ON td_audit_tx FROM PUBLIC%1")
            .arg(groups.isEmpty() ? QString() : QStringLiteral(", ") + groups),
        // Each audit row as it goes in (after td_audit_chain let it); the notes of finished
        // transactions are no longer needed.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION td_audit_note() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $td$ BEGIN DELETE FROM "
            "td_audit_tx WHERE tx < txid_snapshot_xmin(txid_current_snapshot()); INSERT INTO "
            "td_audit_tx (tx, entity, entity_id) VALUES (txid_current(), NEW.entity, "
            "NEW.entity_id); RETURN NULL; END $td$"),
        QStringLiteral("REVOKE ALL ON FUNCTION td_audit_note() FROM PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS td_audit_note ON audit_log"),
        QStringLiteral("CREATE TRIGGER td_audit_note AFTER INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION td_audit_note()"),
        // At commit; a row changed twice is asked twice, which costs an index probe.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION td_audit_tie() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $td$ DECLARE k TEXT := "
            "to_jsonb(NEW) ->> TG_ARGV[0]; BEGIN IF %1 THEN RETURN NULL; END IF; IF NOT EXISTS "
            "(SELECT 1 FROM td_audit_tx t WHERE t.tx = txid_current() AND t.entity = ANY "
            "(TG_ARGV[1:]) AND t.entity_id = k) THEN RAISE EXCEPTION 'a change to % % has no "
            "audit row naming it in its transaction', TG_TABLE_NAME, k USING ERRCODE = '42501', "
            "HINT = 'TrialDesk writes each change with its audit row; write through the "
            "program.'; END IF; RETURN NULL; END $td$")
            .arg(free),
        QStringLiteral("REVOKE ALL ON FUNCTION td_audit_tie() FROM PUBLIC"),
    };
    // An UPDATE that leaves the row as it was (a score stored again unchanged) changes nothing
    // to audit.
    for (const Tie& t : ties()) {
        QStringList args{QStringLiteral("'%1'").arg(QLatin1String(t.key))};
        for (const QString& e : t.entities)
            args << QStringLiteral("'%1'").arg(e);
        const QString table = QLatin1String(t.table);
        const QString call =
            QStringLiteral("DEFERRABLE INITIALLY DEFERRED FOR EACH ROW %1 EXECUTE FUNCTION "
                           "td_audit_tie(%2)");
        const QString arguments = args.join(QStringLiteral(", "));
        out << QStringLiteral("DROP TRIGGER IF EXISTS td_audit_tie_insert ON %1").arg(table)
            << QStringLiteral("DROP TRIGGER IF EXISTS td_audit_tie_update ON %1").arg(table)
            << QStringLiteral("CREATE CONSTRAINT TRIGGER td_audit_tie_insert AFTER INSERT ON %1 ")
                       .arg(table) +
                   call.arg(QString(), arguments)
            << QStringLiteral("CREATE CONSTRAINT TRIGGER td_audit_tie_update AFTER UPDATE ON %1 ")
                       .arg(table) +
                   call.arg(QStringLiteral("WHEN (OLD.* IS DISTINCT FROM NEW.*)"), arguments);
    }
    return out;
}

} // namespace td
