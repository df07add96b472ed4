#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "participants/ParticipantStatus.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace td {

class Database;

// What the schedule needs of one participant, read in place for every participant a user
// reaches (a large trial has ten thousand). The arm only for those who may see it.
struct ScheduledParticipant
{
    qint64 id = 0;
    QString studyId;
    qint64 siteId = 0;
    ParticipantStatus status = ParticipantStatus::Screened;
    QDate screened, consented, randomized;
    std::optional<qint64> armId;
};

// One visit of one participant whose window has opened, with the forms it expects.
struct ExpectedVisit
{
    const ScheduledParticipant* participant = nullptr;
    const TimePoint* timePoint = nullptr;
    QDate opens;
    QDate closes;
    QStringList expected; // the wanted instruments the protocol schedules at the visit
    QStringList missing;  // of those, the ones with no completed record (nor a missing reason)
    // Recorded, but the protocol asks for double entry and the second entry is not keyed yet,
    // or its differences are not all adjudicated: not yet received.
    QStringList unconfirmed;
    bool overdue(const QDate& today) const { return today > closes; }
};

// The forms the protocol expects, visit by visit, against what was received: the one place
// that knows when a visit's forms are due (the worklist's visit tasks and the missing-forms
// report both ask it).
//  - Expected: every instrument scheduled at a visit whose window has opened, for a
//    participant still followed up (consented up to discontinued; withdrawn and lost are not);
//    a visit planned only for other arms is left out when the reader knows the arm.
//  - Received: a completed record of the form at the visit, not removed. A visit missed with
//    a reason has such records (all items missing, with the reason), so it closes its forms.
//    A form the protocol asks to be keyed twice is received once its two entries agree or
//    every difference is adjudicated (DoubleEntries); until then it is `unconfirmed`.
// Targets count from randomization (before it, visits at or before week 0 from consent), as
// VisitTimeline does.
class ExpectedForms
{
    Q_DECLARE_TR_FUNCTIONS(ExpectedForms)

public:
    using Wanted = std::function<bool(const ScheduledInstrument&)>;
    using Visitor = std::function<void(const ExpectedVisit&)>;

    explicit ExpectedForms(Database& db) : m_db(db) {}

    // Every participant the actor reaches, ordered by study id.
    Result<std::vector<ScheduledParticipant>> participants(const Actor& actor);
    // Calls `visit` for each visit of `rows` whose window has opened by `today` and that
    // expects at least one `wanted` form.
    Status forEach(const Actor& actor, const std::vector<ScheduledParticipant>& rows,
                   const QDate& today, const Wanted& wanted, const Visitor& visit);

private:
    Database& m_db;
};

} // namespace td
