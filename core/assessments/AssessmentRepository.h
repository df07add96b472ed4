#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "common/Result.h"
#include "outcomes/AssessmentScoring.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <vector>

namespace td {

class Database;

// Stores assessments with their raw item values. A completed assessment is changed only with
// a reason; removal is a status. Every save validates the answers against the instrument and
// stores the derived score, baseline sums and safety alerts in the same transaction.
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(Database& db) : m_db(db), m_scoring(db) {}

    // Keyed: entered here, by a rater the protocol allows for the instrument at the visit.
    // Imported: recorded in another system (an ODM file); the protocol's rater rule is not
    // asked of the person importing it.
    enum class Entry { Keyed, Imported };
    // The protocol's rater rule: a blinded_clinician instrument is keyed only by a blinded
    // assessor; self-report and clinician instruments by anyone who may enter assessments.
    static bool mayKey(const Actor& actor, Rater rater);
    // A keyed record of a visit dated outside the visit's window is refused (Conflict, field
    // "out_of_window") unless `outOfWindowReason` confirms it.
    Result<Assessment> save(const Actor& actor, Assessment a, Entry entry = Entry::Keyed);
    // A visit that did not take place: every scheduled instrument not yet recorded gets a
    // record with all items missing and the reason.
    Result<std::vector<Assessment>> recordMissedVisit(const Actor& actor, qint64 participantId,
                                                      qint64 timePointId, const QDate& date,
                                                      const QString& reason);
    Result<Assessment> correct(const Actor& actor, const Assessment& a, const QString& reason);
    Status remove(const Actor& actor, qint64 id, const QString& reason);
    Result<Assessment> get(const Actor& actor, qint64 id);
    // The id of the newest record (not removed) of a form at a participant's visit, among the
    // participants the actor reaches; 0 when there is none.
    Result<qint64> latestAtVisit(const Actor& actor, qint64 participantId, qint64 timePointId,
                                 const QString& instrumentId);
    Result<std::vector<Assessment>> forParticipant(const Actor& actor, qint64 participantId);
    // The rules every new assessment meets (items against the instrument, a date no later than
    // today, a visit or a session, a reason when every item is missing). When refused, `field`
    // (if given) names what: items, assessment_date, visit or missing_reason.
    Status validate(const Assessment& a, QString* field = nullptr);
    // For an import (AssessmentImport), inside its transaction: writes one new assessment that
    // the caller validated and whose participant, visit or session and rater it checked, with
    // the rater as given, ONE audit row holding every value (reason: `source`, which names the
    // file), its score, baseline sums and safety alerts, as save() does.
    Result<qint64> insertImported(const Actor& actor, Assessment& a, const QString& source,
                                  const QString& createdAt);
    // Safety alerts raised by the last save or correction (empty when none).
    const std::vector<qint64>& raisedAlerts() const { return m_scoring.raisedAlerts(); }

    static QString encodeItems(const QStringList& items);
    static QStringList decodeItems(const QString& stored);

private:
    Status requireWindow(const Actor& actor, const Assessment& a);
    Status requireRater(const Actor& actor, const Assessment& a);
    Status requireReach(const Actor& actor, qint64 participantId);
    // The stored record, with reach and the session rule checked but nothing hidden (for the
    // write paths, which must not lose what a blinded writer cannot see).
    Result<Assessment> stored(const Actor& actor, qint64 id);
    // Disclosure for one record: a blinded reader gets neither the name nor the notes of
    // unblinded staff who entered it.
    Status hideRater(const Actor& actor, Assessment& a);

    Database& m_db;
    AssessmentScoring m_scoring;
};

} // namespace td
