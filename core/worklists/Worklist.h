#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace td {

class Database;

enum class TaskKind {
    DecideEligibility, // screened, no decision yet
    RecordConsent,     // eligible, consent not yet recorded
    Randomize,         // consented, not yet randomized
    VisitDue,          // a visit's window is open and its assessments are not complete
    VisitOverdue,      // the window has closed without them (and no missing reason)
    ReviewAlert,       // an open safety alert
};

// One thing to do for one participant.
struct WorkItem
{
    TaskKind kind = TaskKind::DecideEligibility;
    qint64 participantId = 0;
    QString studyId;
    QDate since;            // when the task arose (screening, decision, window opening, alert)
    QDate due;              // when it should be done by (the window's close; else invalid)
    qint64 timePointId = 0; // visits
    QString detail;         // visit code / alert facts, language-neutral
    qint64 alertId = 0;
};

// Each role's tasks, first on its start screen: the coordinator's week (participants waiting
// for a step, visits due or overdue, open alerts), the blinded assessor's ratings due, the
// alerts of the therapist's own patients and of the whole trial for the PI. Everything goes
// through the repositories, so reach and blinding apply: an assessor's list has no arm and
// no therapist in it.
class Worklist
{
    Q_DECLARE_TR_FUNCTIONS(Worklist)

public:
    explicit Worklist(Database& db) : m_db(db) {}
    // Tasks for `actor` as of `today`, most urgent first (overdue, then by due date).
    Result<std::vector<WorkItem>> forActor(const Actor& actor, const QDate& today);
    static QString describe(TaskKind kind);

private:
    Status addPipeline(const Actor& actor, std::vector<WorkItem>& out);
    Status addAlerts(const Actor& actor, std::vector<WorkItem>& out);

    Database& m_db;
};

} // namespace td
