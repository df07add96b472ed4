#include "FixtureData.h"

namespace tdtest::fixture {

namespace {
const QVariant null;

QVariant s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

QString path(int version)
{
    return QStringLiteral(TD_FIXTURE_DIR "/schema_v%1.sqlite").arg(version);
}

QString password(const QString& username)
{
    return QStringLiteral("fixture-") + username;
}

QDateTime auditStart()
{
    return QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
}

namespace {
std::vector<Table> tablesBefore8(int version);

// Appends columns to every row of a table (a later schema step added them).
void extend(std::vector<Table>& tables, const QString& name, const QStringList& columns,
            const std::vector<QVariantList>& values)
{
    for (Table& t : tables) {
        if (t.name != name)
            continue;
        t.columns += columns;
        for (std::size_t i = 0; i < t.rows.size(); ++i)
            t.rows[i] += values[i];
    }
}
} // namespace

std::vector<Table> tables(int version)
{
    std::vector<Table> out = tablesBefore8(version);
    if (version < 8)
        return out;
    // Version 8: the protocol as a trial team writes it: both languages, list order, the
    // primary outcome, covariates, eligibility criteria, session measures, protocol versions.
    extend(out, QStringLiteral("trial"),
           {QStringLiteral("title_nb"), QStringLiteral("primary_instrument"),
            QStringLiteral("primary_time_point"), QStringLiteral("comparative_visible_to")},
           {{s("Fiksturstudie"), s("hrsd17"), s("w8"), s("statistician")}});
    extend(out, QStringLiteral("site"), {QStringLiteral("name_nb"), QStringLiteral("position")},
           {{s("Oslo"), 1}, {s("Bergen"), 2}});
    extend(out, QStringLiteral("arm"), {QStringLiteral("name_nb"), QStringLiteral("position")},
           {{s("Kognitiv atferdsterapi"), 1}, {s("Psykodynamisk psykoterapi"), 2}});
    extend(out, QStringLiteral("strat_factor"),
           {QStringLiteral("position"), QStringLiteral("time_point")},
           {{1, null}, {2, s("baseline")}});
    extend(out, QStringLiteral("time_point"),
           {QStringLiteral("label_nb"), QStringLiteral("position"),
            QStringLiteral("before_randomization")},
           {{s("Utgangspunkt"), 1, 1}, {s("Uke 8"), 2, 0}});
    extend(out, QStringLiteral("time_point_instrument"), {QStringLiteral("position")},
           {{1}, {2}, {1}});
    extend(out, QStringLiteral("participant"),
           {QStringLiteral("protocol_version_screened"),
            QStringLiteral("protocol_version_randomized")},
           {{1, 1}, {1, null}, {1, null}, {1, 1}});
    out.push_back(
        {QStringLiteral("covariate"),
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
          QStringLiteral("name_nb"), QStringLiteral("type"), QStringLiteral("min_value"),
          QStringLiteral("max_value"), QStringLiteral("required"), QStringLiteral("position")},
         {{1, s("age"), s("Age"), s("Alder"), s("integer"), 18.0, 80.0, 1, 1},
          {2, s("episode_months"), s("Length of episode (months)"),
           s("Episodens varighet (måneder)"), s("number"), 0.0, 600.0, 0, 2}}});
    out.push_back({QStringLiteral("eligibility_criterion"),
                   {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("kind"),
                    QStringLiteral("text"), QStringLiteral("text_nb"),
                    QStringLiteral("since_version"), QStringLiteral("position")},
                   {{1, s("mdd"), s("inclusion"), s("Major depressive disorder"),
                     s("Alvorlig depressiv lidelse"), 1, 1}}});
    out.push_back(
        {QStringLiteral("session_measure"),
         {QStringLiteral("instrument_id"), QStringLiteral("arm_id"), QStringLiteral("position")},
         {{s("phq9"), 1, 1}, {s("phq9"), 2, 1}}});
    out.push_back(
        {QStringLiteral("protocol_version"),
         {QStringLiteral("version"), QStringLiteral("effective_date"), QStringLiteral("reason"),
          QStringLiteral("changes"), QStringLiteral("created_by"), QStringLiteral("created_at")},
         {{1, s("2024-01-15"), s("First protocol"), s(""), s("admin"),
           s("2024-01-10T09:00:00Z")}}});
    if (version < 9)
        return out;
    // Version 9: people and the daily work: password resets and deactivation, the sites a
    // user works at, the inactivity lock, eligibility answers, covariate values, the consent
    // form version, entry outside a visit window, shared acknowledgements, who recorded a
    // session.
    extend(out, QStringLiteral("users"),
           {QStringLiteral("must_change_password"), QStringLiteral("deactivated_at")},
           {{0, null}, {0, null}, {1, null}, {0, null}, {0, s("2024-03-01T08:00:00Z")}});
    out.push_back({QStringLiteral("user_site"),
                   {QStringLiteral("user_id"), QStringLiteral("site_id")},
                   {{2, 1}, {3, 1}}});
    extend(out, QStringLiteral("trial"), {QStringLiteral("lock_minutes")}, {{15}});
    extend(out, QStringLiteral("participant"), {QStringLiteral("consent_form_version")},
           {{s("1.0")}, {null}, {s("1.0")}, {s("1.1")}});
    extend(out, QStringLiteral("therapy_session"), {QStringLiteral("recorder_id")},
           {{3}, {3}, {2}});
    extend(out, QStringLiteral("assessment"), {QStringLiteral("out_of_window_reason")},
           {{null}, {null}, {s("Participant was travelling")}, {null}});
    extend(out, QStringLiteral("alert"), {QStringLiteral("acknowledgement_shared")}, {{1}});
    out.push_back({QStringLiteral("eligibility_answer"),
                   {QStringLiteral("participant_id"), QStringLiteral("criterion_id"),
                    QStringLiteral("answer"), QStringLiteral("answered_at")},
                   {{1, 1, 1, s("2024-02-01T09:05:00Z")},
                    {2, 1, 0, s("2024-02-03T09:05:00Z")},
                    {3, 1, 1, s("2024-02-04T09:05:00Z")},
                    {4, 1, 1, s("2024-02-06T09:05:00Z")}}});
    out.push_back({QStringLiteral("covariate_value"),
                   {QStringLiteral("participant_id"), QStringLiteral("covariate_id"),
                    QStringLiteral("value")},
                   {{1, 1, s("34")},
                    {1, 2, s("8")},
                    {3, 1, s("51")},
                    {3, 2, s("30")},
                    {4, 1, s("29")},
                    {4, 2, s("5")}}});
    return out;
}

namespace {
std::vector<Table> tablesBefore8(int version)
{
    std::vector<Table> out;
    // Version 1: users, sign-in throttling, the audit trail and the protocol.
    out.push_back(
        {QStringLiteral("users"),
         {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("display_name"),
          QStringLiteral("role"), QStringLiteral("active"), QStringLiteral("created_at")},
         {{1, s("admin"), s("Fixture administrator"), s("administrator"), 1,
           s("2024-01-10T09:00:00Z")},
          {2, s("coordinator"), s("Fixture coordinator"), s("coordinator"), 1,
           s("2024-01-10T09:01:00Z")},
          {3, s("therapist"), s("Fixture therapist"), s("therapist"), 1, s("2024-01-10T09:02:00Z")},
          {4, s("assessor"), s("Fixture assessor"), s("blinded_assessor"), 1,
           s("2024-01-10T09:03:00Z")},
          {5, s("former"), s("Fixture former coordinator"), s("coordinator"), 0,
           s("2024-01-10T09:04:00Z")}}});
    out.push_back({QStringLiteral("login_throttle"),
                   {QStringLiteral("username"), QStringLiteral("failures"),
                    QStringLiteral("last_failure_at")},
                   {{s("coordinator"), 2, s("2024-03-01T08:00:00Z")}}});
    out.push_back({QStringLiteral("trial"),
                   {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("acronym"),
                    QStringLiteral("target_sample_size"), QStringLiteral("recruitment_start"),
                    QStringLiteral("recruitment_end"), QStringLiteral("is_demo")},
                   {{1, s("Fixture trial"), s("FIX"), 80, s("2024-01-15"), s("2026-01-15"), 0}}});
    out.push_back({QStringLiteral("site"),
                   {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                    QStringLiteral("next_number")},
                   {{1, s("OSL"), s("Oslo"), version >= 2 ? 4 : 1},
                    {2, s("BRG"), s("Bergen"), version >= 2 ? 2 : 1}}});
    out.push_back({QStringLiteral("arm"),
                   {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                    QStringLiteral("ratio_weight"), QStringLiteral("colour"),
                    QStringLiteral("treatment_weeks")},
                   {{1, s("CBT"), s("Cognitive behavioural therapy"), 1, s("#1f77b4"), 28},
                    {2, s("PDT"), s("Psychodynamic psychotherapy"), 1, s("#d62728"), 28}}});
    out.push_back({QStringLiteral("arm_session_plan"),
                   {QStringLiteral("id"), QStringLiteral("arm_id"), QStringLiteral("phase"),
                    QStringLiteral("kind"), QStringLiteral("session_count"),
                    QStringLiteral("interval_weeks")},
                   {{1, 1, 1, s("regular"), 16, 1},
                    {2, 1, 2, s("booster"), 3, 4},
                    {3, 2, 1, s("regular"), 28, 1}}});
    out.push_back(
        {QStringLiteral("strat_factor"),
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
          QStringLiteral("source"), QStringLiteral("variable"), QStringLiteral("cut_points")},
         {{1, s("site"), s("Site"), s("site"), null, null},
          {2, s("severity"), s("Baseline severity"), s("severity"), s("hrsd17"), s("24")}}});
    out.push_back({QStringLiteral("time_point"),
                   {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("label"),
                    QStringLiteral("week_offset"), QStringLiteral("window_days")},
                   {{1, s("baseline"), s("Baseline"), 0, 14}, {2, s("w8"), s("Week 8"), 8, 7}}});
    out.push_back({QStringLiteral("time_point_instrument"),
                   {QStringLiteral("time_point_id"), QStringLiteral("instrument_id"),
                    QStringLiteral("rater")},
                   {{1, s("hrsd17"), s("blinded_clinician")},
                    {1, s("phq9"), s("self_report")},
                    {2, s("phq9"), s("self_report")}}});
    if (version < 2)
        return out;

