#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <vector>

namespace td {

class Database;

enum class DoubleEntryStatus { Agreed, Discrepant, Adjudicated };

// The second keying of one double-entered form, beside the first entry's values as they
// were when it was keyed.
struct DoubleEntry
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QStringList firstValues;
    QStringList secondValues;
    qint64 firstById = 0;
    qint64 secondById = 0;
    DoubleEntryStatus status = DoubleEntryStatus::Agreed;
    QDateTime at;
    QList<int> differing;  // items (1-based) whose two entries differ
    QList<int> unresolved; // of those, the ones no one has adjudicated yet
};

// One item on which the two entries of a form differ and that awaits adjudication.
struct Discrepancy
{
    qint64 assessmentId = 0;
    qint64 participantId = 0;
    QString studyId;
    qint64 siteId = 0;
    qint64 timePointId = 0;
    QString visitCode;
    QString instrumentId;
    int item = 0;
    QString firstValue;
    QString secondValue;
    QString firstBy; // user names
    QString secondBy;
    qint64 firstById = 0;
    qint64 secondById = 0;
    QDate keyed; // the second entry's day (local)
};

// A form whose protocol asks for double entry, keyed once so far.
struct AwaitingSecondEntry
{
    qint64 assessmentId = 0;
    qint64 participantId = 0;
    QString studyId;
    qint64 siteId = 0;
    qint64 timePointId = 0;
    QString visitCode;
    QString instrumentId;
    QString firstBy;
    qint64 firstById = 0;
    QDate assessed; // the form's date
};

// Agreement of the two entries: fields compared, how many differed, and that per 10,000.
struct EntryAgreement
{
    QString key; // an instrument id, or a user name
    int forms = 0;
    qint64 fields = 0;
    qint64 discrepant = 0;
    double per10000() const { return fields > 0 ? 10000.0 * discrepant / fields : 0.0; }
};

struct AgreementReport
{
    std::vector<EntryAgreement> byInstrument; // by instrument id
    std::vector<EntryAgreement> byPerson;     // each keyer of a form counts its fields
};

// Double data entry of paper forms (docs/data-quality.md). The protocol switches it on per
// instrument and visit ("double_entry": true). The first entry is the assessment as keyed;
// a second person, who is not shown the first entry, keys the form again (enterSecond). The
// items on which they differ are listed for a third person (AdjudicateEntries) to choose the
// value, which is written to the assessment as an audited correction; both entries stay in
// the audit trail. Such a form counts as received only when its entries agree or every
// difference is adjudicated (received()).
class DoubleEntries
{
    Q_DECLARE_TR_FUNCTIONS(DoubleEntries)

public:
    static constexpr int firstSchema = 14;

    explicit DoubleEntries(Database& db) : m_db(db) {}

    // Does the protocol ask for double entry of `instrumentId` at the visit?
    Result<bool> required(qint64 timePointId, const QString& instrumentId);
    // The second keying of the completed assessment `assessmentId`: by someone other than
    // the person who keyed it first, who may key the form; the items as for a new record.
    Result<DoubleEntry> enterSecond(const Actor& actor, qint64 assessmentId,
                                    const QStringList& items);
    // The same, naming the form by participant, visit and instrument.
    Result<DoubleEntry> enterSecond(const Actor& actor, qint64 participantId, qint64 timePointId,
                                    const QString& instrumentId, const QStringList& items);
    // The double entry of an assessment (NotFound when it has none).
    Result<DoubleEntry> forAssessment(const Actor& actor, qint64 assessmentId);
    // Chooses the value of a differing item (usually one of the two entries, or the source's
    // when both are wrong), with an optional note; writes it to the assessment.
    Result<DoubleEntry> resolve(const Actor& actor, qint64 assessmentId, int item,
                                const QString& value, const QString& note = {});
    // Differences awaiting adjudication, of the participants the actor reaches.
    Result<std::vector<Discrepancy>> discrepancies(const Actor& actor);
    // Forms keyed once whose protocol asks for a second entry.
    Result<std::vector<AwaitingSecondEntry>> awaiting(const Actor& actor);
    Result<AgreementReport> agreement(const Actor& actor);

    // For the window: may this actor key the second entry of a form first keyed by
    // `firstById`, or adjudicate a form keyed by these two?
    static bool maySecond(const Actor& actor, qint64 firstById);
    static bool mayAdjudicate(const Actor& actor, qint64 firstById, qint64 secondById);

    static QString statusKey(DoubleEntryStatus s);
    static QString statusName(DoubleEntryStatus s);

private:
    Result<DoubleEntry> load(qint64 assessmentId);

    Database& m_db;
};

} // namespace td
