#pragma once

#include "access/Disclosure.h"

#include <QString>

namespace td {

class SqlDialect;

// The rows every export writer reads (CSV long and wide, SAV, DTA, ODM, sessions), as SQL
// with the data set's Disclosure applied here, once: a writer never decides what a blinded
// data set may hold. For a blinded data set:
//  - the arm columns are NULL and the status reads as the blinded reader sees it;
//  - session-by-session measures, their audit records and therapy sessions are absent;
//  - raters and editors who are unblinded staff have an empty user name, and the notes they
//    wrote (missing and out-of-window reasons, correction reasons) are empty.
class ExportSource
{
public:
    explicit ExportSource(const Disclosure& disclosure) : m_disclosure(disclosure) {}

    // One row per participant in id order: id, study_id, site id, site code, arm id, arm code,
    // status, age, sex, education_years, episode_months, randomized_at,
    // protocol_version_screened, protocol_version_randomized, therapist code (T<user id>; NULL
    // when the data set may not name therapists), stratum.
    QString participants() const;
    // One row per assessment (the long file) in participant order: study_id, site code, arm
    // code, stratum, age, sex, education_years, episode_months, visit code, session number,
    // instrument, randomized_at, date, rater, status, missing_reason, item_values, total, band,
    // complete, prorated, flags, subscales, out_of_window_reason.
    QString assessments() const;
    // The scored visit assessments (the wide file): participant id, visit code, instrument,
    // total, band, subscales, date, randomized_at; by participant, date and id.
    QString visitScores() const;
    // The ODM forms: participant id, id, time point id, visit code, session id, session
    // number, instrument, date, status, missing_reason, item_values, rater, created_at.
    QString forms() const;
    // The audit records of the exported forms: participant id, assessment id, action, field,
    // user name, time, reason.
    QString formAudit(const SqlDialect& dialect) const;
    // Distinct time point id, is-a-session-measure, instrument of the exported forms.
    QString formKinds() const;
    // Therapy sessions: study_id, site code, arm code, therapist, number, kind, date,
    // attendance, duration. Only for a data set that may hold sessions.
    QString sessions() const;
    // The wide file's session summaries, by participant id; no rows for a data set that may
    // not hold sessions. Attendance: participant id, kind (regular, booster), sessions
    // attended. Ratings: participant id, instrument, total of each complete, scored
    // session-by-session measure, in session order.
    QString sessionAttendance() const;
    QString sessionRatings() const;

private:
    Disclosure m_disclosure;
};

} // namespace td