    // Version 2: participants in several statuses (one randomized to CBT, one withdrawn after
    // randomization to PDT).
    out.push_back(
        {QStringLiteral("participant"),
         {QStringLiteral("id"), QStringLiteral("study_id"), QStringLiteral("site_id"),
          QStringLiteral("screening_date"), QStringLiteral("status"),
          QStringLiteral("exclusion_category"), QStringLiteral("exclusion_reason"),
          QStringLiteral("consent_date"), QStringLiteral("age"), QStringLiteral("sex"),
          QStringLiteral("education_years"), QStringLiteral("episode_months"),
          QStringLiteral("therapist_id"), QStringLiteral("arm_id"), QStringLiteral("randomized_at"),
          QStringLiteral("withdrawal_reason"), QStringLiteral("data_usable"),
          QStringLiteral("created_at")},
         {{1, s("OSL-001"), 1, s("2024-02-01"), s("randomized"), null, null, s("2024-02-05"), 34,
           s("female"), 14, 8, 3, 1, s("2024-02-10T10:00:00Z"), null, null,
           s("2024-02-01T09:00:00Z")},
          {2, s("OSL-002"), 1, s("2024-02-03"), s("ineligible"), s("inclusion_not_met"),
           s("No current major depressive episode"), null, null, null, null, null, null, null, null,
           null, null, s("2024-02-03T09:00:00Z")},
          {3, s("BRG-001"), 2, s("2024-02-04"), s("consented"), null, null, s("2024-02-08"), 51,
           s("male"), 12, 30, null, null, null, null, null, s("2024-02-04T09:00:00Z")},
          {4, s("OSL-003"), 1, s("2024-02-06"), s("withdrawn"), null, null, s("2024-02-09"), 29,
           s("other"), 16, 5, 3, 2, s("2024-02-12T10:00:00Z"), s("Moved away"), 1,
           s("2024-02-06T09:00:00Z")}}});
    if (version < 3)
        return out;

