#include "access/ServerPrivileges.h"

#include "access/ServerAuditTie.h"
#include "access/ServerChecks.h"
#include "access/ServerCredentials.h"
#include "access/ServerRoles.h"
#include "access/ServerUserRoles.h"
#include "access/ServerWriteGrants.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/PostgresDialect.h"

#include <QStringList>

namespace td {

namespace {
// The comment on td_site_bound() that says which version of the privileges a trial has.
constexpr auto versionComment = "TrialDesk grants ";

Status run(Database& db, const QStringList& statements)
{
    for (const QString& sql : statements)
        TD_TRY(db.execDirect(sql));
    return {};
}

Result<QStringList> column(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    TD_TRY(q);
    QStringList out;
    while ((*q)->next())
        out << (*q)->value(0).toString();
    return out;
}

// The columns of `table` other than `hidden`, quoted, for a column-level grant.
Result<QString> columnsBut(Database& db, const QString& table, const QStringList& hidden)
{
    auto all = column(db, QStringLiteral("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_schema = 'public' AND table_name = '%1' "
                                         "ORDER BY ordinal_position")
                              .arg(table));
    TD_TRY(all);
    QStringList kept;
    for (const QString& c : *all)
        if (!hidden.contains(c))
            kept << ServerRoles::identifier(c);
    return kept.join(QStringLiteral(", "));
}

// SECURITY DEFINER functions run as the tables' owner, with a search path nobody else can
// put a table of the same name in front of.
QString definer(const QString& signature, const QString& returns, const QString& body)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1 %2 LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path = public, pg_temp AS $td$ %3 $td$")
        .arg(signature, returns, body);
}

// The functions the groups call instead of reading a table they may not read.
QStringList functions()
{
    return {
        // The sites the signed-in user reaches: theirs, or every site for a user bound to none
        // (Reach). session_user is the login role, which no one can set to another's.
        definer(QStringLiteral("td_my_sites()"), QStringLiteral("RETURNS SETOF BIGINT"),
                QStringLiteral("SELECT s.site_id FROM user_site s JOIN users u ON u.id = "
                               "s.user_id WHERE u.username = session_user UNION ALL SELECT id "
                               "FROM site WHERE NOT EXISTS (SELECT 1 FROM user_site s JOIN users "
                               "u ON u.id = s.user_id WHERE u.username = session_user)")),
        // Whether the signed-in user is bound to sites at all. The row policies ask it once per
        // statement, as `(SELECT td_site_bound())`, so a user who reaches every site pays no
        // per-row test (and the planner no guess at one: docs/postgresql.md, "The benchmark").
        definer(QStringLiteral("td_site_bound()"), QStringLiteral("RETURNS BOOLEAN"),
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM user_site s JOIN users u ON u.id = "
                               "s.user_id WHERE u.username = session_user)")),
        // The audit chain's head, for a writer who may not read the trail (AuditLog): its id,
        // hash and time, and the rest only for the format marker (which carries no data).
        definer(QStringLiteral("td_audit_tail(OUT id BIGINT, OUT hash TEXT, OUT at_utc TEXT, "
                               "OUT action TEXT, OUT entity TEXT, OUT entity_id TEXT, OUT field "
                               "TEXT, OUT new_value TEXT, OUT reason TEXT, OUT has_changes "
                               "INTEGER)"),
                QStringLiteral("RETURNS SETOF record"),
                QStringLiteral("SELECT id, hash, at_utc, m.action, m.entity, m.entity_id, m.field, "
                               "m.new_value, m.reason, CASE WHEN changes IS NULL THEN 0 ELSE 1 "
                               "END FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT 1) a "
                               "LEFT JOIN LATERAL (SELECT a.action, a.entity, a.entity_id, "
                               "a.field, a.new_value, a.reason WHERE a.action = 'row_format') m "
                               "ON true")),
        // The next entry of a stratum's list and nothing else, for those who randomize without
        // reading the list (AllocationListRepository::next).
        definer(QStringLiteral("td_next_list_entry(p_list BIGINT, p_stratum TEXT, p_position "
                               "BIGINT, OUT id BIGINT, OUT block_number BIGINT, OUT block_length "
                               "BIGINT, OUT arm_id BIGINT)"),
                QStringLiteral("RETURNS SETOF record"),
                QStringLiteral("SELECT e.id, e.block_number, e.block_length, e.arm_id FROM "
                               "allocation_list_entry e WHERE e.list_id = p_list AND e.stratum = "
                               "p_stratum AND e.position = p_position AND p_position = (SELECT "
                               "COALESCE(MAX(a.position), 0) + 1 FROM allocation a WHERE "
                               "a.stratum = p_stratum AND a.list_entry_id IS NOT NULL)")),
    };
}
// The audit trail's guard (docs/postgresql.md): every row must continue the chain from its
// head, under the writers' lock, and name the login that writes it. The row's hash stays the
// program's (AuditLog), and `audit verify` checks it; the server checks what a client could
// forge without breaking a hash: a row out of order, a second chain, another user's name.
QStringList auditGuard()
{
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION td_audit_chain() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $td$ DECLARE head_id BIGINT; "
            "head_hash TEXT; BEGIN PERFORM pg_advisory_xact_lock(%1); SELECT id, hash INTO "
            "head_id, head_hash FROM audit_log ORDER BY id DESC LIMIT 1; IF NEW.id IS DISTINCT "
            "FROM COALESCE(head_id, 0) + 1 OR NEW.prev_hash IS DISTINCT FROM COALESCE(head_hash, "
            "'%2') THEN RAISE EXCEPTION 'audit row % does not continue the chain', NEW.id USING "
            "ERRCODE = '23514'; END IF; IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = "
            "session_user) AND NEW.username IS DISTINCT FROM session_user THEN RAISE EXCEPTION "
            "'an audit row names the login that writes it' USING ERRCODE = '42501'; END IF; "
            "RETURN NEW; END $td$")
            .arg(PostgresDialect::writeLockKey)
            .arg(QLatin1String(AuditLog::genesisHash)),
        QStringLiteral("DROP TRIGGER IF EXISTS td_audit_chain ON audit_log"),
        // The one door into the trail for the groups, which may not INSERT there themselves.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION td_audit_append(p_id BIGINT, p_at TEXT, p_username TEXT, "
            "p_role TEXT, p_action TEXT, p_entity TEXT, p_entity_id TEXT, p_field TEXT, p_old "
            "TEXT, p_new TEXT, p_reason TEXT, p_prev TEXT, p_hash TEXT, p_changes TEXT) RETURNS "
            "void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $td$ INSERT "
            "INTO audit_log (id, at_utc, username, role, action, entity, entity_id, field, "
            "old_value, new_value, reason, prev_hash, hash, changes) VALUES (p_id, p_at, "
            "p_username, p_role, p_action, p_entity, p_entity_id, p_field, p_old, p_new, "
            "p_reason, p_prev, p_hash, p_changes) $td$"),
        QStringLiteral("CREATE TRIGGER td_audit_chain BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION td_audit_chain()"),
    };
}
} // namespace

