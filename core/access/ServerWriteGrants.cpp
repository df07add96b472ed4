#include "access/ServerWriteGrants.h"

#include "access/WriteGrants.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace td {

namespace {
// "'blinded_assessor', 'principal_investigator'": the users' role keys that hold `permission`.
QString roleKeys(Permission permission)
{
    QStringList keys;
    for (Role role : allRoles)
        if (Roles::allows(role, permission))
            keys << QStringLiteral("'%1'").arg(Roles::key(role));
    return keys.join(QStringLiteral(", "));
}

// The columns a blinded reader keeps (docs/postgresql.md): the same as the assessor's.
const char* const blindedColumns =
    "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM "
    "information_schema.columns WHERE table_schema = 'public' AND table_name = '%1' AND "
    "column_name NOT IN (%2)";
} // namespace

Result<QStringList> ServerWriteGrants::tablesWith(Database& db, const QString& column)
{
    auto q = db.exec(QStringLiteral("SELECT c.table_name FROM information_schema.columns c JOIN "
                                    "information_schema.tables t ON t.table_schema = "
                                    "c.table_schema AND t.table_name = c.table_name WHERE "
                                    "c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
                                    "AND c.column_name = ? ORDER BY 1"),
                     {column});
    TD_TRY(q);
    QStringList out;
    while ((*q)->next())
        out << (*q)->value(0).toString();
    return out;
}

Result<QStringList> ServerWriteGrants::writes(Database& db, const Group& group)
{
    QStringList all;
    for (Role role : allRoles)
        all << group(role);
    // Only what the role's permissions write (WriteGrants), nothing else: no hand-edited
    // protocol, no session by a coordinator's login, no DELETE of a clinical row.
    QStringList out{QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN "
                                   "SCHEMA public FROM %1")
                        .arg(all.join(QStringLiteral(", ")))};
    for (Role role : allRoles) {
        for (const TableWrite& w : WriteGrants::forRole(role)) {
            QStringList privileges;
            if (w.insert)
                privileges << QStringLiteral("INSERT");
            if (w.update && w.columns.isEmpty())
                privileges << QStringLiteral("UPDATE");
            if (w.remove)
                privileges << QStringLiteral("DELETE");
            if (!privileges.isEmpty())
                out << QStringLiteral("GRANT %1 ON %2 TO %3")
                           .arg(privileges.join(QStringLiteral(", ")), w.table, group(role));
            if (w.update && !w.columns.isEmpty())
                out << QStringLiteral("GRANT UPDATE (%1) ON %2 TO %3")
                           .arg(w.columns.join(QStringLiteral(", ")), w.table, group(role));
        }
    }

    // A therapist writes only for the participants assigned to them (Reach), and reads only
    // those: restrictive policies beside the sites' own.
    const QString therapist = group(Role::Therapist);
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION td_my_participants() RETURNS SETOF BIGINT LANGUAGE sql "
               "STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $td$ SELECT p.id FROM "
               "participant p JOIN users u ON u.id = p.therapist_id WHERE u.username = "
               "session_user $td$")
        << QStringLiteral("REVOKE ALL ON FUNCTION td_my_participants() FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION td_my_participants() TO %1").arg(therapist)
        << QStringLiteral("DROP POLICY IF EXISTS td_therapist ON participant")
        << QStringLiteral("CREATE POLICY td_therapist ON participant AS RESTRICTIVE TO %1 USING "
                          "(id IN (SELECT td_my_participants()))")
               .arg(therapist);
    auto linked = tablesWith(db, QStringLiteral("participant_id"));
    TD_TRY(linked);
    for (const QString& table : *linked) {
        if (table == QLatin1String("allocation"))
            continue; // a therapist does not randomize (and the stratum counts span sites)
        for (const QString& command : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")}) {
            const QString name = QStringLiteral("td_therapist_%1").arg(command.toLower());
            out << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table);
            const QString rule = QStringLiteral("(participant_id IS NULL OR participant_id IN "
                                                "(SELECT td_my_participants()))");
            out << (command == QLatin1String("INSERT")
                        ? QStringLiteral("CREATE POLICY %1 ON %2 AS RESTRICTIVE FOR INSERT TO %3 "
                                         "WITH CHECK %4")
                              .arg(name, table, therapist, rule)
                        : QStringLiteral("CREATE POLICY %1 ON %2 AS RESTRICTIVE FOR UPDATE TO %3 "
                                         "USING %4 WITH CHECK %4")
                              .arg(name, table, therapist, rule));
        }
    }
    return out;
}