    // Version 3: therapy sessions (one removed) and assessments with raw item values.
    out.push_back(
        {QStringLiteral("therapy_session"),
         {QStringLiteral("id"), QStringLiteral("participant_id"), QStringLiteral("therapist_id"),
          QStringLiteral("session_date"), QStringLiteral("session_number"), QStringLiteral("kind"),
          QStringLiteral("attendance"), QStringLiteral("duration_minutes"),
          QStringLiteral("removed"), QStringLiteral("removed_reason"),
          QStringLiteral("created_at")},
         {{1, 1, 3, s("2024-02-17"), 1, s("regular"), s("attended"), 50, 0, null,
           s("2024-02-17T15:00:00Z")},
          {2, 1, 3, s("2024-02-24"), 2, s("regular"), s("cancelled_patient"), null, 0, null,
           s("2024-02-24T15:00:00Z")},
          {3, 1, 3, s("2024-03-02"), 3, s("regular"), s("attended"), 55, 1,
           s("Entered for the wrong participant"), s("2024-03-02T15:00:00Z")}}});
    out.push_back(
        {QStringLiteral("assessment"),
         {QStringLiteral("id"), QStringLiteral("participant_id"), QStringLiteral("time_point_id"),
          QStringLiteral("session_id"), QStringLiteral("instrument_id"),
          QStringLiteral("assessment_date"), QStringLiteral("rater_id"),
          QStringLiteral("item_values"), QStringLiteral("status"), QStringLiteral("missing_reason"),
          QStringLiteral("removed"), QStringLiteral("removed_reason"),
          QStringLiteral("created_at")},
         {{1, 1, 1, null, s("phq9"), s("2024-02-09"), 2, s("1,2,0,3,1,NA,2,1,0"), s("complete"),
           null, 0, null, s("2024-02-09T11:00:00Z")},
          {2, 1, null, 1, s("phq9"), s("2024-02-17"), 3, s("1,1,0,2,1,0,1,1,0"), s("complete"),
           null, 0, null, s("2024-02-17T15:30:00Z")},
          {3, 1, 1, null, s("hrsd17"), s("2024-02-09"), 4, s("2,1,0,1a,2,1,0,1,2,1,1,0,1,2,0,1,0"),
           s("complete"), null, 0, null, s("2024-02-09T12:00:00Z")},
          {4, 3, 1, null, s("phq9"), s("2024-02-08"), 2, s("NA,NA,NA,NA,NA,NA,NA,NA,NA"),
           s("draft"), s("Participant too unwell to complete"), 0, null,
           s("2024-02-08T10:00:00Z")}}});
    // Version 4 added indexes only: the same rows.
    if (version < 5)
        return out;

