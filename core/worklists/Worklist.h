#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "participants/ParticipantStatus.h"
#include "quality/DataQuery.h"
#include "visits/ExpectedForms.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <optional>
#include <vector>

namespace td {

class Database;

enum class TaskKind {
    DecideEligibility, // screened, no decision yet
    RecordConsent,     // eligible, consent not yet recorded
    Randomize,         // consented, not yet randomized
    VisitDue,          // a visit's window is open and the role's instruments are not recorded
    VisitOverdue,      // the window has closed without them (and no missing reason)
    ReviewAlert,       // an open safety alert
    ReviewUnblinding,  // an emergency unblinding the principal investigator has not reviewed
    AnswerQuery,       // an open data query at the site (coordinator; assessor: their ratings)
    ReviewQuery,       // an answered query to close or re-open (its raiser; the PI: rules')
    KeySecondEntry,    // a double-entered form keyed once (someone else who keys such forms)
    AdjudicateEntries, // items on which a form's two entries differ (a third person)
    ExtendStratum,     // a stratum of the allocation list with few entries left (statistician)
};

// One thing to do for one participant (ExtendStratum: for one stratum, no participant).
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
    QString alertKind;       // ReviewAlert: suicidality, deterioration (AlertText reads the detail)
    qint64 unblindingId = 0; // ReviewUnblinding: the EmergencyUnblinding record
    qint64 queryId = 0;      // AnswerQuery, ReviewQuery: the data query (detail: its last text)
    QueryOrigin queryOrigin = QueryOrigin::Manual;
    QStringList instruments{}; // visits: the role's instruments still to record
    qint64 assessmentId = 0;   // KeySecondEntry, AdjudicateEntries: the form
    QList<int> items{};        // AdjudicateEntries: the items that differ
    qint64 siteId = 0;
    int entriesLeft = 0; // ExtendStratum (detail: the stratum's key)

    // Late: a visit whose window has closed, or a step waiting since before this week (Monday).
    bool isOverdue(const QDate& today) const;
};

// Each role's tasks, first on its start screen:
//  - the coordinator: participants waiting for a step, and visits due or overdue for the
//    self-report and clinician instruments (their sites only when site-bound);
//  - the blinded assessor: visits due or overdue for the blinded clinician ratings;
//  - safety alerts for the roles that can acknowledge them (therapists: their own
//    participants; the PI: all);
//  - emergency unblindings not yet reviewed, for the principal investigator (detail: who
//    unblinded);
//  - open data queries to answer, for the site's coordinators (the blinded assessor: those on
//    the ratings they make), and answered queries to close, for whoever raised them (the PI:
//    those a rule raised);
//  - double data entry: forms keyed once, for those who key such forms but did not key the
//    first entry; differences between the two entries, for those who adjudicate and keyed
//    neither;
//  - strata of the allocation list with few entries left, for who may read the list
//    (StratumReserve), naming the stratum and how to extend it.
// Reach and blinding come from the core: an assessor's list has no arm and no therapist, and
// a visit planned only for some arms is listed for them as for everyone (arm unknown).
class Worklist
{
    Q_DECLARE_TR_FUNCTIONS(Worklist)

public:
    explicit Worklist(Database& db) : m_db(db) {}
    // Tasks for `actor` as of `today`, most urgent first (alerts, overdue, then by due date).
    Result<std::vector<WorkItem>> forActor(const Actor& actor, const QDate& today);
    static QString describe(TaskKind kind);
    // What an ExtendStratum task says: the stratum, the entries left and the command.
    static QString extendDetail(const WorkItem& item);

private:
    void addPipeline(const Actor& actor, const std::vector<ScheduledParticipant>& rows,
                     std::vector<WorkItem>& out);
    Status addVisits(const Actor& actor, const std::vector<ScheduledParticipant>& rows,
                     const QDate& today, std::vector<WorkItem>& out);
    Status addAlerts(const Actor& actor, std::vector<WorkItem>& out);
    Status addUnblindings(const Actor& actor, std::vector<WorkItem>& out);
    Status addQueries(const Actor& actor, std::vector<WorkItem>& out);
    Status addDoubleEntries(const Actor& actor, std::vector<WorkItem>& out);
    Status addLowStrata(const Actor& actor, std::vector<WorkItem>& out);
    // Which instruments a blinded assessor rates at which visit.
    Result<QSet<QPair<qint64, QString>>> blindedRatings();

    Database& m_db;
};

} // namespace td
