#pragma once

#include <QDate>
#include <QStringList>
#include <optional>

namespace td {

enum class AssessmentStatus { Draft, Complete };

// One administration of an instrument. Raw item values are kept exactly as entered
// ("2", "1a", "NA" for a missing item); scoring is derived from them.
struct Assessment
{
    qint64 id = 0;
    qint64 participantId = 0;
    std::optional<qint64> timePointId; // a scheduled visit...
    std::optional<qint64> sessionId;   // ...or a session, for session-by-session measures
    QString instrumentId;
    QDate date;
    qint64 raterId = 0;
    QStringList items;
    AssessmentStatus status = AssessmentStatus::Complete;
    QString missingReason;
    // Why it was entered outside its visit's window (confirmed by the person entering it);
    // empty when within the window. Exports flag these.
    QString outOfWindowReason;
    bool removed = false;
    QString removedReason;

    static QString missingItem() { return QStringLiteral("NA"); }
};

} // namespace td