    // Version 5: a trial's own instrument, norms, stored scores, an alert, baseline sums.
    // Assessment 3 (hrsd17 with a letter on item 4, entered before answers were validated)
    // has no score: the rules refuse it, as a data manager would be told.
    out.push_back(
        {QStringLiteral("instrument_definition"),
         {QStringLiteral("instrument_id"), QStringLiteral("definition"),
          QStringLiteral("created_at")},
         {{s("mood3"),
           s(R"({"id": "mood3", "short_name": "MOOD-3", "items": [{"id": "1", "min": 0, )"
             R"("max": 4}, {"id": "2", "min": 0, "max": 4}, {"id": "3", "min": 0, "max": )"
             R"(4}], "total": {"method": "sum", "min": 0, "max": 12}})"),
           s("2024-02-20T09:00:00Z")}}});
    out.push_back({QStringLiteral("instrument_norm"),
                   {QStringLiteral("instrument_id"), QStringLiteral("sd_source"),
                    QStringLiteral("sd"), QStringLiteral("reliability"),
                    QStringLiteral("clinical_mean"), QStringLiteral("clinical_sd"),
                    QStringLiteral("functional_mean"), QStringLiteral("functional_sd")},
                   {{s("phq9"), s("published"), 6.0, 0.89, 15.0, 5.0, 4.0, 3.0}}});
    out.push_back(
        {QStringLiteral("assessment_score"),
         {QStringLiteral("assessment_id"), QStringLiteral("total"), QStringLiteral("band"),
          QStringLiteral("complete"), QStringLiteral("prorated"), QStringLiteral("flags"),
          QStringLiteral("subscales"), QStringLiteral("engine_version")},
         {{1, 11.0, s("moderate"), 0, 1, null, null, 1},
          {2, 7.0, s("mild"), 1, 0, null, null, 1},
          {4, null, null, 0, 0, null, null, 1}}});
    out.push_back(
        {QStringLiteral("alert"),
         {QStringLiteral("id"), QStringLiteral("participant_id"), QStringLiteral("assessment_id"),
          QStringLiteral("kind"), QStringLiteral("detail"), QStringLiteral("created_at"),
          QStringLiteral("acknowledged_at"), QStringLiteral("acknowledged_by"),
          QStringLiteral("acknowledgement")},
         {{1, 1, 2, s("deterioration"), s("phq9 11 -> 7 (RCI -0.63)"), s("2024-02-17T15:30:00Z"),
           s("2024-02-18T09:00:00Z"), 3, s("Reviewed in supervision")}}});
    out.push_back({QStringLiteral("baseline_stat"),
                   {QStringLiteral("instrument_id"), QStringLiteral("n"),
                    QStringLiteral("total_sum"), QStringLiteral("total_sum_sq")},
                   {{s("phq9"), 1, 11.0, 121.0}}});
    if (version < 6)
        return out;

