#include "exchange/ExportSource.h"

#include "audit/AuditRowFormat.h"

namespace td {

QString ExportSource::participants() const
{
    const bool arms = m_disclosure.arms();
    return QStringLiteral(
               "SELECT p.id, p.study_id, s.id, s.code, %1, %2, %3, p.age, p.sex, "
               "p.education_years, p.episode_months, p.randomized_at, "
               "p.protocol_version_screened, p.protocol_version_randomized, %4, "
               "(SELECT al.stratum FROM allocation al WHERE al.participant_id = p.id ORDER BY "
               "al.id LIMIT 1) FROM participant p JOIN site s ON s.id = p.site_id LEFT JOIN arm "
               "ar ON ar.id = p.arm_id ORDER BY p.id")
        .arg(arms ? QStringLiteral("p.arm_id") : QStringLiteral("NULL"),
             arms ? QStringLiteral("ar.code") : QStringLiteral("NULL"),
             m_disclosure.statusExpression(QStringLiteral("p.status")),
             // The therapist as a code (T and the user's number), never a name.
             m_disclosure.therapists() ? QStringLiteral("'T' || p.therapist_id")
                                       : QStringLiteral("NULL"));
}

QString ExportSource::assessments() const
{
    return QStringLiteral(
               "SELECT p.study_id, s.code, %1, al.stratum, p.age, p.sex, p.education_years, "
               "p.episode_months, tp.code, ts.session_number, a.instrument_id, p.randomized_at, "
               "a.assessment_date, %2, a.status, %4, a.item_values, sc.total, "
               "sc.band, sc.complete, sc.prorated, sc.flags, sc.subscales, "
               "%5 FROM assessment a JOIN participant p ON p.id = "
               "a.participant_id JOIN site s ON s.id = p.site_id LEFT JOIN arm ar ON ar.id = "
               "p.arm_id LEFT JOIN allocation al ON al.participant_id = p.id LEFT JOIN "
               "time_point tp ON tp.id = a.time_point_id LEFT JOIN therapy_session ts ON ts.id = "
               "a.session_id JOIN users u ON u.id = a.rater_id LEFT JOIN assessment_score sc ON "
               "sc.assessment_id = a.id WHERE a.removed = 0%3 ORDER BY a.participant_id, a.id")
        .arg(m_disclosure.arms() ? QStringLiteral("ar.code") : QStringLiteral("NULL"),
             m_disclosure.nameExpression(QStringLiteral("u.username"), QStringLiteral("u.role")),
             m_disclosure.withoutSessions(QStringLiteral("a.session_id")),
             m_disclosure.noteExpression(QStringLiteral("a.missing_reason"),
                                         QStringLiteral("u.role")),
             m_disclosure.noteExpression(QStringLiteral("a.out_of_window_reason"),
                                         QStringLiteral("u.role")));
}

QString ExportSource::visitScores() const
{
    // Only scheduled visits (the join to time_point): never a session measure.
    return QStringLiteral(
        "SELECT a.participant_id, tp.code, a.instrument_id, sc.total, sc.band, sc.subscales, "
        "a.assessment_date, p.randomized_at FROM assessment a JOIN participant p ON p.id = "
        "a.participant_id JOIN time_point tp ON tp.id = a.time_point_id LEFT JOIN "
        "assessment_score sc ON sc.assessment_id = a.id WHERE a.removed = 0 ORDER BY "
        "a.participant_id, a.assessment_date, a.id");
}

QString ExportSource::forms() const
{
    // Visits in schedule order, then sessions in session order, then anything else.
    return QStringLiteral(
               "SELECT a.participant_id, a.id, a.time_point_id, tp.code, a.session_id, "
               "ts.session_number, a.instrument_id, a.assessment_date, a.status, "
               "%3, a.item_values, %1, a.created_at FROM assessment a LEFT JOIN "
               "time_point tp ON tp.id = a.time_point_id LEFT JOIN therapy_session ts ON ts.id = "
               "a.session_id JOIN users u ON u.id = a.rater_id WHERE a.removed = 0%2 ORDER BY "
               "a.participant_id, CASE WHEN a.time_point_id IS NOT NULL THEN 0 WHEN "
               "a.session_id IS NOT NULL THEN 1 ELSE 2 END, tp.week_offset, tp.id, "
               "ts.session_number, ts.id, a.assessment_date, a.id")
        .arg(m_disclosure.nameExpression(QStringLiteral("u.username"), QStringLiteral("u.role")),
             m_disclosure.withoutSessions(QStringLiteral("a.session_id")),
             m_disclosure.noteExpression(QStringLiteral("a.missing_reason"),
                                         QStringLiteral("u.role")));
}

QString ExportSource::formAudit(const SqlDialect& dialect) const
{
    // The assessments' audit entries, whatever their rows' format (AuditRowFormat): every
    // change, and each assessment's creation (the row that holds its instrument), joined to the
    // assessment by id (CROSS JOIN keeps the trail the outer loop: it has no index by entity)
    // and sorted in participant order. A creation with a reason is a bulk import naming its
    // source: its form's own record (the rater, as the import named them) stands for it.
    return QStringLiteral(
               "SELECT a.participant_id, a.id, al.action, al.field, %1, al.at_utc, %3 "
               "FROM (%4 UNION ALL %5) al CROSS JOIN assessment a WHERE a.id = "
               "CAST(al.entity_id AS INTEGER) AND a.removed = 0%2 ORDER BY a.participant_id, "
               "a.id, al.id, al.entry")
        .arg(m_disclosure.nameExpression(QStringLiteral("al.username"), QStringLiteral("al.role")),
             m_disclosure.withoutSessions(QStringLiteral("a.session_id")),
             // A correction's reason is a note of whoever made it: unblinded staff's are left out.
             m_disclosure.noteExpression(QStringLiteral("al.reason"), QStringLiteral("al.role")),
             AuditRowFormat::entriesSql(
                 dialect, QStringLiteral("al.entity = 'assessment' AND al.action = 'changed'")),
             AuditRowFormat::rowsWithFieldSql(
                 dialect,
                 QStringLiteral("al.entity = 'assessment' AND al.action = 'created' AND "
                                "al.reason IS NULL"),
                 QStringLiteral("instrument_id")));
}

QString ExportSource::formKinds() const
{
    return QStringLiteral("SELECT DISTINCT time_point_id, session_id IS NOT NULL, instrument_id "
                          "FROM assessment WHERE removed = 0%1")
        .arg(m_disclosure.withoutSessions(QStringLiteral("session_id")));
}

QString ExportSource::sessions() const
{
    // A blinded data set has no sessions: the query returns no row.
    return QStringLiteral(
               "SELECT p.study_id, s.code, ar.code, u.username, t.session_number, t.kind, "
               "t.session_date, t.attendance, t.duration_minutes FROM therapy_session t JOIN "
               "participant p ON p.id = t.participant_id JOIN site s ON s.id = p.site_id LEFT "
               "JOIN arm ar ON ar.id = p.arm_id JOIN users u ON u.id = t.therapist_id WHERE "
               "t.removed = 0%1 ORDER BY t.participant_id, t.session_date, t.session_number, "
               "t.id")
        .arg(m_disclosure.sessions() ? QString() : QStringLiteral(" AND 1 = 0"));
}

QString ExportSource::sessionAttendance() const
{
    return QStringLiteral("SELECT participant_id, kind, COUNT(*) FROM therapy_session WHERE "
                          "removed = 0 AND attendance = 'attended'%1 GROUP BY participant_id, "
                          "kind ORDER BY participant_id, kind")
        .arg(m_disclosure.sessions() ? QString() : QStringLiteral(" AND 1 = 0"));
}

QString ExportSource::sessionRatings() const
{
    return QStringLiteral(
               "SELECT a.participant_id, a.instrument_id, sc.total FROM assessment a JOIN "
               "therapy_session t ON t.id = a.session_id JOIN assessment_score sc ON "
               "sc.assessment_id = a.id WHERE a.removed = 0 AND t.removed = 0 AND a.status = "
               "'complete' AND sc.total IS NOT NULL%1 ORDER BY a.participant_id, "
               "a.instrument_id, t.session_number, a.assessment_date, a.id")
        .arg(m_disclosure.sessions() ? QString() : QStringLiteral(" AND 1 = 0"));
}

} // namespace td