Status ServerPrivileges::grant(Database& db)
{
    if (!db.isServer())
        return {};
    auto database = db.scalar(QStringLiteral("SELECT current_database()"));
    TD_TRY(database);
    auto group = [&](Role role) {
        return ServerRoles::identifier(ServerRoles::groupRole(database->toString(), role));
    };
    QStringList everyone;
    QStringList randomizing;
    QStringList notStatistician;
    for (Role role : allRoles) {
        everyone << group(role);
        if (Roles::allows(role, Permission::Randomize))
            randomizing << group(role);
        if (role != Role::Statistician)
            notStatistician << group(role);
    }
    const QString all = everyone.join(QStringLiteral(", "));
    const QString others = notStatistician.join(QStringLiteral(", "));
    const QString assessor = group(Role::BlindedAssessor);

    // The database gives every group the tables, then takes away below what a role's login
    // must not write (WriteGrants) or read.
    TD_TRY(run(
        db,
        {QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
         QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
         QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                        "public TO %1")
             .arg(all),
         QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(all)}));
    TD_TRY(run(db, functions()));
    TD_TRY(run(db, ServerRoles::functions()));
    TD_TRY(run(db, auditGuard()));
    TD_TRY(run(db, ServerAuditTie::statements(all)));
    TD_TRY(run(db, ServerChecks::statements()));
    // Each group writes only what its role's permissions write (ServerWriteGrants, WriteGrants).
    auto writes = ServerWriteGrants::writes(db, group);
    TD_TRY(writes);
    TD_TRY(run(db, *writes));
    TD_TRY(run(
        db,
        {QStringLiteral("REVOKE ALL ON FUNCTION td_my_sites(), td_site_bound(), td_audit_tail(), "
                        "td_next_list_entry(BIGINT, TEXT, BIGINT) FROM PUBLIC"),
         QStringLiteral("GRANT EXECUTE ON FUNCTION td_my_sites(), td_site_bound(), td_audit_tail() "
                        "TO %1")
             .arg(all),
         QStringLiteral("GRANT EXECUTE ON FUNCTION td_next_list_entry(BIGINT, TEXT, "
                        "BIGINT) TO %1")
             .arg(randomizing.join(QStringLiteral(", "))),
         QStringLiteral("REVOKE ALL ON FUNCTION td_create_login(TEXT, TEXT), "
                        "td_set_password(TEXT, TEXT), td_set_login(TEXT, BOOLEAN) "
                        "FROM PUBLIC"),
         QStringLiteral("GRANT EXECUTE ON FUNCTION td_create_login(TEXT, TEXT), "
                        "td_set_login(TEXT, BOOLEAN) TO %1")
             .arg(group(Role::Administrator)),
         QStringLiteral("GRANT EXECUTE ON FUNCTION td_set_password(TEXT, TEXT) TO %1").arg(all)}));

    // The users: written by administrators; anyone else writes only their own password and
    // signing key (a coordinator must not make themselves an administrator by hand).
    QStringList notAdministrator;
    for (Role role : allRoles)
        if (role != Role::Administrator)
            notAdministrator << group(role);
    const QString staff = notAdministrator.join(QStringLiteral(", "));
    TD_TRY(run(
        db, {QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON users, user_site FROM %1").arg(staff),
             QStringLiteral("GRANT UPDATE (password_hash, must_change_password, "
                            "signing_public_key, signing_key_sealed) ON users TO %1")
                 .arg(staff),
             QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("DROP POLICY IF EXISTS td_read ON users"),
             QStringLiteral("CREATE POLICY td_read ON users FOR SELECT USING (true)"),
             QStringLiteral("DROP POLICY IF EXISTS td_own ON users"),
             QStringLiteral("CREATE POLICY td_own ON users FOR UPDATE TO %1 USING "
                            "(username = session_user)")
                 .arg(staff),
             QStringLiteral("DROP POLICY IF EXISTS td_admin ON users"),
             QStringLiteral("CREATE POLICY td_admin ON users TO %1 USING (true)")
                 .arg(group(Role::Administrator))}));
    // A user's role change moves their login (td_set_role); the sign-in throttle's rows are
    // each login's own.
    TD_TRY(run(db, ServerUserRoles::statements(group)));

    // The allocation list: the statistician's alone. Others see that a list exists, not its
    // seed or entries (nor an encrypted file's sealed list and entries, which a server trial
    // moved from one may hold); who randomizes gets the next entry through td_next_list_entry.
    auto listColumns = columnsBut(db, QStringLiteral("allocation_list"),
                                  {QStringLiteral("seed"), QStringLiteral("sealed")});
    TD_TRY(listColumns);
    TD_TRY(run(
        db,
        {QStringLiteral("REVOKE SELECT ON allocation_list, allocation_list_entry, "
                        "allocation_list_sealed_entry FROM %1")
             .arg(others),
         QStringLiteral("GRANT SELECT (%1) ON allocation_list TO %2").arg(*listColumns, others)}));

    // The blinded assessor: no arm, no therapist, no therapy session and nothing linked to
    // one (Disclosure), and not the audit trail, which holds the arms as they were set.
    auto participantColumns =
        columnsBut(db, QStringLiteral("participant"),
                   {QStringLiteral("arm_id"), QStringLiteral("therapist_id")});
    TD_TRY(participantColumns);
    auto checkpointColumns = columnsBut(db, QStringLiteral("audit_log"),
                                        {QStringLiteral("old_value"), QStringLiteral("new_value"),
                                         QStringLiteral("changes"), QStringLiteral("entity_id"),
                                         QStringLiteral("field"), QStringLiteral("reason")});
    TD_TRY(checkpointColumns);
    // The trail and its checkpoints are appended to, never changed (the append-only triggers
    // refuse it too, for the owner as well).
    TD_TRY(run(db, {QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoint "
                                   "FROM %1")
                        .arg(all),
                    QStringLiteral("REVOKE INSERT ON audit_log FROM %1").arg(all),
                    QStringLiteral("REVOKE ALL ON FUNCTION td_audit_append(BIGINT, TEXT, TEXT, "
                                   "TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, "
                                   "TEXT) FROM PUBLIC"),
                    QStringLiteral("GRANT EXECUTE ON FUNCTION td_audit_append(BIGINT, TEXT, TEXT, "
                                   "TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, "
                                   "TEXT) TO %1")
                        .arg(all)}));
    TD_TRY(run(db, {QStringLiteral("REVOKE ALL ON participant, therapy_session, allocation, "
                                   "allocation_level, audit_log FROM %1")
                        .arg(assessor),
                    QStringLiteral("GRANT SELECT (%1) ON participant TO %2")
                        .arg(*participantColumns, assessor),
                    QStringLiteral("GRANT SELECT (%1) ON audit_log TO %2")
                        .arg(*checkpointColumns, assessor)}));

    // Row-level security: site-bound staff reach their sites' participants and those
    // participants' rows (Reach); the assessor no session-linked assessment and nothing hung
    // on one. The tables' owner (the harness, `new`) is not bound by the policies.
    // A user bound to no site passes on the first test, asked once per statement; only the
    // site-bound pay the per-row one.
    const QString unbound = QStringLiteral("NOT (SELECT td_site_bound())");
    const QString siteReach =
        QStringLiteral("%1 OR site_id IN (SELECT td_my_sites())").arg(unbound);
    const QString participantReach =
        QStringLiteral("participant_id IS NULL OR %1 OR participant_id IN (SELECT id FROM "
                       "participant)")
            .arg(unbound);
    QStringList rls{QStringLiteral("ALTER TABLE participant ENABLE ROW LEVEL SECURITY"),
                    QStringLiteral("DROP POLICY IF EXISTS td_site ON participant"),
                    QStringLiteral("CREATE POLICY td_site ON participant USING (%1) WITH CHECK "
                                   "(%1)")
                        .arg(siteReach)};
    auto linked = ServerWriteGrants::tablesWith(db, QStringLiteral("participant_id"));
    TD_TRY(linked);
    // Not `allocation`: randomization counts the positions of a stratum across sites (a
    // stratum without the site factor spans them).
    for (const QString& table : *linked) {
        if (table == QLatin1String("allocation"))
            continue;
        rls << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("DROP POLICY IF EXISTS td_site ON %1").arg(table)
            << QStringLiteral("CREATE POLICY td_site ON %1 USING (%2) WITH CHECK (%2)")
                   .arg(table, participantReach);
    }
    rls << QStringLiteral("DROP POLICY IF EXISTS td_blinded ON assessment")
        << QStringLiteral("CREATE POLICY td_blinded ON assessment AS RESTRICTIVE FOR SELECT TO "
                          "%1 USING (session_id IS NULL)")
               .arg(assessor);
    auto scored = ServerWriteGrants::tablesWith(db, QStringLiteral("assessment_id"));
    TD_TRY(scored);
    for (const QString& table : *scored) {
        if (!linked->contains(table))
            rls << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                << QStringLiteral("DROP POLICY IF EXISTS td_all ON %1").arg(table)
                << QStringLiteral("CREATE POLICY td_all ON %1 USING (true)").arg(table);
        rls << QStringLiteral("DROP POLICY IF EXISTS td_blinded ON %1").arg(table)
            << QStringLiteral("CREATE POLICY td_blinded ON %1 AS RESTRICTIVE FOR SELECT TO %2 "
                              "USING (assessment_id IS NULL OR assessment_id IN (SELECT id FROM "
                              "assessment))")
                   .arg(table, assessor);
    }
    TD_TRY(run(db, rls));
    // The monitors read as the protocol says (and again after an amendment); a blinded user
    // who unblinds in an emergency reads that one arm through td_unblinded_arm.
    auto monitors = ServerWriteGrants::monitors(db, group);
    TD_TRY(monitors);
    TD_TRY(run(db, *monitors));
    TD_TRY(run(db, ServerWriteGrants::unblinding(group)));
    // The users' secrets: no group reads them, a login reads its own (ServerCredentials).
    auto credentials = ServerCredentials::statements(db, all);
    TD_TRY(credentials);
    TD_TRY(run(db, *credentials));
    TD_TRY(db.execDirect(QStringLiteral("COMMENT ON FUNCTION td_site_bound() IS '%1%2'")
                             .arg(QLatin1String(versionComment))
                             .arg(version)));
    ServerRoles::forgetPrivileges(db);
    return {};
}

Result<int> ServerPrivileges::grantedVersion(Database& db)
{
    if (!db.isServer())
        return 0;
    auto v = db.scalar(QStringLiteral("SELECT COALESCE(CAST(substring(obj_description("
                                      "to_regprocedure('td_site_bound()'), 'pg_proc') FROM "
                                      "'^%1([0-9]+)$') AS INTEGER), 0)")
                           .arg(QLatin1String(versionComment)));
    TD_TRY(v);
    return v->toInt();
}

Result<bool> ServerPrivileges::mayGrant(Database& db)
{
    if (!db.isServer())
        return false;
    auto may = db.scalar(QStringLiteral(
        "SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR "
        "EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = 'users' AND c.relnamespace = "
        "CAST(current_schema() AS regnamespace) AND pg_get_userbyid(c.relowner) = current_user) "
        "THEN 1 ELSE 0 END"));
    TD_TRY(may);
    return may->toInt() == 1;
}

} // namespace td