    // Version 6: randomization by permuted blocks stratified by site, the two allocations of
    // the participants randomized above (OSL-001 to CBT, OSL-003 to PDT) with their list
    // entries and factor levels, and an emergency unblinding by the assessor. The fixture has
    // no statistician: the administrator stands in (the schema does not check roles).
    out.push_back({QStringLiteral("randomization_settings"),
                   {QStringLiteral("id"), QStringLiteral("method"), QStringLiteral("block_lengths"),
                    QStringLiteral("q"), QStringLiteral("updated_at")},
                   {{1, s("block"), s("2,4"), 0.8, s("2024-02-09T08:00:00Z")}}});
    out.push_back(
        {QStringLiteral("randomization_factor"),
         {QStringLiteral("factor_id"), QStringLiteral("weight"), QStringLiteral("position")},
         {{1, 1.0, 1}}});
    out.push_back(
        {QStringLiteral("allocation_list"),
         {QStringLiteral("id"), QStringLiteral("algorithm"), QStringLiteral("seed"),
          QStringLiteral("seed_source"), QStringLiteral("settings"), QStringLiteral("entry_count"),
          QStringLiteral("sha256"), QStringLiteral("created_by"), QStringLiteral("created_at")},
         {{1, s("td-permuted-blocks/1"), s("6168279705547874458"), s("os"),
           s("method=block\narms=1:CBT:1,2:PDT:1\nblocks=2,4\nfactor=1:site:site:::1"), 6,
           s("3f1c9a0d5b7e2468ace013579bdf2468ace013579bdf2468ace013579bdf2468"), 1,
           s("2024-02-09T08:00:00Z")}}});
    out.push_back({QStringLiteral("allocation_list_entry"),
                   {QStringLiteral("id"), QStringLiteral("list_id"), QStringLiteral("stratum"),
                    QStringLiteral("position"), QStringLiteral("block_number"),
                    QStringLiteral("block_length"), QStringLiteral("arm_id")},
                   {{1, 1, s("site=OSL"), 1, 1, 4, 1},
                    {2, 1, s("site=OSL"), 2, 1, 4, 2},
                    {3, 1, s("site=OSL"), 3, 1, 4, 2},
                    {4, 1, s("site=OSL"), 4, 1, 4, 1},
                    {5, 1, s("site=BRG"), 1, 1, 2, 2},
                    {6, 1, s("site=BRG"), 2, 1, 2, 1}}});
    out.push_back(
        {QStringLiteral("allocation"),
         {QStringLiteral("id"), QStringLiteral("participant_id"), QStringLiteral("sequence"),
          QStringLiteral("method"), QStringLiteral("arm_id"), QStringLiteral("stratum"),
          QStringLiteral("list_entry_id"), QStringLiteral("position"), QStringLiteral("details"),
          QStringLiteral("allocated_by"), QStringLiteral("allocated_at")},
         {{1, 1, 1, s("block"), 1, s("site=OSL"), 1, 1, null, 2, s("2024-02-10T10:00:00Z")},
          {2, 4, 2, s("block"), 2, s("site=OSL"), 2, 2, null, 2, s("2024-02-12T10:00:00Z")}}});
    out.push_back({QStringLiteral("allocation_level"),
                   {QStringLiteral("allocation_id"), QStringLiteral("factor_id"),
                    QStringLiteral("level"), QStringLiteral("arm_id")},
                   {{1, 1, 1, 1}, {2, 1, 1, 2}}});
    out.push_back(
        {QStringLiteral("emergency_unblinding"),
         {QStringLiteral("id"), QStringLiteral("participant_id"), QStringLiteral("user_id"),
          QStringLiteral("reason"), QStringLiteral("created_at"), QStringLiteral("reviewed_at"),
          QStringLiteral("reviewed_by")},
         {{1, 1, 4, s("Serious adverse event: the emergency physician needs the treatment"),
           s("2024-03-05T22:10:00Z"), null, null}}});
    if (version < 7)
        return out;

