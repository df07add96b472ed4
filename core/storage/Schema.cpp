#include "storage/Migrations.h"

// The trial database schema, one step per version. Portable SQL only; {PK} and friends are
// expanded by the dialect (SQLite reads every step as it shipped; PostgreSQL reads the same
// steps in its own types). Never edit a step that has shipped: add a new one.

namespace td {

namespace {

Migrations::Step version1()
{
    return {
        QStringLiteral("CREATE TABLE users (id {PK}, username TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT "
                       "NULL, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE login_throttle (username TEXT PRIMARY KEY, failures INTEGER "
                       "NOT NULL, last_failure_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, "
                       "username TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, "
                       "entity TEXT NOT NULL, entity_id TEXT, field TEXT, old_value TEXT, "
                       "new_value TEXT, reason TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY audit_log}"),
        QStringLiteral("CREATE TABLE trial (id {PK}, title TEXT NOT NULL, acronym TEXT NOT NULL, "
                       "target_sample_size INTEGER NOT NULL CHECK (target_sample_size > 0), "
                       "recruitment_start TEXT, recruitment_end TEXT, is_demo INTEGER NOT NULL "
                       "DEFAULT 0)"),
        QStringLiteral("CREATE TABLE site (id {PK}, code TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, next_number INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE arm (id {PK}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "ratio_weight INTEGER NOT NULL CHECK (ratio_weight > 0), colour TEXT NOT "
                       "NULL, treatment_weeks INTEGER NOT NULL CHECK (treatment_weeks > 0))"),
        QStringLiteral("CREATE TABLE arm_session_plan (id {PK}, arm_id INTEGER NOT NULL "
                       "REFERENCES arm(id), phase INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind "
                       "IN ('regular', 'booster')), session_count INTEGER NOT NULL CHECK "
                       "(session_count > 0), interval_weeks INTEGER NOT NULL CHECK (interval_weeks "
                       "> 0), UNIQUE (arm_id, phase))"),
        QStringLiteral("CREATE TABLE strat_factor (id {PK}, code TEXT NOT NULL UNIQUE, name TEXT "
                       "NOT NULL, source TEXT NOT NULL CHECK (source IN ('site', 'covariate', "
                       "'severity')), variable TEXT, cut_points TEXT)"),
        QStringLiteral("CREATE TABLE time_point (id {PK}, code TEXT NOT NULL UNIQUE, label TEXT "
                       "NOT NULL, week_offset INTEGER NOT NULL, window_days INTEGER NOT NULL CHECK "
                       "(window_days >= 0))"),
        QStringLiteral("CREATE TABLE time_point_instrument (time_point_id INTEGER NOT NULL "
                       "REFERENCES time_point(id), instrument_id TEXT NOT NULL, rater TEXT NOT "
                       "NULL CHECK (rater IN ('self_report', 'blinded_clinician')), PRIMARY KEY "
                       "(time_point_id, instrument_id))"),
    };
}

Migrations::Step version2()
{
    return {
        QStringLiteral(
            "CREATE TABLE participant (id {PK}, study_id TEXT NOT NULL UNIQUE, site_id INTEGER "
            "NOT NULL REFERENCES site(id), screening_date TEXT NOT NULL, status TEXT NOT NULL "
            "CHECK (status IN ('screened', 'eligible', 'ineligible', 'consented', 'declined', "
            "'randomized', 'in_treatment', 'completed', 'withdrawn', 'lost_to_follow_up')), "
            "exclusion_category TEXT CHECK (exclusion_category IN ('inclusion_not_met', "
            "'declined', 'other')), exclusion_reason TEXT, consent_date TEXT, age INTEGER, sex "
            "TEXT, education_years INTEGER, episode_months INTEGER, therapist_id INTEGER "
            "REFERENCES users(id), arm_id INTEGER REFERENCES arm(id), randomized_at TEXT, "
            "withdrawal_reason TEXT, data_usable INTEGER, created_at TEXT NOT NULL)"),
    };
}

Migrations::Step version3()
{
    return {
        QStringLiteral(
            "CREATE TABLE therapy_session (id {PK}, participant_id INTEGER NOT NULL REFERENCES "
            "participant(id), therapist_id INTEGER NOT NULL REFERENCES users(id), session_date "
            "TEXT NOT NULL, session_number INTEGER NOT NULL CHECK (session_number > 0), kind TEXT "
            "NOT NULL CHECK (kind IN ('regular', 'booster')), attendance TEXT NOT NULL CHECK "
            "(attendance IN ('attended', 'cancelled_patient', 'cancelled_clinic', "
            "'did_not_attend')), duration_minutes INTEGER, removed INTEGER NOT NULL DEFAULT 0, "
            "removed_reason TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE assessment (id {PK}, participant_id INTEGER NOT NULL REFERENCES "
            "participant(id), time_point_id INTEGER REFERENCES time_point(id), session_id "
            "INTEGER REFERENCES therapy_session(id), instrument_id TEXT NOT NULL, "
            "assessment_date TEXT NOT NULL, rater_id INTEGER NOT NULL REFERENCES users(id), "
            "item_values TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('draft', "
            "'complete')), missing_reason TEXT, removed INTEGER NOT NULL DEFAULT 0, "
            "removed_reason TEXT, created_at TEXT NOT NULL)"),
    };
}

Migrations::Step version4()
{
    // Indexes for the lookups every screen makes at scale.
    return {
        QStringLiteral("CREATE INDEX participant_site ON participant(site_id)"),
        QStringLiteral("CREATE INDEX participant_therapist ON participant(therapist_id)"),
        QStringLiteral("CREATE INDEX session_participant ON therapy_session(participant_id)"),
        QStringLiteral("CREATE INDEX assessment_participant ON assessment(participant_id)"),
    };
}

Migrations::Step version5()
{
    // Instruments and outcomes: derived scores (always recomputable from the raw items),
    // trial-added instrument definitions, per-trial norms, and safety alerts.
    return {
        QStringLiteral("CREATE TABLE instrument_definition (instrument_id TEXT PRIMARY KEY, "
                       "definition TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE instrument_norm (instrument_id TEXT PRIMARY KEY, sd_source "
                       "TEXT NOT NULL CHECK (sd_source IN ('published', 'trial_baseline')), sd "
                       "REAL, reliability REAL, clinical_mean REAL, clinical_sd REAL, "
                       "functional_mean REAL, functional_sd REAL)"),
        QStringLiteral("CREATE TABLE assessment_score (assessment_id INTEGER PRIMARY KEY "
                       "REFERENCES assessment(id), total REAL, band TEXT, complete INTEGER NOT "
                       "NULL, prorated INTEGER NOT NULL, flags TEXT, subscales TEXT, "
                       "engine_version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE alert (id {PK}, participant_id INTEGER NOT NULL REFERENCES "
                       "participant(id), assessment_id INTEGER NOT NULL REFERENCES "
                       "assessment(id), kind TEXT NOT NULL CHECK (kind IN ('suicidality', "
                       "'deterioration')), detail TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "acknowledged_at TEXT, acknowledged_by INTEGER REFERENCES users(id), "
                       "acknowledgement TEXT)"),
        QStringLiteral("CREATE INDEX alert_participant ON alert(participant_id)"),
        // Running sums over completed baseline-visit totals, per instrument, so the trial's
        // own baseline SD is at hand for every change computation (kept in the same
        // transaction as the scores; recomputable from them).
        QStringLiteral("CREATE TABLE baseline_stat (instrument_id TEXT PRIMARY KEY, n INTEGER "
                       "NOT NULL, total_sum REAL NOT NULL, total_sum_sq REAL NOT NULL)"),
    };
}

Migrations::Step version6()
{
    // Randomization and allocation concealment. The settings are one row; the allocation list
    // and the allocations are append-only, and a list entry can be used once (UNIQUE).
    return {
        QStringLiteral("CREATE TABLE randomization_settings (id INTEGER PRIMARY KEY CHECK (id = "
                       "1), method TEXT NOT NULL CHECK (method IN ('block', 'minimization')), "
                       "block_lengths TEXT NOT NULL, q REAL NOT NULL CHECK (q > 0 AND q <= 1), "
                       "updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE randomization_factor (factor_id INTEGER PRIMARY KEY "
                       "REFERENCES strat_factor(id), weight REAL NOT NULL CHECK (weight > 0), "
                       "position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE allocation_list (id {PK}, algorithm TEXT NOT NULL, seed TEXT "
                       "NOT NULL, seed_source TEXT NOT NULL CHECK (seed_source IN ('os', "
                       "'supplied')), settings TEXT NOT NULL, entry_count INTEGER NOT NULL, sha256 "
                       "TEXT NOT NULL, created_by INTEGER NOT NULL REFERENCES users(id), "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY allocation_list}"),
        QStringLiteral("CREATE TABLE allocation_list_entry (id {PK}, list_id INTEGER NOT NULL "
                       "REFERENCES allocation_list(id), stratum TEXT NOT NULL, position INTEGER "
                       "NOT NULL CHECK (position > 0), block_number INTEGER NOT NULL, "
                       "block_length INTEGER NOT NULL, arm_id INTEGER NOT NULL REFERENCES arm(id), "
                       "UNIQUE (list_id, stratum, position))"),
        QStringLiteral("{APPEND_ONLY allocation_list_entry}"),
        QStringLiteral("CREATE TABLE allocation (id {PK}, participant_id INTEGER NOT NULL UNIQUE "
                       "REFERENCES participant(id), sequence INTEGER NOT NULL UNIQUE, method TEXT "
                       "NOT NULL CHECK (method IN ('block', 'minimization')), arm_id INTEGER NOT "
                       "NULL REFERENCES arm(id), stratum TEXT NOT NULL, list_entry_id INTEGER "
                       "UNIQUE REFERENCES allocation_list_entry(id), position INTEGER, details "
                       "TEXT, allocated_by INTEGER NOT NULL REFERENCES users(id), allocated_at "
                       "TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY allocation}"),
        QStringLiteral("CREATE INDEX allocation_stratum ON allocation(stratum, position)"),
        // The factor levels of every allocation: minimization counts read them.
        QStringLiteral("CREATE TABLE allocation_level (allocation_id INTEGER NOT NULL REFERENCES "
                       "allocation(id), factor_id INTEGER NOT NULL REFERENCES strat_factor(id), "
                       "level INTEGER NOT NULL, arm_id INTEGER NOT NULL REFERENCES arm(id), "
                       "PRIMARY KEY (allocation_id, factor_id))"),
        QStringLiteral("{APPEND_ONLY allocation_level}"),
        QStringLiteral("CREATE INDEX allocation_level_count ON allocation_level(factor_id, level, "
                       "arm_id)"),
        QStringLiteral("CREATE TABLE emergency_unblinding (id {PK}, participant_id INTEGER NOT "
                       "NULL REFERENCES participant(id), user_id INTEGER NOT NULL REFERENCES "
                       "users(id), reason TEXT NOT NULL, created_at TEXT NOT NULL, reviewed_at "
                       "TEXT, reviewed_by INTEGER REFERENCES users(id))"),
    };
}

Migrations::Step version7()
{
    // Blinding integrity: after a blinded rating the assessor guesses the arm (NULL: "don't
    // know"). One guess per assessment, never changed (append-only; the insert is audited).
    return {
        QStringLiteral("CREATE TABLE arm_guess (id {PK}, assessment_id INTEGER NOT NULL UNIQUE "
                       "REFERENCES assessment(id), assessor_id INTEGER NOT NULL REFERENCES "
                       "users(id), guessed_arm_id INTEGER REFERENCES arm(id), recorded_at TEXT "
                       "NOT NULL)"),
        QStringLiteral("{APPEND_ONLY arm_guess}"),
    };
}

Migrations::Step version8()
{
    // The protocol as a trial team writes it (protocol file format 1): labels in both
    // languages, list order, covariates, eligibility criteria, visits for some arms, session
    // measures, the primary outcome, who sees comparative outcomes, and protocol versions
    // (amendments). A trial made before v8 keeps its protocol as version 1, with its English
    // labels copied to Norwegian.
    return {
        QStringLiteral("ALTER TABLE trial ADD COLUMN title_nb TEXT"),
        QStringLiteral("UPDATE trial SET title_nb = title"),
        QStringLiteral("ALTER TABLE trial ADD COLUMN primary_instrument TEXT"),
        QStringLiteral("ALTER TABLE trial ADD COLUMN primary_time_point TEXT"),
        QStringLiteral("ALTER TABLE trial ADD COLUMN comparative_visible_to TEXT NOT NULL "
                       "DEFAULT 'statistician'"),
        // Before v8 the primary outcome was HRSD-17 at the end of therapy (the last visit of
        // the treatment period when no visit is called eot).
        QStringLiteral("UPDATE trial SET primary_instrument = 'hrsd17', primary_time_point = "
                       "COALESCE((SELECT code FROM time_point WHERE code = 'eot'), (SELECT code "
                       "FROM time_point ORDER BY week_offset DESC, id DESC LIMIT 1))"),
        QStringLiteral("ALTER TABLE site ADD COLUMN name_nb TEXT"),
        QStringLiteral("UPDATE site SET name_nb = name"),
        QStringLiteral("ALTER TABLE site ADD COLUMN position INTEGER"),
        QStringLiteral("UPDATE site SET position = id"),
        QStringLiteral("ALTER TABLE arm ADD COLUMN name_nb TEXT"),
        QStringLiteral("UPDATE arm SET name_nb = name"),
        QStringLiteral("ALTER TABLE arm ADD COLUMN position INTEGER"),
        QStringLiteral("UPDATE arm SET position = id"),
        QStringLiteral("ALTER TABLE strat_factor ADD COLUMN time_point TEXT"),
        QStringLiteral("UPDATE strat_factor SET time_point = 'baseline' WHERE source = "
                       "'severity'"),
        QStringLiteral("ALTER TABLE strat_factor ADD COLUMN position INTEGER"),
        QStringLiteral("UPDATE strat_factor SET position = id"),
        QStringLiteral("ALTER TABLE time_point ADD COLUMN label_nb TEXT"),
        QStringLiteral("UPDATE time_point SET label_nb = label"),
        QStringLiteral("ALTER TABLE time_point ADD COLUMN position INTEGER"),
        QStringLiteral("UPDATE time_point SET position = id"),
        QStringLiteral("ALTER TABLE time_point ADD COLUMN before_randomization INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("UPDATE time_point SET before_randomization = 1 WHERE week_offset <= 0"),
        QStringLiteral("ALTER TABLE time_point ADD COLUMN arms TEXT"),
        // A clinician who need not be blind may now rate; instruments keep their order.
        QStringLiteral("CREATE TABLE time_point_instrument_v8 (time_point_id INTEGER NOT NULL "
                       "REFERENCES time_point(id), instrument_id TEXT NOT NULL, rater TEXT NOT "
                       "NULL CHECK (rater IN ('self_report', 'clinician', 'blinded_clinician')), "
                       "position INTEGER NOT NULL, PRIMARY KEY (time_point_id, instrument_id))"),
        QStringLiteral("INSERT INTO time_point_instrument_v8 (time_point_id, instrument_id, "
                       "rater, position) SELECT time_point_id, instrument_id, rater, (SELECT "
                       "COUNT(*) FROM time_point_instrument o WHERE o.time_point_id = "
                       "i.time_point_id AND o.instrument_id <= i.instrument_id) FROM "
                       "time_point_instrument i"),
        QStringLiteral("DROP TABLE time_point_instrument"),
        QStringLiteral("ALTER TABLE time_point_instrument_v8 RENAME TO time_point_instrument"),
        QStringLiteral("CREATE TABLE covariate (id {PK}, code TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, name_nb TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN "
                       "('integer', 'number', 'choice', 'date', 'text')), min_value REAL, "
                       "max_value REAL, required INTEGER NOT NULL DEFAULT 0, position INTEGER NOT "
                       "NULL)"),
        QStringLiteral("CREATE TABLE covariate_choice (covariate_id INTEGER NOT NULL REFERENCES "
                       "covariate(id), code TEXT NOT NULL, label TEXT NOT NULL, label_nb TEXT NOT "
                       "NULL, position INTEGER NOT NULL, PRIMARY KEY (covariate_id, code))"),
        QStringLiteral("CREATE TABLE eligibility_criterion (id {PK}, code TEXT NOT NULL UNIQUE, "
                       "kind TEXT NOT NULL CHECK (kind IN ('inclusion', 'exclusion')), text TEXT "
                       "NOT NULL, text_nb TEXT NOT NULL, since_version INTEGER NOT NULL DEFAULT "
                       "1, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE session_measure (instrument_id TEXT NOT NULL, arm_id INTEGER "
                       "NOT NULL REFERENCES arm(id), position INTEGER NOT NULL, PRIMARY KEY "
                       "(instrument_id, arm_id))"),
        // Before v8 any instrument could be given at a session; PHQ-9 was the one in use.
        QStringLiteral("INSERT INTO session_measure (instrument_id, arm_id, position) SELECT "
                       "'phq9', id, 1 FROM arm"),
        QStringLiteral("CREATE TABLE protocol_version (version INTEGER PRIMARY KEY, "
                       "effective_date TEXT NOT NULL, reason TEXT NOT NULL, changes TEXT, "
                       "created_by TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY protocol_version}"),
        QStringLiteral("INSERT INTO protocol_version (version, effective_date, reason, changes, "
                       "created_by, created_at) SELECT 1, COALESCE(recruitment_start, "
                       "{TODAY}), 'Protocol as set up before protocol versions', '', "
                       "'system', CURRENT_TIMESTAMP FROM trial"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN protocol_version_screened INTEGER"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN protocol_version_randomized INTEGER"),
        QStringLiteral("UPDATE participant SET protocol_version_screened = 1"),
        QStringLiteral("UPDATE participant SET protocol_version_randomized = 1 WHERE arm_id IS "
                       "NOT NULL"),
    };
}

Migrations::Step version9()
{
    // People and the daily work: deactivation, password resets and the sites a coordinator or
    // therapist works at (no rows: every site); the inactivity lock; the participant's path
    // (eligibility answers per criterion, covariate values per protocol covariate, the consent
    // form version, treatment discontinued while follow-up goes on, entry outside a visit
    // window, who recorded a session).
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN deactivated_at TEXT"),
        QStringLiteral("CREATE TABLE user_site (user_id INTEGER NOT NULL REFERENCES users(id), "
                       "site_id INTEGER NOT NULL REFERENCES site(id), PRIMARY KEY (user_id, "
                       "site_id))"),
        QStringLiteral("ALTER TABLE trial ADD COLUMN lock_minutes INTEGER NOT NULL DEFAULT 10 "
                       "CHECK (lock_minutes >= 1 AND lock_minutes <= 240)"),
        QStringLiteral("CREATE TABLE eligibility_answer (participant_id INTEGER NOT NULL "
                       "REFERENCES participant(id), criterion_id INTEGER NOT NULL REFERENCES "
                       "eligibility_criterion(id), answer INTEGER NOT NULL CHECK (answer IN (0, "
                       "1)), answered_at TEXT NOT NULL, PRIMARY KEY (participant_id, "
                       "criterion_id))"),
        QStringLiteral("CREATE TABLE covariate_value (participant_id INTEGER NOT NULL REFERENCES "
                       "participant(id), covariate_id INTEGER NOT NULL REFERENCES covariate(id), "
                       "value TEXT NOT NULL, PRIMARY KEY (participant_id, covariate_id))"),
        QStringLiteral("INSERT INTO covariate_value (participant_id, covariate_id, value) SELECT "
                       "p.id, c.id, CAST(p.age AS TEXT) FROM participant p JOIN covariate c ON "
                       "c.code = 'age' WHERE p.age IS NOT NULL"),
        QStringLiteral("INSERT INTO covariate_value (participant_id, covariate_id, value) SELECT "
                       "p.id, c.id, p.sex FROM participant p JOIN covariate c ON c.code = 'sex' "
                       "WHERE p.sex IS NOT NULL"),
        QStringLiteral("INSERT INTO covariate_value (participant_id, covariate_id, value) SELECT "
                       "p.id, c.id, CAST(p.education_years AS TEXT) FROM participant p JOIN "
                       "covariate c ON c.code = 'education_years' WHERE p.education_years IS NOT "
                       "NULL"),
        QStringLiteral("INSERT INTO covariate_value (participant_id, covariate_id, value) SELECT "
                       "p.id, c.id, CAST(p.episode_months AS TEXT) FROM participant p JOIN "
                       "covariate c ON c.code = 'episode_months' WHERE p.episode_months IS NOT "
                       "NULL"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN consent_form_version TEXT"),
        QStringLiteral("{WIDEN_CHECK participant|'lost_to_follow_up')|'lost_to_follow_up', "
                       "'discontinued')}"),
        QStringLiteral("ALTER TABLE assessment ADD COLUMN out_of_window_reason TEXT"),
        // An acknowledgement note is shown to blinded staff only when marked shareable.
        QStringLiteral("ALTER TABLE alert ADD COLUMN acknowledgement_shared INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE therapy_session ADD COLUMN recorder_id INTEGER REFERENCES "
                       "users(id)"),
        // What the worklists read of every visit record, from the index alone.
        QStringLiteral("CREATE INDEX assessment_visit_record ON assessment(instrument_id, "
                       "time_point_id, participant_id, status, removed)"),
    };
}

Migrations::Step version10()
{
    // Signed audit checkpoints (docs/audit.md): every user has an Ed25519 signing key whose
    // secret half is sealed under their password; every write transaction ends with the chain
    // head signed by the user who wrote it. Checkpoints are append-only like the trail.
    // The compact audit trail: one row per changed record, its changed values in `changes`
    // (AuditRowFormat). The rows written so far keep their per-value format; the marker row
    // appended here says that the rows after it are compact (docs/audit-trail.md).
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN signing_public_key TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN signing_key_sealed TEXT"),
        QStringLiteral("CREATE TABLE audit_checkpoint (id INTEGER PRIMARY KEY, head_id INTEGER "
                       "NOT NULL, head_hash TEXT NOT NULL, at_utc TEXT NOT NULL, username TEXT "
                       "NOT NULL, signature TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY audit_checkpoint}"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN changes TEXT"),
        QStringLiteral("{AUDIT_FORMAT_MARKER}"),
    };
}

Migrations::Step version11()
{
    // Electronic signatures (docs/audit.md): a person bound to one record with a stated
    // meaning, their Ed25519 signature over the record's digest. Append-only: a signature is
    // never changed or taken back; a later one on the same record supersedes it.
    return {
        QStringLiteral("CREATE TABLE electronic_signature (id {PK}, entity TEXT NOT NULL, "
                       "record_id TEXT NOT NULL, meaning TEXT NOT NULL CHECK (meaning IN "
                       "('review', 'approval', 'responsibility', 'authorship')), username TEXT "
                       "NOT NULL, signer_name TEXT NOT NULL, role TEXT NOT NULL, signed_at TEXT "
                       "NOT NULL, record_digest TEXT NOT NULL, public_key TEXT NOT NULL, "
                       "signature TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY electronic_signature}"),
        QStringLiteral("CREATE INDEX electronic_signature_record ON "
                       "electronic_signature(entity, record_id)"),
    };
}

Migrations::Step version12()
{
    // The database lock (docs/data-lock.md): a lock of the whole trial, one participant or one
    // visit, and its unlock, are rows of their own (append-only; an unlock names the lock it
    // lifts). While a lock is in force the guard triggers refuse every write to the clinical
    // tables that it covers.
    return {
        QStringLiteral("CREATE TABLE data_lock (id {PK}, action TEXT NOT NULL CHECK (action IN "
                       "('lock', 'unlock')), scope TEXT CHECK (scope IN ('trial', "
                       "'participant', 'visit')), participant_id INTEGER REFERENCES "
                       "participant(id), time_point_id INTEGER REFERENCES time_point(id), lifts "
                       "INTEGER UNIQUE REFERENCES data_lock(id), reason TEXT NOT NULL, head_id "
                       "INTEGER NOT NULL, head_hash TEXT NOT NULL, user_id INTEGER NOT NULL "
                       "REFERENCES users(id), at_utc TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY data_lock}"),
        QStringLiteral("{LOCK_GUARD participant|NEW.id}"),
        QStringLiteral("{LOCK_GUARD covariate_value|NEW.participant_id}"),
        QStringLiteral("{LOCK_GUARD eligibility_answer|NEW.participant_id}"),
        QStringLiteral("{LOCK_GUARD therapy_session|NEW.participant_id}"),
        QStringLiteral("{LOCK_GUARD assessment|NEW.participant_id|NEW.time_point_id}"),
        QStringLiteral("{LOCK_GUARD allocation|NEW.participant_id}"),
        QStringLiteral("{LOCK_GUARD alert|NEW.participant_id}"),
        QStringLiteral("{LOCK_GUARD arm_guess|(SELECT participant_id FROM assessment WHERE id = "
                       "NEW.assessment_id)|(SELECT time_point_id FROM assessment WHERE id = "
                       "NEW.assessment_id)}"),
    };
}

Migrations::Step version13()
{
    // Data queries (docs/data-quality.md): a question about one value or one form, sent to the
    // participant's site. The query row holds what it is about and its current status; every
    // step (raise, respond, close, re-open) is a row of its own, append-only, so the
    // conversation is kept whole. A response may name the corrected assessment.
    return {
        QStringLiteral("CREATE TABLE data_query (id {PK}, participant_id INTEGER NOT NULL "
                       "REFERENCES participant(id), site_id INTEGER NOT NULL REFERENCES site(id), "
                       "time_point_id INTEGER NOT NULL REFERENCES time_point(id), instrument_id "
                       "TEXT NOT NULL, item INTEGER CHECK (item IS NULL OR item > 0), "
                       "assessment_id INTEGER REFERENCES assessment(id), origin TEXT NOT NULL "
                       "CHECK (origin IN ('manual', 'out_of_window', 'prorated', 'unscorable')), "
                       "status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'closed')), "
                       "raised_by INTEGER NOT NULL REFERENCES users(id), raised_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE data_query_step (id {PK}, query_id INTEGER NOT NULL "
                       "REFERENCES data_query(id), action TEXT NOT NULL CHECK (action IN "
                       "('raise', 'respond', 'close', 'reopen')), text TEXT NOT NULL, "
                       "assessment_id INTEGER REFERENCES assessment(id), user_id INTEGER NOT NULL "
                       "REFERENCES users(id), at_utc TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY data_query_step}"),
        QStringLiteral("CREATE INDEX data_query_participant ON data_query(participant_id)"),
        QStringLiteral("CREATE INDEX data_query_status ON data_query(status, site_id)"),
        QStringLiteral("CREATE INDEX data_query_step_query ON data_query_step(query_id)"),
    };
}

Migrations::Step version14()
{
    // Double data entry, source data verification and the monitor (docs/data-quality.md).
    //  - A scheduled instrument may ask for double entry of its paper form. The second keying
    //    is kept beside the first entry's values as they were when it was keyed; the status
    //    says whether they agreed, differ, or had every difference adjudicated. Each
    //    adjudicated item is a row of its own, append-only; the value chosen is written to the
    //    assessment as an audited correction.
    //  - A form verified against its source holds a mark until a later change clears it.
    //  - Whether monitors see arms is a setting of the trial.
    return {
        QStringLiteral("ALTER TABLE time_point_instrument ADD COLUMN double_entry INTEGER NOT "
                       "NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE trial ADD COLUMN monitors_see_arms INTEGER NOT NULL DEFAULT "
                       "0"),
        // Edit checks of a form at a visit: a JSON array of {item, min, max, message}.
        QStringLiteral("ALTER TABLE time_point_instrument ADD COLUMN edit_checks TEXT"),
        QStringLiteral("CREATE TABLE double_entry (id {PK}, assessment_id INTEGER NOT NULL UNIQUE "
                       "REFERENCES assessment(id), first_values TEXT NOT NULL, second_values "
                       "TEXT NOT NULL, first_by INTEGER NOT NULL REFERENCES users(id), second_by "
                       "INTEGER NOT NULL REFERENCES users(id), status TEXT NOT NULL CHECK (status "
                       "IN ('agreed', 'discrepant', 'adjudicated')), at_utc TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE double_entry_resolution (id {PK}, double_entry_id INTEGER "
                       "NOT NULL REFERENCES double_entry(id), item INTEGER NOT NULL CHECK (item > "
                       "0), chosen_value TEXT NOT NULL, user_id INTEGER NOT NULL REFERENCES "
                       "users(id), at_utc TEXT NOT NULL)"),
        QStringLiteral("{APPEND_ONLY double_entry_resolution}"),
        QStringLiteral("CREATE INDEX double_entry_resolution_entry ON "
                       "double_entry_resolution(double_entry_id)"),
        QStringLiteral("CREATE TABLE source_verification (id {PK}, assessment_id INTEGER NOT "
                       "NULL REFERENCES assessment(id), verified_by INTEGER NOT NULL REFERENCES "
                       "users(id), verified_at TEXT NOT NULL, cleared_at TEXT, cleared_reason "
                       "TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX source_verification_current ON "
                       "source_verification(assessment_id) WHERE cleared_at IS NULL"),
        QStringLiteral("{LOCK_GUARD double_entry|(SELECT participant_id FROM assessment WHERE id "
                       "= NEW.assessment_id)|(SELECT time_point_id FROM assessment WHERE id = "
                       "NEW.assessment_id)}"),
        QStringLiteral("{LOCK_GUARD source_verification|(SELECT participant_id FROM assessment "
                       "WHERE id = NEW.assessment_id)|(SELECT time_point_id FROM assessment WHERE "
                       "id = NEW.assessment_id)}"),
        QStringLiteral("{WIDEN_CHECK data_query|'unscorable')|'unscorable', 'source_changed', "
                       "'edit_check')}"),
    };
}

Migrations::Step version15()
{
    // The allocation list of an encrypted trial, sealed (issue 17, item 5; docs/encryption.md):
    // the seed and the list as generated under the statisticians' allocation key in
    // allocation_list.sealed (its seed column then empty), and each entry's arm, block and
    // block length sealed on its own under an entry key from the trial's data key, in a table
    // of its own (allocation_list_entry.arm_id cannot be emptied: NOT NULL and a foreign key).
    // A plain trial's lists stay as they are. An encrypted trial's list from before is sealed
    // at a statistician's first sign-in (AllocationListRepository::sealPlainList).
    return {
        QStringLiteral("ALTER TABLE allocation_list ADD COLUMN sealed {BLOB}"),
        QStringLiteral("CREATE TABLE allocation_list_sealed_entry (id {PK}, list_id INTEGER NOT "
                       "NULL REFERENCES allocation_list(id), stratum TEXT NOT NULL, position "
                       "INTEGER NOT NULL CHECK (position > 0), sealed {BLOB} NOT NULL, UNIQUE "
                       "(list_id, stratum, position))"),
        QStringLiteral("{APPEND_ONLY allocation_list_sealed_entry}"),
        // A sealed entry is named by its stratum and position (list_entry_id stays NULL), so
        // the position is what keeps two allocations from taking the same entry.
        QStringLiteral("CREATE UNIQUE INDEX allocation_block_position ON allocation(stratum, "
                       "position) WHERE method = 'block'"),
    };
}

} // namespace

const Migrations& Migrations::schema()
{
    static const Migrations instance({version1(), version2(), version3(), version4(), version5(),
                                      version6(), version7(), version8(), version9(), version10(),
                                      version11(), version12(), version13(), version14(),
                                      version15()});
    return instance;
}

} // namespace td
