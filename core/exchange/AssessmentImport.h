#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace td {

class Database;

// One assessment as a file gives it, before it is checked: its texts and the names of the
// columns they came from (for the problems). The long CSV gives one per row; the REDCap data
// import one per form filled in a record's row (RedcapDataImport).
struct AssessmentRecord
{
    qint64 line = 0; // where the record starts, as an editor counts lines
    QString studyId, site, visit, session, instrument, date, rater, status, missingReason;
    QString studyIdColumn = QStringLiteral("study_id");
    QString siteColumn = QStringLiteral("site");
    QString visitColumn = QStringLiteral("visit");
    QString sessionColumn = QStringLiteral("session_number");
    QString instrumentColumn = QStringLiteral("instrument");
    QString dateColumn = QStringLiteral("date");
    QString raterColumn = QStringLiteral("rater");
    QString statusColumn = QStringLiteral("status");
    QString missingReasonColumn = QStringLiteral("missing_reason");
    // Item k's answer (empty: missing) and its column; an empty column name: the file has no
    // column for that item.
    QStringList items;
    QStringList itemColumns;
};

// Imports assessments from the long CSV that ExportService writes (one row per assessment).
// The identity columns study_id, visit (or session_number), instrument and date, and the item
// columns item_1...item_N are the data; rater, status and missing_reason are read when present
// (an empty rater is the importing user); site is cross-checked against the participant; the
// derived columns (weeks, arm, covariates, total, band, flags, subscales) are ignored.
// Columns may be separated by commas, semicolons or tabs (CsvReader::detectDelimiter); dates are
// YYYY-MM-DD or the chosen language's (QLocale()) numeric date with a four-digit year; a decimal
// comma is read as a point in a semicolon file or under a decimal-comma language. What was
// assumed is said in report.assumptions. A file without rows is refused.
//
// The whole file is validated first and every problem is reported with its line and column;
// when there is any, nothing is written. Otherwise every row is written in one transaction,
// scored and audited (one audit row per assessment, whose reason names the file and line,
// and one for the import with the file's SHA-256), as AssessmentRepository::save would.
// Needs EnterAssessments; a therapist reaches only their own participants, and a user who may
// not see arms cannot import session-by-session measures (they would reveal the arm).
class AssessmentImport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentImport)

public:
    explicit AssessmentImport(Database& db) : m_db(db) {}

    // An unreadable file, a refused permission or a cancel (through `progress`) is an error;
    // a refused file is a report with problems.
    Result<ImportReport> run(const Actor& actor, const QString& path,
                             const ImportProgress& progress = {});
    // The same for bytes already read; `fileName` names them in the report and the audit.
    Result<ImportReport> runData(const Actor& actor, const QByteArray& data,
                                 const QString& fileName, const ImportProgress& progress = {});
    // Checks and writes assessments another reader took from a file (`data`, named in the
    // audit row for the import as a file of `kind`), with the same rules as a long CSV's rows.
    // `report` holds what that reader found (its problems refuse the file too); the records
    // are written only when there is no problem at all, and with `check` never.
    Result<ImportReport> runRecords(const Actor& actor,
                                    const std::vector<AssessmentRecord>& records,
                                    ImportReport report, const QByteArray& data,
                                    const QString& kind, bool check = false);

private:
    Database& m_db;
};

} // namespace td