Result<QStringList> ServerWriteGrants::monitors(Database& db, const Group& group)
{
    const QString monitor = group(Role::Monitor);
    const QString participantColumns =
        QString::fromLatin1(blindedColumns)
            .arg(QStringLiteral("participant"), QStringLiteral("'arm_id', 'therapist_id'"));
    const QString auditColumns =
        QString::fromLatin1(blindedColumns)
            .arg(QStringLiteral("audit_log"),
                 QStringLiteral("'old_value', 'new_value', 'changes', 'entity_id', 'field', "
                                "'reason'"));
    // The group's name is built inside the function (its database's), so the trigger needs no
    // argument; the protocol's one trial row says whether monitors see arms.
    QStringList out{
        QStringLiteral("CREATE OR REPLACE FUNCTION td_monitors_see_arms() RETURNS BOOLEAN "
                       "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp "
                       "AS $td$ SELECT COALESCE((SELECT monitors_see_arms <> 0 FROM trial ORDER "
                       "BY id LIMIT 1), false) $td$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION td_monitor_reads() RETURNS void LANGUAGE plpgsql SECURITY "
            "DEFINER SET search_path = public, pg_temp AS $td$ DECLARE g TEXT := "
            "quote_ident(current_database() || ':monitor'); cols TEXT; BEGIN IF "
            "td_monitors_see_arms() THEN EXECUTE format('GRANT SELECT ON participant, "
            "therapy_session, allocation, allocation_level, audit_log TO %s', g); ELSE EXECUTE "
            "format('REVOKE ALL ON participant, therapy_session, allocation, allocation_level, "
            "audit_log FROM %s', g); %1 INTO cols; EXECUTE format('GRANT SELECT (%s) ON "
            "participant TO %s', cols, g); %2 INTO cols; EXECUTE format('GRANT SELECT (%s) ON "
            "audit_log TO %s', cols, g); END IF; END $td$")
            .arg(participantColumns, auditColumns),
        QStringLiteral("CREATE OR REPLACE FUNCTION td_monitor_reads_follow() RETURNS trigger "
                       "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS "
                       "$td$ BEGIN PERFORM td_monitor_reads(); RETURN NULL; END $td$"),
        QStringLiteral("REVOKE ALL ON FUNCTION td_monitor_reads(), td_monitor_reads_follow() FROM "
                       "PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS td_monitor_reads ON trial"),
        // An amendment that changes monitors_see_arms grants again, in its own transaction.
        QStringLiteral("CREATE TRIGGER td_monitor_reads AFTER INSERT OR UPDATE OF "
                       "monitors_see_arms ON trial FOR EACH STATEMENT EXECUTE FUNCTION "
                       "td_monitor_reads_follow()"),
        QStringLiteral("SELECT td_monitor_reads()"),
        // Nothing tied to a session while they are blinded (the assessor's policies).
        QStringLiteral("DROP POLICY IF EXISTS td_blinded_monitor ON assessment"),
        QStringLiteral("CREATE POLICY td_blinded_monitor ON assessment AS RESTRICTIVE FOR SELECT "
                       "TO %1 USING (session_id IS NULL OR td_monitors_see_arms())")
            .arg(monitor)};
    auto scored = tablesWith(db, QStringLiteral("assessment_id"));
    TD_TRY(scored);
    for (const QString& table : *scored)
        out << QStringLiteral("DROP POLICY IF EXISTS td_blinded_monitor ON %1").arg(table)
            << QStringLiteral("CREATE POLICY td_blinded_monitor ON %1 AS RESTRICTIVE FOR SELECT "
                              "TO %2 USING (assessment_id IS NULL OR assessment_id IN (SELECT id "
                              "FROM assessment) OR td_monitors_see_arms())")
                   .arg(table, monitor);
    return out;
}

QStringList ServerWriteGrants::unblinding(const Group& group)
{
    QStringList allowed;
    for (Role role : allRoles)
        if (Roles::allows(role, Permission::EmergencyUnblind))
            allowed << group(role);
    // The arm of one participant, for a user whose role may unblind (Roles::allows) and who has
    // recorded an emergency unblinding of that participant (EmergencyUnblinding::unblind: the
    // record and its audit row). Both rows must be committed before the arm is returned: a
    // value returned inside a transaction survives that transaction's rollback. A row of the
    // reading transaction, or of a savepoint within it (which has a transaction id of its own),
    // is "in progress" to pg_xact_status. The row's 32-bit xmin is widened to the full id
    // nearest the current snapshot's xmax (within 2^31 either side: the transaction's own ids
    // lie just past it, committed ones before it). One too old for the commit log to remember
    // gives NULL: committed long ago.
    const QString committed = QStringLiteral(
        "pg_xact_status((cur + ((%1.xmin::text::bigint - (cur & 4294967295) + 6442450944) % "
        "4294967296) - 2147483648)::text::xid8) IS DISTINCT FROM 'in progress'");
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION td_unblinded_arm(p_participant BIGINT) RETURNS BIGINT "
            "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $td$ "
            "DECLARE me BIGINT; cur BIGINT := pg_snapshot_xmax(pg_current_snapshot())::text::"
            "bigint; BEGIN SELECT id INTO me FROM users WHERE "
            "username = session_user AND active <> 0 AND role IN (%1); IF me IS NULL THEN RAISE "
            "EXCEPTION 'this role may not unblind a participant' USING ERRCODE = '42501'; END IF; "
            "IF NOT EXISTS (SELECT 1 FROM participant p WHERE p.id = p_participant AND p.site_id "
            "IN (SELECT td_my_sites())) THEN RAISE EXCEPTION 'participant % is not within reach', "
            "p_participant USING ERRCODE = '42501'; END IF; IF NOT EXISTS (SELECT 1 FROM "
            "emergency_unblinding e WHERE e.participant_id = p_participant AND e.user_id = me AND "
            "%2) OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'unblinded' AND "
            "a.entity = 'participant' AND a.entity_id = p_participant::text AND a.username = "
            "session_user AND %3) THEN RAISE EXCEPTION 'no recorded emergency unblinding of "
            "participant % by %', p_participant, session_user USING ERRCODE = '42501'; END IF; "
            "RETURN (SELECT arm_id FROM participant WHERE id = p_participant); END $td$")
            .arg(roleKeys(Permission::EmergencyUnblind), committed.arg(QStringLiteral("e")),
                 committed.arg(QStringLiteral("a"))),
        QStringLiteral("REVOKE ALL ON FUNCTION td_unblinded_arm(BIGINT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION td_unblinded_arm(BIGINT) TO %1")
            .arg(allowed.join(QStringLiteral(", "))),
    };
}

} // namespace td