    // Version 7: the blinded assessor's guess of the arm after the HRSD-17 rating.
    out.push_back(
        {QStringLiteral("arm_guess"),
         {QStringLiteral("id"), QStringLiteral("assessment_id"), QStringLiteral("assessor_id"),
          QStringLiteral("guessed_arm_id"), QStringLiteral("recorded_at")},
         {{1, 3, 4, 2, s("2024-02-09T12:05:00Z")}}});
    return out;
}

} // namespace

std::vector<AuditRecord> audit(int version)
{
    const QString admin = QStringLiteral("admin");
    const QString administrator = QStringLiteral("administrator");
    const QString created = QStringLiteral("created");
    const QString changed = QStringLiteral("changed");
    std::vector<AuditRecord> out;
    const char* users[] = {"admin", "coordinator", "therapist", "assessor", "former"};
    for (int i = 0; i < 5; ++i)
        out.push_back({admin,
                       administrator,
                       {created,
                        QStringLiteral("user"),
                        QString::number(i + 1),
                        QStringLiteral("username"),
                        {},
                        s(users[i]),
                        {}}});
    out.push_back({admin,
                   administrator,
                   {created,
                    QStringLiteral("trial"),
                    QStringLiteral("1"),
                    QStringLiteral("title"),
                    {},
                    s("Fixture trial"),
                    {}}});
    out.push_back({admin,
                   administrator,
                   {created,
                    QStringLiteral("site"),
                    QStringLiteral("1"),
                    QStringLiteral("code"),
                    {},
                    s("OSL"),
                    {}}});
    out.push_back({admin,
                   administrator,
                   {created,
                    QStringLiteral("site"),
                    QStringLiteral("2"),
                    QStringLiteral("code"),
                    {},
                    s("BRG"),
                    {}}});
    out.push_back({QStringLiteral("coordinator"),
                   QStringLiteral("unknown"),
                   {QStringLiteral("login_failed"),
                    QStringLiteral("user"),
                    {},
                    {},
                    {},
                    {},
                    QStringLiteral("wrong password")}});
    if (version < 2)
        return out;
    const QString coordinator = QStringLiteral("coordinator");
    const QString coordinatorRole = QStringLiteral("coordinator");
    const char* studyIds[] = {"OSL-001", "OSL-002", "BRG-001", "OSL-003"};
    for (int i = 0; i < 4; ++i)
        out.push_back({coordinator,
                       coordinatorRole,
                       {created,
                        QStringLiteral("participant"),
                        QString::number(i + 1),
                        QStringLiteral("study_id"),
                        {},
                        s(studyIds[i]),
                        {}}});
    out.push_back({coordinator,
                   coordinatorRole,
                   {changed,
                    QStringLiteral("participant"),
                    QStringLiteral("1"),
                    QStringLiteral("arm_id"),
                    {},
                    1,
                    {}}});
    out.push_back(
        {coordinator,
         coordinatorRole,
         {changed, QStringLiteral("participant"), QStringLiteral("4"), QStringLiteral("status"),
          s("randomized"), s("withdrawn"), QStringLiteral("Moved away")}});
    if (version < 3)
        return out;
    for (int i = 0; i < 3; ++i)
        out.push_back({QStringLiteral("therapist"),
                       QStringLiteral("therapist"),
                       {created,
                        QStringLiteral("therapy_session"),
                        QString::number(i + 1),
                        QStringLiteral("participant_id"),
                        {},
                        1,
                        {}}});
    out.push_back(
        {coordinator,
         coordinatorRole,
         {changed, QStringLiteral("therapy_session"), QStringLiteral("3"),
          QStringLiteral("removed"), 0, 1, QStringLiteral("Entered for the wrong participant")}});
    out.push_back({QStringLiteral("assessor"),
                   QStringLiteral("blinded_assessor"),
                   {created,
                    QStringLiteral("assessment"),
                    QStringLiteral("3"),
                    QStringLiteral("item_4"),
                    {},
                    s("1a"),
                    {}}});
    if (version < 5)
        return out;
    out.push_back({admin,
                   administrator,
                   {created,
                    QStringLiteral("instrument_definition"),
                    QStringLiteral("mood3"),
                    QStringLiteral("definition"),
                    {},
                    s("mood3"),
                    {}}});
    out.push_back({admin,
                   administrator,
                   {changed,
                    QStringLiteral("instrument_norm"),
                    QStringLiteral("phq9"),
                    QStringLiteral("norms"),
                    {},
                    s("published;6;0.89;15;5;4;3"),
                    {}}});
    out.push_back({QStringLiteral("therapist"),
                   QStringLiteral("therapist"),
                   {changed,
                    QStringLiteral("alert"),
                    QStringLiteral("1"),
                    QStringLiteral("acknowledgement"),
                    {},
                    s("Reviewed in supervision"),
                    QStringLiteral("Reviewed in supervision")}});
    if (version < 6)
        return out;
    out.push_back({admin,
                   administrator,
                   {created,
                    QStringLiteral("randomization_settings"),
                    QStringLiteral("1"),
                    QStringLiteral("method"),
                    {},
                    s("block"),
                    {}}});
    out.push_back({admin,
                   administrator,
                   {created,
                    QStringLiteral("allocation_list"),
                    QStringLiteral("1"),
                    QStringLiteral("entry_count"),
                    {},
                    6,
                    {}}});
    for (int i = 0; i < 2; ++i)
        out.push_back({coordinator,
                       coordinatorRole,
                       {created,
                        QStringLiteral("allocation"),
                        QString::number(i + 1),
                        QStringLiteral("participant_id"),
                        {},
                        i == 0 ? 1 : 4,
                        {}}});
    out.push_back({QStringLiteral("assessor"),
                   QStringLiteral("blinded_assessor"),
                   {created,
                    QStringLiteral("emergency_unblinding"),
                    QStringLiteral("1"),
                    QStringLiteral("participant_id"),
                    {},
                    1,
                    QStringLiteral("Serious adverse event: the emergency physician needs the "
                                   "treatment")}});
    if (version < 7)
        return out;
    out.push_back({QStringLiteral("assessor"),
                   QStringLiteral("blinded_assessor"),
                   {created,
                    QStringLiteral("arm_guess"),
                    QStringLiteral("1"),
                    QStringLiteral("guessed_arm_id"),
                    {},
                    2,
                    {}}});
    if (version < 9)
        return out;
    out.push_back({coordinator,
                   coordinatorRole,
                   {created,
                    QStringLiteral("participant"),
                    QStringLiteral("1"),
                    QStringLiteral("eligibility.mdd"),
                    {},
                    s("yes"),
                    {}}});
    out.push_back({coordinator,
                   coordinatorRole,
                   {changed,
                    QStringLiteral("participant"),
                    QStringLiteral("1"),
                    QStringLiteral("covariate.age"),
                    {},
                    s("34"),
                    {}}});
    // An import before the compact format kept each assessment's values in one row, as a
    // JSON object (with the same escapes as the compact format).
    out.push_back({coordinator,
                   coordinatorRole,
                   {created,
                    QStringLiteral("assessment"),
                    QStringLiteral("4"),
                    QStringLiteral("imported"),
                    {},
                    s(R"({"participant_id":"3","time_point_id":"1","instrument_id":"phq9",)"
                      R"("assessment_date":"2024-02-08","rater_id":"2","status":"draft",)"
                      R"("missing_reason":"Said \"not today\"\u000a","item_1":"NA"})"),
                    QStringLiteral("imported from visits.csv:2")}});
    return out;
}

} // namespace tdtest::fixture
