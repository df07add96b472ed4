#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "common/Result.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace td {

class Database;

// Where one protocol visit of one participant stands. What was recorded wins over the
// calendar: a visit with data is Done or Partial whatever the date.
enum class VisitState {
    Done,         // every instrument the protocol schedules at the visit has a completed,
                  // scored-or-scorable record with data (not removed)
    Partial,      // some data recorded at the visit, but not every scheduled instrument is
                  // complete (others missing, drafts, or recorded as missing with a reason)
    Missed,       // no data, and the visit was recorded as missing: a record whose items are
                  // all missing, with the reason why
    Overdue,      // nothing recorded and the window has closed
    Due,          // nothing recorded and the window is open today
    Upcoming,     // the window opens later
    NotScheduled, // no target date yet: the visit counts from randomization, which has not
                  // happened (or the participant never consented)
};

inline constexpr std::array<VisitState, 7> allVisitStates = {
    VisitState::Done, VisitState::Partial,  VisitState::Missed,      VisitState::Overdue,
    VisitState::Due,  VisitState::Upcoming, VisitState::NotScheduled};

struct Visit
{
    qint64 timePointId = 0;
    QString code;  // baseline, w8, ...
    QString label; // the protocol's label (trial data, not translated)
    int weekOffset = 0;
    int windowDays = 0;
    // Target = randomization date + weekOffset weeks; the window is target ± windowDays,
    // both ends included. Invalid while the visit is not scheduled.
    QDate target;
    QDate windowOpen;
    QDate windowClose;
    VisitState state = VisitState::NotScheduled;
    // Earliest date of a record with data at this visit; invalid when none.
    QDate performedOn;
    QStringList scheduled; // instrument ids the protocol gives at this visit
    QStringList completed; // of those, the ones with a completed record with data
    QString missingReason; // the first reason recorded for data missing at this visit

    // Days from the target to the day it was performed (negative: early); empty when either
    // date is unknown.
    std::optional<qint64> daysFromTarget() const;
    // Performed outside its window (a protocol deviation to note).
    bool outsideWindow() const;
};

// The protocol's visit schedule for one participant, against what was recorded and today's
// date (from the database clock, so tests can fix it).
//
// Anchors: every time point is "weeks after randomization" (TimePoint::weekOffset), so the
// target is the randomization date plus the offset. Before randomization, visits at or before
// week 0 (baseline, screening) count from the consent date — the baseline is taken after
// consent and before randomization — and later visits are not scheduled yet. Without consent
// nothing is scheduled.
class VisitTimeline
{
    Q_DECLARE_TR_FUNCTIONS(VisitTimeline)

public:
    // Pure: no database. `assessments` are the participant's records (any order; records of
    // sessions or of other participants are ignored).
    static std::vector<Visit> build(const Protocol& protocol, const Participant& participant,
                                    const std::vector<Assessment>& assessments, const QDate& today);
    // Loads the participant, the protocol and the assessments as `actor` (who must be allowed
    // to see the participant) and builds the timeline for the database clock's today.
    static Result<std::vector<Visit>> forParticipant(Database& db, const Actor& actor,
                                                     qint64 participantId);

    // True when the record holds no data: every item missing.
    static bool hasNoData(const Assessment& a);

    static QString stateKey(VisitState state); // done, partial, missed, ...
    static QString displayName(VisitState state);
};

} // namespace td
