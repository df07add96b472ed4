#include "storage/DataLockGuard.h"

namespace td {

QString DataLockGuard::covers(const QString& participant, const QString& timePoint)
{
    // A lock row that no unlock row lifts, of the whole trial, of the row's participant, or of
    // its participant's visit.
    return QStringLiteral("EXISTS (SELECT 1 FROM data_lock l WHERE l.action = 'lock' AND NOT "
                          "EXISTS (SELECT 1 FROM data_lock u WHERE u.lifts = l.id) AND (l.scope "
                          "= 'trial' OR (l.scope = 'participant' AND l.participant_id = %1) OR "
                          "(l.scope = 'visit' AND l.participant_id = %1 AND l.time_point_id = "
                          "%2)))")
        .arg(participant, timePoint);
}

bool DataLockGuard::isRefusal(const QString& databaseMessage)
{
    return databaseMessage.contains(QLatin1String(marker));
}

Error DataLockGuard::refusal()
{
    return makeError(ErrorCode::Conflict,
                     tr("These data are locked for analysis (database lock), so nothing was "
                        "changed. The principal investigator can lift the lock, with a reason "
                        "(trialdesk-cli unlock, or the Database lock area in the window)."));
}

} // namespace td
