#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace td {

class Database;

// How the records of a REDCap project become the trial's participants and visits: given as
// options, or read from a small mapping file (JSON, what --check proposes) that options given
// as well override.
struct RedcapDataMapping
{
    // Record id -> study id; a record not named is the participant of that study id. The study
    // id "skip" leaves the record's rows out.
    QHash<QString, QString> records;
    // Unique event name (redcap_event_name) -> visit code, or "skip" to leave its rows out. An
    // event not named is the visit whose code is the event's name without "_arm_N".
    QHash<QString, QString> events;
    QString visit;          // a classic project (no events): the visit of every record
    QStringList dateFields; // each assessment's date: the first of these the row fills
    QString rater;          // who rated the forms (the importing user when empty)

    // Reads a mapping file: {"records": {...}, "events": {...}, "visit": "", "date_fields":
    // [...], "rater": ""}. A file that is not such an object is an error naming what is wrong.
    static Result<RedcapDataMapping> read(const QString& path);
    // `other`'s entries replace these.
    void add(const RedcapDataMapping& other);
};

// Imports a REDCap "records" export (the raw CSV of Data Exports, or the API's flat CSV of
// records): the first column is the record id, `redcap_event_name` the event of a longitudinal
// project (a classic project has none), then the fields by name and `<form>_complete`.
//
// Every instrument of the trial whose items the header holds is read: an instrument made by a
// REDCap dictionary import by its field names (a checkbox's choices as field___code), a
// built-in one by `<instrument>_<item>` (phq9_1 ... phq9_9); `<form>_complete` gives the
// status (2 complete, 0 and 1 draft). A form whose items are all empty in a row is not an
// assessment (REDCap exports every form's columns on every event's row). The date of an
// assessment is the row's `<form>_date`, else the first of the mapping's date fields the row
// fills. Each filled form becomes an assessment checked by the same rules as the long CSV's
// rows (AssessmentImport::runRecords): the whole file is validated before one transaction, a
// problem anywhere writes nothing, and at most 1,000 problems are listed. What was read and
// assumed (record id column, events and visits, instruments, date fields, columns not read) is
// said in report.assumptions. With `check` nothing is written, and report.proposal holds a
// mapping file with every record and event of the file filled in where it could be guessed.
// Needs EnterAssessments.
class RedcapDataImport
{
    Q_DECLARE_TR_FUNCTIONS(RedcapDataImport)

public:
    explicit RedcapDataImport(Database& db) : m_db(db) {}

    Result<ImportReport> run(const Actor& actor, const QString& path,
                             const RedcapDataMapping& mapping, bool check = false);
    Result<ImportReport> runData(const Actor& actor, const QByteArray& data,
                                 const QString& fileName, const RedcapDataMapping& mapping,
                                 bool check = false);

private:
    Database& m_db;
};

} // namespace td
