#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace td {

class Database;

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

private:
    Database& m_db;
};

} // namespace td
