#include "access/ServerChecks.h"

#include "participants/ParticipantStatus.h"

namespace td {

namespace {
// "('screened','eligible'), ..." : every move the core allows.
QString allowedMoves()
{
    QStringList pairs;
    for (ParticipantStatus from : allStatuses)
        for (ParticipantStatus to : allStatuses)
            if (from != to && StatusRules::allowed(from, to))
                pairs << QStringLiteral("('%1','%2')")
                             .arg(StatusRules::key(from), StatusRules::key(to));
    return pairs.join(QStringLiteral(", "));
}

QStringList trigger(const QString& name, const QString& table, const QString& when,
                    const QString& body)
{
    return {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql "
                           "SECURITY DEFINER SET search_path = public, pg_temp AS $td$ BEGIN IF "
                           "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN "
                           "RETURN NEW; END IF; %2 RETURN NEW; END $td$")
                .arg(name, body),
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %3 ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, table, when)};
}
} // namespace

QStringList ServerChecks::statements()
{
    const QString refuse = QStringLiteral("RAISE EXCEPTION '%1' USING ERRCODE = '23514';");
    return
        // A participant's status moves only as the core allows, and the arm is set once: the
        // arm of the participant's allocation when the trial randomizes in TrialDesk.
        trigger(QStringLiteral("td_check_participant"), QStringLiteral("participant"),
                QStringLiteral("INSERT OR UPDATE"),
                QStringLiteral(
                    "IF TG_OP = 'INSERT' THEN IF NEW.arm_id IS NOT NULL THEN %1 END IF; RETURN "
                    "NEW; END IF; IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, "
                    "NEW.status) NOT IN (%2) THEN %3 END IF; IF NEW.arm_id IS DISTINCT FROM "
                    "OLD.arm_id AND (OLD.arm_id IS NOT NULL OR (EXISTS (SELECT 1 FROM "
                    "randomization_settings) AND NEW.arm_id IS DISTINCT FROM (SELECT arm_id FROM "
                    "allocation WHERE participant_id = NEW.id))) THEN %4 END IF;")
                    .arg(refuse.arg(QStringLiteral("a participant gets an arm only by "
                                                   "randomization")),
                         allowedMoves(),
                         refuse.arg(QStringLiteral("this status change is not allowed")),
                         refuse.arg(QStringLiteral("the arm is the allocation''s, set once")))) +
        // An allocation from the list is the stratum's next entry, with that entry's arm, for a
        // participant not yet randomized, by the login that writes it.
        trigger(QStringLiteral("td_check_allocation"), QStringLiteral("allocation"),
                QStringLiteral("INSERT"),
                QStringLiteral(
                    "IF NEW.allocated_by IS DISTINCT FROM (SELECT id FROM users WHERE username "
                    "= session_user) THEN %1 END IF; IF (SELECT arm_id FROM participant WHERE id "
                    "= NEW.participant_id) IS NOT NULL THEN %2 END IF; IF NEW.method = 'block' "
                    "AND NOT EXISTS (SELECT 1 FROM allocation_list_entry e WHERE e.id = "
                    "NEW.list_entry_id AND e.list_id = (SELECT MAX(id) FROM allocation_list) AND "
                    "e.stratum = NEW.stratum AND e.position = NEW.position AND e.arm_id = "
                    "NEW.arm_id AND NEW.position = (SELECT COALESCE(MAX(a.position), 0) + 1 FROM "
                    "allocation a WHERE a.stratum = NEW.stratum AND a.list_entry_id IS NOT "
                    "NULL)) THEN %3 END IF;")
                    .arg(refuse.arg(QStringLiteral("an allocation names the login that makes it")),
                         refuse.arg(QStringLiteral("the participant is already randomized")),
                         refuse.arg(QStringLiteral(
                             "an allocation takes the stratum''s next list entry and its arm"))));
}

} // namespace td
